/**
 * US ZIP codes when something says they are one: a state before them ("Springfield, IL 62704"),
 * a cue word ("zip 94103", "código postal 90210"), the ZIP+4 shape, or a three-digit prefix
 * from the restricted list written as a ZIP3 ("036xx"). A bare five-digit number is not enough:
 * it is as likely a count, a price or a record number.
 */
import type { Doc } from '../doc.js';
import { RESTRICTED_ZIP3 } from '../data/zip3.js';
import { STATE_CODES, STATE_NAMES } from '../data/us-states.js';
import type { Detection, Recognizer } from '../recognizer.js';
import { lowerIncludesAny, wordTest } from '../regex.js';

const ID = 'phi/zip';

const STATE_NAME_ALT = Object.keys(STATE_NAMES)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.replace(/ /g, '\\s{1,2}'))
  .join('|');

const ZIP = '(\\d{5}(?:\\s?-\\s?\\d{4})?)(?![\\p{N}]|-\\d)';
/** "IL 62704", "IL. 62704", "CA, 94103" — the code must be written in capitals. */
const AFTER_CODE = new RegExp(`(?<![\\p{L}\\p{N}])([A-Z]{2})\\.?,?\\s{1,2}${ZIP}`, 'gu');
/** "Illinois 62704", matched on the lower-cased text. */
const AFTER_NAME = new RegExp(`(?<![\\p{L}])(?:${STATE_NAME_ALT}),?\\s{1,2}${ZIP}`, 'gu');
/** "zip 94103", "zip code: 94103-1234", "código postal 28001", "CP 06700", on the lower-cased text. */
const AFTER_CUE = new RegExp(
  `(?<![\\p{L}])(?:zip\\s?codes?|zipcode|zip|postal\\s{1,2}code|post\\s?code|código\\s{1,2}postal|codigo\\s{1,2}postal|cód\\.\\s{0,2}postal|c\\.\\s?p\\.|cp)\\s{0,2}(?:#|:|=|is|was|es|of|de|number|no\\.?|n°)?\\s{0,2}(?:is\\s{1,2})?${ZIP}`,
  'gu',
);
/** ZIP+4 alone: "94103-1234". */
const ZIP_PLUS_4 = /(?<![\p{L}\p{N}\-/.#])\d{5}-\d{4}(?![\p{N}]|-\d)/gu;
/** A restricted ZIP3 after a cue ("zip3 036", "zip code starting with 059", "zip 036"). */
const ZIP3_CUE = /(?<![\p{L}])(?:zip3|zip-3|3-digit zip|three-digit zip|zip\s?(?:code)?\s{1,2}(?:prefix|starting with|beginning with|that starts with|area)|first three digits of (?:the |my |his |her |their |a )?zip(?:\s?code)?|zip\s?(?:code)?)\s{0,2}(?:#|:|is|of)?\s{0,2}(\d{3})(?![\p{N}])/gu;
/** A restricted ZIP3 written with its last digits masked: "036xx", "059**", "821--". */
const ZIP3_MASKED = /(?<![\p{L}\p{N}])(\d{3})(?:xx|\*\*|__|--|XX)(?![\p{L}\p{N}])/gu;

// What every match of each pattern holds (see regex.ts wordTest); all of them hold digits.
const hasCue = wordTest('zip', 'zipcode', 'zipcodes', 'postal', 'post', 'postcode', 'c', 'cp');
const hasStateCode = wordTest(...[...STATE_CODES].map((c) => c.toLowerCase()));
const hasStateName = wordTest(...Object.keys(STATE_NAMES).map((n) => n.split(' ')[0]!));
const hasZipWord = wordTest('zip', 'zipcode');

const MESSAGE = 'This looks like a ZIP code';
const WHY = 'A ZIP code narrows a person down to a small area; Safe Harbor allows at most its first three digits, and not for small areas.';

function detection(start: number, end: number, score: number): Detection {
  return { ruleId: ID, category: 'geography', start, end, score, strength: 'quasi', owner: undefined, message: MESSAGE, why: WHY, replacement: undefined };
}

// Every pattern holds a ZIP code (five digits in a row) or a ZIP3 (three).
const FIVE_DIGITS = /\d{5}/;
const THREE_DIGITS = /\d{3}/;

/** The ZIP codes found so far and the characters they claim (the mask is made at the first). */
class Found {
  readonly out: Detection[] = [];
  private claimed: Uint8Array | undefined;

  constructor(private readonly length: number) {}

  add(start: number, end: number, score: number): void {
    const claimed = (this.claimed ??= new Uint8Array(this.length));
    for (let i = start; i < end; i++) if (claimed[i] === 1) return;
    claimed.fill(1, start, end);
    this.out.push(detection(start, end, score));
  }
}

function groupStart(m: RegExpExecArray, group: number): number {
  return m.index + m[0].lastIndexOf(m[group]!);
}

function detect(doc: Doc): Detection[] {
  if (!doc.hasDigit || !THREE_DIGITS.test(doc.text)) return [];
  const five = FIVE_DIGITS.test(doc.text);
  const found = new Found(doc.text.length);
  let m: RegExpExecArray | null;

  AFTER_CUE.lastIndex = five && hasCue(doc) ? 0 : doc.lower.length;
  while ((m = AFTER_CUE.exec(doc.lower)) !== null) {
    // "CP" is also cerebral palsy: as a postal cue only in Spanish text or written "C.P.".
    if (m[0].startsWith('cp') && doc.lang !== 'es') continue;
    const s = groupStart(m, 1);
    found.add(s, s + m[1]!.length, 0.85);
  }
  AFTER_CODE.lastIndex = five && hasStateCode(doc) ? 0 : doc.text.length;
  while ((m = AFTER_CODE.exec(doc.text)) !== null) {
    if (!STATE_CODES.has(m[1]!)) continue;
    const s = groupStart(m, 2);
    found.add(s, s + m[2]!.length, 0.85);
  }
  AFTER_NAME.lastIndex = five && hasStateName(doc) ? 0 : doc.lower.length;
  while ((m = AFTER_NAME.exec(doc.lower)) !== null) {
    const s = groupStart(m, 1);
    found.add(s, s + m[1]!.length, 0.8);
  }
  ZIP_PLUS_4.lastIndex = five && doc.text.includes('-') ? 0 : doc.text.length;
  while ((m = ZIP_PLUS_4.exec(doc.text)) !== null) found.add(m.index, m.index + m[0].length, 0.55);
  ZIP3_CUE.lastIndex = hasZipWord(doc) ? 0 : doc.lower.length;
  while ((m = ZIP3_CUE.exec(doc.lower)) !== null) {
    if (!RESTRICTED_ZIP3.has(m[1]!)) continue;
    const s = groupStart(m, 1);
    found.add(s, s + 3, 0.8);
  }
  ZIP3_MASKED.lastIndex = lowerIncludesAny(doc, ['xx', '**', '__', '--']) ? 0 : doc.text.length;
  while ((m = ZIP3_MASKED.exec(doc.text)) !== null) {
    if (!RESTRICTED_ZIP3.has(m[1]!)) continue;
    found.add(m.index, m.index + m[0].length, 0.8);
  }
  return found.out.sort((a, b) => a.start - b.start);
}

const recognizer: Recognizer = { id: ID, detect };
export default recognizer;
