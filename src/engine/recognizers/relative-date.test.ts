import { cases, detectionsOf } from '../cases.test-util.js';
import relativeDate from './relative-date.js';

cases('phi/relative-date', detectionsOf(relativeDate), {
  clean: [
    'Hoy en día vivimos más años.',
    'Read the story in USA Today.',
    'Por la mañana atendemos sin cita.',
    'We are open every monday through friday.',
    'Our hours have not changed in years.',
    'Todays are the best days.',
  ],
  flagged: [
    { text: 'She came in yesterday.', values: ['yesterday'] },
    { text: 'Seen today for a rash', values: ['today'] },
    { text: 'On call tonight again', values: ['tonight'] },
    { text: 'Saw him this morning', values: ['this morning'] },
    { text: 'Rough shift last night', values: ['last night'] },
    { text: 'Admitted last Tuesday', values: ['last Tuesday'] },
    { text: 'Three admissions this week', values: ['this week'] },
    { text: 'Discharged last month', values: ['last month'] },
    { text: 'Surgery 2 days ago', values: ['2 days ago'] },
    { text: 'Started chemo 3 weeks ago', values: ['3 weeks ago'] },
    { text: 'Called earlier today', values: ['earlier today'] },
    { text: 'Brought in over the weekend', values: ['over the weekend'] },
    { text: 'Her biopsy is on Monday', values: ['on Monday'] },
    { text: 'Seen last July for chest pain', values: ['last July'] },
    { text: 'Ayer llegó a urgencias.', values: ['Ayer'] },
    { text: 'La vimos hoy.', values: ['hoy'] },
    { text: 'Llegó anoche con fiebre.', values: ['anoche'] },
    { text: 'Lo operaron esta mañana.', values: ['esta mañana'] },
    { text: 'Vino el martes pasado.', values: ['el martes pasado'] },
    { text: 'Ingresó la semana pasada.', values: ['la semana pasada'] },
    { text: 'Nació hace 3 días.', values: ['hace 3 días'] },
    { text: 'Su cita es mañana.', values: ['mañana'] },
    { text: 'Monday she came back with a fever.', values: ['Monday'] },
  ],
});
