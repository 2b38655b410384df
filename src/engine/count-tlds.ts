/**
 * X's top-level domains for the URL scanner (count-urls.ts): the packed list, decoded on first
 * use, and the test of whether one starts at a position. Apart because the list and its fast
 * paths (letter codes, punycode names) are a concern of their own.
 */
import { TLDS_PACKED } from './data/x-tlds.generated.js';
import { decodeFrontCoded } from './front-coding.js';
import { unpackText } from './packed-text.js';
import { classOf, DOMAIN, fold, has, PUNYCODE, TLD_STOP } from './count-url-classes.js';

let tldSet: ReadonlySet<string> | undefined;
let longestTld = 0;
// The names of ASCII letters up to CODED_LETTERS long, each as a number (see letterCode): the
// same test as the set, without a new string, for every dot of a text.
const CODED_LETTERS = 10;
const tldCodes = new Set<number>();

/** Top-level domains folded for comparison, built on first use. */
function knownTlds(): ReadonlySet<string> {
  if (tldSet === undefined) {
    const [generic = '', country = ''] = unpackText(TLDS_PACKED).split('\n');
    const names = [...decodeFrontCoded(generic), ...country.split(' ')];
    tldSet = new Set(names.map((name) => Array.from(name, (c) => fold(c.charCodeAt(0))).join('')));
    longestTld = Math.max(...names.map((name) => name.length));
    for (const name of tldSet) if (/^[A-Z]+$/.test(name) && name.length <= CODED_LETTERS) tldCodes.add(letterCode(name, 0, name.length));
  }
  return tldSet;
}

/** Letters [from, to) of ASCII `text` in base 27, case folded: exact for up to CODED_LETTERS letters. */
function letterCode(text: string, from: number, to: number): number {
  let code = 0;
  for (let i = from; i < to; i++) code = code * 27 + ((text.charCodeAt(i) | 0x20) - 96);
  return code;
}

/**
 * Length of the top-level domain starting at `at`, or 0. Where two listed names both fit
 * (嘉里 / 嘉里大酒店) the longer wins, as in X's list order; `xn--` names are accepted as punycode.
 */
export function tldLength(text: string, at: number, bound: number): number {
  const tlds = knownTlds();
  const first = text.charCodeAt(at);
  if (first < 0x80) {
    // ASCII names take the whole run of letters; only a non-ASCII letter after it needs the slow path.
    let end = at;
    while (end < bound && isAsciiLetter(text.charCodeAt(end))) end++;
    const stop = end < bound ? text.charCodeAt(end) : -1;
    if (stop < 0x80) {
      const fits = end > at && end - at <= longestTld && (stop < 0 || (classOf(stop) & TLD_STOP) !== 0);
      if (fits && (end - at <= CODED_LETTERS ? tldCodes.has(letterCode(text, at, end)) : tlds.has(text.slice(at, end).toUpperCase()))) return end - at;
      return punycodeTld(text, at, bound);
    }
  }
  const limit = Math.min(bound - at, longestTld);
  let folded = '';
  let best = 0;
  for (let len = 1; len <= limit; len++) {
    const unit = text.charCodeAt(at + len - 1);
    if ((classOf(unit) & DOMAIN) === 0) break;
    folded += fold(unit);
    const next = at + len;
    if (next < bound && (classOf(text.charCodeAt(next)) & TLD_STOP) === 0) continue;
    if (tlds.has(folded)) best = len;
  }
  return best > 0 ? best : punycodeTld(text, at, bound);
}

function punycodeTld(text: string, at: number, bound: number): number {
  // "xn--" in any case (no other character lower-cases to x or n), asked of every sentence's full stop.
  if (bound - at <= 4 || (text.charCodeAt(at) | 0x20) !== 0x78 || (text.charCodeAt(at + 1) | 0x20) !== 0x6e) return 0;
  if (text.charCodeAt(at + 2) !== 0x2d || text.charCodeAt(at + 3) !== 0x2d) return 0;
  let end = at + 4;
  while (end < bound && has(text, end, PUNYCODE)) end++;
  return end > at + 4 ? end - at : 0;
}

function isAsciiLetter(unit: number): boolean {
  return (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
}
