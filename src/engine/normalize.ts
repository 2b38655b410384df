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
// (All in the Basic Multilingual Plane, so tested by code unit.)
function isInvisible(c: number): boolean {
  return (
    c === 0x00ad || c === 0x061c || c === 0x180e || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2064) || (c >= 0x2066 && c <= 0x206f) || c === 0xfeff
  );
}

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
// Code units (outside the surrogates) that foldCodePoint leaves as they are: most letters of
// non-Latin scripts. Asked at every character of such text. 0 not asked yet, 1 kept, 2 folded.
const keptUnits = new Uint8Array(0x10000);

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

/** Where folded text goes: Builder keeps where each unit came from, TextOnly only the text. */
interface Output {
  copy(s: string, from: number): void;
  push(s: string, start: number, end: number): void;
  text(): string;
}

class TextOnly implements Output {
  private readonly parts: string[] = [];

  copy(s: string): void {
    this.parts.push(s);
  }

  push(s: string): void {
    this.parts.push(s);
  }

  text(): string {
    return this.parts.join('');
  }
}

/** Growable output: text pieces plus, per UTF-16 unit, the original range it came from. */
class Builder implements Output {
  private parts: string[] = [];
  length = 0;
  starts: Uint32Array;
  ends: Uint32Array;

  constructor(capacity: number) {
    this.starts = new Uint32Array(Math.max(16, capacity));
    this.ends = new Uint32Array(Math.max(16, capacity));
  }

  private grow(need: number): void {
    if (need <= this.starts.length) return;
    const size = Math.max(need, this.starts.length * 2);
    const s = new Uint32Array(size);
    const e = new Uint32Array(size);
    s.set(this.starts);
    e.set(this.ends);
    this.starts = s;
    this.ends = e;
  }

  /** Text copied unchanged from original[from, from + s.length). */
  copy(s: string, from: number): void {
    this.grow(this.length + s.length);
    for (let k = 0; k < s.length; k++) {
      this.starts[this.length + k] = from + k;
      this.ends[this.length + k] = from + k + 1;
    }
    this.parts.push(s);
    this.length += s.length;
  }

  /** Replacement text that stands for original[start, end). */
  push(s: string, start: number, end: number): void {
    this.grow(this.length + s.length);
    this.starts.fill(start, this.length, this.length + s.length);
    this.ends.fill(end, this.length, this.length + s.length);
    this.parts.push(s);
    this.length += s.length;
  }

  text(): string {
    return this.parts.join('');
  }
}

/** Whether code unit `c` may separate spaced-out letters: a space or one of . - _ * / | */
function isSeparatorCode(c: number): boolean {
  // Split at '/', so a letter (asked for nearly every character) costs two comparisons.
  return c <= 47 ? c === 32 || c === 46 || c === 45 || c === 42 || c === 47 : c === 95 || c === 124;
}

function isGroupSeparator(c: number): boolean {
  return c === 45 || c === 47 || c === 46;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

const ALNUM = /[\p{L}\p{N}]/u;
// Answers for code units outside ASCII, asked at every character of non-English text.
const alnumUnits = new Uint8Array(0x10000); // 0 not asked yet, 1 no, 2 yes

function isAlnumCode(c: number, text: string, i: number): boolean {
  if (c < 0x80) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let known = alnumUnits[c]!;
  if (known === 0) alnumUnits[c] = known = ALNUM.test(text[i]!) ? 2 : 1;
  return known === 2;
}

/** Whether `t[i]` is a letter or a digit; false outside the text. */
function alnumAt(t: string, i: number): boolean {
  return i >= 0 && i < t.length && isAlnumCode(t.charCodeAt(i), t, i);
}

/**
 * Joins runs of at least four single letters or digits separated by one repeated separator
 * ("J o h n", "5-5-5-0-1-0-0"). Shorter runs are left alone: "A. B." initials and "1 2 3" lists
 * are ordinary text. Returns the positions to drop, or undefined when there are none.
 */
function spacedOutSeparators(t: string): Uint8Array | undefined {
  const n = t.length;
  let drop: Uint8Array | undefined;
  let i = 0;
  while (i < n) {
    // Cheapest test first: a separator right after this character.
    if (!isSeparatorCode(t.charCodeAt(i + 1)) || !alnumAt(t, i) || alnumAt(t, i - 1) || !alnumAt(t, i + 2)) {
      i++;
      continue;
    }
    const sep = t[i + 1]!;
    let j = i;
    let singles = 1;
    // Spaces around a dash, slash or dot between spaced digits ("5 5 5 - 2 0 1 - 3 3 4 4"):
    // the group's separator stays, the spaces go.
    let groupSpaces: number[] | undefined;
    for (;;) {
      while (t[j + 1] === sep && alnumAt(t, j + 2) && !alnumAt(t, j + 3)) {
        j += 2;
        singles++;
      }
      if (sep === ' ' && t[j + 3] === ' ' && isGroupSeparator(t.charCodeAt(j + 2)) && isDigitCode(t.charCodeAt(j)) && isDigitCode(t.charCodeAt(j + 4)) && !alnumAt(t, j + 5)) {
        (groupSpaces ??= []).push(j + 1, j + 3);
        j += 4;
        singles++;
        continue;
      }
      break;
    }
    // "1.1.1.1" is an IP address, not an obfuscated number: four dotted single digits stay.
    const dottedQuad = sep === '.' && singles === 4 && /^\d(?:\.\d){3}$/.test(t.slice(i, j + 1));
    if (singles >= 4 && !dottedQuad) {
      drop ??= new Uint8Array(n);
      for (let k = i + 1; k < j; k++) if (t[k] === sep && alnumAt(t, k - 1) && alnumAt(t, k + 1)) drop[k] = 1;
      if (groupSpaces !== undefined) for (const k of groupSpaces) drop[k] = 1;
    }
    i = j + 1;
  }
  return drop;
}

const LATIN = /\p{Script=Latin}/u;
const MIXABLE = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const MIXED_WORD = /[\p{L}\p{M}]*(?:\p{Script=Latin}[\p{L}\p{M}]*[\p{Script=Cyrillic}\p{Script=Greek}]|[\p{Script=Cyrillic}\p{Script=Greek}][\p{L}\p{M}]*\p{Script=Latin})[\p{L}\p{M}]*/gu;

/** Replaces look-alike letters in words that mix Latin with Cyrillic or Greek. Length-preserving. */
function foldConfusables(text: string): string {
  if (!MIXABLE.test(text) || !LATIN.test(text)) return text;
  return text.replace(MIXED_WORD, (word) => {
    let out = '';
    for (const ch of word) out += CONFUSABLE[ch] ?? ch;
    return out.length === word.length ? out : word;
  });
}

// Anything that is not plain printable ASCII (or a tab/newline) needs the slow path.
const NEEDS_FOLDING = /[^\t\n\r\x20-\x7E]/;

/**
 * The original with invisible characters dropped and the others folded (foldCodePoint), written
 * to `b`, which records where each unit came from. Returns whether every fold was one unit for
 * one unit, with nothing dropped, so that each unit stands at the offset of its source; with
 * `oneToOneOnly`, stops (returning false) at the first fold that is not.
 */
function foldUnits(original: string, b: Output, oneToOneOnly: boolean): boolean {
  const n = original.length;
  let oneToOne = true;
  let runStart = 0;
  // Characters that stay as they are extend the current run, copied in one piece when a
  // character is dropped or replaced (or at the end).
  for (let i = 0; i < n; ) {
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      i++;
      continue;
    }
    if (keptUnits[c] === 1) {
      i++;
      continue;
    }
    const cp = original.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let out: string | undefined;
    if (!isInvisible(c)) {
      const ch = width === 2 ? original.slice(i, i + 2) : original[i]!;
      out = foldCodePoint(cp, ch);
      const surrogate = c >= 0xd800 && c <= 0xdfff;
      if (!surrogate) keptUnits[c] = out === ch ? 1 : 2;
      if (out === ch) {
        i += width;
        continue;
      }
    }
    if (i > runStart) b.copy(original.slice(runStart, i), runStart);
    if (out !== undefined) b.push(out, i, i + width);
    if (out === undefined || out.length !== 1 || width !== 1) {
      if (oneToOneOnly) return false;
      oneToOne = false;
    }
    i += width;
    runStart = i;
  }
  if (runStart < n) b.copy(original.slice(runStart), runStart);
  return oneToOne;
}

export function normalize(original: string): Normalized {
  const n = original.length;
  let b: Builder;
  let folded: string;
  if (!NEEDS_FOLDING.test(original)) {
    // Plain ASCII, as most drafts are: usually nothing to undo, and every unit maps to itself.
    if (spacedOutSeparators(original) === undefined) return identity(original);
    b = new Builder(n);
    b.copy(original, 0);
    folded = original;
  } else {
    // Curly quotes, dashes, no-break spaces fold one unit for one, and accented letters and emoji
    // stay: then every unit still maps to itself, and only the text is needed (no offset tables).
    const texts = new TextOnly();
    if (foldUnits(original, texts, true)) {
      const text = foldConfusables(texts.text());
      if (spacedOutSeparators(text) === undefined) return identity(text);
    }
    b = new Builder(n + 16);
    foldUnits(original, b, false);
    folded = foldConfusables(b.text());
  }
  const drop = spacedOutSeparators(folded);
  if (drop === undefined) {
    return { text: folded, starts: b.starts.subarray(0, b.length), ends: b.ends.subarray(0, b.length), originalLength: n };
  }
  let text = '';
  let kept = 0;
  const starts = new Uint32Array(folded.length);
  const ends = new Uint32Array(folded.length);
  let from = 0;
  for (let k = 0; k <= folded.length; k++) {
    if (k === folded.length || drop[k]) {
      text += folded.slice(from, k);
      for (let q = from; q < k; q++) {
        starts[kept] = b.starts[q]!;
        ends[kept] = b.ends[q]!;
        kept++;
      }
      from = k + 1;
    }
  }
  return { text, starts: starts.subarray(0, kept), ends: ends.subarray(0, kept), originalLength: n };
}

/**
 * Text whose every offset maps to itself: left as it was, or folded one unit for one (a curly
 * quote to a straight one). The tables are built only for the rare rule that reads them, and
 * `toOriginal` needs none.
 */
class Unchanged implements Normalized {
  readonly originalLength: number;
  private tables: { starts: Uint32Array; ends: Uint32Array } | undefined;

  constructor(readonly text: string) {
    this.originalLength = text.length;
  }

  get starts(): Uint32Array {
    return this.table().starts;
  }

  get ends(): Uint32Array {
    return this.table().ends;
  }

  private table(): { starts: Uint32Array; ends: Uint32Array } {
    if (this.tables === undefined) {
      const n = this.text.length;
      const starts = new Uint32Array(n);
      const ends = new Uint32Array(n);
      for (let i = 0; i < n; i++) {
        starts[i] = i;
        ends[i] = i + 1;
      }
      this.tables = { starts, ends };
    }
    return this.tables;
  }
}

function identity(text: string): Normalized {
  return new Unchanged(text);
}

/** Whether every offset of the normalized text is its own original (the text kept its length, unit for unit). */
export function isUnchanged(n: Normalized): boolean {
  return n instanceof Unchanged;
}

/** `toOriginal(n, start, end).start`, with no span made. */
export function originalStart(n: Normalized, start: number): number {
  if (n.text.length === 0) return 0;
  const s = Math.max(0, Math.min(start, n.text.length - 1));
  return n instanceof Unchanged ? s : n.starts[s]!;
}

/** `toOriginal(n, start, end).end`, with no span made. */
export function originalEnd(n: Normalized, start: number, end: number): number {
  if (n.text.length === 0) return 0;
  const s = Math.max(0, Math.min(start, n.text.length - 1));
  const e = Math.max(s + 1, Math.min(end, n.text.length));
  return n instanceof Unchanged ? e : n.ends[e - 1]!;
}

/** Maps a span of normalized text back to the smallest original span that produced it. */
export function toOriginal(n: Normalized, start: number, end: number): Span {
  if (n.text.length === 0) return { start: 0, end: 0 };
  const s = Math.max(0, Math.min(start, n.text.length - 1));
  const e = Math.max(s + 1, Math.min(end, n.text.length));
  if (n instanceof Unchanged) return { start: s, end: e };
  return { start: n.starts[s]!, end: n.ends[e - 1]! };
}
