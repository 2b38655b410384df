import type { Doc } from './doc.js';

/**
 * JavaScript's \b only knows ASCII word characters, so "mamá\b" never matches before a space.
 * `unicodeWords` rewrites \b into a boundary between letters/digits and anything else, for
 * patterns with Spanish (or any non-ASCII) words. Where the pattern's words start and end with a
 * letter or digit, the same edges written one-sided, (?<![\p{L}\p{N}_]) before and
 * (?![\p{L}\p{N}_]) after, match exactly the same and scan several times faster; the risk
 * patterns and the care context use that form.
 */
const BOUNDARY = '(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))';

export function unicodeWords(re: RegExp): RegExp {
  const flags = re.flags.includes('u') ? re.flags : `${re.flags}u`;
  return new RegExp(re.source.replace(/\\b/g, BOUNDARY), flags);
}

/**
 * Word tests before patterns. Most rules run a handful of patterns that each need some word
 * ("your", "old", a month name): a draft without any of those words cannot match, and asking is
 * much cheaper than scanning. The words of a draft are its runs of ASCII letters in lower case,
 * each as long as it goes ("x-ray's" gives "x", "ray" and "s"; "mamá" gives "mam"), so a word a
 * pattern needs with \b, a space or punctuation on both sides is one of them wherever it matches.
 *
 * Every test is registered when its module loads, so a draft answers all of them at once: each
 * of its words is looked up once and marks the tests it satisfies.
 */
const testsByWord = new Map<string, number[]>();
const testWords: (readonly string[])[] = [];
const ASCII_WORD = /^[a-z]+$/;
const NON_ASCII = /[^\x00-\x7f]/;

/** The words of one draft and which registered word tests they satisfy. */
export class DraftWords {
  private readonly runs: string[] = [];
  private readonly passed: Uint8Array;
  /** The text is all ASCII, so no accented anchor ("mañana") can be in it. */
  readonly ascii: boolean;

  constructor(lower: string) {
    this.passed = new Uint8Array(testWords.length);
    let start = -1;
    let ascii = true;
    for (let i = 0; i <= lower.length; i++) {
      const c = i < lower.length ? lower.charCodeAt(i) : 0;
      if (c >= 97 && c <= 122) {
        if (start < 0) start = i;
        continue;
      }
      if (c > 0x7f) ascii = false;
      if (start >= 0) {
        const run = lower.slice(start, i);
        this.runs.push(run);
        const ids = testsByWord.get(run);
        if (ids !== undefined) for (const id of ids) this.passed[id] = 1;
        start = -1;
      }
    }
    this.ascii = ascii;
  }

  /** Whether the draft holds one of the words of test `id`. */
  passes(id: number): boolean {
    if (id < this.passed.length) return this.passed[id] === 1;
    // A test registered after this draft was read (rules register theirs when they load).
    return testWords[id]!.some((w) => this.runs.includes(w));
  }
}

/**
 * A test that a draft holds one of `words`, for a pattern every match of which holds one of
 * them. Entries made of ASCII letters must stand as whole words in any match (\b, a space or
 * punctuation around them); anything else ("mañana", "y/o") is searched for in `doc.lower`,
 * which needs only that the match contain it. For a stem that may run on into a longer word
 * ("addr…"), use `includesAny`.
 */
export function wordTest(...words: readonly string[]): (doc: Doc) => boolean {
  const ascii = words.filter((w) => ASCII_WORD.test(w));
  const other = words.filter((w) => !ASCII_WORD.test(w));
  for (const w of other) if (w !== w.toLowerCase() || w.length === 0) throw new Error(`not a lower-case anchor: ${w}`);
  // Accented anchors cannot be in an all-ASCII draft; the others ("y/o", ".") can.
  const plain = other.filter((w) => !NON_ASCII.test(w));
  const accented = other.filter((w) => NON_ASCII.test(w));
  const id = testWords.length;
  testWords.push(ascii);
  for (const w of new Set(ascii)) {
    const ids = testsByWord.get(w);
    if (ids === undefined) testsByWord.set(w, [id]);
    else ids.push(id);
  }
  if (other.length === 0) return (doc) => doc.words.passes(id);
  return (doc) => doc.words.passes(id) || includesAny(doc.lower, plain) || (!doc.words.ascii && includesAny(doc.lower, accented));
}

/** Whether `text` contains any of `parts`. */
export function includesAny(text: string, parts: readonly string[]): boolean {
  for (const p of parts) if (text.includes(p)) return true;
  return false;
}

/**
 * A pattern and a cheap test of whether a draft can hold a match at all (the words or
 * characters every match needs). Rules run the pattern only where the test passes.
 */
export interface GatedPattern {
  readonly regex: RegExp;
  readonly possible: (doc: Doc) => boolean;
}

/** A pattern every match of which holds one of `words` (see `wordTest`). */
export function withWords(regex: RegExp, ...words: readonly string[]): GatedPattern {
  return { regex, possible: wordTest(...words) };
}
