/**
 * Health plan beneficiary numbers: Medicare Beneficiary Identifiers by their structure, and
 * member / policy / subscriber / insurance numbers by the label written before them ("member
 * ID", "policy #", "Aetna", "número de afiliado").
 *
 * MBI structure (CMS, "Understanding the Medicare Beneficiary Identifier format"): 11
 * characters; positions 1, 4, 7, 10, 11 numeric (1 is 1-9); 2, 5, 8, 9 letters; 3 and 6 letter
 * or digit; letters exclude S, L, O, I, B, Z. There is no check digit, so the printed dashed
 * form ("1EG4-TE5-MK73") counts on its own and the compact one needs a Medicare word nearby.
 */
import { isIdValue, labelIndex, scanNear, standsAlone, tokenShapes, valueAfter } from '../labels.js';
import type { Doc } from '../doc.js';
import type { Detection, Recognizer } from '../recognizer.js';

const L = '[AC-HJKMNP-RT-Y]';
const LD = '[AC-HJKMNP-RT-Y0-9]';
const MBI = new RegExp(`\\b[1-9]${L}${LD}\\d(-?)${L}${LD}\\d\\1${L}${L}\\d\\d\\b`, 'g');
// ID shapes read a few words after an insurance word: "HP-987654", "XYZ987654", "12345678".
const NEAR_VALUE = /(?:#|\b)(?:[A-Z]{1,5}-?\d{4,12}|\d{6,14}|\d{3,6}(?:-\d{2,6}){1,2})\b/g;

const MESSAGE = 'This looks like a health plan member number';
const WHY = "An insurance member or Medicare number belongs to one person and appears on their claims and records.";

function detection(start: number, end: number, score: number): Detection {
  return { ruleId: 'phi/health-plan', category: 'health-plan', start, end, score, strength: 'direct', owner: undefined, message: MESSAGE, why: WHY, replacement: undefined };
}

function detect(doc: Doc): Detection[] {
  const index = labelIndex(doc);
  const out: Detection[] = [];
  for (const label of index.hits('health-plan')) {
    const v = valueAfter(doc, label.end);
    if (v !== undefined && isIdValue(doc.text.slice(v.start, v.end))) out.push(detection(v.start, v.end, 0.85));
  }
  for (const v of scanNear(doc, index.hits('health-plan-context'), 48, NEAR_VALUE)) {
    if (isIdValue(v.value) && standsAlone(doc.text, v.start, v.end, '-/.') && doc.text[v.start - 1] !== '#') out.push(detection(v.start, v.end, 0.72));
  }
  // An MBI is one word of 11 characters, or 13 with its dashes.
  const lengths = tokenShapes(doc).mixedLengths;
  const mayHaveMbi = lengths.has(11) || lengths.has(13);
  MBI.lastIndex = mayHaveMbi ? 0 : doc.text.length;
  let m: RegExpExecArray | null;
  while ((m = MBI.exec(doc.text)) !== null) {
    if (!standsAlone(doc.text, m.index, m.index + m[0].length, '-')) continue;
    const dashed = m[1] === '-';
    const context = index.near('mbi', m.index, m.index + m[0].length, 48, 14) || index.near('health-plan', m.index, m.index + m[0].length, 32, 0);
    const score = (dashed ? 0.6 : 0.35) + (context ? 0.35 : 0);
    if (score >= 0.5) out.push(detection(m.index, m.index + m[0].length, Math.min(1, score)));
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/health-plan', detect };
export default recognizer;
