import { cases, findingsOf } from '../cases.test-util.js';

// A time already flagged as a relative date keeps that finding; either one marks the story.
const run = findingsOf('warning', (id) => id === 'risk/case-narrative' || id === 'phi/relative-date');

cases('risk/case-narrative', run, {
  clean: [
    'Our ER is open 24/7 for emergencies.',
    'Room 3 is being renovated this week; exams move to room 5.',
    'Join our CPR class tonight at 6pm.',
    'Tonight: a free webinar on heart health.',
  ],
  flagged: [
    { text: 'Crazy night in the ER, had a guy come in with a fishhook in his eye in bed 4', values: ['bed 4'], severity: 'error' },
    { text: 'Patient in room 12 finally got discharged', values: ['room 12'], severity: 'error' },
    { text: 'My 3pm patient brought the whole family along', values: ['My 3pm patient'], severity: 'error' },
    { text: 'Last night in the ICU we had a kid with measles', values: ['Last night'], severity: 'error' },
    { text: 'Anoche en urgencias atendimos a un niño en la cama 3', values: ['cama 3'], severity: 'error' },
  ],
});
