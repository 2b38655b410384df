/**
 * Geography smaller than a state: cities, towns, counties and neighbourhoods ("Raleigh",
 * "Sacramento, CA", "the Bronx", "Orange County"), health facilities ("Methodist Hospital",
 * "St. Mary's", "Mt. Sinai", "NYU Med. Center", "Dr. Smith's Office"), and schools or employers
 * after "works at", "student at". States and countries alone are allowed by Safe Harbor and never
 * reported. City names that are also words or first names ("Mobile", "Hope", "Jackson") count
 * only with a locative cue before them or a state after them.
 *
 * This file holds the pattern finders (counties, "Town, ST", "works at …") and detect(), which
 * joins what every finder found; the towns are found in place-gazetteer.ts, the facilities in
 * place-facilities.ts, and what they share in place-context.ts.
 */
import { FAMILY_AFTER } from '../data/name-context.js';
import { CREDENTIAL_CODES, STATE_CODES, STATE_NAMES } from '../data/us-states.js';
import type { Doc } from '../doc.js';
import type { Detection, Recognizer } from '../recognizer.js';
import { wordTest } from '../regex.js';
import { gapInName, isFunctionWord, ZIP_AFTER, type Candidate } from './place-context.js';
import { findFacilities, findKnownFacilities, findSaints, findSpanishFacilities } from './place-facilities.js';
import { findGazetteerPlaces, gazetteers, Lookups } from './place-gazetteer.js';

// A letter or digit of any script (one character asked); made once, not at every call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const ID = 'phi/place';

const MESSAGE_PLACE = 'This names a place smaller than a state';
const MESSAGE_FACILITY = 'This names a facility, school or workplace';
const WHY = 'A town, neighbourhood, hospital or workplace narrows down who someone is; only state-level places are safe.';

const CAPSEQ = /(?:St\.|Mt\.|\p{Lu}[\p{L}\p{M}\p{N}'’\-&]{0,25})(?:\s{1,2}(?:(?:of|the|and|&|for|de|del|la|los)\s{1,2})?(?:St\.|Mt\.|\p{Lu}[\p{L}\p{M}\p{N}'’\-&]{0,25})){0,4}/uy;
const WORK_CUE = /(?<![\p{L}])(?:(?:works?|working|worked|employed|employee|volunteers?|volunteering|trabaja|trabajaba|trabajó)\s{1,2}(?:at|for|en|para)|(?:teacher|teaching|teaches|taught|student|studies|studying|nurse|janitor|cashier|manager|professor|coach|enrolled|attends|attending|attended|intern|interning|senior|junior|freshman|sophomore)\s{1,2}at|graduated\s{1,2}from|(?:estudia|estudiaba|estudiante|maestra|maestro|profesora|profesor|enfermera|enfermero)\s{1,2}en|(?:empleado|empleada|estudiante)\s{1,2}de)\s{1,2}(?:the\s{1,2}|la\s{1,2}|el\s{1,2})?/gu;
const SPANISH_PLACE_CUE = /(?<![\p{L}])(?:colonia|col\.|barrio|vecindario|municipio\s{1,2}de|ciudad\s{1,2}de|condado\s{1,2}de|delegación|alcaldía|parroquia\s{1,2}de|pueblo\s{1,2}de|county\s{1,2}of)\s{1,2}/gu;
const NOT_A_NAME = new Set([
  'room', 'bed', 'unit', 'ward', 'icu', 'er', 'bay', 'floor', 'the', 'monday', 'tuesday', 'wednesday', 'thursday',
  'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august',
  'september', 'october', 'november', 'december', 'home', 'night', 'i', 'covid', 'covid-19',
  'medicaid', 'medicare', 'obamacare', 'hospice', 'rehab', 'treatment', 'therapy', 'a&e', 'a&amp',
  'nhs', 'a', 'an', 'this', 'that', 'his', 'her', 'their', 'our', 'my', 'your', 'christmas',
  'easter', 'thanksgiving', 'weekends', 'spring', 'summer', 'winter', 'fall', 'autumn',
]);
// What follows a programme or a trial rather than a school or an employer.
const NOT_A_PLACE_AFTER = /^\s{1,2}(?:trial|study|program|programme|cohort|registry|plan|coverage|insurance|benefits?)(?![\p{L}])/iu;

// The words one of which every cue above holds (see regex.ts wordTest).
const hasWorkCue = wordTest(
  'work', 'works', 'working', 'worked', 'employed', 'employee', 'volunteer', 'volunteers', 'volunteering', 'trabaja',
  'trabajaba', 'trabajó', 'teacher', 'teaching', 'teaches', 'taught', 'student', 'studies', 'studying', 'nurse',
  'janitor', 'cashier', 'manager', 'professor', 'coach', 'enrolled', 'attends', 'attending', 'attended', 'intern',
  'interning', 'senior', 'junior', 'freshman', 'sophomore', 'graduated', 'estudia', 'estudiaba', 'estudiante', 'maestra',
  'maestro', 'profesora', 'profesor', 'enfermera', 'enfermero', 'empleado', 'empleada',
);
const hasSpanishPlaceCue = wordTest(
  'colonia', 'col', 'barrio', 'vecindario', 'municipio', 'ciudad', 'condado', 'delegación', 'alcaldía', 'parroquia',
  'pueblo', 'county',
);

const CUED_PLACES = [
  [WORK_CUE, 0.65, true, hasWorkCue],
  [SPANISH_PLACE_CUE, 0.7, false, hasSpanishPlaceCue],
] as const;

function findPatterns(doc: Doc, look: Lookups, out: Candidate[]): void {
  const text = doc.text;
  let m: RegExpExecArray | null;
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "Orange County", "Miami-Dade County", "Prince George's County", "St. Tammany Parish".
    if (t.isCap && (t.lower === 'county' || t.lower === 'parish' || t.lower === 'borough')) {
      let first = i;
      for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
        const w = tokens[k]!;
        if (!w.isCap || isFunctionWord(w) || !gapInName(doc, w, tokens[k + 1]!) || w.prefix !== '') break;
        first = k;
        if (w.sentenceStart) break;
      }
      if (first < i) out.push({ start: tokens[first]!.start, end: t.end, score: 0.8, kind: 'area', replacement: 'the area' });
      continue;
    }
    // "Cedar Falls, IA", "Springfield, IL 62704": a town and a state code, even a town we do not list.
    if (t.text.length === 2 && t.isAllCaps && STATE_CODES.has(t.text) && t.text !== 'AA' && t.text !== 'AE' && t.text !== 'AP') {
      const prev = tokens[i - 1]!;
      const gap = text.slice(prev.end, t.start);
      if (!(gap === ', ' || gap === ',' || gap === ',  ')) continue;
      if (text[t.end] !== undefined && LETTER_OR_DIGIT.test(text[t.end]!)) continue;
      let first = i;
      for (let k = i - 1; k >= 0 && i - k <= 3; k--) {
        const w = tokens[k]!;
        if (!w.isCap || isFunctionWord(w) || w.prefix !== '' || (k < i - 1 && !gapInName(doc, w, tokens[k + 1]!))) break;
        first = k;
        if (w.sentenceStart) break;
      }
      if (first === i) continue;
      const city = text.slice(tokens[first]!.start, prev.end).toLowerCase();
      if (STATE_NAMES[city] !== undefined) continue;
      // "Jane Roe, MD" is a doctor; "Bethesda, MD" is a town.
      if (CREDENTIAL_CODES.has(t.text) && look.place(first) === undefined) continue;
      let end = t.end;
      ZIP_AFTER.lastIndex = end;
      const z = ZIP_AFTER.exec(text);
      if (z !== null) end += z[0].length;
      out.push({ start: tokens[first]!.start, end, score: 0.8, kind: 'area', replacement: 'the area' });
    }
  }
  for (const [cueRe, score, facility, possible] of CUED_PLACES) {
    if (!possible(doc) || look.titleCase()) continue;
    cueRe.lastIndex = 0;
    while ((m = cueRe.exec(doc.lower)) !== null) {
      const at = m.index + m[0].length;
      CAPSEQ.lastIndex = at;
      const c = CAPSEQ.exec(text);
      if (c === null) continue;
      const name = c[0].replace(/[.\s]+$/u, '');
      const firstWord = name.split(/\s/u)[0]!.toLowerCase();
      if (NOT_A_NAME.has(firstWord)) continue;
      if (facility && STATE_NAMES[name.toLowerCase()] !== undefined) continue;
      if (NOT_A_PLACE_AFTER.test(text.slice(at + name.length, at + name.length + 16))) continue;
      out.push({ start: at, end: at + name.length, score, kind: facility ? 'facility' : 'area' });
    }
  }
}

function detect(doc: Doc): Detection[] {
  const found: Candidate[] = [];
  const [places, known] = gazetteers();
  const look = new Lookups(doc, places, known);
  findGazetteerPlaces(doc, look, found);
  findFacilities(doc, look, found);
  findKnownFacilities(doc, look, found);
  findSaints(doc, found);
  findSpanishFacilities(doc, look, found);
  findPatterns(doc, look, found);
  // One place per phrase: "Central Clinic in Chicago", "Johns Hopkins Hospital, Baltimore".
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Candidate[] = [];
  for (const c of found) {
    // "the Martinez family": a town's name used as a surname.
    if (c.kind === 'area' && FAMILY_AFTER.test(doc.text.slice(c.end, c.end + 12))) continue;
    const last = merged[merged.length - 1];
    // Overlaps join; so does a town after a facility or a town ("Mount Sinai New York",
    // "Central Clinic in Chicago", "Springfield, Illinois"). Two facilities in a list stay apart.
    const joins =
      last !== undefined &&
      (c.start < last.end || (c.kind === 'area' && /^(?:,\s{0,2}|\s{1,2}(?:in|at|en|de)\s{1,2}|\s)$/u.test(doc.text.slice(last.end, c.start))));
    if (joins) {
      last.end = Math.max(last.end, c.end);
      last.score = Math.max(last.score, c.score);
      if (c.owner === undefined) last.owner = undefined;
      if (c.kind === 'facility' && last.kind === 'area') {
        last.kind = 'facility';
        if (c.replacement === undefined) last.replacement = undefined;
        else last.replacement = c.replacement;
      }
      continue;
    }
    merged.push({ ...c });
  }
  return merged.map((c) => ({
    ruleId: ID,
    category: 'geography',
    start: c.start,
    end: c.end,
    score: c.score,
    strength: 'quasi',
    owner: c.owner,
    message: c.kind === 'area' ? MESSAGE_PLACE : MESSAGE_FACILITY,
    why: WHY,
    replacement: c.replacement,
  }));
}

const recognizer: Recognizer = { id: ID, detect };
export default recognizer;
