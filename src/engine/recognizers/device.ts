/**
 * Device identifiers and serial numbers (implants, pumps, phones): a value written after
 * "serial", "S/N", "IMEI", "lot", "UDI", "device ID"...; IMEIs (15 digits with a Luhn check
 * digit) near device words; and GS1 UDI barcodes in their printed form ("(01)" + 14 digits and
 * further application identifiers), which need no words at all.
 */
import { isValidImei } from '../checksums.js';
import { isIdValue, labelIndex, scanNear, valueAfter } from '../labels.js';
import type { Doc } from '../doc.js';
import type { Detection, Recognizer } from '../recognizer.js';

const IMEI = /(?<![\p{L}\p{N}\-.\/])(?:\d{15}|\d{2}-\d{6}-\d{6}-\d)(?![\p{L}\p{N}]|[\-.\/]\p{N})/gu;
// GS1 UDI (FDA UDI rule, 21 CFR 830; GS1 General Specifications): device identifier AI (01)
// followed by production identifiers such as (17) expiry, (10) lot, (21) serial.
const UDI = /\(01\)\d{14}(?:\((?:10|11|17|21)\)[A-Za-z0-9\-]{1,20}){0,4}/g;

const MESSAGE = 'This looks like a device serial number';
const WHY = 'A device or implant serial number is tied to the one patient who has it.';

function detection(start: number, end: number, score: number): Detection {
  return { ruleId: 'phi/device', category: 'device', start, end, score, strength: 'direct', owner: undefined, message: MESSAGE, why: WHY, replacement: undefined };
}

function detect(doc: Doc): Detection[] {
  const text = doc.text;
  const index = labelIndex(doc);
  const out: Detection[] = [];
  for (const label of index.hits('device')) {
    const v = valueAfter(doc, label.end);
    if (v !== undefined && isIdValue(text.slice(v.start, v.end))) out.push(detection(v.start, v.end, 0.85));
  }
  for (const family of ['device', 'device-context'] as const) {
    for (const v of scanNear(doc, index.hits(family), 40, IMEI)) {
      if (isValidImei(v.value)) out.push(detection(v.start, v.end, 0.9));
    }
  }
  if (text.includes('(01)')) {
    UDI.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = UDI.exec(text)) !== null) out.push(detection(m.index, m.index + m[0].length, 0.8));
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/device', detect };
export default recognizer;
