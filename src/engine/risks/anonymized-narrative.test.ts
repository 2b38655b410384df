import { cases, findingsOf } from '../cases.test-util.js';

const run = findingsOf('warning', (id) => id === 'risk/anonymized-narrative');

cases('risk/anonymized-narrative', run, {
  clean: [
    'U.S. measles cases rise, says CDC',
    'Thanks to our team! -J.S.',
    'Pt MRN 00482913 needs a follow-up',
    'Long wait for knee surgery in N.S. hospitals, report finds',
    'Fighting addiction without A.A.: a new study on recovery',
  ],
  flagged: [
    { text: 'Patient J.S. in room 12 finally got discharged', values: ['J.S.'], severity: 'error' },
    { text: 'Mr. X came in again today with chest pain', values: ['Mr. X'], severity: 'error' },
    { text: 'Our frequent flyer was back in the ER last night', values: ['Our frequent flyer'], severity: 'error' },
    // Initials alone, celebrated next to a procedure: whoever knows him knows who it is.
    { text: 'Great to see J.M. back on his feet after his hip replacement last week!', values: ['J.M.'], severity: 'error' },
  ],
});
