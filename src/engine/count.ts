/**
 * X's weighted character count. It follows the rules of X's reference, twitter-text 3.1.0
 * (`parseTweet`), but as a linear scanner: twitter-text's URL regex takes about a second on
 * 25,000 characters of dotted text ("a.a.a…") and 3–4 ms on any 25,000 characters, and it adds
 * 57 kB minified to the bundle against about 19 kB here (7 kB of which is the packed TLD list,
 * scripts/build-x-tlds.ts).
 * count.test.ts runs X's conformance tests and compares results with twitter-text itself.
 * The measurements behind this choice are in docs/decisions.md.
 *
 * What is counted (configuration version 3, the current one): each code point weighs 2 unless it
 * is in the light ranges (Latin, Cyrillic, Greek, Hebrew, Arabic, Indic scripts, common
 * punctuation: weight 1); each URL weighs 23 whatever its length; each emoji sequence weighs 2.
 * The text is counted after Unicode NFC normalization.
 *
 * One deliberate difference: emoji sequences newer than twitter-text's 2019 emoji list (❤️‍🔥,
 * skin-toned 🤝, …) weigh 2 like every other emoji, where twitter-text counts their parts.
 */
import { TLDS_PACKED } from './data/x-tlds.generated.js';
import { decodeFrontCoded } from './front-coding.js';
import { unpackText } from './packed-text.js';

export interface WeightRange {
  readonly start: number;
  readonly end: number;
  readonly weight: number;
}

export interface CountConfig {
  readonly version: number;
  readonly maxWeightedTweetLength: number;
  /** Weights are integers in units of 1/scale characters. */
  readonly scale: number;
  readonly defaultWeight: number;
  readonly transformedURLLength: number;
  /** Version 3: an emoji sequence (ZWJ, skin tone, flag, keycap) weighs as one character. */
  readonly emojiParsingEnabled: boolean;
  readonly ranges: readonly WeightRange[];
}

export interface ParsedTweet {
  readonly weightedLength: number;
  readonly valid: boolean;
  readonly permillage: number;
  readonly validRangeStart: number;
  /** Last UTF-16 index (inclusive) that still fits the limit. */
  readonly validRangeEnd: number;
  readonly displayRangeStart: number;
  readonly displayRangeEnd: number;
}

export interface CountResult extends ParsedTweet {
  readonly limit: number;
  readonly remaining: number;
}

/** Accounts allowed long posts may use up to this many weighted characters. */
export const LONG_POST_LIMIT = 25000;
export const STANDARD_LIMIT = 280;

// Source: twitter-text 3.1.0 config/v2.json and v3.json (X's published counting configuration).
const LIGHT_RANGES: readonly WeightRange[] = [
  { start: 0, end: 4351, weight: 100 },
  { start: 8192, end: 8205, weight: 100 },
  { start: 8208, end: 8223, weight: 100 },
  { start: 8242, end: 8247, weight: 100 },
];

/** X's published counting configurations; version 3 is the one X uses today. */
export const COUNT_CONFIGS = {
  /** The 140-character era: every code point weighs 1. Kept for the legacy conformance tests. */
  version1: { version: 1, maxWeightedTweetLength: 140, scale: 1, defaultWeight: 1, transformedURLLength: 23, emojiParsingEnabled: false, ranges: [] },
  version2: { version: 2, maxWeightedTweetLength: 280, scale: 100, defaultWeight: 200, transformedURLLength: 23, emojiParsingEnabled: false, ranges: LIGHT_RANGES },
  version3: { version: 3, maxWeightedTweetLength: 280, scale: 100, defaultWeight: 200, transformedURLLength: 23, emojiParsingEnabled: true, ranges: LIGHT_RANGES },
} as const satisfies Record<string, CountConfig>;

/**
 * Weighted length of `text` as X counts it, with a limit of 280 or, for accounts allowed long
 * posts, 25,000: the weights stay the same, only the ceiling moves. `valid` is false over the
 * limit, for empty text, and for text holding U+FFFE, U+FEFF or U+FFFF.
 */
export function count(text: string, limit: number = STANDARD_LIMIT): CountResult {
  const max = Number.isFinite(limit) && limit >= 1 ? Math.floor(limit) : STANDARD_LIMIT;
  const parsed = parseTweet(text, configFor(max));
  // Field by field rather than by spread: analyze() counts every draft, and a spread copies
  // through a generic path that costs more here than the fields.
  return {
    weightedLength: parsed.weightedLength,
    valid: parsed.valid,
    permillage: parsed.permillage,
    validRangeStart: parsed.validRangeStart,
    validRangeEnd: parsed.validRangeEnd,
    displayRangeStart: parsed.displayRangeStart,
    displayRangeEnd: parsed.displayRangeEnd,
    limit: max,
    remaining: max - parsed.weightedLength,
  };
}

// The configuration of the last other limit asked for: a practice's policy keeps one limit.
let lastConfig: CountConfig = COUNT_CONFIGS.version3;

function configFor(max: number): CountConfig {
  if (max === STANDARD_LIMIT) return COUNT_CONFIGS.version3;
  if (lastConfig.maxWeightedTweetLength !== max) lastConfig = { ...COUNT_CONFIGS.version3, maxWeightedTweetLength: max };
  return lastConfig;
}

/** The weighted length under any of X's configurations (same result fields as twitter-text). */
export function parseTweet(input: string, config: CountConfig = COUNT_CONFIGS.version3): ParsedTweet {
  const text = typeof input === 'string' ? input : String(input ?? '');
  const ascii = !NON_ASCII.test(text);
  const normalized = ascii || isNfcInert(text) ? text : text.normalize('NFC');
  const n = normalized.length;
  const max = config.maxWeightedTweetLength * config.scale;
  const urlList = extractUrls(normalized);
  // Plain ASCII, as most posts are: no emoji, no surrogates, no invalid characters, and every
  // character weighs the same, so the total follows from the URLs. Within the limit, everything
  // up to the last character is valid; over it, the loop below finds where the limit falls.
  const unit = asciiWeight(config);
  if (unit > 0 && n > 0 && ascii) {
    const urls = new Entities(urlList);
    let weighted = 0;
    let at = 0;
    for (let start = urls.nextFrom(0); start < n; start = urls.nextFrom(at)) {
      weighted += (start - at) * unit + config.transformedURLLength * config.scale;
      at = start + urls.at(start);
    }
    weighted += (n - at) * unit;
    if (weighted <= max) return parsed(text, n, weighted, true, n - 1, config);
  }
  const urls = new Entities(urlList);
  const emoji = new Entities(config.emojiParsingEnabled ? extractEmoji(normalized) : NO_ENTITIES);
  let weighted = 0;
  let validIndex = 0;
  let valid = true;
  // Where the next URL or emoji starts: the characters before it are weighed without asking.
  let entityAt = Math.min(urls.nextFrom(0), emoji.nextFrom(0));
  for (let i = 0; i < n; i++) {
    const atEntity = i >= entityAt;
    const urlLength = atEntity ? urls.at(i) : 0;
    const emojiLength = atEntity && urlLength === 0 ? emoji.at(i) : 0;
    if (urlLength > 0) {
      weighted += config.transformedURLLength * config.scale;
      i += urlLength - 1;
    } else if (emojiLength > 0) {
      weighted += config.defaultWeight;
      i += emojiLength - 1;
    } else {
      // A surrogate pair is weighed by its second half, which lies outside every light range.
      if (isHighSurrogate(normalized.charCodeAt(i)) && isLowSurrogate(normalized.charCodeAt(i + 1))) i++;
      weighted += weightOf(normalized.charCodeAt(i), config);
    }
    if (valid) valid = !isInvalidUnit(normalized.charCodeAt(i));
    if (valid && weighted <= max) validIndex = i;
    // An entity starting inside what was just weighed (after a high surrogate) is skipped, as in X's loop.
    if (i >= entityAt) entityAt = Math.min(urls.nextFrom(i + 1), emoji.nextFrom(i + 1));
  }
  return parsed(text, n, weighted, valid, validIndex, config);
}

function parsed(text: string, n: number, weighted: number, valid: boolean, validIndex: number, config: CountConfig): ParsedTweet {
  const weightedLength = weighted / config.scale;
  return {
    weightedLength,
    valid: valid && weightedLength > 0 && weightedLength <= config.maxWeightedTweetLength,
    permillage: Math.floor((weightedLength / config.maxWeightedTweetLength) * 1000),
    validRangeStart: 0,
    // X adds the whole normalization offset here, wherever the normalized characters were.
    validRangeEnd: validIndex + (text.length - n),
    displayRangeStart: 0,
    displayRangeEnd: text.length > 0 ? text.length - 1 : 0,
  };
}

const NON_ASCII = /[^\x00-\x7F]/;

// Per code unit outside ASCII: 0 not asked yet, 1 NFC leaves it alone whatever surrounds it, 2 not.
const nfcUnits = new Uint8Array(0x10000);
const MARK = /\p{M}/u;

/**
 * Whether NFC leaves `text` as it is, decided without ICU (which costs more than the rest of the
 * count on a short post). NFC changes a text only where a character decomposes, or where a
 * combining mark (or Hangul jamo) is reordered or composed with what precedes it; a character
 * that is none of these is left alone in any company. ASCII, curly quotes, dashes and most
 * letters are such characters; anything else, and any surrogate, sends the text to ICU.
 */
export function isNfcInert(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    let known = nfcUnits[c]!;
    if (known === 0) {
      const ch = String.fromCharCode(c);
      const surrogate = c >= 0xd800 && c <= 0xdfff;
      const jamo = c >= 0x1100 && c <= 0x11ff;
      nfcUnits[c] = known = surrogate || jamo || MARK.test(ch) || ch.normalize('NFC') !== ch ? 2 : 1;
    }
    if (known === 2) return false;
  }
  return true;
}

/** The weight of every ASCII character when they all weigh the same (the first range holds them), else 0. */
function asciiWeight(config: CountConfig): number {
  const first = config.ranges[0];
  if (first === undefined) return config.defaultWeight;
  return first.start <= 0 && first.end >= 0x7f ? first.weight : 0;
}

/** Entities read in increasing order of position, without a lookup per character. */
class Entities {
  private readonly sorted: readonly (readonly [number, number])[];
  private next = 0;

  constructor(entities: readonly (readonly [number, number])[]) {
    const ordered = entities.every((e, i) => i === 0 || e[0] > (entities[i - 1]?.[0] ?? -1));
    this.sorted = ordered ? entities : [...entities].sort((a, b) => a[0] - b[0]);
  }

  /** Length of the entity starting at `index`, or 0; `index` must not decrease between calls. */
  at(index: number): number {
    let e = this.sorted[this.next];
    while (e !== undefined && e[0] < index) e = this.sorted[++this.next];
    return e !== undefined && e[0] === index ? e[1] : 0;
  }

  /** Start of the first entity at or after `index` (Infinity if none), under the same rule. */
  nextFrom(index: number): number {
    let e = this.sorted[this.next];
    while (e !== undefined && e[0] < index) e = this.sorted[++this.next];
    return e !== undefined ? e[0] : Infinity;
  }
}

const NO_ENTITIES: readonly (readonly [number, number])[] = [];

function weightOf(unit: number, config: CountConfig): number {
  for (const r of config.ranges) {
    if (unit >= r.start && unit <= r.end) return r.weight;
  }
  return config.defaultWeight;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** X refuses posts holding these. */
function isInvalidUnit(unit: number): boolean {
  return unit === 0xfffe || unit === 0xfeff || unit === 0xffff;
}

// ---------------------------------------------------------------------------------------------
// Emoji. X counts one emoji sequence as one character of weight 2 (UTS #51 sequences: keycaps,
// flags, tag sequences, skin tones, ZWJ sequences). Components written in text style (no U+FE0F)
// stay separate characters, as in twitter-text; U+FE0F after a character that is already shown as
// emoji is not absorbed, except after the few listed in Unicode's emoji-variation-sequences.txt.
// ---------------------------------------------------------------------------------------------

// Source: Unicode emoji-variation-sequences.txt, the Emoji_Presentation characters it lists.
const PRESENTATION_WITH_VS16 =
  '\\u231A\\u231B\\u25FD\\u25FE\\u2614\\u2615\\u2648-\\u2653\\u267F\\u2693\\u26A1\\u26AA\\u26AB\\u26BD\\u26BE' +
  '\\u26C4\\u26C5\\u26D4\\u26EA\\u26F2\\u26F3\\u26F5\\u26FA\\u26FD\\u2757\\u2B1B\\u2B1C\\u2B50\\u2B55' +
  '\\u{1F004}\\u{1F21A}\\u{1F22F}';
const ELEMENT =
  '\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}' +
  `|(?:(?![#*0-9])(?!\\p{Emoji_Presentation})\\p{Emoji}|[${PRESENTATION_WITH_VS16}])\\uFE0F` +
  '|(?!\\p{Regional_Indicator})\\p{Emoji_Presentation}';
// Each alternative starts on a distinct kind of character and the ZWJ loop consumes a joiner per
// turn, so the scan stays linear.
export const EMOJI = new RegExp(
  '[#*0-9]\\uFE0F?\\u20E3' +
    '|\\p{Regional_Indicator}{2}' +
    '|\\u{1F3F4}[\\u{E0020}-\\u{E007E}]{1,30}\\u{E007F}' +
    // The eye in speech bubble as Unicode 7 wrote it, before its parts took U+FE0F.
    '|\\u{1F441}\\u200D\\u{1F5E8}' +
    `|(?:${ELEMENT})(?:\\u200D(?:${ELEMENT}))*`,
  'gu',
);
/**
 * Every emoji sequence holds one of these: a keycap's U+20E3, a U+FE0F, a character outside the
 * Basic Multilingual Plane, or one of the emoji drawn as emoji by default there (U+231A ⌚ to
 * U+2B55 ⭕). Curly quotes and accented letters, the other non-ASCII of most posts, are not.
 * (Checked against EMOJI for every code unit; see count.test.ts.)
 */
export const MAYBE_EMOJI = /[\u20E3\u231A-\u2B55\uD800-\uDFFF\uFE0F]/;

// Source: Unicode emoji-sequences.txt, RGI_Emoji_Flag_Sequence (region codes with a flag emoji).
const FLAG_REGIONS: ReadonlySet<string> = new Set(
  (
    'AC AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW ' +
    'BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CP CQ CR CU CV CW CX CY CZ DE DG DJ DK DM DO DZ EA EC EE EG EH ER ' +
    'ES ET EU FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU IC ID ' +
    'IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA ' +
    'MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA ' +
    'PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST ' +
    'SV SX SY SZ TA TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM UN US UY UZ VA VC VE VG VI VN VU WF ' +
    'WS XK YE YT ZA ZM ZW'
  ).split(' '),
);

function isFlag(pair: string): boolean {
  const a = (pair.codePointAt(0) ?? 0) - 0x1f1e6;
  const b = (pair.codePointAt(2) ?? 0) - 0x1f1e6;
  return FLAG_REGIONS.has(String.fromCharCode(65 + a, 65 + b));
}

/** Emoji sequences as [start, length] pairs in text order. */
function extractEmoji(text: string): [number, number][] {
  const found: [number, number][] = [];
  if (!MAYBE_EMOJI.test(text)) return found;
  EMOJI.lastIndex = 0;
  for (let m = EMOJI.exec(text); m !== null; m = EMOJI.exec(text)) {
    const first = m[0].codePointAt(0) ?? 0;
    if (m[0].length === 4 && first >= 0x1f1e6 && first <= 0x1f1ff && !isFlag(m[0])) {
      // Two letters that make no flag are two characters; the second may start a flag itself.
      found.push([m.index, 2]);
      EMOJI.lastIndex = m.index + 2;
      continue;
    }
    found.push([m.index, m[0].length]);
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// URLs. The grammar is X's (twitter-text 3.1.0 extractUrlsWithIndices): an optional http(s)://,
// labels separated by dots ending in a listed top-level domain, an optional port, path and query;
// without a protocol only the ASCII part of the domain counts, and never after - _ . or /.
// twitter-text finds them with one backtracking regex; here the same matches come from runs of
// label characters computed once, so each character is looked at a bounded number of times.
// Character classes are those of twitter-text's regexes, which see UTF-16 code units and ignore
// case the way non-Unicode JavaScript regexes do; they are evaluated once per code unit and cached.
// ---------------------------------------------------------------------------------------------

const LATIN_ACCENTS =
  '\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF\\u0100-\\u024F\\u0253\\u0254\\u0256\\u0257\\u0259\\u025B\\u0263\\u0268' +
  '\\u026F\\u0272\\u0289\\u028B\\u02BB\\u0300-\\u036F\\u1E00-\\u1EFF';
const CYRILLIC = '\\u0400-\\u04FF';

const DOMAIN = 1; // may appear in a domain label
const LABEL = 2; // domain character, '-' or '_'
const PRECEDES = 4; // may stand just before a URL
const ASCII_DOMAIN = 8; // label character of a domain that counts without a protocol
const PUNYCODE = 16;
const PATH = 32;
const PATH_END = 64;
const QUERY = 128;
const QUERY_END = 256;
const TLD_STOP = 512; // may follow a top-level domain
const DIGIT = 1024;
const KNOWN = 0x8000;

const CLASS_TESTS: readonly (readonly [number, RegExp])[] = [
  // Everything except ASCII punctuation (but '"' and '`'), spaces, directional marks and U+FFFE/FEFF/FFFF.
  [DOMAIN, /[^!'#%&()*+,\\\-./:;<=>?@[\]^_{|}~$\t-\r \x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFFFE\uFEFF\uFFFF\u202A-\u202E\u061C\u200E\u200F\u2066-\u2069]/],
  [LABEL, /[^!'#%&()*+,\\./:;<=>?@[\]^{|}~$\t-\r \x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFFFE\uFEFF\uFFFF\u202A-\u202E\u061C\u200E\u200F\u2066-\u2069]/],
  [PRECEDES, /[^A-Za-z0-9@\uFF20$#\uFF03\uFFFE\uFEFF\uFFFF]/i],
  [ASCII_DOMAIN, new RegExp(`[-a-z0-9${LATIN_ACCENTS}]`, 'i')],
  [PUNYCODE, /[-0-9a-z]/i],
  [PATH, new RegExp(`[a-z${CYRILLIC}0-9!*';:=+,.$/%#[\\]\\-\\u2013_~@|&${LATIN_ACCENTS}]`, 'i')],
  [PATH_END, new RegExp(`[+\\-a-z${CYRILLIC}0-9=_#/${LATIN_ACCENTS}]`, 'i')],
  [QUERY, /[a-z0-9!?*'@();:&=+$/%#[\]\-_.,~|]/i],
  [QUERY_END, /[a-z0-9\-_&=#/]/i],
  [TLD_STOP, /[^0-9a-zA-Z@+-]/i],
  [DIGIT, /[0-9]/],
];

const classCache = new Uint16Array(0x10000);

function classOf(unit: number): number {
  let bits = classCache[unit] ?? 0;
  if (bits === 0) {
    bits = KNOWN;
    const ch = String.fromCharCode(unit);
    for (const [bit, re] of CLASS_TESTS) if (re.test(ch)) bits |= bit;
    classCache[unit] = bits;
  }
  return bits;
}

function has(text: string, index: number, bit: number): boolean {
  return index < text.length && (classOf(text.charCodeAt(index)) & bit) !== 0;
}

/** Case folding of a non-Unicode `i` regex: upper case, unless that leaves or enters ASCII oddly. */
function fold(unit: number): string {
  const ch = String.fromCharCode(unit);
  const upper = ch.toUpperCase();
  return upper.length === 1 && !(unit >= 128 && upper.charCodeAt(0) < 128) ? upper : ch;
}

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
function tldLength(text: string, at: number, bound: number): number {
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

/**
 * Runs of label characters and how they chain through dots, so that the longest domain starting
 * anywhere is found in constant time (X's regex tries every label split: quadratic on "a.a.a…").
 */
interface Labels {
  /** Where the runs were read from, and up to where. */
  readonly from: number;
  readonly to: number;
  /** How many runs were read: the arrays below may hold stale entries past it. */
  readonly count: number;
  /** Run index of each code unit from `from` (up to `to`), -1 outside runs. */
  readonly runAt: ArrayLike<number>;
  readonly start: readonly number[];
  readonly end: readonly number[];
  /** Last '_' in the run, or -1: domain names (unlike subdomains) may not contain '_'. */
  readonly lastUnderscore: readonly number[];
  /** The run is followed by '.' and, right after it, by the next run. */
  readonly linked: readonly boolean[];
  /** Length of the top-level domain after the run's dot, 0 if none. */
  readonly tld: readonly number[];
  /** How many runs after this one can be stepped over as subdomains. */
  readonly steps: readonly number[];
  /** Latest run at or before this one that can be the domain name (last label before the TLD). */
  readonly lastDomainName: readonly number[];
}

/**
 * `strict` applies the rules of X's domain regex (labels start and end with a domain character;
 * no '_' in the domain name); without it, those of its ASCII-domain regex (any run followed by
 * a dot). Runs are bounded by [from, to); a top-level domain, by `bound`. Plain arrays: a post
 * has a few runs, and small typed arrays cost more to make than to fill.
 */
function labelRuns(text: string, from: number, to: number, bit: number, strict: boolean, bound = to, into = new LabelArrays()): Labels {
  into.from = from;
  into.to = to;
  const runAt = into.runsOver(to - from);
  // Written by index over the previous stretch's entries: emptied, the arrays would give up
  // their storage and grow it anew for every stretch of every draft.
  const { start, end, lastUnderscore, linked, tld, steps, lastDomainName } = into;
  let count = 0;
  for (let i = from; i < to; ) {
    if (!has(text, i, bit)) {
      i++;
      continue;
    }
    const run = count;
    start[run] = i;
    let underscore = -1;
    while (i < to && has(text, i, bit)) {
      if (text.charCodeAt(i) === 0x5f) underscore = i;
      runAt[i - from] = run;
      i++;
    }
    end[run] = i;
    lastUnderscore[run] = underscore;
    count++;
  }
  into.count = count;
  for (let r = 0; r < count; r++) {
    const e = end[r]!;
    let isLinked = false;
    let tldAfter = 0;
    if (e < to && text.charCodeAt(e) === 0x2e && (!strict || has(text, e - 1, DOMAIN))) {
      isLinked = r + 1 < count && start[r + 1] === e + 1;
      tldAfter = tldLength(text, e + 1, bound);
    }
    linked[r] = isLinked;
    tld[r] = tldAfter;
  }
  // Grown by push only, so no array ever gets a hole.
  while (steps.length <= count) steps.push(0);
  steps[count] = 0;
  for (let r = count - 1; r >= 0; r--) {
    const over = linked[r]! && (!strict || has(text, start[r]!, DOMAIN));
    steps[r] = over ? 1 + steps[r + 1]! : 0;
  }
  for (let r = 0; r < count; r++) {
    const s = start[r]!;
    const ok = tld[r]! > 0 && (!strict || (has(text, s, DOMAIN) && lastUnderscore[r]! < s));
    lastDomainName[r] = ok ? r : r > 0 ? lastDomainName[r - 1]! : -1;
  }
  return into;
}

/** The arrays of Labels, which extractUrls fills again for each stretch instead of making new ones. */
class LabelArrays implements Labels {
  from = 0;
  to = 0;
  count = 0;
  runAt = new Int32Array(0);
  readonly start: number[] = [];
  readonly end: number[] = [];
  readonly lastUnderscore: number[] = [];
  readonly linked: boolean[] = [];
  readonly tld: number[] = [];
  readonly steps: number[] = [];
  readonly lastDomainName: number[] = [];

  /** `runAt` for `length` code units, all -1; the buffer grows as needed and is otherwise reused. */
  runsOver(length: number): Int32Array {
    if (this.runAt.length < length) this.runAt = new Int32Array(Math.max(length, 2 * this.runAt.length));
    this.runAt.fill(-1, 0, length);
    return this.runAt;
  }
}

// extractUrls' labels, refilled for each stretch (asciiDomains, called while they are in use,
// makes its own). Counting is synchronous and never re-entered.
const urlLabels = new LabelArrays();

/**
 * End of the domain that starts at `at` (labels, dot, top-level domain), or -1. Like the greedy
 * regex, it takes the most labels that still end in a top-level domain.
 */
function domainEnd(text: string, labels: Labels, at: number, strict: boolean): number {
  if (at < labels.from || at >= labels.to) return -1;
  const run = labels.runAt[at - labels.from] ?? -1;
  if (run < 0) return -1;
  // The first label may start inside a run: judge it from `at`, not from the run's start.
  const firstOk = !strict || has(text, at, DOMAIN);
  const reach = firstOk && labels.linked[run] === true ? run + 1 + (labels.steps[run + 1] ?? 0) : run;
  const best = labels.lastDomainName[reach] ?? -1;
  if (best > run) return (labels.end[best] ?? 0) + 1 + (labels.tld[best] ?? 0);
  const tld = labels.tld[run] ?? 0;
  const nameOk = firstOk && tld > 0 && (!strict || (labels.lastUnderscore[run] ?? 0) < at);
  return nameOk ? (labels.end[run] ?? 0) + 1 + tld : -1;
}

function pathEnd(text: string, slash: number): number {
  let pos = slash + 1;
  let last = pos;
  for (;;) {
    if (has(text, pos, PATH)) {
      pos++;
      if (has(text, pos - 1, PATH_END)) last = pos;
    } else if (text.charCodeAt(pos) === 0x28) {
      const close = parensEnd(text, pos);
      if (close < 0) return last;
      pos = close;
      last = pos;
    } else {
      return last;
    }
  }
}

/** Balanced parentheses in a path, one level of nesting: "(a)" or "(a(b)c)". */
function parensEnd(text: string, open: number): number {
  let i = open + 1;
  const first = i;
  while (has(text, i, PATH)) i++;
  if (text.charCodeAt(i) === 0x29 && i > first) return i + 1;
  if (text.charCodeAt(i) !== 0x28) return -1;
  const inner = ++i;
  while (has(text, i, PATH)) i++;
  if (i === inner || text.charCodeAt(i) !== 0x29) return -1;
  i++;
  while (has(text, i, PATH)) i++;
  return text.charCodeAt(i) === 0x29 ? i + 1 : -1;
}

/** End of "?query" ending in a query-ending character, or -1. */
function queryEnd(text: string, question: number, bound: number): number {
  let last = -1;
  for (let i = question + 1; i < bound && has(text, i, QUERY); i++) if (has(text, i, QUERY_END)) last = i + 1;
  return last;
}

function protocolLength(text: string, at: number): number {
  if ((text.charCodeAt(at) | 0x20) !== 0x68) return 0;
  const head = text.slice(at, at + 8).toLowerCase();
  return head.startsWith('https://') ? 8 : head.startsWith('http://') ? 7 : 0;
}

const MAX_URL_LENGTH = 4096;
const MAX_TCO_SLUG = 40;
const MAX_LABEL = 63;

/**
 * [start, length in code units] of each URL X would shorten to a t.co link.
 *
 * Every URL's domain holds a dot after a domain character with a listed top-level domain after
 * it, and its labels run from there over label characters and dots only: its domain lies in the
 * stretch of such characters around such a dot. Elsewhere X's regex finds no domain, so the text
 * is read stretch by stretch: the labels of each, and the starts from a protocol's length before
 * it to its end, in text order. Most posts hold one link, a few words long; a long draft of
 * dotted words reads each stretch once.
 */
function extractUrls(text: string): [number, number][] {
  const found: [number, number][] = [];
  const n = text.length;
  let from = 0;
  let dot = nextTldDot(text, 1);
  while (dot >= 0) {
    const lo = stretchStart(text, dot);
    let hi = stretchEnd(text, dot);
    // Stretches a few characters apart ("a@b.co a@b.co") are read together, gap and all: the
    // gap's runs end in no top-level domain, and one pass costs less than many small ones.
    dot = nextTldDot(text, hi + 1);
    while (dot >= 0 && stretchStart(text, dot) - hi <= NEAR_STRETCHES) {
      hi = stretchEnd(text, dot);
      dot = nextTldDot(text, hi + 1);
    }
    if (from >= hi) continue;
    const labels = labelRuns(text, lo, hi, LABEL, true, n, urlLabels);
    // A match starts at most a protocol's length before its domain, and after one character.
    let at = Math.max(from, lo - 'https://'.length - 1);
    for (;;) {
      const match = nextMatch(text, labels, at);
      if (match === undefined) break;
      at = from = match.end;
      accept(text, match, found);
    }
  }
  return found;
}

const NEAR_STRETCHES = 32;

/** The first dot at or after `from` with a domain character before it and a top-level domain after it, or -1. */
function nextTldDot(text: string, from: number): number {
  for (let dot = text.indexOf('.', Math.max(1, from)); dot >= 0; dot = text.indexOf('.', dot + 1)) if (isTldDot(text, dot)) return dot;
  return -1;
}

/** Start and end of the stretch of label characters and dots around `at`. */
function stretchStart(text: string, at: number): number {
  let lo = at;
  while (lo > 0 && inStretch(text, lo - 1)) lo--;
  return lo;
}

function stretchEnd(text: string, at: number): number {
  let hi = at + 1;
  while (hi < text.length && inStretch(text, hi)) hi++;
  return hi;
}

function isTldDot(text: string, dot: number): boolean {
  return has(text, dot - 1, DOMAIN) && tldLength(text, dot + 1, text.length) > 0;
}

function inStretch(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x2e || has(text, i, LABEL);
}

interface UrlMatch {
  readonly start: number;
  readonly protocol: number;
  readonly domainEnd: number;
  readonly hasPath: boolean;
  readonly end: number;
  /** The character before the URL, or -1 at the start of the text. */
  readonly before: number;
}

/** The first match at or after `from`, tried in the regex's order. */
function nextMatch(text: string, labels: Labels, from: number): UrlMatch | undefined {
  // A domain starts inside the labels read, so a match starts before their end.
  const stop = Math.min(text.length, labels.to);
  for (let p = from; p < stop; p++) {
    if (has(text, p, PRECEDES)) {
      const m = matchAt(text, labels, p + 1, text.charCodeAt(p));
      if (m !== undefined) return m;
    }
    if (p === 0) {
      const m = matchAt(text, labels, 0, -1);
      if (m !== undefined) return m;
    }
  }
  return undefined;
}

function matchAt(text: string, labels: Labels, start: number, before: number): UrlMatch | undefined {
  if (!has(text, start, LABEL)) return undefined;
  const protocol = protocolLength(text, start);
  const domainStart = start + protocol;
  if (domainStart >= text.length) return undefined;
  const dEnd = domainEnd(text, labels, domainStart, true);
  if (dEnd < 0) return undefined;
  let end = dEnd;
  if (text.charCodeAt(end) === 0x3a && has(text, end + 1, DIGIT)) {
    end += 2;
    while (has(text, end, DIGIT)) end++;
  }
  const hasPath = text.charCodeAt(end) === 0x2f;
  if (hasPath) end = pathEnd(text, end);
  if (text.charCodeAt(end) === 0x3f) {
    const q = queryEnd(text, end, text.length);
    if (q > 0) end = q;
  }
  return { start, protocol, domainEnd: dEnd, hasPath, end, before };
}

function accept(text: string, m: UrlMatch, found: [number, number][]): void {
  const domainStart = m.start + m.protocol;
  if (!labelsFitDns(text, domainStart, m.domainEnd)) return;
  if ((m.protocol || 'https://'.length) + (m.end - m.start) > MAX_URL_LENGTH) return;
  if (m.protocol > 0) {
    const tco = tcoLength(text, m);
    if (tco !== 0) found.push([m.start, tco > 0 ? tco : m.end - m.start]);
    return;
  }
  // Without a protocol, "-", "_", "." or "/" just before means it is part of something else.
  if (m.before === 0x2d || m.before === 0x5f || m.before === 0x2e || m.before === 0x2f) return;
  const parts = asciiDomains(text, domainStart, m.domainEnd);
  const pathLength = m.hasPath ? m.end - m.domainEnd : 0;
  const whole = parts[0];
  if (parts.length === 1 && whole !== undefined && whole[0] === domainStart) {
    found.push([domainStart, whole[1] - whole[0] + pathLength]);
    return;
  }
  // X locates each part by searching the domain text again (which can land on an earlier copy).
  const domain = text.slice(domainStart, m.domainEnd);
  let searchFrom = 0;
  parts.forEach(([s, e], i) => {
    const piece = text.slice(s, e);
    const at = domain.indexOf(piece, searchFrom);
    searchFrom = at + piece.length;
    found.push([domainStart + at, i === parts.length - 1 ? piece.length + pathLength : piece.length]);
  });
}

/**
 * t.co links keep only their slug (and query): returns that length, 0 to drop a slug over 40
 * characters, or -1 when the URL is not a t.co link.
 */
function tcoLength(text: string, m: UrlMatch): number {
  const host = m.start + m.protocol;
  if (text.slice(host, host + 5).toLowerCase() !== 't.co/') return -1;
  let i = host + 5;
  while (i < m.end && isAsciiAlnum(text.charCodeAt(i))) i++;
  const slug = i - host - 5;
  if (slug === 0) return -1;
  if (slug > MAX_TCO_SLUG) return 0;
  if (text.charCodeAt(i) === 0x3f && i < m.end) {
    const q = queryEnd(text, i, m.end);
    if (q > 0) i = q;
  }
  return i - m.start;
}

function isAsciiAlnum(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
}

/** The parts of a domain made of ASCII (and Latin accented) labels that end in a known TLD. */
function asciiDomains(text: string, from: number, to: number): [number, number][] {
  let plain = true;
  for (let i = from; i < to && plain; i++) plain = text.charCodeAt(i) === 0x2e || has(text, i, ASCII_DOMAIN);
  // The domain already ends in a top-level domain, so an all-ASCII domain is one part.
  if (plain) return [[from, to]];
  const labels = labelRuns(text, from, to, ASCII_DOMAIN, false);
  const runs = labels.count;
  const parts: [number, number][] = [];
  let at = from;
  let run = 0;
  while (run < runs) {
    const runEnd = labels.end[run] ?? 0;
    const start = Math.max(at, labels.start[run] ?? 0);
    const end = start < runEnd ? domainEnd(text, labels, start, false) : -1;
    if (end < 0) {
      run++;
      continue;
    }
    parts.push([start, end]);
    at = end;
    // A top-level domain can end inside a run (before an accented letter); go on from there.
    while (run < runs && (labels.end[run] ?? 0) <= at) run++;
  }
  return parts;
}

/** Each label must be 1–63 characters once converted to punycode (X skips the URL otherwise). */
function labelsFitDns(text: string, from: number, to: number): boolean {
  if (text.startsWith('xn--', from) && asciiDomains(text, from, to).length === 0) return false;
  let labelStart = from;
  let ascii = true;
  for (let i = from; i <= to; i++) {
    const unit = i < to ? text.charCodeAt(i) : 0x2e;
    if (unit !== 0x2e) {
      if (unit < 0x20 || unit > 0x7e) ascii = false;
      continue;
    }
    const fits = ascii ? i - labelStart >= 1 && i - labelStart <= MAX_LABEL : unicodeLabelFits(text.slice(labelStart, i));
    if (!fits) return false;
    labelStart = i + 1;
    ascii = true;
  }
  return true;
}

function unicodeLabelFits(label: string): boolean {
  // Every code point costs at least one character, so long labels fail without encoding.
  if (label.length > 2 * MAX_LABEL) return false;
  const parts = label.split(/[\u3002\uFF0E\uFF61]/);
  let length = parts.length - 1;
  for (const part of parts) length += /[^\x20-\x7E]/.test(part) ? 4 + punycodeLength(part) : part.length;
  return length >= 1 && length <= MAX_LABEL;
}

/** Length of the RFC 3492 punycode encoding of `input` (without the "xn--" prefix). */
function punycodeLength(input: string): number {
  const points = Array.from(input, (c) => c.codePointAt(0) ?? 0);
  const basic = points.filter((c) => c < 0x80).length;
  let length = basic > 0 ? basic + 1 : 0;
  let handled = basic;
  let next = 0x80;
  let delta = 0;
  let bias = 72;
  while (handled < points.length) {
    let m = Number.MAX_SAFE_INTEGER;
    for (const c of points) if (c >= next && c < m) m = c;
    delta += (m - next) * (handled + 1);
    next = m;
    for (const c of points) {
      if (c < next) delta++;
      if (c !== next) continue;
      let q = delta;
      for (let k = 36; ; k += 36) {
        const t = k <= bias ? 1 : k >= bias + 26 ? 26 : k - bias;
        if (q < t) break;
        length++;
        q = Math.floor((q - t) / (36 - t));
      }
      length++;
      bias = adaptBias(delta, handled + 1, handled === basic);
      delta = 0;
      handled++;
    }
    delta++;
    next++;
  }
  return length;
}

function adaptBias(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / 700) : delta >> 1;
  d += Math.floor(d / points);
  let k = 0;
  while (d > 455) {
    d = Math.floor(d / 35);
    k += 36;
  }
  return k + Math.floor((36 * d) / (d + 38));
}
