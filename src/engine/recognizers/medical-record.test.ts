import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc.js';
import { cases, detectionsOf } from '../cases.test-util.js';
import medicalRecord from './medical-record.js';

cases('phi/medical-record', detectionsOf(medicalRecord), {
  clean: [
    'Our new EHR goes live in 2025',
    'Chart review day: 12 charts done',
    'The record 2024 flu season',
    'Medical records requests take 5 days',
    'Keep a chart of your blood pressure at 120/80',
    'MRN field is required',
    'Chart 2023-24 flu data is out',
    'Record 1234 visits this week',
    'Record-breaking 100mg dose',
    { text: 'Chart 07-15-2023 entry', note: 'a date, not a record number' },
    { text: 'Call 555-123-4567 about records', note: 'no record label right before' },
  ],
  flagged: [
    { text: 'MRN: A12345678', values: ['A12345678'] },
    { text: 'MRN 12345678', values: ['12345678'] },
    { text: 'mrn #DX-54321 follow-up', values: ['#DX-54321'] },
    { text: '(MRN: #SF-998877)', values: ['#SF-998877'] },
    { text: 'medical record number MC-998877', values: ['MC-998877'] },
    { text: 'MRN: 987-65-4321', values: ['987-65-4321'] },
    { text: 'MRN 12345-NYP', values: ['12345-NYP'] },
    { text: 'chart # UCSF-987654', values: ['UCSF-987654'] },
    { text: 'record #B-987654 updated', values: ['#B-987654'] },
    { text: 'patient chart 77889900', values: ['77889900'] },
    { text: 'expediente 4455667', values: ['4455667'] },
    { text: 'historia clínica: HC-12345', values: ['HC-12345'] },
    { text: 'MRN-55667788 was merged', values: ['MRN-55667788'] },
    { text: 'her medical records show ID 98765432', values: ['98765432'], note: 'a record word a few words before' },
  ],
});

describe('phi/medical-record scores', () => {
  it('a direct label outscores a record word a few words away', () => {
    const direct = medicalRecord.detect(buildDoc('MRN: 12345678'))[0]!.score;
    const near = medicalRecord.detect(buildDoc('medical records show ID 98765432'))[0]!.score;
    expect(direct).toBeGreaterThan(near);
    expect(near).toBeGreaterThanOrEqual(0.7);
  });
});
