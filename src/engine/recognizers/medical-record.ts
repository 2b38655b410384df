/**
 * Medical record numbers. There is no national format, so the words around a value say what it
 * is: a value written right after "MRN", "chart #", "expediente"... is reported with high
 * confidence; an ID-shaped value a few words away from such a word with a lower one. A bare
 * number with no such word is left alone (the record-number recognizer reads other labels).
 */
import { isIdValue, labelIndex, scanNear, standsAlone, valueAfter } from '../labels.js';
import type { Doc } from '../doc.js';
import type { Detection, Recognizer } from '../recognizer.js';

const MESSAGE = 'This looks like a medical record number';
const WHY = "A medical record number points to one patient's chart, so it identifies them.";

// Strong ID shapes: letters-digits ("UCSF-987654", "#SF-998877", "A12345678"), digits-letters
// ("12345-NYP"), long digit runs, dashed digit groups ("987-65-4321").
const NEAR_VALUE = /(?:#|\b)(?:[A-Z]{1,5}-?\d{4,12}|\d{4,10}-?[A-Z]{2,5}|\d{6,12}|\d{2,6}(?:-\d{2,6}){1,2})\b/g;
// "MRN-12345", "MRN12345": label and value written as one word.
const GLUED = /(?<![\p{L}\p{N}])MRN[-#]?(\d{4,12})(?![\p{L}\p{N}])/giu;

function detection(start: number, end: number, score: number): Detection {
  return { ruleId: 'phi/medical-record', category: 'medical-record', start, end, score, strength: 'direct', owner: undefined, message: MESSAGE, why: WHY, replacement: undefined };
}

function detect(doc: Doc): Detection[] {
  const index = labelIndex(doc);
  const out: Detection[] = [];
  for (const label of index.hits('medical-record')) {
    const v = valueAfter(doc, label.end);
    if (v !== undefined && isIdValue(doc.text.slice(v.start, v.end))) out.push(detection(v.start, v.end, 0.9));
  }
  if (index.has('medical-record-context')) {
    // Only the stretch after each context word is read, so a long text costs no more than its labels.
    for (const v of scanNear(doc, index.hits('medical-record-context'), 48, NEAR_VALUE)) {
      if (isIdValue(v.value) && standsAlone(doc.text, v.start, v.end, '-/.') && doc.text[v.start - 1] !== '#') out.push(detection(v.start, v.end, 0.75));
    }
  }
  if (doc.lower.includes('mrn')) {
    GLUED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = GLUED.exec(doc.text)) !== null) out.push(detection(m.index, m.index + m[0].length, 0.85));
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/medical-record', detect };
export default recognizer;
