/**
 * What a recognizer produces and the helper that turns a table of scored patterns into one, in
 * the manner of Presidio: a base score per pattern, raised by nearby context words, raised or
 * vetoed by a checksum.
 */
import type { Doc } from './doc.js';
import type { IdentifierCategory, RuleId } from './types.js';
import { lowerIncludes } from './regex.js';

// A letter or digit of any script (one character asked); made once, not at every call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export type Strength = 'direct' | 'quasi';

/** Who an identifier belongs to, when a recognizer can tell. */
export type Owner = 'practice' | 'provider' | 'public' | 'person';

export interface Detection {
  readonly ruleId: RuleId;
  readonly category: IdentifierCategory;
  /** Offsets in the normalized text (doc.text). */
  readonly start: number;
  readonly end: number;
  /** 0..1: how sure the recognizer is that the span is this kind of identifier. */
  readonly score: number;
  /** Direct identifiers single a person out alone; quasi ones only in combination or context. */
  readonly strength: Strength;
  readonly owner?: Owner;
  /** What was found, in a few words, without the matched text. */
  readonly message: string;
  /** Why it matters, in one plain sentence. */
  readonly why: string;
  /** A safe text to put in its place ("our office", "recently"); removal is always offered. */
  readonly replacement?: string;
}

export interface Recognizer {
  readonly id: RuleId;
  detect(doc: Doc): readonly Detection[];
}

/** Detections below this score are dropped before severity is decided. */
export const MIN_SCORE = 0.5;

export interface ScoredPattern {
  /** Must carry the `g` flag. Use bounded quantifiers: the engine stays linear on any input. */
  readonly regex: RegExp;
  readonly score: number;
  /** Capture group holding the identifier; 0 (the whole match) by default. */
  readonly group?: number;
}

export interface PatternSpec {
  readonly id: RuleId;
  readonly category: IdentifierCategory;
  readonly strength: Strength;
  readonly message: string;
  readonly why: string;
  readonly replacement?: string;
  readonly patterns: readonly ScoredPattern[];
  /** Lower-case words or phrases that, shortly before or after a match, make it more likely. */
  readonly context?: readonly string[];
  readonly contextBoost?: number;
  /** Characters looked at before the match for context words (after: a third of it). */
  readonly contextWindow?: number;
  /** Checksum or structural validation of the matched identifier. */
  readonly validate?: (value: string) => boolean;
  /** What a failed validation means: drop the match, or keep it only when context words say so. */
  readonly onInvalid?: 'reject' | 'needs-context';
  /** Run the regexes on the lower-cased text (offsets are the same). */
  readonly caseInsensitive?: boolean;
}

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && LETTER_OR_DIGIT.test(ch);

/** True when `phrase` occurs as whole words in `haystack` (both lower case). */
export function hasPhrase(haystack: string, phrase: string): boolean {
  let from = 0;
  for (;;) {
    const i = haystack.indexOf(phrase, from);
    if (i < 0) return false;
    if (!isWordChar(haystack[i - 1]) && !isWordChar(haystack[i + phrase.length])) return true;
    from = i + 1;
  }
}

/**
 * The words of `words` found anywhere in the lower-cased text. A window is a piece of that text,
 * so these are the only words it can hold: a draft with many identifiers and none of the words
 * (thousands of e-mail addresses, say) then tests none of them per identifier.
 */
function presentWords(doc: Doc, words: readonly string[]): readonly string[] {
  const byList = (doc.memo.present ??= new Map());
  let present = byList.get(words);
  if (present === undefined) byList.set(words, (present = words.filter((w) => lowerIncludes(doc, w))));
  return present;
}

/**
 * Every place a context word occurs in the lower-cased text (as indexOf finds them, overlaps
 * included), and for each whether a letter or digit touches it on the left (bit 1) or on the
 * right (bit 2). Found once per document and word, so a draft with thousands of candidates asks
 * a binary search per word instead of scanning a window per candidate.
 */
interface Occurrences {
  readonly at: readonly number[];
  readonly glued: readonly number[];
}

const GLUED_LEFT = 1;
const GLUED_RIGHT = 2;

function occurrences(doc: Doc, word: string): Occurrences {
  const memo = (doc.memo.occurrences ??= new Map());
  let found = memo.get(word);
  if (found === undefined) {
    const lower = doc.lower;
    const at: number[] = [];
    const glued: number[] = [];
    for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
      at.push(i);
      glued.push((isWordChar(lower[i - 1]) ? GLUED_LEFT : 0) | (isWordChar(lower[i + word.length]) ? GLUED_RIGHT : 0));
    }
    memo.set(word, (found = { at, glued }));
  }
  return found;
}

/**
 * Whether `word` occurs as a whole word inside [from, to) of the lower-cased text, where the ends
 * of the range count as word edges (the window's own ends, as a slice of it would have them).
 */
function wholeWordWithin(doc: Doc, word: string, from: number, to: number): boolean {
  const { at, glued } = occurrences(doc, word);
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < at.length; k++) {
    const i = at[k]!;
    const end = i + word.length;
    if (end > to) break;
    const g = glued[k]!;
    if ((i === from || (g & GLUED_LEFT) === 0) && (end === to || (g & GLUED_RIGHT) === 0)) return true;
  }
  return false;
}

/**
 * Whether any context word appears in the window around [start, end) of the lower-cased text:
 * up to `window` characters before, and a third of that after, each read as a text of its own
 * (so a word cut by the window's edge counts from there).
 */
export function hasContext(doc: Doc, start: number, end: number, words: readonly string[], window = 40): boolean {
  if (words.length === 0) return false;
  const candidates = presentWords(doc, words);
  if (candidates.length === 0) return false;
  const beforeFrom = Math.max(0, start - window);
  const afterTo = Math.min(doc.lower.length, end + Math.ceil(window / 3));
  for (const w of candidates) {
    if (!PLAIN_WORD.test(w)) {
      if (hasContextIn(doc, start, end, w, window)) return true;
      continue;
    }
    if (wholeWordWithin(doc, w, beforeFrom, start) || wholeWordWithin(doc, w, end, afterTo)) return true;
  }
  return false;
}

// Context words are words and phrases; one with a space or a NUL at an end could also match
// across the two halves of the window, and is read the slow way.
const PLAIN_WORD = /^[^\s\u0000](?:[^\u0000]*[^\s\u0000])?$/;

/** The window read as one text, the way hasContext reads it. */
function hasContextIn(doc: Doc, start: number, end: number, word: string, window: number): boolean {
  const before = doc.lower.slice(Math.max(0, start - window), start);
  const after = doc.lower.slice(end, Math.min(doc.lower.length, end + Math.ceil(window / 3)));
  return hasPhrase(`${before} \u0000 ${after}`, word);
}

export function definePattern(spec: PatternSpec): Recognizer {
  const boost = spec.contextBoost ?? 0.35;
  const window = spec.contextWindow ?? 40;
  return {
    id: spec.id,
    detect(doc: Doc): Detection[] {
      const source = spec.caseInsensitive ? doc.lower : doc.text;
      const out: Detection[] = [];
      for (const p of spec.patterns) {
        p.regex.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = p.regex.exec(source)) !== null) {
          if (m[0].length === 0) {
            p.regex.lastIndex++;
            continue;
          }
          const group = p.group ?? 0;
          const value = m[group];
          if (value === undefined || value.length === 0) continue;
          const start = group === 0 ? m.index : m.index + m[0].indexOf(value);
          const end = start + value.length;
          const context = spec.context !== undefined && hasContext(doc, start, end, spec.context, window);
          let score = p.score + (context ? boost : 0);
          if (spec.validate !== undefined) {
            const original = doc.text.slice(start, end);
            if (spec.validate(original)) score += 0.3;
            else if (spec.onInvalid === 'needs-context' ? !context : true) continue;
          }
          score = Math.min(1, score);
          if (score < MIN_SCORE) continue;
          out.push({
            ruleId: spec.id,
            category: spec.category,
            start,
            end,
            score,
            strength: spec.strength,
            owner: undefined,
            message: spec.message,
            why: spec.why,
            replacement: spec.replacement,
          });
        }
      }
      return out;
    },
  };
}
