/**
 * The facility finders of phi/place (place.ts): facilities named by a head noun ("Methodist
 * Hospital"), known by name alone ("Johns Hopkins"), written the Spanish way ("Hospital General
 * de …") and named for a saint ("St. Mary's"). Apart from the towns because a facility's name is
 * read from its head word outward, with word lists of its own.
 */
import { EPONYM_AFTER, GENERIC_FACILITY_WORDS, MEDICAL_MODIFIERS, MEDICAL_ONLY_HEADS, NATIONAL_WORDS, PUBLIC_AFTER } from '../data/facility-words.js';
import { STATE_NAMES } from '../data/us-states.js';
import type { Doc, Token } from '../doc.js';
import { inSet } from '../lexemes.js';
import { CONNECTORS, gapInName, gapIsSpace, isFacilityHead, isFunctionWord, isLowerHead, locativeBefore, type Candidate } from './place-context.js';
import { tokenKey, type Lookups } from './place-gazetteer.js';

// Connectors that may stand inside a facility's name ("Brigham and Women's", "Hospital for …").
const NAME_CONNECTORS = new Set(['of', 'and', 'for', 'de', 'del', 'la', 'los', 'las', 'y']);
const STREET_WORDS = new Set(['avenue', 'ave', 'street', 'st', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'drive']);
// Short forms of big cities that name them before a facility ("LA General", "NY Presbyterian").
const CITY_ABBREVIATIONS = new Set(['la', 'l.a', 'sf', 'ny', 'nyc', 'dc', 'atl', 'chi', 'phx', 'nola', 'philly']);
const POSSESSOR_CUES = new Set(['our', 'the', 'their', 'his', 'her', 'my', 'your', 'nuestra', 'nuestro']);
const DETERMINER_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'your', 'my', 'his', 'her', 'their', 'this', 'that', 'any', 'every', 'each']);
const DOCTOR_WORDS: ReadonlySet<string> = new Set(['dr', 'dra', 'doctor']);
// Words that make a facility name specific even when generic-looking ("General Hospital").
const LOCAL_NAME_WORDS: ReadonlySet<string> = new Set(['general', 'memorial', 'city', 'county', 'regional', 'central', 'downtown', 'university', "children's", 'community', 'presbyterian', 'methodist', 'baptist', 'lutheran', 'mercy']);
const NOT_FACILITY_AFTER: ReadonlySet<string> = new Set(['day', 'eve', 'weekend', 'news', 'award', 'awards', 'foundation']);
const SCHOOL_HEADS: ReadonlySet<string> = new Set(['school', 'elementary', 'academy', 'university', 'college']);
const WORD_NAMED_FACILITIES: ReadonlySet<string> = new Set(['penn', 'yale', 'duke', 'rush', 'emory', 'grady', 'mayo', 'tufts', 'sinai']);
const NOT_SAINT_AFTER: ReadonlySet<string> = new Set(['day', 'wort', 'eve', 'parade']);
// A facility named for a saint is one specific place ("St. Mary's Health", "San José").
const SAINTS = new Set(['st', 'saint', 'san', 'santa', 'santo', 'são', 'sao']);

/** Is this run of tokens a name of its own, rather than service words ("Flu Clinic")? */
function distinctive(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokenKey(tokens[k]!);
    if (!GENERIC_FACILITY_WORDS.has(w) && !MEDICAL_MODIFIERS.has(w) && !(CONNECTORS.has(w) && !tokens[k]!.isCap)) return true;
  }
  return false;
}

/** Token `k` starts a known town or facility, or is a big city's short form ("LA", "NYC"). */
function isPlaceOrKnown(tokens: readonly Token[], look: Lookups, k: number): boolean {
  const g = look.place(k);
  return (g !== undefined && g[0].tier !== 'state') || look.facility(k) !== undefined || (tokens[k]!.isAllCaps && CITY_ABBREVIATIONS.has(tokens[k]!.lower));
}

/** Tokens [from, to) name a state or a region only. */
function onlyRegion(doc: Doc, look: Lookups, from: number, to: number): boolean {
  const g = look.place(from);
  if (g !== undefined && g[1] === to) return g[0].tier === 'state';
  return STATE_NAMES[doc.lower.slice(doc.tokens[from]!.start, doc.tokens[to - 1]!.end).replace(/\s+/gu, ' ')] !== undefined;
}

/** Facilities named by a head noun: "Methodist Hospital", "NYU Med. Center", "Chicago clinic". */
export function findFacilities(doc: Doc, look: Lookups, out: Candidate[]): void {
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    const lowerHead = !head.isCap;
    if (lowerHead ? !isLowerHead(head) : !isFacilityHead(head)) continue;
    if (head.lower === 'er' && head.text !== 'ER') continue;
    // Walk left over the name: capitalized words, saints' abbreviations, small connectors.
    let first = i;
    let k = i - 1;
    while (k >= 0 && i - k <= 7) {
      const t = tokens[k]!;
      if (!gapInName(doc, t, tokens[k + 1]!)) break;
      if (t.prefix !== '') break;
      if (isFunctionWord(t) && t.isCap) break;
      if (t.isCap || /^\d{1,3}(?:st|nd|rd|th)$/u.test(t.lower)) {
        first = k;
      } else if (STREET_WORDS.has(t.lower) && k > 0 && (tokens[k - 1]!.isCap || /^\d{1,3}(?:st|nd|rd|th)$/u.test(tokens[k - 1]!.lower))) {
        // "our 5th avenue clinic", "the Elm street clinic"
        first = k;
      } else if (NAME_CONNECTORS.has(t.lower) && t.lower !== 'and' && first === k + 1 && k > 0 && tokens[k - 1]!.isCap) {
        // "Hospital for Special Surgery", "Children's Hospital of …": keep looking.
      } else if (t.lower === 'and' && first === k + 1 && k > 0 && tokens[k - 1]!.isCap && tokens[k + 1]!.lower.endsWith("'s") && (k < 2 || !tokens[k - 2]!.isCap || !gapInName(doc, tokens[k - 2]!, tokens[k - 1]!))) {
        // "Brigham and Women's": an "and" only before a possessive.
      } else {
        break;
      }
      // gapInName already refused a sentence's full stop; the name cannot start before a sentence does.
      if (t.sentenceStart) break;
      k--;
    }
    // Leading determiners are not part of the name.
    while (first < i && DETERMINER_WORDS.has(tokens[first]!.lower)) first++;
    while (first < i && CONNECTORS.has(tokens[first]!.lower) && !tokens[first]!.isAllCaps) first++;
    if (first === i) continue;
    const headLower = head.lower;
    const prevOfHead = tokens[i - 1]!;
    if (lowerHead) {
      // "Chicago clinic", "our Westside clinic", "UCLA clinic".
      let named = false;
      for (let q = first; q < i; q++) if (isPlaceOrKnown(tokens, look, q)) named = true;
      const before = tokens[first - 1];
      const possessed = before !== undefined && POSSESSOR_CUES.has(before.lower);
      if (!(named || possessed) || !distinctive(tokens, first, i)) continue;
      // "a Texas hospital" is state level.
      if (onlyRegion(doc, look, first, i)) continue;
      if (headLower === 'office' || headLower === 'practice') {
        // "our New York office" names a place only when the name is one.
        if (!named) continue;
      }
    } else {
      if (MEDICAL_ONLY_HEADS.has(headLower) && !MEDICAL_MODIFIERS.has(tokenKey(prevOfHead))) {
        // "Dr. Smith's Office", "Dr. Lee's practice".
        const drOffice = (headLower === 'office' || headLower === 'practice') && prevOfHead.lower.endsWith("'s") && i - 2 >= 0 && DOCTOR_WORDS.has(tokens[i - 2]!.lower);
        if (!drOffice) continue;
        first = Math.min(first, i - 2);
      }
      if (headLower === 'health' || headLower === 'healthcare' || headLower === 'care' || headLower === 'general' || headLower === 'gen' || headLower === 'memorial') {
        // "Stanford Health", "LA General", "Jackson Memorial": the name must be a known one.
        let named = false;
        for (let q = first; q < i; q++) {
          const w = tokens[q]!;
          if (isPlaceOrKnown(tokens, look, q) || SAINTS.has(w.lower) || w.lower === 'county' || w.lower === 'city') named = true;
        }
        if (!named) continue;
      }
      if (!distinctive(tokens, first, i) && !(SAINTS.has(tokens[first]!.lower))) {
        // "General Hospital", "City Hospital", "Memorial Clinic" name one local place; "Flu Clinic" does not.
        let local = false;
        for (let q = first; q < i; q++) if (LOCAL_NAME_WORDS.has(tokens[q]!.lower)) local = true;
        if (!local) continue;
      }
    }
    if (NATIONAL_WORDS.has(tokens[first]!.lower)) continue;
    if (look.titleCase()) {
      // In a headline every word is capitalized: only a known place or institution names one.
      let named = false;
      for (let q = first; q < i; q++) if (isPlaceOrKnown(tokens, look, q) || SAINTS.has(tokens[q]!.lower)) named = true;
      if (!named) continue;
    }
    // The head may be followed by the rest of a compound head: "Medical Center", "Health System".
    let end = head.end;
    let after = i + 1;
    while (after < tokens.length && after - i <= 2) {
      const t = tokens[after]!;
      if (!gapIsSpace(doc, tokens[after - 1]!, t) || !t.isCap || !(isFacilityHead(t) || t.lower === 'system' || t.lower === 'department' || t.lower === 'room')) break;
      end = t.end;
      after++;
    }
    if (doc.text[end] === '.' && /^(?:hosp|ctr|cntr|gen|med)$/u.test(tokens[after - 1]!.lower)) end++;
    const next = tokens[after];
    if (next !== undefined && gapIsSpace(doc, tokens[after - 1]!, next) && next.isCap && NOT_FACILITY_AFTER.has(next.lower)) continue;
    const publicMention = next !== undefined && gapIsSpace(doc, tokens[after - 1]!, next) && PUBLIC_AFTER.has(next.lower) && !next.isCap;
    const school = SCHOOL_HEADS.has(headLower);
    const cue = locativeBefore(doc, first);
    const score = school ? (cue ? 0.65 : 0.55) : cue ? 0.8 : 0.75;
    const replacement = headLower.startsWith('hosp') ? 'a local hospital' : headLower === 'clinic' ? 'a local clinic' : undefined;
    out.push({
      start: tokens[first]!.start,
      end,
      score,
      kind: 'facility',
      owner: publicMention ? 'public' : undefined,
      replacement,
    });
  }
}

/** Facilities well known by name alone: "Johns Hopkins", "Cedars-Sinai", "at UCSF". */
export function findKnownFacilities(doc: Doc, look: Lookups, out: Candidate[]): void {
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.prefix === '@' || (!t.isCap && t.lower !== 'the')) continue;
    const hit = look.facility(i);
    if (hit === undefined) continue;
    const [entry, after] = hit;
    const first = entry.words[0] === 'the' ? i + 1 : i;
    const ft = tokens[first]!;
    if (!ft.isCap) continue;
    // Short names must be written as the acronym ("UCLA", "VA"), not as a word.
    if (entry.words.length === 1 && entry.words[0]!.length <= 5 && /^[a-z]+$/u.test(entry.words[0]!) && !ft.isAllCaps && !WORD_NAMED_FACILITIES.has(entry.words[0]!)) continue;
    const cue = locativeBefore(doc, i);
    if (entry.tier === 'cue' && !cue) {
      i = after - 1;
      continue;
    }
    const last = tokens[after - 1]!;
    const next = tokens[after];
    if (next !== undefined && gapIsSpace(doc, last, next) && EPONYM_AFTER.has(next.lower)) {
      i = after - 1;
      continue;
    }
    const publicMention = next !== undefined && gapIsSpace(doc, last, next) && PUBLIC_AFTER.has(next.lower);
    out.push({ start: ft.start, end: last.end, score: entry.tier === 'strong' ? 0.75 : 0.7, kind: 'facility', owner: publicMention ? 'public' : undefined });
    i = after - 1;
  }
}

const SPANISH_HEADS: ReadonlySet<string> = new Set(['hospital', 'clínica', 'clinica', 'sanatorio', 'policlínico', 'policlinico', 'centro']);
const isSpanishHead = inSet(SPANISH_HEADS);
const SPANISH_NAME_LINKS: ReadonlySet<string> = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'el']);

/** Spanish facilities name the type first: "Hospital General de México", "Centro de Salud San José". */
export function findSpanishFacilities(doc: Doc, look: Lookups, out: Candidate[]): void {
  const tokens = doc.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isCap || !isSpanishHead(t)) continue;
    // In a Title Case headline every word is capitalized: no name can be told from them.
    if (look.titleCase()) return;
    let j = i + 1;
    // "Centro" is a facility only as "Centro de Salud" or "Centro Médico".
    if (t.lower === 'centro') {
      const a = tokens[i + 1];
      const b = tokens[i + 2];
      if (a !== undefined && (a.lower === 'médico' || a.lower === 'medico')) j = i + 2;
      else if (a !== undefined && b !== undefined && a.lower === 'de' && b.lower === 'salud') j = i + 3;
      else continue;
    }
    let end = -1;
    let linked = false;
    for (let k = j; k < tokens.length && k - j < 6; k++) {
      const w = tokens[k]!;
      if (!gapInName(doc, tokens[k - 1]!, w)) break;
      if (w.isCap && !isFunctionWord(w)) end = w.end;
      else if (SPANISH_NAME_LINKS.has(w.lower)) linked = true;
      else break;
    }
    if (end < 0 || (doc.lang !== 'es' && !linked)) continue;
    out.push({ start: t.start, end, score: 0.75, kind: 'facility' });
  }
}

/** "St. Mary's", "Saint Vincent's" after "at/to/from": a hospital named for its saint. */
export function findSaints(doc: Doc, out: Candidate[]): void {
  const tokens = doc.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (!(t.lower === 'st' || t.lower === 'saint') || !t.isCap) continue;
    const name = tokens[i + 1]!;
    if (!name.isCap || !/^[.\s]{1,3}$/u.test(doc.text.slice(t.end, name.start))) continue;
    // "St. Vincent's" names a hospital, a church or a school; "St. Jude" needs "at/to/from".
    const cue = locativeBefore(doc, i);
    if (!name.lower.endsWith("'s") && !cue) continue;
    const next = tokens[i + 2];
    if (next !== undefined && NOT_SAINT_AFTER.has(next.lower)) continue;
    out.push({ start: t.start, end: name.end, score: cue ? 0.65 : 0.6, kind: 'facility' });
  }
}
