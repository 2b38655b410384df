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
  /** Answers by fact id (see wordFact); a hole is a question not asked yet. */
  readonly answers: unknown[] = [];
  /** The word in lower case, the form every fact is asked of. */
  readonly word: string;

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
const MAX_LEXEMES = 50000;
const lexicon = new Map<string, Lexeme>();

/**
 * The lexeme of a word as written ("Health" and "health" are two entries with the same answers):
 * a capitalized word then needs no new lower-case string, and every token of the word shares one,
 * whose hash the sets and maps it is looked up in have already computed.
 */
export function lexemeOf(form: string, lowerCase: boolean, hash: number): Lexeme {
  // The last lexeme seen with each hash first: the frequent words of a draft ("the", "health")
  // are found there, without the map hashing the word again.
  const slot = hash & (RECENT - 1);
  const seen = recent[slot];
  if (seen !== undefined && seen.form === form) return seen;
  // Words that are seldom written twice (a link's "1McB2mr", a count) get an entry of their own,
  // out of the lexicon: it stays small, and so quick to read.
  if (!shared(form)) return new Lexeme(form, lowerCase);
  let lexeme = lexicon.get(form);
  if (lexeme === undefined) {
    if (lexicon.size >= MAX_LEXEMES) lexicon.clear();
    lexeme = new Lexeme(form, lowerCase);
    lexicon.set(form, lexeme);
  }
  recent[slot] = lexeme;
  return lexeme;
}

/** Mixes code unit `c` into a word's running hash (see lexemeOf): the tokenizer reads every unit anyway. */
export function hashUnit(hash: number, c: number): number {
  return (Math.imul(hash, 31) + c) | 0;
}

const RECENT = 2048;
const recent: (Lexeme | undefined)[] = new Array<Lexeme | undefined>(RECENT).fill(undefined);

/** Whether a word is worth sharing: no digit, no capital after a small letter, not long. */
function shared(form: string): boolean {
  if (form.length > 24) return false;
  let small = false;
  for (let i = 0; i < form.length; i++) {
    const c = form.charCodeAt(i);
    if (c >= 48 && c <= 57) return false;
    if (c >= 97 && c <= 122) small = true;
    else if (small && c >= 65 && c <= 90) return false;
  }
  return true;
}

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
