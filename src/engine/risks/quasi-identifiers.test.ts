import { cases, findingsOf } from '../cases.test-util.js';

const run = findingsOf('warning', (id) => id === 'risk/quasi-identifiers');

cases('risk/quasi-identifiers', run, {
  clean: [
    'Guidelines for a 55-year-old male with chronic kidney disease?',
    'What are the side effects of albuterol in a 35-year-old male firefighter with asthma?',
    'Adults over 50 should be screened for colon cancer.',
  ],
  flagged: [
    {
      text: 'Our patient, a 34-year-old female teacher and mom of 3 with lupus, is doing great',
      values: ['34-year-old'],
    },
  ],
});
