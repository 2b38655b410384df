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
 *
 * This file holds the weights and the public API; the entities weighed as a whole are found in
 * count-emoji.ts (emoji sequences) and count-urls.ts (URLs, with their domains and TLDs).
 */
import { extractEmoji } from './count-emoji.js';
import { extractUrls } from './count-urls.js';

export { EMOJI, MAYBE_EMOJI } from './count-emoji.js';

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
