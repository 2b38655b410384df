/**
 * One shared index of identifier labels per document: phrases from data/id-labels.ts are matched
 * as whole words over the tokens, case-insensitively, so "MRN:", "mrn #" and "MRN" are the same
 * label; the punctuation after a label is read by `valueAfter`. Built once per document and
 * shared by every identifier recognizer: a label is found with one map lookup per word, and "is a
 * context word near here" is a binary search, so the recognizers stay linear however many labels
 * or numbers a text holds.
 */
import type { Doc } from './doc.js';
import { PhraseMatcher } from './phrases.js';
import { wordTest } from './regex.js';
import { EMAIL_WORDS, FAX_WORDS, PHONE_WORDS } from './data/contact-words.js';
import {
  MEDICAL_RECORD_LABELS,
  MEDICAL_RECORD_CONTEXT,
  HEALTH_PLAN_LABELS,
  HEALTH_PLAN_CONTEXT,
  MBI_CONTEXT,
  RECORD_LABELS,
  GENERIC_ID_LABELS,
  PATIENT_WORDS,
  LICENSE_LABELS,
  ACCOUNT_LABELS,
  ROUTING_CONTEXT,
  CARD_CONTEXT,
  IBAN_CONTEXT,
  DEVICE_LABELS,
  DEVICE_CONTEXT,
  VEHICLE_LABELS,
  VIN_CONTEXT,
  SSN_CONTEXT,
  NPI_CONTEXT,
  DEA_CONTEXT,
  IP_CONTEXT,
} from './data/id-labels.js';

// A letter or digit of any script (one character asked); made once, not at every call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export type Family =
  | 'medical-record' | 'medical-record-context' | 'health-plan' | 'health-plan-context' | 'mbi'
  | 'record' | 'generic-id' | 'patient' | 'license' | 'account' | 'routing' | 'card' | 'iban'
  | 'device' | 'device-context' | 'vehicle' | 'vin' | 'ssn' | 'npi' | 'dea' | 'ip'
  | 'phone' | 'fax' | 'email';

const FAMILIES: Readonly<Record<Family, readonly string[]>> = {
  'medical-record': MEDICAL_RECORD_LABELS,
  'medical-record-context': MEDICAL_RECORD_CONTEXT,
  'health-plan': HEALTH_PLAN_LABELS,
  'health-plan-context': HEALTH_PLAN_CONTEXT,
  mbi: MBI_CONTEXT,
  record: RECORD_LABELS,
  'generic-id': GENERIC_ID_LABELS,
  patient: PATIENT_WORDS,
  license: LICENSE_LABELS,
  account: ACCOUNT_LABELS,
  routing: ROUTING_CONTEXT,
  card: CARD_CONTEXT,
  iban: IBAN_CONTEXT,
  device: DEVICE_LABELS,
  'device-context': DEVICE_CONTEXT,
  vehicle: VEHICLE_LABELS,
  vin: VIN_CONTEXT,
  ssn: SSN_CONTEXT,
  npi: NPI_CONTEXT,
  dea: DEA_CONTEXT,
  ip: IP_CONTEXT,
  phone: PHONE_WORDS,
  fax: FAX_WORDS,
  email: EMAIL_WORDS,
};

/** One phrase, with every family it belongs to ("contact" is both a phone and an e-mail word). */
const matcher: PhraseMatcher<readonly Family[]> = (() => {
  const byPhrase = new Map<string, Family[]>();
  for (const [family, phrases] of Object.entries(FAMILIES) as [Family, readonly string[]][]) {
    for (const p of phrases) {
      const key = p.toLowerCase();
      const list = byPhrase.get(key) ?? [];
      if (!list.includes(family)) list.push(family);
      byPhrase.set(key, list);
    }
  }
  return new PhraseMatcher<readonly Family[]>(byPhrase);
})();

export interface LabelHit {
  /** Offsets in the normalized text. */
  readonly start: number;
  readonly end: number;
}

export interface LabelIndex {
  /** Occurrences of a family's phrases, in text order. */
  hits(family: Family): readonly LabelHit[];
  has(family: Family): boolean;
  /** A phrase of the family ends within `before` characters before `start` or starts within `after` after `end`. */
  near(family: Family, start: number, end: number, before?: number, after?: number): boolean;
  /** End offset of the last phrase of the family that ends at or before `pos` and after `pos - window`, or -1. */
  lastEndBefore(family: Family, pos: number, window: number): number;
}

const EMPTY: readonly LabelHit[] = [];
const DASHED_DIGITS = /^\d+(?:-\d+)+$/;
const IBAN_START = /^[A-Za-z]{2}\d{2}/;

/** First index whose hit starts at or after `pos`. */
function lowerBound(hits: readonly LabelHit[], pos: number): number {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Most drafts hold no label at all (none of the phrases' first words), and then need no pass.
const mayHoldLabel = wordTest(...matcher.firstWords());

export function labelIndex(doc: Doc): LabelIndex {
  const cached = doc.memo.labels;
  if (cached !== undefined) return cached;
  if (!mayHoldLabel(doc)) return (doc.memo.labels = NO_LABELS);
  const byFamily = new Map<Family, LabelHit[]>();
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; ) {
    // No label is a bare number; skipping them keeps digit-heavy texts cheap.
    if (tokens[i]!.isNumber) {
      i++;
      continue;
    }
    const entry = matcher.entryAt(tokens, i);
    if (entry === undefined) {
      i++;
      continue;
    }
    const last = i + entry.words.length;
    const start = tokens[i]!.start;
    const end = tokens[last - 1]!.end;
    for (const f of entry.value) {
      const list = byFamily.get(f) ?? [];
      list.push({ start, end });
      byFamily.set(f, list);
    }
    i = last;
  }
  return (doc.memo.labels = indexOf(byFamily));
}

function indexOf(byFamily: ReadonlyMap<Family, readonly LabelHit[]>): LabelIndex {
  return new Index(byFamily);
}

/** A class, so that its methods are not made anew for every draft. */
class Index implements LabelIndex {
  constructor(private readonly byFamily: ReadonlyMap<Family, readonly LabelHit[]>) {}

  hits(family: Family): readonly LabelHit[] {
    return this.byFamily.get(family) ?? EMPTY;
  }

  has(family: Family): boolean {
    return this.byFamily.has(family);
  }

  near(family: Family, start: number, end: number, before = 40, after = 14): boolean {
    const hits = this.byFamily.get(family);
    if (hits === undefined) return false;
    // Phrases are at most a few words long, so starting 60 characters early finds any that end in range.
    for (let i = lowerBound(hits, start - before - 60); i < hits.length; i++) {
      const h = hits[i]!;
      if (h.start > end + after) break;
      if ((h.end <= start && h.end >= start - before) || (h.start >= end && h.start <= end + after)) return true;
    }
    return false;
  }

  lastEndBefore(family: Family, pos: number, window: number): number {
    const hits = this.byFamily.get(family);
    if (hits === undefined) return -1;
    let best = -1;
    for (let i = lowerBound(hits, pos - window - 60); i < hits.length; i++) {
      const h = hits[i]!;
      if (h.start >= pos) break;
      if (h.end <= pos && h.end >= pos - window) best = h.end;
    }
    return best;
  }
}

const NO_LABELS: LabelIndex = new Index(new Map());

// What may stand between a label and its value: ":", "#", "no.", "number", "is", "(", "="...
// Bounded, so a long run of punctuation after a label costs a constant.
const JOINER =
  '(?:\\s{0,3}(?:(?:number|numero|número|num\\.?|nbr\\.?|no\\.?|nr\\.?|id|is|was|es|on file)(?![\\p{L}])|[:=(.]|-(?![\\p{L}\\p{N}])|#(?![\\p{L}\\p{N}]))){0,4}\\s{0,3}';

/** An identifier value: letters, digits and inner dashes, optionally after '#'. */
export const ID_VALUE = '#?[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|-(?=[\\p{L}\\p{N}])){2,24}(?![\\p{L}\\p{N}]|[\\-/][\\p{L}\\p{N}])';

const valueRegexes = new Map<string, RegExp>();

/** Offset of the first digit at or after `from` (the text length when there is none); O(1) after one pass. */
export function nextDigit(doc: Doc, from: number): number {
  let table = doc.memo.digits;
  if (table === undefined) {
    const text = doc.text;
    table = new Int32Array(text.length + 1);
    table[text.length] = text.length;
    for (let i = text.length - 1; i >= 0; i--) {
      const c = text.charCodeAt(i);
      table[i] = c >= 48 && c <= 57 ? i : table[i + 1]!;
    }
    doc.memo.digits = table;
  }
  return table[Math.min(Math.max(0, from), table.length - 1)]!;
}

/**
 * The value written right after a label ("MRN: A123" → "A123", "policy #11223344" → "#11223344"),
 * or undefined. `value` is a RegExp source for the value (ID_VALUE by default).
 */
export function valueAfter(doc: Doc, labelEnd: number, value: string = ID_VALUE): LabelHit | undefined {
  // Every value worth reporting holds a digit; most labels in a text are not followed by one.
  if (nextDigit(doc, labelEnd) >= labelEnd + 48) return undefined;
  let re = valueRegexes.get(value);
  if (re === undefined) {
    re = new RegExp(`${JOINER}(${value})`, 'iyu');
    valueRegexes.set(value, re);
  }
  re.lastIndex = labelEnd;
  const m = re.exec(doc.text);
  if (m === null || m[1] === undefined) return undefined;
  const end = m.index + m[0].length;
  return { start: end - m[1].length, end };
}

const UNIT_SUFFIX = /^\d+(?:mg|mcg|ml|kg|lbs?|am|pm|th|st|nd|rd|yo|y|k|m|x|s|h|hrs?|min|mo|wk|yrs?|cm|mm|g|l|iu|u)$/i;
const DATE_LIKE = /^(?:\d{1,2}-\d{1,2}-\d{2,4}|\d{4}-\d{1,2}-\d{1,2})$/;

const YEAR_RANGE = /^(?:19|20)\d\d-(?:\d\d|(?:19|20)\d\d)$/;

/**
 * Whether a labelled value looks like an identifier rather than a word, a year, a count, a dose
 * or a date: five or more digits, or three or more mixed with letters ("AB-987", "12345XJ"), and
 * at most ten letters. Short plain numbers after "plan" or "case" are usually counts.
 */
export function isIdValue(raw: string): boolean {
  const value = raw.startsWith('#') ? raw.slice(1) : raw;
  let digits = 0;
  let letters = 0;
  for (const ch of value) {
    if (ch >= '0' && ch <= '9') digits++;
    else if (ch !== '-') letters++;
  }
  if (digits < 3 || letters > 10) return false;
  if (letters === 0 && digits < 5) return false;
  if (YEAR_RANGE.test(value)) return false;
  if (UNIT_SUFFIX.test(value) || DATE_LIKE.test(value)) return false;
  return /^(\d)\1+$/.test(value) === false;
}

export interface ValueHit extends LabelHit {
  readonly value: string;
  /** The regex match, for capture groups; offsets in it are relative to `start`. */
  readonly match: RegExpExecArray;
}

/**
 * Matches of a global regex that start within `span` characters after `from` (the end of a
 * context word). Reads a bounded slice, so many context words in a long text cost no more than
 * their number; a match cut short by the slice end is re-checked against the next character.
 */
export function scanAfter(doc: Doc, from: number, span: number, re: RegExp): ValueHit[] {
  const text = doc.text;
  const sliceEnd = Math.min(text.length, from + span + 40);
  const slice = text.slice(from, sliceEnd);
  const out: ValueHit[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (m.index >= span) break;
    const end = from + m.index + m[0].length;
    if (end === sliceEnd && end < text.length && LETTER_OR_DIGIT.test(text[end]!)) continue;
    out.push({ start: from + m.index, end, value: m[0], match: m });
  }
  return out;
}

/**
 * Matches of a global regex that start within `span` characters after the end of any of the
 * hits. Overlapping windows are merged first, so a text full of context words is read once.
 */
export function scanNear(doc: Doc, hits: readonly LabelHit[], span: number, re: RegExp): ValueHit[] {
  const out: ValueHit[] = [];
  let i = 0;
  while (i < hits.length) {
    const from = hits[i]!.end;
    let to = from + span;
    let j = i + 1;
    while (j < hits.length && hits[j]!.end <= to) {
      to = Math.max(to, hits[j]!.end + span);
      j++;
    }
    // A match must start inside some window; windows merged into [from, to) are contiguous.
    if (nextDigit(doc, from) < to) for (const v of scanAfter(doc, from, to - from, re)) out.push(v);
    i = j;
  }
  return out;
}

const WORDLIKE = /[\p{L}\p{N}\p{M}_]/u;

/** A letter, digit, mark or underscore (any script): what an identifier must not be glued to. */
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return WORDLIKE.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/**
 * Whether [start, end) is a whole number-like token rather than part of a longer one: not glued
 * to a letter or digit, and not continued by a separator and more digits ("1.555-…", "…4567-12").
 * Recognizers find candidates with fast ASCII `\b` regexes and confirm them with this.
 * `separators` are the characters that, followed (or preceded) by a digit, continue a number.
 */
export function standsAlone(text: string, start: number, end: number, separators = '.,-/'): boolean {
  const before = text[start - 1];
  if (isWordChar(before)) return false;
  if (before !== undefined && separators.includes(before) && isWordChar(text[start - 2])) return false;
  const after = text[end];
  if (isWordChar(after)) return false;
  if (after !== undefined && separators.includes(after) && isDigit(text[end + 1])) return false;
  return true;
}

export interface TokenShapes {
  /** Lengths of the words that mix letters and digits ("A1234567" → 8). */
  readonly mixedLengths: ReadonlySet<number>;
  /** Lengths of the words that are all digits. */
  readonly numberLengths: ReadonlySet<number>;
  /** Digit-group lengths of words made of digits and dashes ("536-22-1234" → "3-2-4"). */
  readonly dashedShapes: ReadonlySet<string>;
  /** The most digits in one word, dashes ignored. */
  readonly maxDigits: number;
  /** The longest unbroken run of digits in any word. */
  readonly maxGroup: number;
  /** Some word starts with two letters and two digits, as every IBAN does. */
  readonly ibanStart: boolean;
}


/**
 * What the words of a document look like, computed once and shared: recognizers skip their scan
 * when no word has the length or shape their identifier needs (a VIN is one 17-character word,
 * an SSN a "3-2-4" word or a 3-digit one), so long texts of other things stay cheap.
 */
const NO_LENGTHS: ReadonlySet<number> = new Set();
const NO_SHAPES: ReadonlySet<string> = new Set();

export function tokenShapes(doc: Doc): TokenShapes {
  const cached = doc.memo.shapes;
  if (cached !== undefined) return cached;
  // Made only for a draft that needs them: most words hold no digit.
  let mixedLengths: Set<number> | undefined;
  let numberLengths: Set<number> | undefined;
  let dashedShapes: Set<string> | undefined;
  let maxDigits = 0;
  let maxGroup = 0;
  let ibanStart = false;
  for (const t of doc.tokens) {
    if (!t.hasDigit) continue;
    const text = t.text;
    if (t.isNumber) {
      (numberLengths ??= new Set()).add(text.length);
      if (text.length > maxDigits) maxDigits = text.length;
      if (text.length > maxGroup) maxGroup = text.length;
      continue;
    }
    if (DASHED_DIGITS.test(text)) {
      const groups = text.split('-');
      dashedShapes ??= new Set();
      if (dashedShapes.size < 64) dashedShapes.add(groups.map((g) => g.length).join('-'));
      const digits = text.length - groups.length + 1;
      if (digits > maxDigits) maxDigits = digits;
      for (const g of groups) if (g.length > maxGroup) maxGroup = g.length;
      continue;
    }
    (mixedLengths ??= new Set()).add(text.length);
    if (!ibanStart && text.length >= 4 && IBAN_START.test(text)) ibanStart = true;
  }
  const shapes: TokenShapes = {
    mixedLengths: mixedLengths ?? NO_LENGTHS,
    numberLengths: numberLengths ?? NO_LENGTHS,
    dashedShapes: dashedShapes ?? NO_SHAPES,
    maxDigits,
    maxGroup,
    ibanStart,
  };
  doc.memo.shapes = shapes;
  return shapes;
}
