import { cases, findingsOf } from '../cases.test-util.js';

const run = findingsOf('warning', (id) => id === 'phi/handle');

cases('phi/handle', run, {
  clean: [
    'Great tips on sleep via @CDCgov',
    'RT @ReutersHealth: Ebola patient moved to a new hospital',
    { text: '@ourclinic is open Saturday', policy: { practice: { handles: ['@ourclinic'] } } },
    'Email us at help@clinic.org',
    'Congrats to @riverside_peds on their new building!',
    'Thank you @dr_kellyw for the great talk on pediatric asthma!',
    'Thanks @DrSmithMD and @StMaryHealth for the lecture on diabetes care!',
    'Congrats to @jane_doe_md on her new clinic for kids with asthma!',
  ],
  flagged: [
    { text: 'Congrats to @sarah_j on finishing chemo!', values: ['@sarah_j'], severity: 'error' },
    { text: '@tom_b your surgery went great, see you at follow-up', values: ['@tom_b'], severity: 'error' },
    { text: 'Congrats @jenny_b on beating breast cancer!', values: ['@jenny_b'], severity: 'error' },
    // Names that merely contain an organisation's letters are still people.
    { text: 'Congrats to @georgia_k on finishing chemo!', values: ['@georgia_k'], severity: 'error' },
    { text: 'Congrats to @drew_p on finishing chemo!', values: ['@drew_p'], severity: 'error' },
  ],
});
