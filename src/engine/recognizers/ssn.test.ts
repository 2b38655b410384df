import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc.js';
import { cases, detectionsOf, type Runner } from '../cases.test-util.js';
import { toOriginal } from '../normalize.js';
import { MIN_SCORE, type Detection, type Recognizer } from '../recognizer.js';
import ssn from './ssn.js';
import medicalRecord from './medical-record.js';
import phone from './phone.js';
import recordNumber from './record-number.js';

cases('phi/ssn', detectionsOf(ssn), {
  clean: [
    'Call 555-123-4567 today',
    { text: 'Order 987-65-4321 shipped', note: 'impossible SSN (area 9xx) without SSN words' },
    { text: 'Ref 123-45-6789', note: 'the best-known fake, without SSN words' },
    { text: 'Code 000-12-3456 and 666-12-3456', note: 'areas never issued' },
    { text: 'Part 536-00-1234 and 536-22-0000', note: 'group 00 / serial 0000' },
    { text: 'Counted 536 22 1234 boxes', note: 'spaced form needs SSN words' },
    { text: 'Tracking 123456789', note: 'nine bare digits need SSN words' },
    { text: 'MRN: 536-22-1234', note: 'better explained as a record number' },
    { text: 'Chart # 345-67-8901 reviewed', note: 'better explained as a record number' },
    { text: 'Room 5 536 22 1234 8', note: 'part of a longer run of digits' },
    { text: 'See item #536-22-1234' },
  ],
  flagged: [
    { text: 'SSN: 536-22-1234', values: ['536-22-1234'] },
    { text: 'Pt 536-22-1234 called', values: ['536-22-1234'], note: 'valid dashed SSN without words: moderate score' },
    { text: 'his social security number is 987-65-4321', values: ['987-65-4321'], note: 'impossible but labelled' },
    { text: 'SSN 123-45-6789', values: ['123-45-6789'], note: 'well-known fake, labelled' },
    { text: 'SSN 536 22 1234', values: ['536 22 1234'] },
    { text: 'Social Security: 536221234', values: ['536221234'] },
    { text: 'número de seguro social 536-22-1234', values: ['536-22-1234'] },
    { text: 'seguro social 123456789', values: ['123456789'] },
    { text: 'MRN 12345, SSN 536-22-1234', values: ['536-22-1234'], note: 'SSN word nearer than the record label' },
  ],
});

/** Highest score wins where detections overlap, as the pipeline resolves them. */
function strongest(detections: readonly Detection[]): Detection[] {
  const sorted = [...detections].sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  const kept: Detection[] = [];
  for (const d of sorted) if (d.score >= MIN_SCORE && !kept.some((k) => k.start < d.end && d.start < k.end)) kept.push(d);
  return kept;
}

const mine: readonly Recognizer[] = [ssn, medicalRecord, phone, recordNumber];
const resolved: Runner = (text) => {
  const doc = buildDoc(text);
  return strongest(mine.flatMap((r) => r.detect(doc))).map((d) => ({
    ...toOriginal(doc.norm, d.start, d.end),
    ruleId: d.ruleId,
    category: d.category,
  }));
};

describe('phi/ssn against neighbouring recognizers', () => {
  const categoryOf = (text: string, value: string): string | undefined => {
    const at = text.indexOf(value);
    return resolved(text).find((h) => h.start === at && h.end === at + value.length)?.category;
  };
  it('SSN words make it an SSN, record words a record number', () => {
    expect(categoryOf('SSN 987-65-4321', '987-65-4321')).toBe('ssn');
    expect(categoryOf('MRN: 987-65-4321', '987-65-4321')).toBe('medical-record');
    expect(categoryOf('MRN: 345-67-8901', '345-67-8901')).toBe('medical-record');
    expect(categoryOf('patient ID: 897-65-4321', '897-65-4321')).toBe('other-identifier');
    expect(categoryOf('ref 536-22-1234', '536-22-1234')).toBe('ssn');
  });
});
