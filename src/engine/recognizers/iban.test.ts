import { cases, detectionsOf } from '../cases.test-util.js';
import iban from './iban.js';

// ISO 13616 / national example IBANs; none is a real account.
cases('phi/iban', detectionsOf(iban), {
  clean: [
    { text: 'GB82 WEST 1234 5698 7654 33', note: 'check digits fail' },
    { text: 'GB82WEST1234569876543', note: 'one character short for GB' },
    { text: 'Flight AB12 CDEF 3456 7890 1234 lands', note: 'not mod-97 valid' },
    { text: 'gb82west12345698765432 in lower case without words' },
    'The HB12 gene panel and ICD10 codes',
  ],
  flagged: [
    { text: 'IBAN: GB82 WEST 1234 5698 7654 32', values: ['GB82 WEST 1234 5698 7654 32'] },
    { text: 'GB82WEST12345698765432', values: ['GB82WEST12345698765432'] },
    { text: 'send to DE89 3704 0044 0532 0130 00 today', values: ['DE89 3704 0044 0532 0130 00'] },
    { text: 'FR14 2004 1010 0505 0001 3M02 606.', values: ['FR14 2004 1010 0505 0001 3M02 606'] },
    { text: 'NO9386011117947 and more', values: ['NO9386011117947'] },
    { text: 'my iban is gb82west12345698765432', values: ['gb82west12345698765432'] },
    { text: 'GB82 WEST 1234 5698 7654 32 ABCD follows', values: ['GB82 WEST 1234 5698 7654 32'], note: 'country length ends it' },
  ],
});
