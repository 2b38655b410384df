/**
 * DEA registration numbers: registrant-type letter, a second letter (or 9), seven digits whose
 * last is the check digit ((d1+d3+d5) + 2*(d2+d4+d6) ends in d7). Like the NPI it identifies a
 * prescriber and hints that a prescription is being shown (privacy-rules-research.md §1 K).
 */
import { isValidDea } from '../checksums.js';
import { labelIndex, standsAlone, tokenShapes } from '../labels.js';
import type { Doc } from '../doc.js';
import { MIN_SCORE, type Detection, type Recognizer } from '../recognizer.js';

const DEA = /\b[ABCDEFGHJKLMPRSTUX][A-Z9]\d{7}\b/g;

function detect(doc: Doc): Detection[] {
  const text = doc.text;
  const out: Detection[] = [];
  if (!tokenShapes(doc).mixedLengths.has(9)) return out;
  DEA.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DEA.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (!standsAlone(text, start, end, '-')) continue;
    const context = labelIndex(doc).near('dea', start, end, 40, 14);
    const score = (isValidDea(m[0]) ? 0.6 : context ? 0.25 : 0) + (context ? 0.35 : 0);
    if (score < MIN_SCORE) continue;
    out.push({
      ruleId: 'phi/dea',
      category: 'license',
      start,
      end,
      score: Math.min(1, score),
      strength: 'quasi',
      owner: 'provider',
      message: 'This looks like a DEA registration number',
      why: "A DEA number names a prescriber and usually comes from a prescription, which may carry the patient's details too.",
      replacement: undefined,
    });
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/dea', detect };
export default recognizer;
