/**
 * The analysed document: the normalized text, its words, and what the caller told us about the
 * post (reply target, policy, time). Built once per analyze() call and shared, read-only, by
 * every recognizer and risk pattern.
 */
import { normalize, type Normalized } from './normalize.js';
import { resolvePolicy, type ResolvedPolicy } from './policy.js';
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
  readonly norm: Normalized;
  readonly tokens: readonly Token[];
  readonly context: ComposeContext;
  readonly isReply: boolean;
  readonly policy: ResolvedPolicy;
  /** Milliseconds since the epoch: the moment the post would go out. */
  readonly now: number;
  readonly lang: 'en' | 'es';
  /** Index of the first token starting at or after `offset`. */
  tokenIndexAt(offset: number): number;
}

// Words made of letters, marks and digits, joined by inner apostrophes or hyphens ("O'Brien",
// "covid-19"). Bounded repetition keeps it linear on adversarial runs of punctuation.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['\-][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER_START = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const DIGITS = /^\d+$/;
const HAS_DIGIT = /\d/;

// A full stop after these does not end a sentence.
const ABBREVIATIONS = new Set([
  'dr', 'drs', 'mr', 'mrs', 'ms', 'mx', 'st', 'mt', 'ft', 'jr', 'sr', 'prof', 'vs', 'no', 'dra', 'sra',
  'sr', 'srta', 'e.g', 'i.e', 'etc', 'approx', 'apt', 'ave', 'rd', 'blvd', 'ste', 'dept', 'pt', 'pts',
]);

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

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  let prevEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const word = m[0];
    const start = m.index;
    const before = text[start - 1];
    // Only the few characters before the word matter; slicing keeps long gaps cheap.
    const gap = text.slice(Math.max(prevEnd, start - 8), start);
    const prev = tokens[tokens.length - 1];
    const afterAbbreviation = prev !== undefined && ABBREVIATIONS.has(prev.lower) && gap.startsWith('.');
    const sentenceStart =
      tokens.length === 0 || gap.includes('\n') || (!afterAbbreviation && /[.!?:;]["')]?\s*["'(]?\s*$/.test(gap));
    const lower = word.toLowerCase();
    const c0 = word.charCodeAt(0);
    // ASCII words are classified by character codes; others by Unicode property regexes.
    const ascii = !/[^\x00-\x7F]/.test(word);
    const isCap = ascii ? c0 >= 65 && c0 <= 90 : UPPER_START.test(word);
    const hasLower = ascii ? word !== word.toUpperCase() : HAS_LOWER.test(word);
    const hasDigit = HAS_DIGIT.test(word);
    tokens.push({
      index: tokens.length,
      start,
      end: start + word.length,
      text: word,
      lower,
      isCap,
      isAllCaps: word.length > 1 && isCap && !hasLower && (ascii ? /[A-Z].*[A-Z]/.test(word) : /\p{Lu}.*\p{Lu}/u.test(word)),
      isNumber: hasDigit && DIGITS.test(word),
      hasDigit,
      prefix: before === '@' ? '@' : before === '#' ? '#' : '',
      sentenceStart,
    });
    prevEnd = start + word.length;
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

/** English or Spanish, by counting common function words; ties go to English. */
export function detectLanguage(tokens: readonly Token[]): 'en' | 'es' {
  let es = 0;
  let en = 0;
  for (const t of tokens) {
    if (SPANISH_MARKERS.has(t.lower)) es++;
    else if (ENGLISH_MARKERS.has(t.lower)) en++;
  }
  return es > en ? 'es' : 'en';
}

function toMillis(now: ComposeContext['now']): number {
  if (now instanceof Date) return now.getTime();
  if (typeof now === 'number' && Number.isFinite(now)) return now;
  return Date.now();
}

export function buildDoc(original: string, context: ComposeContext = {}, policy?: EnginePolicy): Doc {
  const norm = normalize(original);
  const text = norm.text;
  const tokens = tokenize(text);
  const starts = tokens.map((t) => t.start);
  return {
    original,
    text,
    lower: lowerSameLength(text),
    norm,
    tokens,
    context,
    isReply: context.kind === 'reply' || (context.kind === undefined && context.replyTo !== undefined),
    policy: resolvePolicy(policy),
    now: toMillis(context.now),
    lang: detectLanguage(tokens),
    tokenIndexAt(offset: number): number {
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid]! < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}
