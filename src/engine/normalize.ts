/**
 * Undo the obfuscation people use, on purpose or by accident, so recognizers see plain text:
 * full-width and other compatibility forms (NFKC), invisible characters, typographic quotes and
 * dashes, look-alike Cyrillic/Greek letters inside Latin words, and spaced-out letters or digits
 * ("J o h n", "5 5 5 0 1 2 3"). Every normalized code unit remembers the original range it came
 * from, so findings map back to the exact input.
 */
import type { Span } from './types.js';

export interface Normalized {
  readonly text: string;
  /** For each UTF-16 unit of `text`, the original offset where its source starts. */
  readonly starts: Uint32Array;
  /** For each UTF-16 unit of `text`, the original offset where its source ends. */
  readonly ends: Uint32Array;
  readonly originalLength: number;
}

// Format characters that render as nothing: zero-width space/joiners, word joiner, BOM, soft
// hyphen, Mongolian vowel separator, bidi marks, embeddings and isolates, invisible operators.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/u;

// Characters NFKC leaves alone but that should compare as their ASCII twins.
const PUNCT_FOLD: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-',
  '\u2212': '-', '\uFE58': '-', '\uFE63': '-', '\uFF0D': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u3000': ' ', '\u2028': '\n', '\u2029': '\n',
  '\u2024': '.', '\u2027': '.', '\u00B7': '.', '\u2022': '.',
};

// Cyrillic and Greek letters that are drawn like Latin ones (Unicode confusables, the subset that
// is visually identical in common fonts). Only applied inside words that also hold Latin letters.
const CONFUSABLE: Readonly<Record<string, string>> = {
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', ɡ: 'g',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
  І: 'I', Ј: 'J', Ѕ: 'S',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', ι: 'i', κ: 'k', τ: 't', υ: 'u',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X',
};

const nfkcCache = new Map<number, string>();

function foldCodePoint(cp: number, ch: string): string {
  const folded = PUNCT_FOLD[ch];
  if (folded !== undefined) return folded;
  let out = nfkcCache.get(cp);
  if (out === undefined) {
    out = ch.normalize('NFKC');
    // A compatibility decomposition can expand wildly (U+FDFA is 18 letters); keep those as is.
    if (out.length > 4) out = ch;
    if (nfkcCache.size < 4096) nfkcCache.set(cp, out);
  }
  return out;
}

class Builder {
  text: string[] = [];
  starts: number[] = [];
  ends: number[] = [];
  push(s: string, start: number, end: number): void {
    for (let k = 0; k < s.length; k++) {
      this.text.push(s[k]!);
      this.starts.push(start);
      this.ends.push(end);
    }
  }
}

const SEPARATORS = new Set([' ', '.', '-', '_', '*', '/', '|']);

function isAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /^[\p{L}\p{N}]$/u.test(ch);
}

/**
 * Joins runs of at least four single letters or digits separated by one repeated separator
 * ("J o h n", "5-5-5-0-1-0-0"). Shorter runs are left alone: "A. B." initials and "1 2 3" lists
 * are ordinary text.
 */
function collapseSpacedOut(b: Builder): Builder {
  const t = b.text;
  const n = t.length;
  const keep = new Uint8Array(n).fill(1);
  let i = 0;
  while (i < n) {
    const startsRun = isAlnum(t[i]) && !isAlnum(t[i - 1]) && SEPARATORS.has(t[i + 1] ?? '') && isAlnum(t[i + 2]);
    if (!startsRun) {
      i++;
      continue;
    }
    const sep = t[i + 1]!;
    let j = i;
    let singles = 1;
    while (t[j + 1] === sep && isAlnum(t[j + 2]) && !isAlnum(t[j + 3])) {
      j += 2;
      singles++;
    }
    if (singles >= 4) {
      for (let k = i + 1; k < j; k += 2) keep[k] = 0;
    }
    i = j + 1;
  }
  if (keep.every((v) => v === 1)) return b;
  const out = new Builder();
  for (let k = 0; k < n; k++) {
    if (keep[k]) out.push(t[k]!, b.starts[k]!, b.ends[k]!);
  }
  return out;
}

const LATIN = /\p{Script=Latin}/u;
const MIXABLE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;

/** Replaces look-alike letters in words that mix Latin with Cyrillic or Greek. Length-preserving. */
function foldConfusables(chars: string[]): void {
  let i = 0;
  const n = chars.length;
  while (i < n) {
    if (!/\p{L}/u.test(chars[i]!)) {
      i++;
      continue;
    }
    let j = i;
    let latin = false;
    let mixed = false;
    while (j < n && /[\p{L}\p{M}]/u.test(chars[j]!)) {
      if (LATIN.test(chars[j]!)) latin = true;
      else if (MIXABLE.test(chars[j]!)) mixed = true;
      j++;
    }
    if (latin && mixed) {
      for (let k = i; k < j; k++) chars[k] = CONFUSABLE[chars[k]!] ?? chars[k]!;
    }
    i = j;
  }
}

export function normalize(original: string): Normalized {
  let b = new Builder();
  let sawNonAscii = false;
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 2 ? original.slice(i, i + 2) : original[i]!;
    if (cp < 0x80) {
      b.push(ch, i, i + 1);
    } else {
      sawNonAscii = true;
      if (!INVISIBLE.test(ch)) b.push(foldCodePoint(cp, ch), i, i + width);
    }
    i += width;
  }
  if (sawNonAscii) foldConfusables(b.text);
  b = collapseSpacedOut(b);
  return {
    text: b.text.join(''),
    starts: Uint32Array.from(b.starts),
    ends: Uint32Array.from(b.ends),
    originalLength: original.length,
  };
}

/** Maps a span of normalized text back to the smallest original span that produced it. */
export function toOriginal(n: Normalized, start: number, end: number): Span {
  if (n.text.length === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, n.text.length - 1));
  const e = Math.max(s + 1, Math.min(end, n.text.length));
  return { start: n.starts[s]!, end: n.ends[e - 1]! };
}
