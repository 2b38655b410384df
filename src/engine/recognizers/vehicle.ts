/**
 * Vehicle identifiers: VINs (17 characters without I, O or Q; the North American check digit in
 * position 9 makes a bare one credible, a failing one needs "VIN" nearby) and licence plates
 * written after "plate", "tag #", "placa"... (accident and ambulance posts).
 */
import { isValidVin } from '../checksums.js';
import { labelIndex, standsAlone, tokenShapes, valueAfter } from '../labels.js';
import type { Doc } from '../doc.js';
import type { Detection, Recognizer } from '../recognizer.js';

const VIN = /\b[A-HJ-NPR-Z0-9]{17}\b/g;
// Plates: one to three groups of letters and digits, 4-8 characters in all.
const PLATE = '[A-Za-z0-9]{1,4}(?:[ -]?[A-Za-z0-9]{1,4}){0,2}(?![\\p{L}\\p{N}]|[\\-][\\p{L}\\p{N}])';

const MESSAGE_VIN = 'This looks like a vehicle identification number';
const MESSAGE_PLATE = 'This looks like a licence plate';
const WHY = 'A VIN or plate number is registered to one owner and can be looked up.';

function detection(start: number, end: number, score: number, message: string): Detection {
  return { ruleId: 'phi/vehicle', category: 'vehicle', start, end, score, strength: 'direct', owner: undefined, message, why: WHY, replacement: undefined };
}

/**
 * Length of the plate at the start of a labelled value: groups are kept while they are written in
 * capitals or digits (a plate is printed that way) and the whole stays within 8 characters, so
 * "ABC-1234 left the scene" gives "ABC-1234". 0 when no plate is there.
 */
function plateLength(value: string): number {
  const parts = value.split(/(?=[ -])/);
  let length = 0;
  let compact = '';
  for (const [i, part] of parts.entries()) {
    const group = part.replace(/^[ -]/, '');
    if (i > 0 && /[a-z]/.test(group)) break;
    if (compact.length + group.length > 8) break;
    compact += group;
    length += part.length;
  }
  const ok = compact.length >= 4 && /\d/.test(compact) && /[A-Za-z]/.test(compact);
  return ok ? length : 0;
}

function detect(doc: Doc): Detection[] {
  const text = doc.text;
  const out: Detection[] = [];
  const index = labelIndex(doc);
  // A VIN is one 17-character word: skip the scan when the text has none.
  const mayHaveVin = tokenShapes(doc).mixedLengths.has(17);
  VIN.lastIndex = mayHaveVin ? 0 : text.length;
  let m: RegExpExecArray | null;
  while ((m = VIN.exec(text)) !== null) {
    const vin = m[0];
    const digits = vin.replace(/\D/g, '').length;
    if (digits === 17 || digits < 4) continue;
    const start = m.index;
    const end = start + vin.length;
    if (!standsAlone(text, start, end, '-')) continue;
    const context = index.near('vin', start, end, 40, 14);
    if (isValidVin(vin)) out.push(detection(start, end, context ? 0.95 : 0.65, MESSAGE_VIN));
    else if (context) out.push(detection(start, end, 0.65, MESSAGE_VIN));
  }
  for (const label of index.hits('vehicle')) {
    const v = valueAfter(doc, label.end, PLATE);
    const length = v === undefined ? 0 : plateLength(text.slice(v.start, v.end));
    if (v !== undefined && length > 0) out.push(detection(v.start, v.start + length, 0.8, MESSAGE_PLATE));
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/vehicle', detect };
export default recognizer;
