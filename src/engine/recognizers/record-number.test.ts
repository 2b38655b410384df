import { cases, detectionsOf } from '../cases.test-util.js';
import recordNumber from './record-number.js';

cases('phi/record-number', detectionsOf(recordNumber), {
  clean: [
    'In case 2 people call, we open at 9',
    'Case studies from 2019 are posted',
    'Photo ID required at check-in',
    'Claim your free flu shot',
    'Rx refills take 2 days',
    'Our patients 1200 strong',
    'Specimen collection 8am-10am',
    'ID badges are blue',
    { text: 'patient 123456', note: 'a bare number after "patient" needs seven digits' },
  ],
  flagged: [
    { text: 'patient ID 987654', values: ['987654'] },
    { text: 'Patient ID: ABCD1234', values: ['ABCD1234'] },
    { text: 'case #JH-998877', values: ['#JH-998877'] },
    { text: 'under ID: RX-87654321', values: ['RX-87654321'] },
    { text: '(Site ID: 98765)', values: ['98765'] },
    { text: 'ref. code: EM-2554', values: ['EM-2554'] },
    { text: 'patient ID MTH-987654', values: ['MTH-987654'] },
    { text: 'claim # 20231234567', values: ['20231234567'] },
    { text: 'accession #S23-45678', values: ['#S23-45678'] },
    { text: 'specimen number 55-1234', values: ['55-1234'] },
    { text: 'ID: 987654321', values: ['987654321'] },
    { text: 'patient 9876543 returned', values: ['9876543'] },
    { text: 'número de caso 445566', values: ['445566'] },
  ],
});
