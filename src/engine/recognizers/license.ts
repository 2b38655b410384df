/**
 * Driver's licence, certificate and other licence numbers of a person. They have no common
 * format across states and countries, so the label decides: a value written right after
 * "driver's license", "DL", "license #", "licencia", "certificate"... is reported, and a typical
 * licence shape (one or two letters and 5-14 digits, or 7-12 digits) a few words after one.
 * Provider licence numbers (NPI, DEA) have their own recognizers.
 */
import { isIdValue, labelIndex, scanNear, valueAfter } from '../labels.js';
import type { Doc } from '../doc.js';
import type { Detection, Recognizer } from '../recognizer.js';

// US licence shapes (AAMVA DL/ID card design standard, annex on state number formats): letter(s)
// + digits ("F123456789012", "D1234567"), all digits, Florida's dashed "F123-456-78-900-0".
const LICENSE_SHAPE =
  /(?<![\p{L}\p{N}\-#])(?:\p{Lu}{1,2}\d{5,14}|\d{7,12}|\p{Lu}\d{3}-\d{3}-\d{2}-\d{3}-\d)(?![\p{L}\p{N}]|[\-\/.]\p{N})/gu;

const MESSAGE = 'This looks like a licence or certificate number';
const WHY = "A driver's licence or certificate number is issued to one person and identifies them.";

function detection(start: number, end: number, score: number): Detection {
  return { ruleId: 'phi/license', category: 'license', start, end, score, strength: 'direct', owner: undefined, message: MESSAGE, why: WHY, replacement: undefined };
}

function detect(doc: Doc): Detection[] {
  const index = labelIndex(doc);
  if (!index.has('license')) return [];
  const out: Detection[] = [];
  for (const label of index.hits('license')) {
    const v = valueAfter(doc, label.end);
    if (v !== undefined && isIdValue(doc.text.slice(v.start, v.end))) out.push(detection(v.start, v.end, 0.85));
  }
  for (const v of scanNear(doc, index.hits('license'), 40, LICENSE_SHAPE)) {
    if (isIdValue(v.value)) out.push(detection(v.start, v.end, 0.65));
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/license', detect };
export default recognizer;
