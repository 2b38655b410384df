import { cases, findingsOf } from '../cases.test-util.js';

const run = findingsOf('warning', (id) => id === 'risk/patient-image');

cases('risk/patient-image', run, {
  clean: [
    'Photos from our health fair are up!',
    { text: 'Our new waiting room!', context: { media: { count: 1 } } },
    'Check out our before-and-after whitening special',
  ],
  flagged: [
    { text: 'Check out this x-ray from my patient today, a nail in the hand!', values: ['x-ray'], severity: 'error' },
    { text: 'Our patient recovering well after surgery', context: { media: { count: 1 } }, severity: 'warning' },
    { text: "Before and after photos of our patient's smile makeover 😍 (swipe!)", values: ['photos'], severity: 'error' },
  ],
});
