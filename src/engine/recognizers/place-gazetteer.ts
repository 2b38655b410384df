/**
 * Towns and well-known facilities by name for phi/place (place.ts): the packed gazetteer and the
 * facility list, built on first use, the per-document lookups into them, and the finder of towns
 * named in a draft. Apart because the lookup structure is its own concern, used by every finder.
 */
import { EPONYM_AFTER, KNOWN_FACILITIES, PUBLIC_AFTER } from '../data/facility-words.js';
import { PLACES_PACKED } from '../data/gazetteer.generated.js';
import { unpackText } from '../packed-text.js';
import { decodeFrontCoded } from '../front-coding.js';
import { STATE_NAMES } from '../data/us-states.js';
import type { Doc, Token } from '../doc.js';
import { wordFact } from '../lexemes.js';
import { BETWEEN, CONNECTORS, gapIsSpace, isFacilityHead, isLowerHead, isTitleCase, locativeBefore, LOCATIVES, stateAfter, type Candidate } from './place-context.js';

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
export function tokenKey(t: Token): string {
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
export class Lookups {
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

export function gazetteers(): readonly [Gazetteer, Gazetteer] {
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

const TITLES = new Set(['dr', 'dra', 'doctor', 'mr', 'mrs', 'ms', 'miss', 'mx', 'sr', 'sra', 'srta', 'prof', 'sen', 'senator', 'rep', 'gov', 'governor', 'mayor', 'president', 'coach', 'judge', 'officer', 'nurse', 'pastor', 'rev', 'father', 'sister', 'brother', 'uncle', 'aunt', 'saint', 'st']);
const AREA_WORDS: ReadonlySet<string> = new Set(['county', 'parish', 'borough', 'area', 'metro', 'region']);

/** Cities, towns and neighbourhoods from the gazetteer. */
export function findGazetteerPlaces(doc: Doc, look: Lookups, out: Candidate[]): void {
  const tokens = doc.tokens;
  // Drafts written all in lower case ("had a patient from boise today") name towns too; there
  // only a town known by its name alone counts, and only after "in", "from", "at"…
  const lowercaseText = doc.allLowerCase;
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
