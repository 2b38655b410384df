import { cases, detectionsOf } from '../cases.test-util.js';
import name from './name.js';

cases('phi/name', detectionsOf(name), {
  clean: [
    'Flu shots are available every weekday. Walk-ins welcome!',
    'Happy Thanksgiving from all of us!',
    'Our office is closed Monday for Memorial Day.',
    'New study: Vitamin D Levels Linked To Better Outcomes In Older Adults',
    'Recommended dosing of Vancomycin in renal impairment?',
    "Treatment options for Wilson's disease in adults",
    'Great turnout at the Elm Street Clinic health fair',
    'The ER was busy with flu cases this winter.',
    'Medicare open enrollment ends Dec 7.',
    'Hoy celebramos el Día Mundial de la Salud.',
  ],
  flagged: [
    { text: 'Our patient John Smith came in today', values: ['John Smith'] },
    { text: 'Follow-up for Anna S., previously treated at the clinic', values: ['Anna S.'] },
    { text: 'Mr. Manning is recovering well', values: ['Manning'] },
    { text: 'Referred by Dr. Patel last week', values: ['Patel'] },
    { text: 'My name is Rubija', values: ['Rubija'] },
    { text: 'sometimes people call me lena andersson', values: ['lena andersson'] },
    { text: 'They had 3: Kateřina, James and Emily.', values: ['Kateřina', 'James', 'Emily'] },
    { text: 'Thank you,\nMaría José García', values: ['María José García'] },
    { text: '"It went well," says Bergqvist.', values: ['Bergqvist'] },
    { text: 'Maika van de Noort\nEmployment manager', values: ['Maika van de Noort'] },
    { text: 'La paciente se llama Guadalupe Ramírez', values: ['Guadalupe Ramírez'] },
    { text: 'Hi Victor, we got your message', values: ['Victor'] },
  ],
});

cases('phi/name providers', (text) => detectionsOf(name)(text).filter((d) => d.ruleId === 'phi/name'), {
  clean: [],
  flagged: [{ text: 'Please welcome Dr. Jane Okafor to our team', values: ['Jane Okafor'] }],
});
