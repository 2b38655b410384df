/**
 * International Bank Account Numbers, compact ("GB82WEST12345698765432") or printed in groups of
 * four ("GB82 WEST 1234 5698 7654 32"), validated by ISO 13616 mod 97 and the country's
 * registered length. The length also decides where the IBAN ends when text follows it.
 */
import { isValidIban } from '../checksums.js';
import { IBAN_LENGTHS } from '../data/iban-lengths.js';
import { labelIndex, tokenShapes } from '../labels.js';
import type { Doc } from '../doc.js';
import type { Detection, Recognizer } from '../recognizer.js';

// A letter or digit of any script (one character asked); made once, not at every call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// Country code, check digits, then 11-30 letters or digits with at most one space between them.
const CANDIDATE = /\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}/g;

const MESSAGE = 'This looks like a bank account number (IBAN)';
const WHY = 'An IBAN is a bank account; it identifies its holder and can be used for payments in their name.';

/** End offset after `count` letters or digits from `start`, skipping single spaces. */
function endAfter(text: string, start: number, count: number, limit: number): number {
  let seen = 0;
  let i = start;
  while (i < limit && seen < count) {
    if (text[i] !== ' ') seen++;
    i++;
  }
  return seen === count ? i : -1;
}

function detect(doc: Doc): Detection[] {
  const text = doc.text;
  const out: Detection[] = [];
  // Every IBAN starts with a word of two letters and two digits ("GB82", "GB82WEST…").
  if (!tokenShapes(doc).ibanStart) return out;
  CANDIDATE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let index: ReturnType<typeof labelIndex> | undefined;
  while ((m = CANDIDATE.exec(text)) !== null) {
    const start = m.index;
    const limit = start + m[0].length;
    const country = m[0].slice(0, 2).toUpperCase();
    const ends: number[] = [];
    const expected = IBAN_LENGTHS[country];
    if (expected !== undefined) ends.push(endAfter(text, start, expected, limit));
    else {
      // Unknown country: the whole run, then shorter by whole groups.
      for (let e = limit; e > start + 15; e = text.lastIndexOf(' ', e - 1)) ends.push(e);
    }
    for (const end of ends) {
      if (end < 0 || LETTER_OR_DIGIT.test(text[end] ?? '')) continue;
      const value = text.slice(start, end);
      if (!isValidIban(value)) continue;
      index ??= labelIndex(doc);
      const context = index.near('iban', start, end, 40, 14);
      const upper = value === value.toUpperCase();
      if (!upper && !context) break;
      out.push({ ruleId: 'phi/iban', category: 'account', start, end, score: context ? 1 : 0.85, strength: 'direct', owner: undefined, message: MESSAGE, why: WHY, replacement: undefined });
      CANDIDATE.lastIndex = end;
      break;
    }
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/iban', detect };
export default recognizer;
