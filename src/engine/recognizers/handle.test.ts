import { cases, findingsOf } from '../cases.test-util.js';

const run = findingsOf('warning', (id) => id === 'phi/handle');

cases('phi/handle', run, {
  clean: [
    'Great tips on sleep via @CDCgov',
    'RT @ReutersHealth: Ebola patient moved to a new hospital',
    { text: '@ourclinic is open Saturday', policy: { practice: { handles: ['@ourclinic'] } } },
    'Email us at help@clinic.org',
    'Congrats to @riverside_peds on their new building!',
  ],
  flagged: [
    { text: 'Congrats to @sarah_j on finishing chemo!', values: ['@sarah_j'], severity: 'error' },
    { text: '@tom_b your surgery went great, see you at follow-up', values: ['@tom_b'], severity: 'error' },
  ],
});
