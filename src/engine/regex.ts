import type { Doc, Token } from './doc.js';

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

// The tests a word satisfies, once per word (lexemes.ts). Tests are registered as modules load,
// before any draft is read; should one come later, the answer is looked up again.
function testsOf(t: Token): readonly number[] | undefined {
  const lexeme = t.lexeme;
  if (lexeme.testsFor !== testWords.length) {
    lexeme.tests = testsByWord.get(t.lower);
    lexeme.testsFor = testWords.length;
  }
  return lexeme.tests;
}

/** The words of one draft and which registered word tests they satisfy. */
export class DraftWords {
  // Which tests passed, 16 to a number: a plain array of small integers is made on the heap in
  // a few words, where a typed array of a hundred bytes needs memory of its own for every draft.
  private readonly passed: number[];
  private readonly tests: number;
  /** The text is all ASCII, so no accented anchor ("mañana") can be in it. */
  readonly ascii: boolean;

  /**
   * `lower` is the draft in lower case, `tokens` its words. Every ASCII letter is inside a word,
   * so the runs are found word by word; a word of ASCII letters only (most are) is a run itself,
   * and its `lower` is used as it is, with no new string.
   */
  constructor(
    private readonly tokens: readonly Token[],
    private readonly lower: string,
    ascii: boolean,
  ) {
    this.tests = testWords.length;
    this.passed = new Array<number>((this.tests + 15) >> 4).fill(0);
    this.ascii = ascii;
    for (const t of tokens) {
      if (t.isLetters) this.pass(testsOf(t));
      else runsOf(t, lower, this);
    }
  }

  /** A run of a word that holds more than letters (see runsOf). */
  run(word: string): void {
    this.pass(testsByWord.get(word));
  }

  private pass(ids: readonly number[] | undefined): void {
    if (ids !== undefined) for (const id of ids) this.passed[id >> 4]! |= 1 << (id & 15);
  }

  /** Whether the draft holds one of the words of test `id`. */
  passes(id: number): boolean {
    if (id < this.tests) return (this.passed[id >> 4]! & (1 << (id & 15))) !== 0;
    // A test registered after this draft was read (rules register theirs when they load): the
    // runs are read again for it.
    const finder = new RunFinder(testWords[id]!);
    for (const t of this.tokens) {
      if (t.isLetters) finder.run(t.lower);
      else runsOf(t, this.lower, finder);
    }
    return finder.found;
  }
}

interface RunSink {
  run(word: string): void;
}

class RunFinder implements RunSink {
  found = false;

  constructor(private readonly words: readonly string[]) {}

  run(word: string): void {
    if (!this.found) this.found = this.words.includes(word);
  }
}

/** The runs of ASCII letters of a word that holds something else too ("x-ray's", "covid19"). */
function runsOf(t: Token, lower: string, sink: RunSink): void {
  let start = -1;
  for (let i = t.start; i <= t.end; i++) {
    const c = i < t.end ? lower.charCodeAt(i) : 0;
    if (c >= 97 && c <= 122) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      sink.run(lower.slice(start, i));
      start = -1;
    }
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
  return (doc) => doc.words.passes(id) || lowerIncludesAny(doc, plain) || (!doc.words.ascii && lowerIncludesAny(doc, accented));
}

/** Whether `text` contains any of `parts`. */
export function includesAny(text: string, parts: readonly string[]): boolean {
  for (const p of parts) if (text.includes(p)) return true;
  return false;
}

// A long draft is searched for many words, most of them absent ("a@b.co" twenty thousand
// characters long, asked for every date and contact word). Each pair of its characters sets a
// bit of a small table; a word with a pair whose bit is clear is not in it, and is known so
// without reading the draft.
const LONG = 512;
const PAIR_BITS = 4096;

function pairOf(a: number, b: number): number {
  return (Math.imul(a, 31) ^ b) & (PAIR_BITS - 1);
}

function pairsOf(doc: Doc): Int32Array {
  let pairs = doc.memo.pairs;
  if (pairs === undefined) {
    const lower = doc.lower;
    pairs = new Int32Array(PAIR_BITS / 32);
    for (let i = 0; i + 1 < lower.length; i++) {
      const p = pairOf(lower.charCodeAt(i), lower.charCodeAt(i + 1));
      pairs[p >> 5]! |= 1 << (p & 31);
    }
    doc.memo.pairs = pairs;
  }
  return pairs;
}

/** Whether `doc.lower` contains `part`. */
export function lowerIncludes(doc: Doc, part: string): boolean {
  const lower = doc.lower;
  if (lower.length >= LONG && part.length >= 2) {
    const pairs = pairsOf(doc);
    for (let i = 0; i + 1 < part.length; i++) {
      const p = pairOf(part.charCodeAt(i), part.charCodeAt(i + 1));
      if ((pairs[p >> 5]! & (1 << (p & 31))) === 0) return false;
    }
  }
  return lower.includes(part);
}

/** Whether `doc.lower` contains any of `parts`. */
export function lowerIncludesAny(doc: Doc, parts: readonly string[]): boolean {
  for (const p of parts) if (lowerIncludes(doc, p)) return true;
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

/**
 * A pattern every match of which holds one of `words` and one of `others`: for patterns whose
 * likeliest word ("you") is in most drafts, the second word ("saw", "again") is the sharper test.
 */
export function withBothWords(regex: RegExp, words: readonly string[], others: readonly string[]): GatedPattern {
  const first = wordTest(...words);
  const second = wordTest(...others);
  return { regex, possible: (doc) => first(doc) && second(doc) };
}
