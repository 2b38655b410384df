/**
 * US Social Security numbers: "NNN-NN-NNNN", "NNN NN NNNN", and nine bare or dotted digits next
 * to an SSN word. The SSA's issuing rules (checksums.ts) separate numbers that could be real from
 * impossible ones; an impossible one is still reported when SSN words are near, because people
 * type made-up and real numbers alike, and dropped otherwise. A number labelled as a record,
 * plan, account, licence or device number is left to that recognizer.
 */
import { isValidSsn } from '../checksums.js';
import { isDigit, labelIndex, scanNear, standsAlone, tokenShapes, type Family, type LabelIndex } from '../labels.js';
import type { Doc } from '../doc.js';
import { MIN_SCORE, type Detection, type Recognizer } from '../recognizer.js';

const GROUPED = /\b\d{3}([- ])\d{2}\1\d{4}\b/g;
const BARE = /(?<![\p{L}\p{N}\-.\/])\d{9}(?![\p{L}\p{N}]|[\-.\/,]\p{N})/gu;
// "536.22.1234": dots are also version numbers and dates, so only next to SSN words.
const DOTTED = /(?<![\p{N}.])\d{3}\.\d{2}\.\d{4}(?![\p{N}]|\.\p{N})/gu;
const OTHER_LABELS: readonly Family[] = ['medical-record', 'record', 'health-plan', 'account', 'license', 'device'];

const MESSAGE = 'This looks like a Social Security number';
const WHY = 'A Social Security number identifies one person for life and is used to open accounts in their name.';

function push(index: LabelIndex, out: Detection[], start: number, end: number, score: number): void {
  const ssnLabel = index.lastEndBefore('ssn', start, 40);
  for (const f of OTHER_LABELS) if (index.lastEndBefore(f, start, 24) > ssnLabel) return;
  if (score >= MIN_SCORE) {
    out.push({ ruleId: 'phi/ssn', category: 'ssn', start, end, score, strength: 'direct', owner: undefined, message: MESSAGE, why: WHY, replacement: undefined });
  }
}

function detect(doc: Doc): Detection[] {
  const text = doc.text;
  const shapes = tokenShapes(doc);
  if (shapes.maxGroup < 3) return [];
  const index = labelIndex(doc);
  const out: Detection[] = [];
  // "536-22-1234" is one word of shape 3-2-4; "536 22 1234" starts with a three-digit word.
  GROUPED.lastIndex = shapes.dashedShapes.has('3-2-4') || shapes.numberLengths.has(3) ? 0 : text.length;
  let m: RegExpExecArray | null;
  while ((m = GROUPED.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (!standsAlone(text, start, end) || text[start - 1] === '#') continue;
    // "555 12 3456 78" is a longer number, not an SSN.
    if (m[1] === ' ' && ((text[start - 1] === ' ' && isDigit(text[start - 2])) || (text[end] === ' ' && isDigit(text[end + 1])))) continue;
    const context = index.near('ssn', start, end, 40, 14);
    const valid = isValidSsn(m[0]);
    const dashed = m[1] === '-';
    if (valid) push(index, out, start, end, context ? (dashed ? 1 : 0.9) : dashed ? 0.55 : 0.45);
    else if (context) push(index, out, start, end, dashed ? 0.8 : 0.7);
  }
  if (index.has('ssn')) {
    for (const v of scanNear(doc, index.hits('ssn'), 30, BARE)) push(index, out, v.start, v.end, isValidSsn(v.value) ? 0.85 : 0.6);
    for (const v of scanNear(doc, index.hits('ssn'), 30, DOTTED)) push(index, out, v.start, v.end, isValidSsn(v.value.replace(/\./g, '-')) ? 0.85 : 0.7);
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/ssn', detect };
export default recognizer;
