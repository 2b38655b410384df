import { cases, detectionsOf } from '../cases.test-util.js';
import license from './license.js';

cases('phi/license', detectionsOf(license), {
  clean: [
    "Bring your driver's license to check-in",
    'Licensed since 1998 in two states',
    'License 2024 renewals are due',
    'Add 5 dl of water',
    'Certificate of need approved',
    'CE certificate for 2 hours',
  ],
  flagged: [
    { text: 'License No: CLN-112233', values: ['CLN-112233'] },
    { text: "driver's license D1234567", values: ['D1234567'] },
    { text: "my driver's license number is F123-456-78-900-0", values: ['F123-456-78-900-0'] },
    { text: 'DL# 123456789', values: ['123456789'] },
    { text: 'certificate number 2023-44556', values: ['2023-44556'] },
    { text: 'licencia de conducir 12345678', values: ['12345678'] },
    { text: "driver's license was suspended, A1234567 on file", values: ['A1234567'], note: 'licence shape a few words after' },
  ],
});
