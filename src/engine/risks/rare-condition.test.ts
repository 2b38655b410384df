import { cases, findingsOf } from '../cases.test-util.js';

const run = findingsOf('warning', (id) => id === 'risk/rare-condition');

cases('risk/rare-condition', run, {
  clean: [
    'Did you know? Measles is highly contagious. Make sure your family is vaccinated.',
    'Treatment options for a 42-year-old with Wilson’s disease',
    'ALS Awareness Month: learn the early signs.',
    'Ebola outbreak spreads to Sierra Leone and Guinea',
    'Houston, we have dengue fever',
  ],
  flagged: [
    { text: 'Just saw the first case of measles in our town in 10 years.', values: ['measles'], severity: 'error' },
    { text: 'We diagnosed a kid at the local elementary with tuberculosis', values: ['tuberculosis'], severity: 'error' },
    { text: 'A toddler at the local day care has measles', values: ['measles'], severity: 'error' },
    { text: 'We saw a case of tuberculosis this month', values: ['tuberculosis'], severity: 'warning' },
  ],
});
