import { cases, findingsOf } from '../cases.test-util.js';

const run = findingsOf('warning', (id) => id === 'risk/confirms-patient');
const reply = { kind: 'reply' as const, replyTo: { handle: 'ana_b', displayName: 'Ana B', text: 'Thanks for the great care!' } };

cases('risk/confirms-patient', run, {
  clean: [
    'Brush your teeth twice a day and floss once.',
    'Could your medication be giving you heartburn? Ask your pharmacist.',
    { text: 'Thank you for the kind words! Please call us at 555-201-3344 with any questions.', context: reply },
    { text: 'We appreciate everyone who shares feedback with our community.', context: reply },
    'Book your flu shot today: walk-ins welcome.',
  ],
  flagged: [
    { text: 'So glad your crown turned out great!', context: reply, values: ['your crown'], severity: 'error' },
    { text: 'We saw you last week and everything looked fine.', context: reply, values: ['We saw you'], severity: 'error' },
    { text: 'yes, we treated your daughter last week, she is recovering nicely.', context: reply, values: ['we treated your daughter'], severity: 'error' },
    { text: 'When you came in on Monday we noticed the delay.', context: reply, values: ['When you came in'], severity: 'error' },
    { text: 'As your dentist, I recommend a follow-up.', context: reply, values: ['As your dentist'], severity: 'error' },
    { text: '@ana_b thanks for coming in today!', values: ['thanks for coming in'], severity: 'error' },
    { text: 'Great to see you again at the front desk', values: ['Great to see you again'], severity: 'warning' },
    { text: 'Gracias por su visita, nos alegra que esté mejor.', context: reply, values: ['Gracias por su visita'], severity: 'error' },
    { text: 'Lo atendimos con mucho gusto.', context: reply, values: ['Lo atendimos'], severity: 'error' },
  ],
});
