import { cases, detectionsOf } from '../cases.test-util.js';
import zip from './zip.js';

cases('phi/zip', detectionsOf(zip), {
  clean: [
    'We vaccinated 12345 people this year.',
    'Order number 94103 has shipped.',
    'Lot 55512 expires soon.',
    'Zip up your jacket, 10 degrees out.',
    'The first three digits of a zip code are 941 here.',
    'Child with CP 12345 study participant',
  ],
  flagged: [
    { text: 'Springfield, IL 62704', values: ['62704'] },
    { text: 'Dallas, TX 75201-1234', values: ['75201-1234'] },
    { text: 'Lives in Texas 75201', values: ['75201'] },
    { text: 'She lives in zip 94103', values: ['94103'] },
    { text: 'zip code: 10001', values: ['10001'] },
    { text: 'Código postal 28001', values: ['28001'] },
    { text: 'C.P. 06700, CDMX', values: ['06700'] },
    { text: 'Reply with 94103-1234', values: ['94103-1234'] },
    { text: 'zip code starting with 036', values: ['036'], note: 'restricted ZIP3' },
    { text: 'Patients from 059xx', values: ['059xx'] },
  ],
});
