/**
 * Payment card numbers: 12 to 19 digits, written whole or in groups separated by spaces or
 * dashes, whose last digit is a valid Luhn check digit and whose first digits belong to a card
 * issuer. A Luhn-valid number with no known issuer needs card words nearby; a Luhn-invalid one
 * with a known issuer or a card's grouping is still reported next to card words (people
 * mistype or invent them).
 */
import { isLuhn, isRepeatedDigit } from '../checksums.js';
import { CARD_ISSUERS } from '../data/card-issuers.js';
import { isDigit, labelIndex, standsAlone, tokenShapes } from '../labels.js';
import type { Doc } from '../doc.js';
import { MIN_SCORE, type Detection, type Recognizer } from '../recognizer.js';

// One separator at most between digits, and the run must be maximal (no digit group before or
// after it), so a long run of digits or of "1 1 1" fails at once.
const CARD = /\b\d(?:[ \-]?\d){11,18}\b/g;
const BEFORE_EXCLUDED = '+#$€£@/';
const CARD_GROUPING = /^\d{4}([ -])(?:\d{4}\1\d{4}\1\d{4}|\d{6}\1\d{4,5})$/;

const MESSAGE = 'This looks like a payment card number';
const WHY = 'A card number is a financial account; anyone who reads it can try to charge it.';

function issuerFits(digits: string): boolean {
  for (const [from, to, min, max] of CARD_ISSUERS) {
    if (digits.length < min || digits.length > max) continue;
    const head = digits.slice(0, from.length);
    if (head >= from && head <= to) return true;
  }
  return false;
}

function detect(doc: Doc): Detection[] {
  const text = doc.text;
  const out: Detection[] = [];
  // Twelve or more digits in one word, or groups of four ("4111 1111 …").
  const shapes = tokenShapes(doc);
  if (shapes.maxGroup < 4 || (shapes.maxDigits < 12 && !shapes.numberLengths.has(4))) return out;
  const index = labelIndex(doc);
  CARD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CARD.exec(text)) !== null) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const before = text[start - 1];
    if (!standsAlone(text, start, end) || (before !== undefined && BEFORE_EXCLUDED.includes(before))) continue;
    if ((before === ' ' && isDigit(text[start - 2])) || (text[end] === ' ' && isDigit(text[end + 1]))) continue;
    const separators = new Set(raw.replace(/\d/g, ''));
    if (separators.size > 1) continue;
    const digits = raw.replace(/\D/g, '');
    if (isRepeatedDigit(digits)) continue;
    const context = index.near('card', start, end, 48, 14);
    const known = issuerFits(digits);
    let score: number;
    if (isLuhn(digits)) score = known ? (digits.length >= 13 ? 0.8 : 0.45) : 0.3;
    // Card words right before a number written the way cards are printed (4-4-4-4, 4-6-5,
    // 4-6-4): someone typed a card number, mistyped or not.
    else score = context && digits.length >= 13 && (known || CARD_GROUPING.test(raw) || separators.size === 0) ? 0.2 : 0;
    if (score === 0) continue;
    if (context) score += 0.35;
    if (score < MIN_SCORE) continue;
    out.push({ ruleId: 'phi/payment-card', category: 'account', start, end, score: Math.min(1, score), strength: 'direct', owner: undefined, message: MESSAGE, why: WHY, replacement: undefined });
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/payment-card', detect };
export default recognizer;
