import { cases, detectionsOf, findingsOf } from '../cases.test-util.js';
import date from './date.js';

cases('phi/date', detectionsOf(date), {
  clean: [
    { text: 'We opened in 2021 and expanded in 2023.', note: 'a year alone is allowed' },
    'Diagnosed back in 2019, doing well since.',
    'Version 2.3.2023 of the app is out; update to v1.2.2023.',
    '3/4 of our patients got the flu shot.',
    'Take 1/2 tablet twice a day.',
    'Scored 3/4 on the screening test.',
    'Costs $12.50 per visit. Call 555-123-4567.',
    'Mix at a ratio of 1:2. Nurse line open 24/7.',
    'Our IP is 192.168.1.10 and the build is 10.12.1.',
    'We may 5 times a week see more patients.',
    'Flu clinic open 9am to 5pm.',
    'Top 10 tips for a healthy heart.',
    'Over 90% of people are vaccinated.',
    'The 12th floor waiting room is now open.',
  ],
  flagged: [
    { text: 'Seen on April 12, 2023 for follow-up.', values: ['April 12, 2023'] },
    { text: 'Admitted April 12th, 2023.', values: ['April 12th, 2023'] },
    { text: 'Surgery Feb 10th 2023, recovered well.', values: ['Feb 10th 2023'] },
    { text: 'She was born 5th Nov 2020.', values: ['5th Nov 2020'] },
    { text: 'Born on the 4th of July 1930.', values: ['4th of July 1930'] },
    { text: 'La paciente ingresó el 12 de marzo de 2023.', values: ['12 de marzo de 2023'] },
    { text: 'DOB 02/04/23', values: ['02/04/23'] },
    { text: 'Seen 02/14/2023 in clinic', values: ['02/14/2023'] },
    { text: 'MRI on 2023-03-14 was clear', values: ['2023-03-14'] },
    { text: 'Labs from 14.03.2023 attached', values: ['14.03.2023'] },
    { text: 'Seen 02 / 14 / 2023', values: ['02 / 14 / 2023'], note: 'spaced separators' },
    { text: 'Seen 0 2 / 1 4 / 2 0 2 3', values: ['0 2 / 1 4 / 2 0 2 3'], note: 'spaced digits' },
    { text: 'Discharged 17-Feb-2023 after 3 days', values: ['17-Feb-2023'] },
    { text: 'First visit in July 2021.', values: ['July 2021'] },
    { text: 'Her visit was March 3rd.', values: ['March 3rd'] },
    { text: 'Follow-up Jan 22, \'24 at the clinic', values: ["Jan 22, '24"] },
    { text: 'He will be back on the 12th.', values: ['on the 12th'] },
    { text: 'Appt Tue 3/14 at 3:15 pm', values: ['Tue 3/14 at 3:15 pm'], note: 'weekday and time join the date' },
    { text: 'The patient arrived at 3:15 am by ambulance.', values: ['at 3:15 am'], note: 'a time alone in a care story' },
    { text: 'Pt coded at 3pm in the ER', values: ['at 3pm'] },
    { text: 'Nos vemos el lunes 3 de abril.', values: ['lunes 3 de abril'] },
    { text: 'Vino en marzo de 2023.', values: ['marzo de 2023'] },
    { text: 'Flu clinic on Oct 12 — come by!', values: ['Oct 12'], note: 'found here; severity decides it is harmless' },
  ],
});

// A date of birth is one person's whatever surrounds it; next to a patient, it is theirs.
cases('phi/date as a date of birth', findingsOf('warning', (id) => id === 'phi/date'), {
  clean: ['Our clinic opened its doors on 03/14/1952.'],
  flagged: [
    { text: 'DOB: 03.14.1952', values: ['03.14.1952'], severity: 'warning' },
    { text: 'pt DOB 3.14.1952 seen today', values: ['3.14.1952'], severity: 'error' },
    { text: 'fecha de nacimiento: 14/03/1952', values: ['14/03/1952'], severity: 'warning' },
  ],
});
