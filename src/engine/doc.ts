/**
 * The analysed document: the normalized text, its words, and what the caller told us about the
 * post (reply target, policy, time). Built once per analyze() call and shared, read-only, by
 * every recognizer and risk pattern.
 */
import type { LabelIndex, TokenShapes } from './labels.js';
import { hashUnit, inSet, lexemeAt, MAX_SHARED_LENGTH, wordFact, type Lexeme } from './lexemes.js';
import { normalize, type Normalized } from './normalize.js';
import { resolvePolicy, type ResolvedPolicy } from './policy.js';
import { DraftWords } from './regex.js';
import type { ComposeContext, EnginePolicy } from './types.js';

export interface Token {
  readonly index: number;
  /** Offsets in the normalized text. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** Starts with an upper-case letter. */
  readonly isCap: boolean;
  /** Two or more letters, all upper case ("MRN", "ICU"). */
  readonly isAllCaps: boolean;
  readonly isNumber: boolean;
  readonly hasDigit: boolean;
  /** Made of ASCII letters only (most words), so `lower` is also the word's run in `Doc.words`. */
  readonly isLetters: boolean;
  /** The entry of `lower` in the shared lexicon: rules ask questions of words there (lexemes.ts). */
  readonly lexeme: Lexeme;
  /** '@' or '#' when the word is a mention or hashtag, else ''. */
  readonly prefix: '' | '@' | '#';
  /** First word of a sentence, a line, or the text. */
  readonly sentenceStart: boolean;
}

export interface Doc {
  readonly original: string;
  /** Normalized text; every offset inside the engine refers to it until findings are emitted. */
  readonly text: string;
  /** `text` lower-cased with the same length, for case-insensitive regexes. */
  readonly lower: string;
  /**
   * The runs of ASCII letters of `lower` (regex.ts `DraftWords`): rules test them before running
   * a pattern that needs one of its words, so most patterns never run on most drafts.
   */
  readonly words: DraftWords;
  /** Whether the text holds an ASCII digit, which most identifier patterns need. */
  readonly hasDigit: boolean;
  readonly norm: Normalized;
  readonly tokens: readonly Token[];
  readonly context: ComposeContext;
  readonly isReply: boolean;
  readonly policy: ResolvedPolicy;
  /** Milliseconds since the epoch: the moment the post would go out. */
  readonly now: number;
  readonly lang: 'en' | 'es';
  /**
   * Letters but not one capital: a draft typed all in lower case, where names and towns lose
   * the capital that usually marks them (name and place recognizers read it differently).
   */
  readonly allLowerCase: boolean;
  /** Work that several rules share, done on the first rule's request (see DocMemo). */
  readonly memo: DocMemo;
  /** Index of the first token starting at or after `offset`. */
  tokenIndexAt(offset: number): number;
}

/**
 * Indexes built at most once per document, by whichever rule asks first (labels.ts,
 * recognizer.ts). They live on the document rather than in WeakMaps keyed by it: a WeakMap entry
 * per analysis costs more to make and to collect than the index itself on a tweet. Mutable,
 * unlike the rest of a Doc; each field is written once.
 */
export interface DocMemo {
  labels?: LabelIndex;
  shapes?: TokenShapes;
  /** For each offset, the offset of the next ASCII digit (labels.ts nextDigit). */
  digits?: Int32Array;
  /** Per context-word list, the words of it found anywhere in `lower` (recognizer.ts). */
  present?: Map<readonly string[], readonly string[]>;
  /** Per context word, where it occurs in `lower` (recognizer.ts). */
  occurrences?: Map<string, { readonly at: readonly number[]; readonly glued: readonly number[] }>;
  /** Which pairs of characters `lower` holds, for a long draft (regex.ts lowerIncludes). */
  pairs?: Int32Array;
}

// Words are runs of letters, marks and digits (\p{L}\p{M}\p{N}) joined by inner apostrophes or
// hyphens ("O'Brien", "covid-19"), as /[\p{L}\p{M}\p{N}]+(?:['\-][\p{L}\p{M}\p{N}]+)*/gu would
// find them. The tokenizer scans for them by character code, which every analysis does once per
// character: ASCII by range, other characters by this test, remembered per code unit.
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const bmpWordChar = new Uint8Array(0x10000); // 0 not asked yet, 1 no, 2 yes
const UPPERCASE = /^\p{Lu}$/u;
const LOWERCASE = /^\p{Ll}$/u;
// The letter case of code units outside ASCII, for words in other scripts: bit 1 asked, 2
// upper case (\p{Lu}), 4 lower case (\p{Ll}).
const unitCase = new Uint8Array(0x10000);
const UPPER = 2;
const LOWER = 4;

function caseOf(ch: string): number {
  return (UPPERCASE.test(ch) ? UPPER : 0) | (LOWERCASE.test(ch) ? LOWER : 0);
}

// wordCase's answers, left here rather than in a new object for every word.
let upperStart = false;
let uppers = 0;
let hasLower = false;

/**
 * Case facts of a word with letters outside ASCII, by code point: whether it starts with a
 * capital, how many capitals it has (two make an acronym) and whether it has a small letter.
 */
function wordCase(word: string): void {
  upperStart = false;
  uppers = 0;
  hasLower = false;
  for (let k = 0; k < word.length; ) {
    const c = word.charCodeAt(k);
    let bits: number;
    let width = 1;
    const d = word.charCodeAt(k + 1);
    if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
      width = 2;
      bits = caseOf(word.slice(k, k + 2));
    } else {
      bits = unitCase[c]!;
      if (bits === 0) unitCase[c] = bits = 1 | caseOf(word[k]!);
    }
    if ((bits & UPPER) !== 0) {
      if (k === 0) upperStart = true;
      uppers++;
    }
    if ((bits & LOWER) !== 0) hasLower = true;
    k += width;
  }
}

// A full stop after these does not end a sentence.
const ABBREVIATIONS = new Set([
  'dr', 'drs', 'mr', 'mrs', 'ms', 'mx', 'st', 'mt', 'ft', 'jr', 'sr', 'prof', 'vs', 'no', 'dra', 'sra',
  'sr', 'srta', 'e.g', 'i.e', 'etc', 'approx', 'apt', 'ave', 'rd', 'blvd', 'ste', 'dept', 'pt', 'pts',
]);

const isAbbreviation = inSet(ABBREVIATIONS);

export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few letters grow when lower-cased (U+0130); fall back to per-unit folding to keep offsets.
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

// Character codes the tokenizer tests often.
const NEWLINE = 10;
const FULL_STOP = 46;
const APOSTROPHE = 39;
const HYPHEN = 45;

function isAsciiAlnum(c: number): boolean {
  const l = c | 32;
  return (c >= 48 && c <= 57) || (l >= 97 && l <= 122);
}

/** Length in code units (1 or 2) of the word character at `i`, or 0 when there is none. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) {
    const l = c | 32;
    return (c >= 48 && c <= 57) || (l >= 97 && l <= 122) ? 1 : 0;
  }
  if (c >= 0xd800 && c <= 0xdfff) {
    // A surrogate pair is one code point; a lone surrogate is never a letter.
    const d = text.charCodeAt(i + 1);
    return c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff && WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  let known = bmpWordChar[c]!;
  if (known === 0) bmpWordChar[c] = known = WORD_CHAR.test(text[i]!) ? 2 : 1;
  return known === 2 ? 1 : 0;
}

const WHITESPACE = /\s/;

function isSpaceCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return WHITESPACE.test(text[i]!);
}

/**
 * Whether the gap `text[from, to)` ends like a sentence: /[.!?:;]["')]?\s*["'(]?\s*$/ read from
 * the end (spaces, an opening quote or bracket, spaces, a closing one, then the full stop or
 * other mark). Read in place: no gap is sliced.
 */
function endsSentence(text: string, from: number, to: number): boolean {
  let i = to;
  while (i > from && isSpaceCode(text, i - 1)) i--;
  if (i > from && `"'(`.includes(text[i - 1]!)) {
    i--;
    while (i > from && isSpaceCode(text, i - 1)) i--;
  }
  if (i > from && `"')`.includes(text[i - 1]!)) i--;
  return i > from && '.!?:;'.includes(text[i - 1]!);
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === NEWLINE) return true;
  return false;
}

/** Whether any of `text[from, to)` could end a sentence: a newline or one of . ! ? : ; */
function gapMayEndSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE || c === FULL_STOP || c === 33 || c === 63 || c === 58 || c === 59) return true;
  }
  return false;
}

/**
 * The words of `text`. Runs once per analysis over every character, so the common cases (ASCII
 * words, a plain space between words) are decided from character codes, Unicode properties of
 * other characters are remembered per code unit, and the gap before a word is read only when it
 * holds sentence punctuation or a newline.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let prevEnd = 0;
  for (let at = 0; at < n; ) {
    const c = text.charCodeAt(at);
    if (c < 0x80 ? !isAsciiAlnum(c) : wordCharAt(text, at) === 0) {
      at++;
      continue;
    }
    // One pass over the word: where it ends, and its digits, ASCII capitals and small letters.
    // Runs of word characters joined by ' or - before a word character (see WORD_CHAR).
    const start = at;
    let ascii = true;
    let digits = 0;
    let capitals = 0;
    let smalls = 0;
    let hash = 0;
    // A capital after a small letter ("McB"): such words, like those with a digit or long ones,
    // are seldom written twice and are kept out of the shared lexicon.
    let camel = false;
    let i = start;
    for (;;) {
      const u = text.charCodeAt(i);
      let width = 1;
      if (u < 0x80) {
        if (u >= 48 && u <= 57) digits++;
        else if (u >= 65 && u <= 90) {
          capitals++;
          if (smalls > 0) camel = true;
        } else if (u >= 97 && u <= 122) smalls++;
        else if (!((u === APOSTROPHE || u === HYPHEN) && wordCharAt(text, i + 1) > 0)) break;
      } else {
        width = wordCharAt(text, i);
        if (width === 0) break;
        ascii = false;
      }
      // One place for both kinds of character: the optimized tokenizer is not thrown away the
      // first time a word holds a letter outside ASCII.
      hash = hashUnit(hash, u);
      i += width;
    }
    const end = i;
    at = end;
    // Short numbers ("3", "14", "2024") recur like words, so they are shared too; a lexeme of its
    // own costs a few hundred bytes.
    const shared = digits === 0 ? !camel && end - start <= MAX_SHARED_LENGTH : digits === end - start && digits <= 4;
    const lexeme = lexemeAt(text, start, end, ascii && capitals === 0, hash, shared);
    const word = lexeme.form;
    const before = text.charCodeAt(start - 1);
    // Only the few characters before the word matter; a gap with no newline or sentence
    // punctuation cannot start a sentence, and most gaps are a single space.
    const gapFrom = Math.max(prevEnd, start - 8);
    let sentenceStart = tokens.length === 0;
    if (!sentenceStart && gapMayEndSentence(text, gapFrom, start)) {
      const prev = tokens[tokens.length - 1];
      const afterAbbreviation = prev !== undefined && isAbbreviation(prev) && text.charCodeAt(gapFrom) === FULL_STOP;
      sentenceStart = hasNewline(text, gapFrom, start) || (!afterAbbreviation && endsSentence(text, gapFrom, start));
    }
    const c0 = word.charCodeAt(0);
    if (!ascii) wordCase(word);
    const isCap = ascii ? c0 >= 65 && c0 <= 90 : upperStart;
    // An ASCII word has a lower-case letter exactly when it differs from its upper-case form.
    const lower = ascii ? smalls > 0 : hasLower;
    const hasDigit = digits > 0;
    tokens.push({
      index: tokens.length,
      start,
      end,
      text: word,
      lower: lexeme.word,
      isCap,
      isAllCaps: word.length > 1 && isCap && !lower && (ascii ? capitals >= 2 : uppers >= 2),
      isNumber: digits === word.length,
      hasDigit,
      isLetters: ascii && capitals + smalls === word.length,
      lexeme,
      prefix: before === 64 ? '@' : before === 35 ? '#' : '',
      sentenceStart,
    });
    prevEnd = end;
  }
  return tokens;
}

const SPANISH_MARKERS = new Set([
  'el', 'la', 'los', 'las', 'que', 'de', 'del', 'y', 'en', 'por', 'para', 'con', 'su', 'sus', 'es',
  'está', 'usted', 'gracias', 'hoy', 'ayer', 'paciente', 'cita', 'nuestro', 'nuestra', 'muy', 'una',
  'pero', 'como', 'llame', 'llámenos', 'hola', 'también', 'clínica', 'consultorio',
]);
const ENGLISH_MARKERS = new Set([
  'the', 'and', 'to', 'of', 'is', 'you', 'your', 'we', 'our', 'for', 'with', 'on', 'at', 'this',
  'that', 'are', 'was', 'thanks', 'thank', 'please', 'call', 'today', 'patient', 'it', 'in', 'my',
]);

// The two lists share no word, so one lookup per word tells which, if either, it marks.
const MARKERS: ReadonlyMap<string, 'en' | 'es'> = new Map([
  ...[...ENGLISH_MARKERS].map((w) => [w, 'en'] as const),
  ...[...SPANISH_MARKERS].map((w) => [w, 'es'] as const),
]);

const markerOf = wordFact((w) => MARKERS.get(w));

/** English or Spanish, by counting common function words; ties go to English. */
export function detectLanguage(tokens: readonly Token[]): 'en' | 'es' {
  let es = 0;
  let en = 0;
  for (const t of tokens) {
    const marker = markerOf(t);
    if (marker === 'es') es++;
    else if (marker === 'en') en++;
  }
  return es > en ? 'es' : 'en';
}

function toMillis(now: ComposeContext['now']): number {
  if (now instanceof Date) return now.getTime();
  if (typeof now === 'number' && Number.isFinite(now)) return now;
  return Date.now();
}

const NON_ASCII = /[^\x00-\x7F]/;
const ANY_CAPITAL = /\p{Lu}/u;
const ANY_LETTER = /\p{L}/u;

export function buildDoc(original: string, context: ComposeContext = {}, policy?: EnginePolicy): Doc {
  const norm = normalize(original);
  const text = norm.text;
  const tokens = tokenize(text);
  const lower = lowerSameLength(text);
  let hasDigit = false;
  for (const t of tokens) {
    if (t.hasDigit) {
      hasDigit = true;
      break;
    }
  }
  return new Document(
    original,
    text,
    lower,
    new DraftWords(tokens, lower, !NON_ASCII.test(text)),
    hasDigit,
    norm,
    tokens,
    context,
    context.kind === 'reply' || (context.kind === undefined && context.replyTo !== undefined),
    resolvePolicy(policy),
    toMillis(context.now),
  );
}

/** Every field from the start, in one order: the memo of every draft has one shape. */
class Memo implements DocMemo {
  labels: LabelIndex | undefined = undefined;
  shapes: TokenShapes | undefined = undefined;
  digits: Int32Array | undefined = undefined;
  present: Map<readonly string[], readonly string[]> | undefined = undefined;
  occurrences: Map<string, { readonly at: readonly number[]; readonly glued: readonly number[] }> | undefined = undefined;
  pairs: Int32Array | undefined = undefined;
}

/** A class rather than an object literal, so its method and lazy language are not made anew per draft. */
class Document implements Doc {
  readonly memo: DocMemo = new Memo();
  private language: 'en' | 'es' | undefined;
  private lowerCaseOnly: boolean | undefined;

  constructor(
    readonly original: string,
    readonly text: string,
    readonly lower: string,
    readonly words: DraftWords,
    readonly hasDigit: boolean,
    readonly norm: Normalized,
    readonly tokens: readonly Token[],
    readonly context: ComposeContext,
    readonly isReply: boolean,
    readonly policy: ResolvedPolicy,
    readonly now: number,
  ) {}

  // Few rules ask (Spanish-only patterns and cues), and only on some drafts.
  get lang(): 'en' | 'es' {
    return (this.language ??= detectLanguage(this.tokens));
  }

  get allLowerCase(): boolean {
    return (this.lowerCaseOnly ??= !ANY_CAPITAL.test(this.text) && ANY_LETTER.test(this.text));
  }

  tokenIndexAt(offset: number): number {
    const tokens = this.tokens;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
