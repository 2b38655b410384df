/**
 * Whole-word, case-insensitive lookup of many phrases at once over the token stream: one map hit
 * per token, so lexicons of any size cost the same per word.
 */
import type { Doc, Token } from './doc.js';
import { wordFact } from './lexemes.js';

export interface PhraseHit<T> {
  /** Offsets in the normalized text. */
  readonly start: number;
  readonly end: number;
  /** Token indexes, end exclusive. */
  readonly first: number;
  readonly last: number;
  readonly value: T;
}

interface Entry<T> {
  readonly words: readonly string[];
  readonly value: T;
}

/** Splits a phrase the way the tokenizer splits text ("covid-19" stays one word). */
export function phraseWords(phrase: string): string[] {
  return (phrase.toLowerCase().match(/[\p{L}\p{M}\p{N}]+(?:['\-][\p{L}\p{M}\p{N}]+)*/gu) ?? []).map((w) => w.replace(/’/g, "'"));
}

/**
 * The phrases that start with one word, by their second word, in the order of the word's list
 * (longest first): a common first word ("your", "my") starts dozens of phrases, and only those
 * whose second word follows can match. `single` is the first one-word phrase of the list.
 */
interface Heads<T> {
  readonly bySecond: ReadonlyMap<string, readonly Entry<T>[]>;
  readonly single: Entry<T> | undefined;
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();
  private readonly heads = new Map<string, Heads<T>>();
  // The phrases a word starts, asked once per word (lexemes.ts): the lists are built in the
  // constructor and never change after it.
  private readonly startingWith = wordFact((w) => this.headsOf(w));

  private headsOf(word: string): Heads<T> | undefined {
    // Most words start no phrase: one lookup tells.
    const list = this.byFirst.get(word);
    if (list === undefined) return undefined;
    let heads = this.heads.get(word);
    if (heads !== undefined) return heads;
    const bySecond = new Map<string, Entry<T>[]>();
    let single: Entry<T> | undefined;
    for (const entry of list) {
      if (entry.words.length === 1) {
        single ??= entry;
        continue;
      }
      const second = entry.words[1]!;
      const same = bySecond.get(second);
      if (same === undefined) bySecond.set(second, [entry]);
      else same.push(entry);
    }
    heads = { bySecond, single };
    this.heads.set(word, heads);
    return heads;
  }

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [phrase, value] of entries) this.add(phrase, value);
  }

  static of(phrases: Iterable<string>): PhraseMatcher<true> {
    const entries: [string, true][] = [];
    for (const p of phrases) entries.push([p, true]);
    return new PhraseMatcher<true>(entries);
  }

  private add(phrase: string, value: T): void {
    const words = phraseWords(phrase);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    // Longest phrases first so "heart attack" wins over "heart".
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
  }

  /** The longest phrase starting at token `i`, if any. */
  matchAt(tokens: readonly Token[], i: number): PhraseHit<T> | undefined {
    const entry = this.entryAt(tokens, i);
    if (entry === undefined) return undefined;
    const last = tokens[i + entry.words.length - 1]!;
    return { start: tokens[i]!.start, end: last.end, first: i, last: i + entry.words.length, value: entry.value };
  }

  /**
   * The longest phrase starting at token `i`, if any, as its words (their count is how many
   * tokens it spans) and value: what matchAt returns without a new object, for callers that
   * keep only some of it.
   */
  entryAt(tokens: readonly Token[], i: number): { readonly words: readonly string[]; readonly value: T } | undefined {
    const first = tokens[i];
    if (first === undefined) return undefined;
    const heads = this.startingWith(first);
    if (heads === undefined) return undefined;
    // Every longer phrase comes before the one-word ones in the list, so one of them that
    // matches wins; among them only those whose second word follows can.
    const second = tokens[i + 1];
    const list = second === undefined ? undefined : heads.bySecond.get(second.lower);
    if (list !== undefined) {
      for (const entry of list) {
        let ok = true;
        for (let k = 2; k < entry.words.length; k++) {
          const t = tokens[i + k];
          if (t === undefined || t.lower !== entry.words[k]) {
            ok = false;
            break;
          }
        }
        if (ok) return entry;
      }
    }
    return heads.single;
  }

  /** All non-overlapping longest matches, left to right. */
  findAll(doc: Doc): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    const tokens = doc.tokens;
    for (let i = 0; i < tokens.length; ) {
      const hit = this.matchAt(tokens, i);
      if (hit === undefined) {
        i++;
      } else {
        hits.push(hit);
        i = hit.last;
      }
    }
    return hits;
  }

  /** The first word of every phrase: a text holding none of them has no match. */
  firstWords(): string[] {
    return [...this.byFirst.keys()];
  }

  has(word: string): boolean {
    const list = this.byFirst.get(word.toLowerCase());
    return list !== undefined && list.some((e) => e.words.length === 1);
  }
}
