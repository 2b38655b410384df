/**
 * What the finders of phi/place (place.ts) share about the words around a name: locatives before
 * it, a state or ZIP code after it, the gaps allowed inside it, function words and Title Case
 * headlines, and the candidate each finder reports. Apart so that the gazetteer, facility and
 * pattern finders can use it without importing one another.
 */
import { FACILITY_HEADS } from '../data/facility-words.js';
import { CREDENTIAL_CODES, STATE_AP_ABBREVIATIONS, STATE_CODES, STATE_NAMES } from '../data/us-states.js';
import type { Doc, Token } from '../doc.js';
import type { Owner } from '../recognizer.js';
import { inSet } from '../lexemes.js';

export const LOCATIVES = new Set(['in', 'at', 'from', 'near', 'outside', 'around', 'to', 'into', 'en', 'desde', 'cerca', 'toward', 'towards', 'via', 'visiting', 'leaving', 'entering']);
// Words that may stand between a locative and the name: "in the Bronx", "in downtown Raleigh".
export const BETWEEN = new Set(['the', 'downtown', 'greater', 'metro', 'suburban', 'rural', 'central', 'northern', 'southern', 'eastern', 'western', 'east', 'west', 'north', 'south', 'el', 'la', 'los', 'las', 'uptown', 'midtown', 'our', 'their', 'his', 'her', 'my']);
export const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'los', 'las', 'y', 'on', 'upon', "d'"]);
// Heads that may be written in lower case after a name ("Chicago clinic", "our Austin branch").
const LOWER_HEADS = new Set(['clinic', 'hospital', 'office', 'facility', 'branch', 'location', 'campus', 'practice', 'center', 'centre', 'site', 'hospice', 'er', 'clinica', 'clínica']);

// Function words: in a Title Case headline they are capitalized, but never part of a name.
const FUNCTION_WORDS = new Set([
  'to', 'the', 'on', 'from', 'under', 'without', 'for', 'in', 'at', 'by', 'with', 'about',
  'against', 'off', 'into', 'is', 'are', 'was', 'were', 'can', 'could', 'would', 'should', 'will',
  'may', 'might', 'must', 'do', 'does', 'did', 'have', 'has', 'had', 'be', 'been', 'not', 'no',
  'or', 'but', 'how', 'why', 'what', 'who', 'where', 'when', 'says', 'said', 'say', 'get', 'gets',
  'got', 'make', 'makes', 'pay', 'pays', 'more', 'most', 'less', 'after', 'before', 'over', 'as',
  'if', 'than', 'that', 'this', 'these', 'those', 'its', 'it', 'their', 'his', 'her', 'our',
  'your', 'my', 'we', 'you', 'they', 'he', 'she', 'i', 'a', 'an', 'up', 'out', 'just', 'all',
  'some', 'many', 'any', 'each', 'every', 'vs', 'amid', 'despite', 'during', 'while', 'so', 'too',
  'very', 'also', 'still', 'yet', 'now', 'then', 'there', 'here', 'same', 'other', 'another',
  'only', 'both', 'such', 'own', 'like', 'near', 'via', 'per', 'visits', 'visit', 'leaves',
  'leaving', 'enters', 'speaks', 'deliver', 'delivers', 'covers', 'examine', 'examines',
]);
// Asked of most words of a draft, once per word (lexemes.ts).
export const isFunctionWord = inSet(FUNCTION_WORDS);
export const isLowerHead = inSet(LOWER_HEADS);
export const isFacilityHead = inSet(FACILITY_HEADS);

const STATE_NAME_ALT = Object.keys(STATE_NAMES)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.split(' ').map((w) => (w === 'of' || w === 'del' ? w : w[0]!.toUpperCase() + w.slice(1))).join('\\s{1,2}'))
  .join('|');
const STATE_AFTER = new RegExp(
  `,?\\s{1,2}(?:([A-Z]{2})(?![\\p{L}\\p{N}])|(?:${STATE_NAME_ALT})(?![\\p{L}])|(?:${[...STATE_AP_ABBREVIATIONS].map((a) => a[0]!.toUpperCase() + a.slice(1)).join('|')})\\.)`,
  'uy',
);
export const ZIP_AFTER = /\s{1,2}\d{5}(?:-\d{4})?(?![\p{N}])/uy;

// First words of state names and their abbreviations: a cheap test before the full pattern.
const STATE_STARTS: ReadonlySet<string> = new Set([
  ...Object.keys(STATE_NAMES).map((n) => n.split(' ')[0]!),
  ...STATE_AP_ABBREVIATIONS,
]);

/**
 * Where a state written after offset `end` ends (with a ZIP code after it), or -1. Codes that are
 * also credentials ("Jackson, MD") count only when `allowCredentials`.
 */
export function stateAfter(text: string, end: number, allowCredentials: boolean): number {
  // Only a comma or a space, then a capital, can start a state.
  let i = end;
  if (text[i] === ',') i++;
  while (i < end + 3 && (text[i] === ' ' || text[i] === '\t')) i++;
  if (i === end || i >= text.length) return -1;
  const c = text.charCodeAt(i);
  if (c < 65 || c > 90) return -1;
  let j = i;
  for (; j < text.length && j - i < 14; j++) {
    const k = text.charCodeAt(j);
    if (!((k >= 65 && k <= 90) || (k >= 97 && k <= 122) || k >= 192)) break;
  }
  const word = text.slice(i, j);
  if (!(word.length === 2 && word === word.toUpperCase()) && !STATE_STARTS.has(word.toLowerCase())) return -1;
  STATE_AFTER.lastIndex = end;
  const m = STATE_AFTER.exec(text);
  if (m === null) return -1;
  const code = m[1];
  if (code !== undefined) {
    if (!STATE_CODES.has(code) || code === 'AA' || code === 'AE' || code === 'AP') return -1;
    if (!allowCredentials && CREDENTIAL_CODES.has(code)) return -1;
    // "Springfield IL" without a comma is fine; "Boston MA" too — but "in Boston IN the …" is not.
    if (!m[0].startsWith(',') && /^\s{1,2}[A-Z]{2}\s{1,2}\p{Ll}/u.test(text.slice(end, end + 8)) && !/^\s{1,2}[A-Z]{2}\s{1,2}\d/u.test(text.slice(end, end + 10))) return -1;
  }
  let stop = end + m[0].length;
  ZIP_AFTER.lastIndex = stop;
  const z = ZIP_AFTER.exec(text);
  if (z !== null) stop += z[0].length;
  return stop;
}

export function gapIsSpace(doc: Doc, a: Token, b: Token): boolean {
  const n = b.start - a.end;
  if (n < 1 || n > 2) return false;
  for (let i = a.end; i < b.start; i++) if (doc.text[i] !== ' ' && doc.text[i] !== '\t') return false;
  return true;
}

// Abbreviations whose period does not end the name ("St. Mary's", "NYU Med. Center").
const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'mt', 'ft', 'med', 'hosp', 'ctr', 'cntr', 'dr', 'jr', 'sr', 'univ', 'gen', 'inc', 'co', 'l.a', 'd.c']);

/** Only spaces, an abbreviation's period, an ampersand or a hyphen between two words of one name. */
export function gapInName(doc: Doc, a: Token, b: Token): boolean {
  const n = b.start - a.end;
  if (n < 1 || n > 3) return false;
  let other = 0;
  for (let i = a.end; i < b.start; i++) {
    const c = doc.text[i]!;
    if (c === ' ' || c === '\t') continue;
    if (c === '.' && !NAME_ABBREVIATIONS.has(a.lower)) return false;
    if (c === '.' || c === '&' || c === '-') other++;
    else return false;
  }
  return other <= 1;
}

/** Is there a locative word just before token `first` ("in", "at the", "from downtown")? */
export function locativeBefore(doc: Doc, first: number): boolean {
  let j = first - 1;
  let skipped = 0;
  while (j >= 0 && skipped < 2 && BETWEEN.has(doc.tokens[j]!.lower) && !doc.tokens[j + 1]!.sentenceStart) {
    j--;
    skipped++;
  }
  const t = doc.tokens[j];
  if (t === undefined || doc.tokens[j + 1]!.sentenceStart) return false;
  if (doc.tokens[j + 1]!.start - t.end > 3) return false;
  if (t.lower === 'de') return doc.lang === 'es';
  return LOCATIVES.has(t.lower);
}

export interface Candidate {
  start: number;
  end: number;
  score: number;
  /** A town or area ("Boston", "Orange County") or a facility, school or employer. */
  kind: 'area' | 'facility';
  owner?: Owner;
  replacement?: string;
}

/** A headline in Title Case, where capitals say nothing about names. */
export function isTitleCase(doc: Doc): boolean {
  let words = 0;
  let caps = 0;
  let capitalFunctionWords = 0;
  let lowerFunctionWords = 0;
  for (const t of doc.tokens) {
    const before = doc.text[t.start - 1];
    // Parts of links ("khne.ws/…") are not words of the sentence.
    if (t.prefix !== '' || t.sentenceStart || t.hasDigit || before === '/' || before === '.') continue;
    // A sentence full of names still writes "the", "to", "on" in lower case; a headline does not.
    if (isFunctionWord(t)) {
      if (t.isCap) capitalFunctionWords++;
      else lowerFunctionWords++;
    }
    if (t.text.length < 3) continue;
    words++;
    if (t.isCap) caps++;
  }
  if (capitalFunctionWords > lowerFunctionWords) return true;
  return lowerFunctionWords === 0 && words >= 5 && caps / words >= 0.75;
}
