/**
 * One entry per distinct word, shared by every draft. Rules ask the same questions of
 * every word ("a facility head?", "a first name?", "does a place name start here?"), and drafts
 * repeat the same few thousand words; asked through a lexeme, each question is answered once per
 * word and then read from a slot, where a set or map lookup on a fresh string would hash it and
 * compare it again in every rule of every draft.
 *
 * Facts must be pure functions of the word: a slot is filled on first use and never updated.
 */
import type { Token } from './doc.js';

export class Lexeme {
  /**
   * Answers by fact id (see wordFact); a hole is a question not asked yet. Made as long as the
   * facts known when the word is first seen (all of them, once the rules have loaded), so that
   * answering does not grow it.
   */
  readonly answers: unknown[] = new Array<unknown>(facts);
  /** The word in lower case, the form every fact is asked of. */
  readonly word: string;
  /**
   * The word tests of regex.ts the word satisfies, and how many tests were registered when that
   * was looked up (-1: not yet). Every word of every draft is asked, so the answer has a field
   * of its own rather than a fact's slot.
   */
  tests: readonly number[] | undefined = undefined;
  testsFor = -1;

  /** `form` is the word as written; `lowerCase` says it is already in lower case. */
  constructor(
    readonly form: string,
    lowerCase: boolean,
  ) {
    this.word = lowerCase ? form : form.toLowerCase();
  }
}

// Bounded like the other per-word caches of the engine: a long draft of made-up words cannot
// grow it without limit. Clearing it only costs the answers being worked out again.
const MAX_LEXEMES = 40000;
// Open addressing on the tokenizer's own hash of the word, at most about 60% full. Each slot's
// hash (never 0; 0 marks a free slot) sits in a small typed array that is read first: a word
// already there is found by comparing its characters where they stand in the draft, without
// cutting it out as a new string or having the string hashed again.
const SLOTS = 1 << 16;
const MAX_PROBES = 24;
const table: (Lexeme | undefined)[] = new Array<Lexeme | undefined>(SLOTS).fill(undefined);
const keys = new Int32Array(SLOTS);
let size = 0;

/**
 * The lexeme of the word `text[start, end)` as written ("Health" and "health" are two entries
 * with the same answers): a capitalized word then needs no new lower-case string, and every token
 * of the word shares one. `hash` is the word's hashUnit hash; `lowerCase` says it is already in
 * lower case; `shared` that it is worth keeping: no digit, no capital after a small letter, not
 * longer than MAX_SHARED_LENGTH (the tokenizer works that out as it reads the word).
 */
export function lexemeAt(text: string, start: number, end: number, lowerCase: boolean, hash: number, shared: boolean): Lexeme {
  // Words that are seldom written twice (a link's "1McB2mr", a count) get an entry of their own,
  // out of the lexicon: it stays small, and so quick to read.
  if (!shared) return new Lexeme(text.slice(start, end), lowerCase);
  const key = hash === 0 ? 1 : hash;
  let slot = hash & (SLOTS - 1);
  let probes = 0;
  for (let k = keys[slot]!; k !== 0; k = keys[slot]!) {
    if (k === key) {
      const seen = table[slot]!;
      if (sameWord(seen.form, text, start, end)) return seen;
    }
    // The hash is easy to collide on purpose (a draft of made-up words sharing one): past a
    // short run of slots a word is not shared, so no draft can make lookups slow for itself or
    // for the drafts after it.
    if (++probes > MAX_PROBES) return new Lexeme(text.slice(start, end), lowerCase);
    slot = (slot + 1) & (SLOTS - 1);
  }
  if (size >= MAX_LEXEMES) {
    keys.fill(0);
    table.fill(undefined);
    size = 0;
    slot = hash & (SLOTS - 1);
  }
  const lexeme = new Lexeme(text.slice(start, end), lowerCase);
  table[slot] = lexeme;
  keys[slot] = key;
  size++;
  return lexeme;
}

function sameWord(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false;
  for (let k = 0; k < form.length; k++) if (form.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** Mixes code unit `c` into a word's running hash (see lexemeAt): the tokenizer reads every unit anyway. */
export function hashUnit(hash: number, c: number): number {
  return (Math.imul(hash, 31) + c) | 0;
}

/** Words longer than this are not shared (see lexemeAt). */
export const MAX_SHARED_LENGTH = 24;

let facts = 0;
// Stands for a fact whose answer is undefined, so that it too is asked once.
const NONE = Symbol('none');

/**
 * A question about a word (its lower-case form), answered once per word: `fact(token)` is
 * `answer(token.lower)`, read from the word's lexeme after the first time.
 */
export function wordFact<T>(answer: (word: string) => T): (t: Token) => T {
  const id = facts++;
  return (t: Token): T => {
    const answers = t.lexeme.answers;
    let a = answers[id];
    if (a === undefined) {
      const computed = answer(t.lower);
      answers[id] = a = computed === undefined ? NONE : computed;
    }
    return (a === NONE ? undefined : a) as T;
  };
}

/** Whether a token's word is in `words` (lower case), as a fact. */
export function inSet(words: ReadonlySet<string>): (t: Token) => boolean {
  return wordFact((w) => words.has(w));
}
