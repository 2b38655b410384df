import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildDoc } from '../doc.js';
import { cases, detectionsOf } from '../cases.test-util.js';
import type { Recognizer } from '../recognizer.js';
import bankAccount from './bank-account.js';
import dea from './dea.js';
import device from './device.js';
import email from './email.js';
import healthPlan from './health-plan.js';
import iban from './iban.js';
import ipAddress from './ip-address.js';
import license from './license.js';
import medicalRecord from './medical-record.js';
import npi from './npi.js';
import paymentCard from './payment-card.js';
import phone from './phone.js';
import recordNumber from './record-number.js';
import ssn from './ssn.js';
import url from './url.js';
import vehicle from './vehicle.js';

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

// Robustness of every identifier recognizer written alongside this one (they share the label
// index in data/id-labels.ts): any string is analysed without throwing, and adversarial runs of
// digits, dots, '@', dashes, labels and capitals stay linear.
describe('identifier recognizers: any input', () => {
  const all: readonly Recognizer[] = [
    phone, email, ssn, paymentCard, iban, bankAccount, ipAddress, url, medicalRecord, healthPlan, npi, dea, license,
    vehicle, device, recordNumber,
  ];
  it('never throw and report spans inside the text', () => {
    const alphabet = fc.constantFrom(...'0123456789 .-@#:/()+xXaAmMrRnN\n,_$€áé١'.split(''), 'MRN', 'SSN', 'ID', 'plate', 'IMEI', 'card', 'GB82', '::', 'fax', 'at', 'dot', '\u200b');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 120 }).map((parts) => parts.join('')), (text) => {
        const doc = buildDoc(text);
        for (const r of all) {
          for (const d of r.detect(doc)) {
            expect(d.start).toBeGreaterThanOrEqual(0);
            expect(d.end).toBeLessThanOrEqual(doc.text.length);
            expect(d.end).toBeGreaterThan(d.start);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
  it('stay linear on 25,000-character adversarial strings', () => {
    const inputs = [
      '1'.repeat(25000), '1.'.repeat(12500), '1-'.repeat(12500), '@1.'.repeat(8333), '1 '.repeat(12500),
      'a@'.repeat(12500), '555-123-4567 '.repeat(1923), 'MRN '.repeat(6250), 'MRN: 1-'.repeat(3571), 'A1'.repeat(12500),
      '1:'.repeat(12500), 'x.com/'.repeat(4166), '(0)'.repeat(8333), 'a@b.co '.repeat(3571),
    ];
    for (const text of inputs) {
      const doc = buildDoc(text);
      const t0 = performance.now();
      for (const r of all) r.detect(doc);
      expect(performance.now() - t0, JSON.stringify(text.slice(0, 12))).toBeLessThan(400);
    }
  });
});
