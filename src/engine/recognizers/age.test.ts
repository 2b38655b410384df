import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc.js';
import { cases, detectionsOf } from '../cases.test-util.js';
import age from './age.js';

cases('phi/age', detectionsOf(age), {
  clean: [
    'A 34-year-old female with MS.',
    'Patients aged 65 and over should get the shot.',
    'She is 89 and doing well.',
    'He turned 40 last week.',
    'She is 90 percent sure it is allergies.',
    'The novel turned 100 pages in.',
    'Flu shots for everyone 90 or older.',
    'Patients over 90 get priority seating.',
    'El centenario del hospital es este año.',
    'Una mujer de 45 años.',
    'Age 95% CI 1.2-3.4',
    'We saw 92 patients today.',
  ],
  flagged: [
    { text: 'A 92-year-old woman with CHF', values: ['92-year-old'] },
    { text: 'Pt is age 95, alert', values: ['95'] },
    { text: 'Aged 101 and still gardening', values: ['101'] },
    { text: 'Mom says she is 90 now.', values: ['90'] },
    { text: '90 yo M with chest pain', values: ['90 yo'] },
    { text: 'A nonagenarian with a hip fracture', values: ['nonagenarian'] },
    { text: 'Our centenarian patient', values: ['centenarian'] },
    { text: 'Grandpa turned 100 yesterday!', values: ['100'] },
    { text: 'She is 92 years old.', values: ['92 years old'] },
    { text: 'A ninety-two-year-old man', values: ['ninety-two-year-old'] },
    { text: 'In her 90s and sharp as ever', values: ['In her 90s'] },
    { text: 'Celebrating her 100th birthday', values: ['100th birthday'] },
    { text: 'Cumplió 95 años el martes.', values: ['95 años'] },
    { text: 'Una mujer de 93 años con neumonía.', values: ['93 años'] },
    { text: 'Tiene 91 años de edad.', values: ['91 años'] },
    { text: 'La centenaria del barrio', values: ['centenaria'] },
  ],
});

describe('phi/age replacements', () => {
  it('offers "90 or older" where it reads well, and nothing for an adjective', () => {
    const doc = buildDoc('age 95, a 92-year-old, she is 92 years old');
    const [a, b, c] = age.detect(doc);
    expect(a?.replacement).toBe('90 or older');
    expect(b?.replacement).toBeUndefined();
    expect(c?.replacement).toBe('90 or older');
  });
});
