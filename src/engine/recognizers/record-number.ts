/**
 * Other identifiers about a patient (Safe Harbor's "any other unique identifying number"):
 * patient, case, claim, accession, specimen and prescription numbers, a value after a bare
 * "ID:" or "ref", and a long number written right after "patient". Medical record, plan,
 * account, licence and device numbers have their own recognizers, which outscore these where
 * their own words are present.
 */
import { ID_VALUE, isIdValue, labelIndex, valueAfter } from '../labels.js';
import { isValidSsn } from '../checksums.js';
import type { Doc } from '../doc.js';
import type { Detection, Recognizer } from '../recognizer.js';

const MESSAGE = 'This looks like an identifying number';
const WHY = 'A case, claim, patient or reference number points to one person’s records.';
const LONG_NUMBER = '#?\\d{7,12}(?![\\p{L}\\p{N}]|[\\-/.,]\\p{N})';

function detection(start: number, end: number, score: number): Detection {
  return { ruleId: 'phi/record-number', category: 'other-identifier', start, end, score, strength: 'direct', owner: undefined, message: MESSAGE, why: WHY, replacement: undefined };
}

function detect(doc: Doc): Detection[] {
  const index = labelIndex(doc);
  const out: Detection[] = [];
  for (const label of index.hits('record')) {
    const v = valueAfter(doc, label.end, ID_VALUE);
    if (v !== undefined && isIdValue(doc.text.slice(v.start, v.end))) out.push(detection(v.start, v.end, 0.8));
  }
  for (const label of index.hits('generic-id')) {
    const v = valueAfter(doc, label.end, ID_VALUE);
    if (v === undefined) continue;
    const value = doc.text.slice(v.start, v.end);
    if (!isIdValue(value)) continue;
    // "ref 536-22-1234" is more likely a Social Security number quoted as a reference: let the
    // SSN recognizer, which reports it at a moderate score, take it.
    const ssnShaped = /^\d{3}-\d{2}-\d{4}$/.test(value) && isValidSsn(value);
    out.push(detection(v.start, v.end, ssnShaped ? 0.5 : 0.7));
  }
  for (const label of index.hits('patient')) {
    const v = valueAfter(doc, label.end, LONG_NUMBER);
    if (v !== undefined) out.push(detection(v.start, v.end, 0.65));
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/record-number', detect };
export default recognizer;
