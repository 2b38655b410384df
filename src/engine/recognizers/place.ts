/**
 * Geography smaller than a state: cities, towns, counties and neighbourhoods ("Raleigh",
 * "Sacramento, CA", "the Bronx", "Orange County"), health facilities ("Methodist Hospital",
 * "St. Mary's", "Mt. Sinai", "NYU Med. Center", "Dr. Smith's Office"), and schools or employers
 * after "works at", "student at". States and countries alone are allowed by Safe Harbor and never
 * reported. City names that are also words or first names ("Mobile", "Hope", "Jackson") count
 * only with a locative cue before them or a state after them.
 */
import {
  EPONYM_AFTER,
  FACILITY_HEADS,
  GENERIC_FACILITY_WORDS,
  KNOWN_FACILITIES,
  MEDICAL_MODIFIERS,
  MEDICAL_ONLY_HEADS,
  NATIONAL_WORDS,
  PUBLIC_AFTER,
} from '../data/facility-words.js';
import { PLACES_PACKED } from '../data/gazetteer.generated.js';
import { unpackText } from '../packed-text.js';
import { decodeFrontCoded } from '../front-coding.js';
import { CREDENTIAL_CODES, STATE_AP_ABBREVIATIONS, STATE_CODES, STATE_NAMES } from '../data/us-states.js';
import type { Doc, Token } from '../doc.js';
import type { Detection, Owner, Recognizer } from '../recognizer.js';
import { wordTest } from '../regex.js';
import { inSet, wordFact } from '../lexemes.js';

// A letter or digit of any script (one character asked); made once, not at every call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const ID = 'phi/place';

type Tier = 'strong' | 'cue' | 'state';

interface Entry {
  readonly words: readonly string[];
  readonly tier: Tier;
}

const VARIANTS: Readonly<Record<string, readonly string[]>> = {
  saint: ['st'], st: ['saint'], mount: ['mt'], mt: ['mount'], fort: ['ft'], ft: ['fort'],
};

/** Lower-case words of a name split the way the tokenizer splits text. */
function wordsOf(name: string): string[] {
  return (name.toLowerCase().replace(/’/gu, "'").match(/[\p{L}\p{M}\p{N}]+(?:['\-][\p{L}\p{M}\p{N}]+)*/gu) ?? []);
}

/** The names that start with one word: the one-word name, and the longer ones by their second word. */
interface Head {
  single?: Entry;
  pairs?: Map<string, Entry[]>;
}

/**
 * Names by their first one or two words, so a lookup costs the same however many names share a
 * first word ("San …", "West …"); one map entry per first word, so a word that starts no name
 * (most) costs one lookup. Built on first use.
 */
class Gazetteer {
  private readonly byFirst = new Map<string, Head>();
  // The names a word starts, asked once per word (lexemes.ts): most capitalized words start none.
  private readonly headOf = wordFact((w) => this.byFirst.get(w));

  private head(word: string): Head {
    let h = this.byFirst.get(word);
    if (h === undefined) this.byFirst.set(word, (h = {}));
    return h;
  }

  add(name: string, tier: Tier): void {
    const words = wordsOf(name);
    if (words.length === 0) return;
    const forms = [words];
    const alt = VARIANTS[words[0]!];
    if (alt !== undefined) for (const a of alt) forms.push([a, ...words.slice(1)]);
    for (const f of forms) {
      const entry = { words: f, tier };
      const head = this.head(f[0]!);
      if (f.length === 1) {
        head.single ??= entry;
        continue;
      }
      const second = (head.pairs ??= new Map());
      const list = second.get(f[1]!) ?? [];
      list.push(entry);
      second.set(f[1]!, list);
    }
  }

  seal(): void {
    for (const head of this.byFirst.values()) if (head.pairs !== undefined) for (const list of head.pairs.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Longest entry starting at token i, as [entry, index after its last token]. */
  match(tokens: readonly Token[], i: number): readonly [Entry, number] | undefined {
    const t = tokens[i]!;
    const u = tokens[i + 1];
    const head = this.headOf(t);
    // The words of one name follow each other with nothing but a space, a period or a hyphen.
    if (u !== undefined && u.start - t.end <= 3) {
      const second = head?.pairs;
      const list = second === undefined ? undefined : (second.get(u.lower) ?? second.get(tokenKey(u)));
      if (list !== undefined) {
        for (const e of list) {
          let ok = true;
          for (let k = 2; k < e.words.length; k++) {
            const w = tokens[i + k];
            if (w === undefined || w.start - tokens[i + k - 1]!.end > 3 || (k === e.words.length - 1 ? tokenKey(w) : w.lower) !== e.words[k]) {
              ok = false;
              break;
            }
          }
          if (ok) return [e, i + e.words.length];
        }
      }
    }
    const key = tokenKey(t);
    const one = key === t.lower ? head?.single : this.byFirst.get(key)?.single;
    return one === undefined ? undefined : [one, i + 1];
  }
}

/** A token's lower-case text without a possessive "'s" ("Boston's" → "boston"). */
function tokenKey(t: Token): string {
  return t.lower.endsWith("'s") && t.lower.length > 3 ? t.lower.slice(0, -2) : t.lower;
}

let places: Gazetteer | undefined;
let facilities: Gazetteer | undefined;

type Hit = readonly [Entry, number] | undefined;

/**
 * What the finders of one document ask more than once: the gazetteer lookups, each token looked
 * up at most once per gazetteer, and whether the text is a Title Case headline (asked only when
 * a finder gets that far, which most drafts do not).
 */
class Lookups {
  private placeAt: (Hit | null)[] | undefined;
  private knownAt: (Hit | null)[] | undefined;
  private headline: boolean | undefined;
  private readonly tokens: readonly Token[];

  constructor(
    private readonly doc: Doc,
    private readonly places: Gazetteer,
    private readonly known: Gazetteer,
  ) {
    this.tokens = doc.tokens;
  }

  place(i: number): Hit {
    const at = (this.placeAt ??= new Array<Hit | null>(this.tokens.length).fill(null));
    let h = at[i];
    if (h === null) at[i] = h = this.places.match(this.tokens, i);
    return h;
  }

  facility(i: number): Hit {
    const at = (this.knownAt ??= new Array<Hit | null>(this.tokens.length).fill(null));
    let h = at[i];
    if (h === null) at[i] = h = this.known.match(this.tokens, i);
    return h;
  }

  titleCase(): boolean {
    return (this.headline ??= isTitleCase(this.doc));
  }
}

function gazetteers(): readonly [Gazetteer, Gazetteer] {
  if (places === undefined || facilities === undefined) {
    places = new Gazetteer();
    const [strong = '', cue = '', stateOnly = ''] = unpackText(PLACES_PACKED).split('\n');
    for (const n of decodeFrontCoded(strong)) places.add(n, 'strong');
    for (const n of decodeFrontCoded(cue)) places.add(n, 'cue');
    for (const n of decodeFrontCoded(stateOnly)) places.add(n, 'state');
    places.seal();
    facilities = new Gazetteer();
    for (const [n, tier] of KNOWN_FACILITIES) facilities.add(n, tier);
    facilities.seal();
  }
  return [places, facilities];
}

const LOCATIVES = new Set(['in', 'at', 'from', 'near', 'outside', 'around', 'to', 'into', 'en', 'desde', 'cerca', 'toward', 'towards', 'via', 'visiting', 'leaving', 'entering']);
// Words that may stand between a locative and the name: "in the Bronx", "in downtown Raleigh".
const BETWEEN = new Set(['the', 'downtown', 'greater', 'metro', 'suburban', 'rural', 'central', 'northern', 'southern', 'eastern', 'western', 'east', 'west', 'north', 'south', 'el', 'la', 'los', 'las', 'uptown', 'midtown', 'our', 'their', 'his', 'her', 'my']);
const CONNECTORS = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'la', 'los', 'las', 'y', 'on', 'upon', "d'"]);
// Connectors that may stand inside a facility's name ("Brigham and Women's", "Hospital for …").
const NAME_CONNECTORS = new Set(['of', 'and', 'for', 'de', 'del', 'la', 'los', 'las', 'y']);
const STREET_WORDS = new Set(['avenue', 'ave', 'street', 'st', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'drive']);
// Short forms of big cities that name them before a facility ("LA General", "NY Presbyterian").
const CITY_ABBREVIATIONS = new Set(['la', 'l.a', 'sf', 'ny', 'nyc', 'dc', 'atl', 'chi', 'phx', 'nola', 'philly']);
const TITLES = new Set(['dr', 'dra', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'sr', 'sra', 'srta', 'prof', 'sen', 'senator', 'rep', 'gov', 'governor', 'mayor', 'president', 'coach', 'judge', 'officer', 'nurse', 'pastor', 'rev', 'father', 'sister', 'brother', 'uncle', 'aunt', 'saint', 'st']);
// Heads that may be written in lower case after a name ("Chicago clinic", "our Austin branch").
const LOWER_HEADS = new Set(['clinic', 'hospital', 'office', 'facility', 'branch', 'location', 'campus', 'practice', 'center', 'centre', 'site', 'hospice', 'er', 'clinica', 'clínica']);
const POSSESSOR_CUES = new Set(['our', 'the', 'their', 'his', 'her', 'my', 'your', 'nuestra', 'nuestro']);
const AREA_WORDS: ReadonlySet<string> = new Set(['county', 'parish', 'borough', 'area', 'metro', 'region']);
const DETERMINER_WORDS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'our', 'your', 'my', 'his', 'her', 'their', 'this', 'that', 'any', 'every', 'each']);
const DOCTOR_WORDS: ReadonlySet<string> = new Set(['dr', 'dra', 'doctor']);
// Words that make a facility name specific even when generic-looking ("General Hospital").
const LOCAL_NAME_WORDS: ReadonlySet<string> = new Set(['general', 'memorial', 'city', 'county', 'regional', 'central', 'downtown', 'university', "children's", 'community', 'presbyterian', 'methodist', 'baptist', 'lutheran', 'mercy']);
const NOT_FACILITY_AFTER: ReadonlySet<string> = new Set(['day', 'eve', 'weekend', 'news', 'award', 'awards', 'foundation']);
const SCHOOL_HEADS: ReadonlySet<string> = new Set(['school', 'elementary', 'academy', 'university', 'college']);
const WORD_NAMED_FACILITIES: ReadonlySet<string> = new Set(['penn', 'yale', 'duke', 'rush', 'emory', 'grady', 'mayo', 'tufts', 'sinai']);
const NOT_SAINT_AFTER: ReadonlySet<string> = new Set(['day', 'wort', 'eve', 'parade']);

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
const isFunctionWord = inSet(FUNCTION_WORDS);
const isLowerHead = inSet(LOWER_HEADS);
const isFacilityHead = inSet(FACILITY_HEADS);
// A facility named for a saint is one specific place ("St. Mary's Health", "San José").
const SAINTS = new Set(['st', 'saint', 'san', 'santa', 'santo', 'são', 'sao']);

const STATE_NAME_ALT = Object.keys(STATE_NAMES)
  .sort((a, b) => b.length - a.length)
  .map((n) => n.split(' ').map((w) => (w === 'of' || w === 'del' ? w : w[0]!.toUpperCase() + w.slice(1))).join('\\s{1,2}'))
  .join('|');
const STATE_AFTER = new RegExp(
  `,?\\s{1,2}(?:([A-Z]{2})(?![\\p{L}\\p{N}])|(?:${STATE_NAME_ALT})(?![\\p{L}])|(?:${[...STATE_AP_ABBREVIATIONS].map((a) => a[0]!.toUpperCase() + a.slice(1)).join('|')})\\.)`,
  'uy',
);
const ZIP_AFTER = /\s{1,2}\d{5}(?:-\d{4})?(?![\p{N}])/uy;

// First words of state names and their abbreviations: a cheap test before the full pattern.
const STATE_STARTS: ReadonlySet<string> = new Set([
  ...Object.keys(STATE_NAMES).map((n) => n.split(' ')[0]!),
  ...STATE_AP_ABBREVIATIONS,
]);

/**
 * Where a state written after offset `end` ends (with a ZIP code after it), or -1. Codes that are
 * also credentials ("Jackson, MD") count only when `allowCredentials`.
 */
function stateAfter(text: string, end: number, allowCredentials: boolean): number {
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

function gapIsSpace(doc: Doc, a: Token, b: Token): boolean {
  const n = b.start - a.end;
  if (n < 1 || n > 2) return false;
  for (let i = a.end; i < b.start; i++) if (doc.text[i] !== ' ' && doc.text[i] !== '\t') return false;
  return true;
}

// Abbreviations whose period does not end the name ("St. Mary's", "NYU Med. Center").
const NAME_ABBREVIATIONS: ReadonlySet<string> = new Set(['st', 'mt', 'ft', 'med', 'hosp', 'ctr', 'cntr', 'dr', 'jr', 'sr', 'univ', 'gen', 'inc', 'co', 'l.a', 'd.c']);

/** Only spaces, an abbreviation's period, an ampersand or a hyphen between two words of one name. */
function gapInName(doc: Doc, a: Token, b: Token): boolean {
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
function locativeBefore(doc: Doc, first: number): boolean {
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

interface Candidate {
  start: number;
  end: number;
  score: number;
  /** A town or area ("Boston", "Orange County") or a facility, school or employer. */
  kind: 'area' | 'facility';
  owner?: Owner;
  replacement?: string;
}

const MESSAGE_PLACE = 'This names a place smaller than a state';
const MESSAGE_FACILITY = 'This names a facility, school or workplace';
const WHY = 'A town, neighbourhood, hospital or workplace narrows down who someone is; only state-level places are safe.';

/** Cities, towns and neighbourhoods from the gazetteer. */
function findGazetteerPlaces(doc: Doc, look: Lookups, out: Candidate[]): void {
  const tokens = doc.tokens;
  // Drafts written all in lower case ("had a patient from boise today") name towns too; there
  // only a town known by its name alone counts, and only after "in", "from", "at"…
  const lowercaseText = !/\p{Lu}/u.test(doc.text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.prefix === '@') continue;
    if (!t.isCap) {
      if (lowercaseText && t.prefix === '' && !t.isNumber) findLowercaseTown(doc, look, i, out);
      continue;
    }
    const hit = look.place(i);
    // "#Sandy" is a storm or a topic; a hashtag counts only for names known as places.
    if (t.prefix === '#' && hit !== undefined && hit[0].tier !== 'strong') continue;
    if (hit === undefined) continue;
    const [entry, after] = hit;
    const last = tokens[after - 1]!;
    // Every word of the name capitalized ("Salt Lake City"), apart from small connectors.
    let capitalized = true;
    for (let k = i; k < after; k++) if (!tokens[k]!.isCap && !CONNECTORS.has(tokens[k]!.lower)) capitalized = false;
    if (!capitalized) continue;
    // An all-capitals word in mixed text is an acronym or shouting, not a town ("CARE", "HOPE").
    if (entry.words.length === 1 && t.isAllCaps && t.text.length <= 4) continue;
    const next = tokens[after];
    const nextAdjacent = next !== undefined && gapIsSpace(doc, last, next);
    if (nextAdjacent && (PUBLIC_AFTER.has(next.lower) || EPONYM_AFTER.has(next.lower))) {
      i = after - 1;
      continue;
    }
    const cue = locativeBefore(doc, i);
    const prevTok = tokens[i - 1];
    // "New York, New Jersey": "York" here is part of a state's name.
    if (prevTok !== undefined && gapIsSpace(doc, prevTok, t) && STATE_NAMES[`${prevTok.lower} ${tokenKey(t)}`] !== undefined) continue;
    const stateEnd = stateAfter(doc.text, last.end, entry.tier === 'strong');
    // "Boston Scientific", "Framingham Risk Score": a capitalized word after makes it a name of its own.
    if (nextAdjacent && next.isCap && !cue && stateEnd < 0 && !isFacilityHead(next) && !isLowerHead(next) && !AREA_WORDS.has(next.lower)) {
      i = after - 1;
      continue;
    }
    const lowerHeadAfter = nextAdjacent && !next.isCap && isLowerHead(next);
    const prev = tokens[i - 1];
    // "Whitney Houston", "Dr. Raleigh": a capitalized word right before makes it a person's name.
    const afterName =
      prev !== undefined &&
      prev.isCap &&
      !BETWEEN.has(prev.lower) &&
      !isFacilityHead(prev) &&
      !LOCATIVES.has(prev.lower) &&
      (gapIsSpace(doc, prev, t) || (TITLES.has(prev.lower) && /^\.\s{0,2}$/u.test(doc.text.slice(prev.end, t.start))));
    let ok: boolean;
    if (stateEnd >= 0) ok = true;
    else if (entry.tier === 'state') ok = false;
    else if (entry.tier === 'cue') ok = (cue || lowerHeadAfter) && !(afterName && !cue);
    else ok = !afterName || cue;
    if (!ok) {
      i = after - 1;
      continue;
    }
    let start = t.start;
    // "the Bronx": the article belongs to the name.
    if (prev !== undefined && prev.lower === 'the' && gapIsSpace(doc, prev, t) && entry.words.length === 1 && entry.words[0] === 'bronx') start = prev.start;
    out.push({ start, end: stateEnd >= 0 ? stateEnd : last.end, score: stateEnd >= 0 ? 0.85 : 0.6, kind: 'area', replacement: 'the area' });
    i = after - 1;
  }
}

function findLowercaseTown(doc: Doc, look: Lookups, i: number, out: Candidate[]): void {
  if (!locativeBefore(doc, i)) return;
  const hit = look.place(i);
  if (hit === undefined || hit[0].tier !== 'strong') return;
  const last = doc.tokens[hit[1] - 1]!;
  const stateEnd = stateAfter(doc.text, last.end, true);
  out.push({ start: doc.tokens[i]!.start, end: stateEnd >= 0 ? stateEnd : last.end, score: 0.6, kind: 'area', replacement: 'the area' });
}

/** Is this run of tokens a name of its own, rather than service words ("Flu Clinic")? */
function distinctive(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = tokenKey(tokens[k]!);
    if (!GENERIC_FACILITY_WORDS.has(w) && !MEDICAL_MODIFIERS.has(w) && !(CONNECTORS.has(w) && !tokens[k]!.isCap)) return true;
  }
  return false;
}

/** A headline in Title Case, where capitals say nothing about names. */
function isTitleCase(doc: Doc): boolean {
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
function findFacilities(doc: Doc, look: Lookups, out: Candidate[]): void {
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
function findKnownFacilities(doc: Doc, look: Lookups, out: Candidate[]): void {
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
function findSpanishFacilities(doc: Doc, look: Lookups, out: Candidate[]): void {
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
function findSaints(doc: Doc, out: Candidate[]): void {
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

const FAMILY_AFTER = /^\s{1,2}(?:family|families|familia|twins|kids|household|siblings)\b/iu;

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
