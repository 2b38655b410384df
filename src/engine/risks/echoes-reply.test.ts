import { cases, findingsOf } from '../cases.test-util.js';

const run = findingsOf('warning', (id) => id === 'risk/echoes-reply');
const about = (text: string, displayName = 'Kim L', handle = 'kiml') => ({ kind: 'reply' as const, replyTo: { text, displayName, handle } });

cases('risk/echoes-reply', run, {
  clean: [
    { text: 'Thanks for reaching out. Please call our office so we can help.', context: about('My root canal still hurts, what do I do?') },
    { text: 'We cannot discuss anyone’s care here; please call us.', context: about('Is my dad still in the ICU?') },
    { text: 'Sorry to hear it, call us any time.', context: about('Bad experience today') },
    'Root canal therapy saves most natural teeth.',
    { text: 'Yes, we accept most plans including Medicaid. Call us to confirm.', context: about('Do you accept Medicaid?') },
    { text: 'Our self-pay cleaning is $99. Call us to book!', context: about('how much is a cleaning without insurance?') },
  ],
  flagged: [
    { text: 'Sorry your root canal still hurts, please call us.', context: about('My root canal still hurts, what do I do?'), values: ['root canal'], severity: 'error' },
    { text: 'Metformin can cause that, call us.', context: about('Feeling sick since starting metformin'), values: ['Metformin'], severity: 'error' },
    { text: 'Hi Karen Lopez, please call us.', context: about('Rude front desk', 'KL', 'kl_2020'), values: ['Karen Lopez'], severity: 'error' },
    { text: 'Hi Kim, please call our office.', context: about('Rude front desk'), values: ['Kim'], severity: 'warning' },
    { text: 'Your Aetna plan should cover it, call us.', context: about('Do you take my plan?'), values: ['Aetna'], severity: 'error' },
    { text: 'Your balance of $240 is due.', context: about('Why was I billed?'), values: ['$240'], severity: 'error' },
  ],
});
