import { cases, findingsOf } from '../cases.test-util.js';

const run = findingsOf('warning', (id) => id === 'risk/public-figure');

cases('risk/public-figure', run, {
  clean: [
    'TV host who skipped chemo dies 100 days after birth',
    'Our mayor opened the new clinic wing today.',
    'Celebrity trainer shares five tips for heart health.',
  ],
  flagged: [
    { text: 'We treated the mayor for a broken arm last week.', values: ['mayor'], severity: 'error' },
    { text: 'A famous NFL player came in today with a torn ACL', values: ['famous'], severity: 'error' },
    { text: 'Hoy atendimos a un futbolista famoso por una lesión', values: ['futbolista'], severity: 'error' },
  ],
});
