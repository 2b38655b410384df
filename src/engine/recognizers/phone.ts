/**
 * Phone and fax numbers: North American forms ("555-123-4567", "(617) 555-7890", "+1 …",
 * "1-800-…"), international ones with a country code ("+44 20 7946 0958", "+41 (0)69 …"), and
 * national ones written in groups ("06 12 34 56 78", "9469 9966"). Fictional 555 and
 * "123-456-7890" numbers count: people type them. Years, year ranges, dates, decimals,
 * thousands-grouped counts, SSN and ZIP+4 shapes do not.
 *
 * A hand-written matcher rather than libphonenumber-js: on our data it found more of the
 * international numbers, raised fewer false alarms on news text, stays linear on adversarial
 * input, and adds a few kilobytes instead of ~140 kB (docs/decisions.md).
 */
import { isPlausibleE164 } from '../data/calling-codes.js';
import { isDigit, labelIndex, standsAlone, tokenShapes, type LabelIndex } from '../labels.js';
import type { Doc } from '../doc.js';
import { MIN_SCORE, type Detection, type Recognizer } from '../recognizer.js';

// Fast ASCII shapes (each starts with "+", "(" or a word boundary, so the scan skips most of a
// text); `standsAlone` then rejects numbers glued to words, handles, prices or longer numbers.
const EXT_REQUIRED = String.raw`\s?(?:x|ext\.?|extension)\s?\d{1,6}\b`;
const EXT_TAIL = new RegExp(`${EXT_REQUIRED}$`);
// The country prefix ("+1 ", "1-", "001-") is read backwards in code: a pattern that starts with
// "(" or a word boundary lets the scan skip most positions of a long run of digits.
// A dash or dot may have a space on each side ("555 - 201 - 3344").
const NANP = new RegExp(String.raw`(?:(\(\d{3}\))[ .\-]?|\b\d{3}( ?[.\-] ?|[ .\-]))\d{3}( ?[.\-] ?|[ .\-])\d{4}(?:${EXT_REQUIRED}|\b)`, 'g');
const NANP_PREFIX = /(?:\+1|\b001|\b1)[ .\-]?$/;
// Separators are mandatory between groups (a compact number is one group), so a run of digits
// splits one way only and a failed match costs a constant.
const INTERNATIONAL = new RegExp(
  String.raw`\+(?:\d{8,15}|\d{1,7}(?:(?:[ .\-]?\(0\)[ .\-]?|[ .\-]?\(\d{1,4}\)[ .\-]?|[ .\-])\d{1,6}){1,6})(?:${EXT_REQUIRED}|\b)`,
  'g',
);
const GROUPED = new RegExp(String.raw`(?:\(\d{1,5}\) ?|\b\d{2,5}[ .\-])(?:\d{2,8}[ .\-]){0,4}\d{2,8}(?:${EXT_REQUIRED}|\b)`, 'g');
const BARE = /\b\d{7,12}\b/g;
const BEFORE_EXCLUDED = '@#$€£¥+/=';

const BOOST = 0.35;
// A label written right after the number, on its line: "… 1693-Office", "… 38 fax".
const LABEL_AFTER = /^\s?[-(]?\s?(fax|facsimile|phone|tel|mobile|cell|office|desk|home|work)\b(?!\s?[:#])/;

interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly score: number;
}

const isYear = (g: string): boolean => g.length === 4 && /^(?:19|20)\d\d$/.test(g);
const isRepeated = (digits: string): boolean => /^(\d)\1+$/.test(digits);

/** Score of a North American number; `prefix` is the country prefix written before it, if any. */
function nanpScore(m: RegExpExecArray, prefix: string): number {
  const [all, paren, areaSep, sep] = m;
  // "555-555-5555" is typed as a fake and still reported; "000-000-0000" is a form placeholder.
  if (/^[0\D]+$/.test(all)) return 0;
  if (prefix.startsWith('+') || prefix.startsWith('001')) return 0.7;
  let score: number;
  if (paren !== undefined) score = 0.6; // "(617) 555-7890"
  else if (areaSep === sep && sep !== ' ') score = 0.6;
  else if (areaSep === sep) score = 0.45; // "555 123 4567"
  else score = 0.4;
  return prefix === '' ? score : score + 0.05; // "1-800-…"
}

function internationalScore(text: string): number {
  const digits = text.replace(EXT_TAIL, '').replace(/\(0\)/g, '').replace(/\D/g, '');
  if (!isPlausibleE164(digits) || isRepeated(digits)) return 0;
  return 0.6;
}

function looksLikeDate(groups: readonly string[]): boolean {
  if (groups.length !== 3) return false;
  const [a, b, c] = groups.map(Number) as [number, number, number];
  if (isYear(groups[0]!) && b >= 1 && b <= 12 && c >= 1 && c <= 31) return true;
  if (!isYear(groups[2]!)) return false;
  return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31);
}

/** Digit groups and the separators between them ("(37) 788-063" → 37|788|063, " -"). */
function split(main: string): { groups: string[]; seps: string } {
  const groups: string[] = [];
  let seps = '';
  let current = '';
  for (let i = 0; i < main.length; i++) {
    const c = main.charCodeAt(i);
    if (c >= 48 && c <= 57) current += main[i];
    else {
      if (current.length > 0) groups.push(current);
      current = '';
      if (c !== 40 && c !== 41) seps += main[i];
    }
  }
  if (current.length > 0) groups.push(current);
  return { groups, seps };
}

/** Score of a grouped national number, 0 when its shape says it is something else. */
function groupedScore(main: string): number {
  const { groups, seps } = split(main);
  let count = 0;
  for (const g of groups) count += g.length;
  if (count < 7 || count > 13) return 0;
  const digits = groups.join('');
  if (isRepeated(digits)) return 0;
  const shape = groups.map((g) => g.length).join('-');
  const dashes = /^-+$/.test(seps);
  if ((shape === '3-2-4' || shape === '5-4') && dashes) return 0; // SSN, ZIP+4
  if (looksLikeDate(groups) || groups.every(isYear)) return 0;
  // "39.1234567": a decimal number, not a phone.
  if (groups.length === 2 && seps === '.' && groups[1]!.length >= 5) return 0;
  const paren = main.startsWith('(');
  const oneSep = seps.length > 0 && seps.split('').every((c) => c === seps[0]);
  const thousands = oneSep && (seps[0] === ' ' || seps[0] === '.') && groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);
  if (thousands && !paren) return 0.2;
  if (oneSep && groups.length === 5 && digits.startsWith('0') && groups.every((g) => g.length === 2)) return 0.55; // "06 12 34 56 78"
  const trunk = groups[0]!.startsWith('0') && (groups.length >= 3 || count >= 9);
  if (paren || trunk) return 0.45;
  if (shape === '3-4' && /^[2-9]/.test(digits) && seps !== ' ') return 0.35; // "555-1234"
  return 0.25;
}

function bareScore(digits: string): number {
  if (isRepeated(digits)) return 0;
  if (/^1?[2-9]\d\d[2-9]\d{6}$/.test(digits)) return 0.3;
  return 0.15;
}

/** Not glued to the text around it; `maximal` also rejects a digit group right before or after. */
function isolated(text: string, start: number, end: number, maximal: boolean): boolean {
  const before = text[start - 1];
  if (before !== undefined && BEFORE_EXCLUDED.includes(before)) return false;
  if (!standsAlone(text, start, end)) return false;
  if (!maximal) return true;
  if ((before === ' ' || before === '.' || before === '-') && isDigit(text[start - 2])) return false;
  const after = text[end];
  return !((after === ' ' || after === '.' || after === '-') && isDigit(text[end + 1]));
}

function collect(re: RegExp, text: string, maximal: boolean, score: (m: RegExpExecArray) => number, out: Candidate[]): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isolated(text, start, end, maximal)) continue;
    const s = score(m);
    if (s > 0) out.push({ start, end, score: s });
  }
}

/** Fax when the label nearest to the number (a label right after it on the same line first) is a fax label. */
function isFax(doc: Doc, index: LabelIndex, start: number, end: number): boolean {
  const labelAfter = LABEL_AFTER.exec(doc.lower.slice(end, end + 14));
  if (labelAfter !== null) return labelAfter[1] === 'fax' || labelAfter[1] === 'facsimile';
  return index.lastEndBefore('fax', start, 24) > index.lastEndBefore('phone', start, 24);
}

/** Adds to `kept` the best of a group of overlapping candidates. */
function flush(cluster: Candidate[], kept: Candidate[]): void {
  cluster.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start));
  const chosen: Candidate[] = [];
  for (const c of cluster) if (!chosen.some((k) => k.start < c.end && c.start < k.end)) chosen.push(c);
  kept.push(...chosen);
}

/**
 * Keeps the best of each group of overlapping candidates; candidates arrive sorted by start, so
 * a group is a stretch of them. Most groups are one number, kept as it is without a list.
 */
function resolve(candidates: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  let from = 0;
  let clusterEnd = -1;
  for (let k = 0; k <= candidates.length; k++) {
    const c = candidates[k];
    if (c !== undefined && (c.start < clusterEnd || k === from)) {
      clusterEnd = Math.max(clusterEnd, c.end);
      continue;
    }
    if (k - from === 1) kept.push(candidates[from]!);
    else if (k > from) flush(candidates.slice(from, k), kept);
    if (c === undefined) break;
    from = k;
    clusterEnd = c.end;
  }
  return kept;
}

function detect(doc: Doc): Detection[] {
  const text = doc.text;
  // Every phone number has a group of at least two digits.
  if (tokenShapes(doc).maxGroup < 2) return [];
  const candidates: Candidate[] = [];
  NANP.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NANP.exec(text)) !== null) {
    const prefix = NANP_PREFIX.exec(text.slice(Math.max(0, m.index - 4), m.index))?.[0] ?? '';
    const start = m.index - prefix.length;
    const end = m.index + m[0].length;
    if (!isolated(text, start, end, false)) continue;
    const score = nanpScore(m, prefix);
    if (score > 0) candidates.push({ start, end, score });
  }
  if (text.includes('+')) collect(INTERNATIONAL, text, false, (m) => internationalScore(m[0]), candidates);
  collect(GROUPED, text, true, (m) => groupedScore(/[xn]/.test(m[0]) ? m[0].replace(EXT_TAIL, '') : m[0]), candidates);
  collect(BARE, text, true, (m) => bareScore(m[0]), candidates);
  candidates.sort((a, b) => a.start - b.start);
  const index = labelIndex(doc);
  const hasWords = index.has('phone') || index.has('fax');
  const out: Detection[] = [];
  for (const c of resolve(candidates)) {
    const context =
      (hasWords && (index.near('phone', c.start, c.end, 40, 14) || index.near('fax', c.start, c.end, 40, 14))) ||
      LABEL_AFTER.test(doc.lower.slice(c.end, c.end + 14));
    const score = Math.min(1, c.score + (context ? BOOST : 0));
    if (score < MIN_SCORE) continue;
    const fax = context && isFax(doc, index, c.start, c.end);
    out.push({
      ruleId: 'phi/phone',
      category: fax ? 'fax' : 'phone',
      start: c.start,
      end: c.end,
      score,
      strength: 'direct',
      owner: undefined,
      message: fax ? 'This looks like a fax number' : 'This looks like a phone number',
      why: fax
        ? 'A fax number leads to one person or household and can be looked up.'
        : 'A phone number leads straight to the person it belongs to and can be looked up.',
      replacement: undefined,
    });
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/phone', detect };
export default recognizer;
