/**
 * E-mail addresses: local@domain.tld with a real top-level domain, found from each '@' outward
 * (no regex scan over the text, so long runs of '@' or dots stay cheap), and the spelled-out
 * forms people use to dodge scrapers: "name [at] domain [dot] com", "name at domain dot com".
 */
import { labelIndex } from '../labels.js';
import { isKnownTld } from '../data/tlds.js';
import type { Doc } from '../doc.js';
import type { Detection, Recognizer } from '../recognizer.js';
import { wordTest } from '../regex.js';

const MESSAGE = 'This looks like an e-mail address';
const WHY = 'An e-mail address leads straight to the person who owns it.';

// Character tests by code unit: this runs for every '@' of the text, which may be thousands.
function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
}
/** Letters, digits and . _ % + - ' */
function isLocalCode(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || c === 39;
}
/** Letters, digits, '.' and '-'. */
function isDomainCode(c: number): boolean {
  return isAlnum(c) || c === 46 || c === 45;
}

// Spelled-out separators; the plain " at " / " dot " form is accepted only when the parts are
// not ordinary words ("look at the dot com boom").
const SPELLED =
  /(?<![\p{L}\p{N}._%+\-])([a-z0-9][a-z0-9._%+\-]{0,63})\s{0,2}(\[at\]|\(at\)|\{at\}|<at>|\sat\s)\s{0,2}([a-z0-9][a-z0-9\-]{0,62})((?:\s{0,2}(?:\[dot\]|\(dot\)|\{dot\}|<dot>|\sdot\s|\.)\s{0,2}[a-z0-9][a-z0-9\-]{0,62}){0,3}?)\s{0,2}(\[dot\]|\(dot\)|\{dot\}|<dot>|\sdot\s)\s{0,2}([a-z]{2,12})(?![\p{L}\p{N}])/gu;
const COMMON_WORDS = new Set([
  'the', 'a', 'an', 'this', 'that', 'my', 'our', 'your', 'his', 'her', 'their', 'its', 'me', 'us', 'them', 'him',
  'look', 'looking', 'looked', 'stare', 'stared', 'staring', 'laugh', 'laughed', 'arrive', 'arrived', 'be', 'is',
  'was', 'are', 'were', 'all', 'first', 'last', 'least', 'once', 'home', 'work', 'noon', 'night', 'time', 'bubble',
]);

// Every spelled-out address has "dot" and "at" as words of their own (in brackets or between spaces).
const hasDot = wordTest('dot');
const hasAt = wordTest('at');

function detection(start: number, end: number, score: number): Detection {
  return { ruleId: 'phi/email', category: 'email', start, end, score, strength: 'direct', owner: undefined, message: MESSAGE, why: WHY, replacement: undefined };
}

/** Start of the address last found by `addressEnd`. */
let addressStart = 0;

/**
 * End of the address around the '@' at `at` (its start left in `addressStart`), or -1. Read by
 * character code: on a draft of thousands of addresses, slicing and splitting each is most of
 * the work and all of the garbage.
 */
function addressEnd(text: string, at: number): number {
  let start = at;
  while (start > 0 && at - start < 64 && isLocalCode(text.charCodeAt(start - 1))) start--;
  // A local part starts with a letter or digit, does not end with '.', never holds "..".
  while (start < at && !isAlnum(text.charCodeAt(start))) start++;
  if (start === at || text.charCodeAt(at - 1) === 46) return -1;
  let end = at + 1;
  let dots = 0;
  while (end < text.length && end - at <= 253 && isDomainCode(text.charCodeAt(end))) {
    if (text.charCodeAt(end) === 46) dots++;
    end++;
  }
  while (end > at + 1 && (text.charCodeAt(end - 1) === 46 || text.charCodeAt(end - 1) === 45)) end--;
  if (dots === 0) return -1;
  // The top-level domain is letters only: checked before anything is sliced or split.
  let tldStart = end;
  while (tldStart > at + 1 && text.charCodeAt(tldStart - 1) !== 46) tldStart--;
  if (end - tldStart < 2 || tldStart === at + 1) return -1;
  for (let i = tldStart; i < end; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return -1;
  }
  for (let i = start + 1; i < at; i++) if (text.charCodeAt(i) === 46 && text.charCodeAt(i - 1) === 46) return -1;
  // Labels between the dots: not empty, at most 63 long once lower-cased (where 'İ' becomes
  // two units, the one letter of the domain characters that changes length), no '-' at either end.
  let label = at + 1;
  let grown = 0;
  for (let i = at + 1; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 46;
    if (c !== 46) {
      if (c === 0x130) grown++;
      continue;
    }
    if (i === label || i - label + grown > 63 || text.charCodeAt(label) === 45 || text.charCodeAt(i - 1) === 45) return -1;
    label = i + 1;
    grown = 0;
  }
  // Letters only, so any two are a country's domain.
  if (end - tldStart !== 2 && !isKnownTld(text.slice(tldStart, end).toLowerCase())) return -1;
  addressStart = start;
  return end;
}

function detect(doc: Doc): Detection[] {
  const text = doc.text;
  const out: Detection[] = [];
  let lastEnd = -1;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    if (at < lastEnd) continue;
    const end = addressEnd(text, at);
    if (end < 0) continue;
    const start = addressStart;
    const context = labelIndex(doc).near('email', start, end, 40, 14);
    out.push(detection(start, end, context ? 1 : 0.9));
    lastEnd = end;
  }
  const lower = doc.lower;
  if (hasDot(doc) && hasAt(doc)) {
    SPELLED.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SPELLED.exec(lower)) !== null) {
      const [, local, atSep, domain, , , tld] = m;
      if (!isKnownTld(tld!)) continue;
      const bracketed = !/^\s/.test(atSep!);
      if (!bracketed && (COMMON_WORDS.has(local!) || COMMON_WORDS.has(domain!))) continue;
      out.push(detection(m.index, m.index + m[0].length, bracketed ? 0.85 : 0.6));
    }
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/email', detect };
export default recognizer;
