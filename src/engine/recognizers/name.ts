/**
 * Person names without a statistical model: runs of capitalized words (and initials) scored by
 * name lexicons, by how unusual the words are in English and Spanish, and by the words around
 * them ("my name is", "Mrs.", "says"), in the manner of PhysioNet deid's indicator lists.
 * A name after "Dr." or before ", MD" is a provider's; severity treats it differently.
 */
import type { Doc, Token } from '../doc.js';
import type { Detection, Owner, Recognizer } from '../recognizer.js';
import { commonWords, firstNames, surnames } from '../lexicon.js';
import { CONDITIONS, RARE_CONDITIONS } from '../data/care-vocabulary.js';
import { FAMILY_AFTER, NOT_NAME_WORDS, ORG_WORDS } from '../data/name-context.js';
import { inSet, wordFact } from '../lexemes.js';

// A letter or digit of any script (one character asked); made once, not at every call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const PATIENT_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sr', 'sra', 'srta', 'señor', 'señora', 'señorita', 'don', 'doña', 'mister', 'madam']);
const PROVIDER_TITLES = new Set(['dr', 'dra', 'doctor', 'doctora', 'prof', 'professor', 'nurse', 'enfermera', 'enfermero', 'np', 'pa', 'rn', 'drs']);
const PROVIDER_SUFFIXES = new Set(['md', 'do', 'dds', 'dmd', 'np', 'pa', 'pa-c', 'rn', 'fnp', 'aprn', 'dnp', 'phd', 'od', 'dpm', 'dc', 'lcsw', 'pharmd', 'crna', 'mph', 'facs', 'facp']);
// "Tuesday's", "I've", "They're": the lists know the word before the clitic.
const CLITIC = /'(?:s|ve|re|ll|d|m)$/;
const bare = (lower: string): string => (lower.includes("'") ? lower.replace(CLITIC, '') : lower);
// Pronouns take clitics ("I'm", "They're") and a capital at a sentence's start; none is a name.
const PRONOUNS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who', 'that', 'there', 'here', 'what', 'let', 'where']);
// The lists above a capitalized word must be in none of, to start a name or to go on with one.
const NOT_A_NAME_START = new Set([...NOT_NAME_WORDS, ...PROVIDER_TITLES, ...PATIENT_TITLES]);
const NOT_A_NAME_NEXT = new Set([...NOT_NAME_WORDS, ...PROVIDER_TITLES]);
// "Mon–Fri", "Monday-Thursday": a range of listed words is no more a name than its ends.
const listedRange = (w: string, listed: ReadonlySet<string>): boolean =>
  /^[^-–]+[-–][^-–]+$/.test(w) && w.split(/[-–]/).every((part) => listed.has(part));
const isNotANameStart = wordFact((w) => NOT_A_NAME_START.has(w) || NOT_A_NAME_START.has(bare(w)) || listedRange(w, NOT_A_NAME_START));
const isNotANameNext = wordFact((w) => NOT_A_NAME_NEXT.has(w) || NOT_A_NAME_NEXT.has(bare(w)));
const isTitle = inSet(new Set([...PATIENT_TITLES, ...PROVIDER_TITLES]));
const isProviderTitle = inSet(PROVIDER_TITLES);
const PARTICLES = new Set(['de', 'del', 'la', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'dos', 'das', 'le', 'bin', 'al', 'y', 'ter', 'mc', 'mac', "o'"]);
const isParticle = inSet(PARTICLES);

const SIGN_OFF = /\b(?:regards|best|thanks|thank you|cheers|sincerely|affectionately|take care|love|warmly|respectfully|yours|saludos|atentamente|cordialmente|un abrazo)\b[^\n]{0,24}\n\s*$/;
// Phrases right before a name that make it one ("my name is", "Name:"); checked on lower case.
const STRONG_CUES_BEFORE = [
  /\b(?:my|his|her|their|the patient's|patient's|your|our)\s+(?:(?:first|last|full|maiden|middle)\s+)?name\s+is\s*$/,
  /\bname\s*[:=-]\s*$/,
  /\b(?:i'm|i am|this is|it's|its)\s+$/,
  SIGN_OFF,
  /\b(?:called|named|nicknamed|known as|aka|call)\s+(?:him|her|me|them|it\s+)?\s*$/,
  /\bname\s*\?\s*$/,
  /\bname\s+$/,
  /\b(?:user|customer|client|patient|pt|caller|guest)\s*:\s*$/,
  /\b(?:says|said|asks|asked|according to|writes|wrote|told|tells)\s+$/,
  /\b(?:me llamo|se llama|llamado|llamada|mi nombre es|su nombre es|nombre\s*:)\s*$/,
  /\b(?:patient|pt|paciente|client|resident|our|my)\s+$/,
  /\b(?:son|daughter|wife|husband|mom|mother|dad|father|brother|sister|kid|child|grandson|granddaughter|grandma|grandpa|nephew|niece|aunt|uncle|partner|fiancé|fiancée|friend|neighbor|hijo|hija|esposa|esposo|mamá|papá|hermano|hermana|nieto|nieta)\s+$/,
];
const WEAK_CUES_BEFORE = [
  /\b(?:dear|hi|hello|hey|thanks|thank you|thx|sorry|congrats|congratulations|welcome|meet|ask for|contact|with|by|from|to|for|and|visited|saw|treated|hola|gracias|perdón|felicidades|querido|querida)[\s.…]*,?\s*$/,
  /[-–—~]\s*$/,
];
const CUES_AFTER = [
  /^\s*(?:,\s*)?(?:says|said|told|tells|asked|wrote|writes|replied|explained|added|noted|who|whose|was|is|has|had|came|comes|lives|lived|died|passed|turned|visited|called|spent|just|will|would|can|could|and\s+\p{Lu}|dice|dijo|vino|tiene|falleció)\b/u,
  /^'s\b/,
  /^\s+(?:[a-z]{3,12}ed|began|begins|went|goes|got|gets|made|makes|took|takes|gave|gives|wrote|spoke|speaks|ran|runs|shouted|sang|sings|left|leaves|lost|won|knows|knew|thinks|thought|wants|wanted|needs|needed|says|loves|loved|likes)\b/,
  /^\s*\(\s*\d{1,3}\s*\)/,
  /^\s*,\s*\d{1,3}\s*,/,
];

/**
 * Each list above is only asked whether any of its patterns matches, so it runs as one
 * alternation: one scan of the window instead of one per pattern. The patterns share their flags
 * (CUES_AFTER runs with 'u', which changes none of the others) and hold no backreferences.
 */
function anyOf(patterns: readonly RegExp[], flags: string): RegExp {
  return new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'), flags);
}
export const STRONG_CUE_BEFORE = anyOf(STRONG_CUES_BEFORE, '');
export const WEAK_CUE_BEFORE = anyOf(WEAK_CUES_BEFORE, '');
const CUE_AFTER = anyOf(CUES_AFTER, 'u');

/**
 * Every cue before a name ends where the name starts, so the window must end the way a cue can
 * (read off the lists above). A strong cue ends with whitespace or one of STRONG_CUE_ENDINGS
 * ("is", "name:", "called him", "me llamo"…). A weak cue ends with a greeting or thanks word
 * ("dear", "thanks"…) or a dash, then spaces, dots or a comma; so the window's last other
 * character is one of WEAK_CUE_ENDINGS. A text of punctuation and single letters then costs a
 * character test per word instead of a scan of the window. Keep these in step with the lists;
 * name.test.ts builds windows from the lists' words and checks that each one a cue matches passes.
 */
export const STRONG_CUE_ENDINGS = 's:=-?mreoa';
export const WEAK_CUE_ENDINGS = 'riosyuxethmdwan-–—~';
const WHITESPACE = /\s/;

export function mayEndStrongCue(window: string): boolean {
  const c = window[window.length - 1];
  return c !== undefined && (STRONG_CUE_ENDINGS.includes(c) || WHITESPACE.test(c));
}

export function mayEndWeakCue(window: string): boolean {
  let i = window.length;
  while (i > 0 && ('.…,'.includes(window[i - 1]!) || WHITESPACE.test(window[i - 1]!))) i--;
  return i > 0 && WEAK_CUE_ENDINGS.includes(window[i - 1]!);
}

const ARTICLES: ReadonlySet<string> = new Set(['the', 'el', 'la', 'los', 'las']);
const isArticle = inSet(ARTICLES);

// "St. Vincent's", "Mt. Sinai", "San Jose": a saint's or a mountain's name makes a place.
const PLACE_PREFIXES = new Set(['st', 'ste', 'mt', 'ft', 'saint', 'sainte', 'mount', 'fort', 'san', 'santa', 'santo', 'são']);
const isPlacePrefix = inSet(PLACE_PREFIXES);

function afterPlacePrefix(doc: Doc, t: Token): boolean {
  const prev = doc.tokens[t.index - 1];
  return prev !== undefined && prev.isCap && isPlacePrefix(prev) && /^\.?\s{0,2}$/.test(doc.text.slice(prev.end, t.start));
}

/** "www.example.org", "jane.doe@…", "/careers": a word inside a link or an e-mail address. */
function insideLinkOrAddress(doc: Doc, t: Token): boolean {
  const before = doc.text[t.start - 1];
  const after = doc.text[t.end];
  const prev = doc.tokens[t.index - 1];
  const afterTitle = before === '.' && prev !== undefined && isTitle(prev);
  if (!afterTitle && before !== undefined && './@:_\\'.includes(before) && t.start >= 2 && LETTER_OR_DIGIT.test(doc.text[t.start - 2]!)) return true;
  return (after === '.' || after === '@' || after === '/' || after === '_') && LETTER_OR_DIGIT.test(doc.text[t.end + 1] ?? '');
}

const UPPER = /\p{Lu}/u;

function isInitial(t: Token, doc: Doc): boolean {
  if (t.text.length !== 1) return false;
  const c = t.text.charCodeAt(0);
  if (!(c >= 65 && c <= 90) && (c < 0x80 || !UPPER.test(t.text))) return false;
  return doc.text[t.end] === '.' || doc.text[t.end] === ' ' || t.end === doc.text.length;
}

const FULL_STOP = 46;

/** Between two words of a name: one space, or (after an initial) a full stop and at most a space. */
function nameGap(text: string, prev: Token, next: Token): boolean {
  const n = next.start - prev.end;
  const c = text.charCodeAt(prev.end);
  if (n === 1) return c === 32 || c === FULL_STOP;
  return n === 2 && c === FULL_STOP && text.charCodeAt(prev.end + 1) === 32;
}

type Kind = 'first' | 'last' | 'both' | 'unknown' | 'common' | 'initial';

interface Classified {
  readonly token: Token;
  readonly kind: Kind;
  /** Listed as a name but also an everyday word ("Grace", "Will"). */
  readonly ambiguous: boolean;
}

interface WordClass {
  readonly kind: Exclude<Kind, 'initial'>;
  readonly ambiguous: boolean;
}

function classifyWord(lower: string): WordClass {
  const w = bare(lower);
  if (w !== lower && PRONOUNS.has(w)) return { kind: 'common', ambiguous: false };
  if (w.length >= 7 && DRUG_STEM.test(w)) return { kind: 'common', ambiguous: false };
  const common = commonWords.has(w) || NOT_NAME_WORDS.has(w);
  const first = firstNames.has(w);
  const last = surnames.has(w);
  return first || last ? { kind: first && last ? 'both' : first ? 'first' : 'last', ambiguous: common } : { kind: common ? 'common' : 'unknown', ambiguous: false };
}

// Lexicon answers per word (lexemes.ts): a draft repeats words, and three Bloom probes add up;
// the headline test asks the everyday-word one of up to 30 words a name.
const wordClassOf = wordFact(classifyWord);
const isCommonWord = wordFact((w) => commonWords.has(w));

function classify(t: Token, doc: Doc): Classified {
  if (isInitial(t, doc)) return { token: t, kind: 'initial', ambiguous: false };
  const c = wordClassOf(t);
  return { token: t, kind: c.kind, ambiguous: c.ambiguous };
}

/** Capitalized word, or a lower-case one in a text written entirely in lower case. */
function nameShaped(t: Token, lowercaseText: boolean): boolean {
  if (t.prefix !== '' || t.hasDigit) return false;
  // Acronyms ("ER", "AMA") are not names; patients' initials are the anonymized-narrative rule's.
  if (t.isCap) return !t.isAllCaps;
  if (!lowercaseText) return false;
  // ASCII by code: this runs for every word of a draft written in lower case.
  const c = t.text.charCodeAt(0);
  return c < 0x80 ? c >= 97 && c <= 122 : SMALL_START.test(t.text);
}

const SMALL_START = /^\p{Ll}/u;

function surnameNext(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.prefix !== '' || next.start - tokens[i]!.end !== 1) return false;
  const here = wordClassOf(tokens[i]!);
  const after = wordClassOf(next);
  return (here.kind === 'first' || here.kind === 'both') && (after.kind === 'last' || after.kind === 'both') && !after.ambiguous;
}

function provider(doc: Doc, seq: readonly Token[]): boolean {
  const first = seq[0]!;
  const before = doc.tokens[first.index - 1];
  if (before !== undefined && isProviderTitle(before) && first.start - before.end <= 2) return true;
  const last = seq[seq.length - 1]!;
  const after = doc.text.slice(last.end, last.end + 12).toLowerCase();
  const m = SUFFIX_AFTER.exec(after);
  return m !== null && PROVIDER_SUFFIXES.has(m[1]!) && CAPITAL_SUFFIX_AFTER.test(doc.text.slice(last.end, last.end + 12));
}

/** A patient's or provider's title right before the name's first word. */
function titled(doc: Doc, first: Token): boolean {
  const before = doc.tokens[first.index - 1];
  return before !== undefined && isTitle(before) && first.start - before.end <= 2;
}

/**
 * A headline in Title Case ("Law Focus Turns To Costs"): capitals say nothing about names there.
 * Judged on everyday words only, so a list of names joined by "and" is not a headline.
 */
/**
 * Per token of one document, whether it is an everyday word: 0 not asked yet, 1 no, 2 yes. The
 * headline test reads the same words for every name of a sentence.
 */
type CommonFlags = Uint8Array;

function commonAt(flags: CommonFlags, t: Token): boolean {
  let f = flags[t.index]!;
  if (f === 0) flags[t.index] = f = isCommonWord(t) ? 2 : 1;
  return f === 2;
}

function inTitleCase(doc: Doc, at: Token, flags: CommonFlags): boolean {
  // Look at up to 15 words either side, within the sentence: enough to tell, and bounded.
  let start = at.index;
  while (start > 0 && start > at.index - 15 && !doc.tokens[start]!.sentenceStart) start--;
  let common = 0;
  let capitalized = 0;
  for (let k = start + 1; k < doc.tokens.length && k < at.index + 15; k++) {
    const t = doc.tokens[k]!;
    if (t.sentenceStart) break;
    if (t.hasDigit || t.prefix !== '' || t.text.length < 2 || !commonAt(flags, t)) continue;
    common++;
    if (t.isCap) capitalized++;
  }
  return common >= 3 && capitalized / common >= 0.6;
}

const lexical = (c: Classified): boolean => (c.kind === 'first' || c.kind === 'last' || c.kind === 'both') && !c.ambiguous;
const lexicalOrAmbiguous = (c: Classified): boolean => c.kind === 'first' || c.kind === 'last' || c.kind === 'both';
const NON_ASCII = /[^\x00-\x7F]/;
// The patterns asked of every name-shaped run, made once rather than at every call.
const SUFFIX_AFTER = /^\s*,?\s*([a-z][a-z-]{1,5})\b/;
const CAPITAL_SUFFIX_AFTER = /^\s*,?\s*[A-Z]/;
const POSSESSIVE = /'s$/i;
const VOCATIVE_END = /^\s*[!?.]/;
const SPEAKER_LABEL = /^:\s*["'\p{Lu}]/u;
const LINE_START_BEFORE = /(?:^|\n)[\s>*-]*$/;
const LINE_END_AFTER = /^[ \t]*(?:\n|$)/;

function scoreSequence(doc: Doc, seq: readonly Classified[], lowercaseText: boolean, flags: CommonFlags): number {
  const head = seq[0]!;
  const first = head.token;
  // After "Mrs." or "Dr." any capitalized word is a name, even an everyday one ("Mr. Manning").
  if (titled(doc, first) && (first.isCap || lowercaseText)) return 0.9;
  const last = seq[seq.length - 1]!.token;
  // What the rules below ask of the words, in one pass (this runs for every capitalized run).
  let nameWords = 0;
  let anyLexical = false;
  let anyCommon = false;
  let allNamey = true;
  let allUnknownOrInitial = true;
  let lexicalOrForeign = false;
  let anyNonAscii = false;
  for (const c of seq) {
    if (c.kind !== 'initial') nameWords++;
    if (lexical(c)) anyLexical = true;
    if (c.kind === 'common') anyCommon = true;
    if (!(c.kind === 'unknown' || c.kind === 'initial' || lexicalOrAmbiguous(c))) allNamey = false;
    if (!(c.kind === 'unknown' || c.kind === 'initial')) allUnknownOrInitial = false;
    const foreign = NON_ASCII.test(c.token.text);
    if (foreign) anyNonAscii = true;
    if (c.kind !== 'initial' && (lexical(c) || (c.kind === 'unknown' && foreign))) lexicalOrForeign = true;
  }
  if (nameWords === 0) return 0;
  const atStart = first.sentenceStart;

  let score: number;
  if (seq.length >= 2) {
    const firstish = head.kind === 'first' || head.kind === 'both';
    let restNamey = false;
    let restSure = false;
    for (let k = 1; k < seq.length; k++) {
      const c = seq[k]!;
      if (c.kind === 'initial' || lexicalOrAmbiguous(c) || c.kind === 'unknown') restNamey = true;
      if (lexical(c) || c.kind === 'unknown' || c.kind === 'initial') restSure = true;
    }
    if (firstish && !head.ambiguous && restNamey) score = 0.85;
    else if (firstish && restSure) score = 0.75;
    else if (anyLexical && !anyCommon) score = 0.7;
    else if (allNamey && lexicalOrForeign) score = 0.6;
    else if (allUnknownOrInitial) score = 0.45;
    else score = 0.3;
  } else {
    const c = head;
    if ((c.kind === 'first' || c.kind === 'both') && !c.ambiguous) score = atStart ? 0.5 : 0.6;
    else if (c.kind === 'last' && !c.ambiguous) score = atStart ? 0.35 : 0.45;
    else if (c.kind === 'unknown') score = atStart ? 0.3 : 0.35;
    else if (c.ambiguous) score = atStart ? 0.15 : 0.35;
    else score = 0;
  }
  if (lowercaseText && !first.isCap) {
    // Written all in lower case, a word that no name list knows ("my ip", "our portal") is far
    // likelier an everyday word than a name; only listed names and non-English ones stay.
    // A label ("name: …", "named …") still says what follows is a name.
    const labelled = /\b(?:name\s*[:=-]?|named|called|me llamo|se llama)\s*$/.test(doc.lower.slice(Math.max(0, first.start - 20), first.start));
    if (!labelled && (!lexicalOrForeign || seq.every((c) => c.token.text.length < 3))) return 0;
    score -= 0.1;
  }

  const before = doc.lower.slice(Math.max(0, first.start - 40), first.start);
  const after = doc.text.slice(last.end, last.end + 30);
  if (mayEndStrongCue(before) && STRONG_CUE_BEFORE.test(before)) score += 0.35;
  else if (mayEndWeakCue(before) && WEAK_CUE_BEFORE.test(before)) score += 0.2;
  if (CUE_AFTER.test(after) || POSSESSIVE.test(last.text)) score += 0.2;
  // Vocative: "…, Mark!"; a speaker label: "Ubul: …"; a line that is only the name.
  else if (before.trimEnd().endsWith(',') && VOCATIVE_END.test(after)) score += 0.15;
  else if (first.sentenceStart && SPEAKER_LABEL.test(after)) score += 0.25;
  else if (seq.length >= 2 && LINE_START_BEFORE.test(doc.text.slice(Math.max(0, first.start - 6), first.start)) && LINE_END_AFTER.test(after)) score += 0.1;
  if (anyNonAscii && !anyCommon) score += 0.1;
  if (inTitleCase(doc, first, flags) && !(head.kind === 'first' && !head.ambiguous && seq.length >= 2)) score -= 0.2;
  // "the Bronx", "la Fe": an article makes a place or a thing more likely than a person.
  const prev = doc.tokens[first.index - 1];
  // "the Martinez family", "los García": a family is people.
  if (FAMILY_AFTER.test(doc.text.slice(last.end, last.end + 12))) score += 0.3;
  else if (prev !== undefined && isArticle(prev) && first.start - prev.end <= 1) score -= 0.3;
  return Math.min(1, score);
}

/**
 * "Elm Street", "Reed Elsevier Inc": the run names a place or an organization, not a person;
 * "Wilson's disease", "Bell's palsy": an eponym, not a person.
 */
function isOrgOrPlaceNext(doc: Doc, last: Token, t: Token | undefined): boolean {
  if (t === undefined || doc.text.slice(last.end, t.start) !== ' ') return false;
  return (t.isCap && isOrgWord(t)) || isEponymHead(t);
}

const EPONYM_HEADS = new Set([
  'disease', 'syndrome', 'sign', 'test', 'score', 'scale', 'criteria', 'palsy', 'law', 'maneuver',
  'manoeuvre', 'reflex', 'phenomenon', 'classification', 'lymphoma', 'sarcoma', 'tumor', 'ulcer',
  'disorder', 'anomaly', 'triad', 'index', 'method', 'procedure', 'operation', 'fracture',
  'enfermedad', 'síndrome',
]);
const isEponymHead = inSet(EPONYM_HEADS);
const CONDITION_NAMES: ReadonlySet<string> = new Set([...RARE_CONDITIONS, ...CONDITIONS].filter((c) => /^[\p{L}'-]+(?: [\p{L}'-]+)?$/u.test(c)));
const isConditionName = (lower: string): boolean => CONDITION_NAMES.has(lower) || CONDITION_NAMES.has(lower.replace(/'s$/, ''));
// ("Lane" and "Drive" are left out: they are surnames too.)
const isStreetType = inSet(new Set(['street', 'avenue', 'road', 'boulevard', 'st', 'ave', 'rd', 'blvd', 'calle', 'avenida']));
const isOrgWord = inSet(ORG_WORDS);

// Generic drug stems (USAN suffixes): "Vancomycin" capitalized is a drug, not a person.
const DRUG_STEM = /(?:mycin|micin|cillin|cycline|floxacin|pril|sartan|statin|olol|azole|prazole|dipine|vir|mab|nib|tinib|gliptin|glitazone|triptan|caine|azepam|azolam|afil|parin|oxacin|idine|tidine|setron|lukast|profen|coxib|semide|thiazide|pam|xaban|gatran|glutide|tide|sone|olone|dronate|fenac)$/;

function detectNames(doc: Doc): Detection[] {
  const tokens = doc.tokens;
  // Some letter, and none of them a capital (capitals are letters, so the text can be asked).
  const lowercaseText = doc.allLowerCase;
  const candidates: Candidate[] = [];
  // Made at the first run of name-shaped words; most drafts have none.
  let flags: CommonFlags | undefined;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (
      !nameShaped(t, lowercaseText) ||
      isNotANameStart(t) ||
      afterPlacePrefix(doc, t) ||
      insideLinkOrAddress(doc, t) ||
      // (Written all in lower case, a first name that is also a word starts a name only when a
      // listed surname follows: "maria lopez", not "grace period".)
      (lowercaseText && !t.isCap && wordClassOf(t).ambiguous && !surnameNext(tokens, i))
    ) {
      i++;
      continue;
    }
    // Grow a run of name-shaped words, allowing particles ("de la") and initials, at most 5 words,
    // and never across punctuation other than an initial's full stop.
    const seq: Classified[] = [classify(t, doc)];
    let j = i + 1;
    while (j < tokens.length && seq.length < 5) {
      const next = tokens[j]!;
      const prev = tokens[j - 1]!;
      if (!nameGap(doc.text, prev, next) || (doc.text.charCodeAt(prev.end) === FULL_STOP && !isInitial(prev, doc))) break;
      if (isParticle(next) && !next.isCap) {
        // "van de Noort", "de la Cruz": particles count only when a name follows them.
        let k = j;
        while (k < tokens.length && k < j + 3 && isParticle(tokens[k]!) && !tokens[k]!.isCap) k++;
        const after = tokens[k];
        if (after !== undefined && after.isCap && nameShaped(after, lowercaseText)) {
          j = k;
          continue;
        }
        break;
      }
      // An initial ("John Q.") continues a name even when the letter alone is a word ("A", "I").
      if (!nameShaped(next, lowercaseText) || insideLinkOrAddress(doc, next) || (isNotANameNext(next) && !isInitial(next, doc))) break;
      // Written all in lower case, an everyday word ends the name ("jessica from sacramento").
      if (lowercaseText && !next.isCap && (wordClassOf(next).kind === 'common' || isCommonWord(next))) break;
      seq.push(classify(next, doc));
      j++;
    }
    // Trim trailing and leading common words ("Thanks Maria For" → "Maria").
    while (seq.length > 1 && seq[seq.length - 1]!.kind === 'common') seq.pop();
    while (seq.length > 1 && seq[0]!.kind === 'common') seq.shift();
    const last = seq[seq.length - 1]!.token;
    const nextToken = tokens[last.index + 1];
    // "Guillain-Barré", "Duchenne": a condition named after people is a condition.
    if (seq.length <= 2 && isConditionName(doc.lower.slice(seq[0]!.token.start, last.end))) {
      i = Math.max(j, i + 1);
      continue;
    }
    // "Marina Fort Street": a run that ends in a street's type word names the street.
    if (seq.length > 1 && isStreetType(last)) {
      i = Math.max(j, i + 1);
      continue;
    }
    if (!isOrgOrPlaceNext(doc, last, nextToken) && !(seq.length === 1 && seq[0]!.kind === 'common' && !titled(doc, seq[0]!.token))) {
      const seqTokens = seq.map((c) => c.token);
      const score = scoreSequence(doc, seq, lowercaseText, (flags ??= new Uint8Array(tokens.length)));
      if (score >= 0.25) candidates.push({ tokens: seqTokens, score });
    }
    i = Math.max(j, i + 1);
  }
  propagateThroughLists(doc, candidates);
  return candidates.filter((c) => c.score >= 0.5).map((c) => toDetection(doc, c));
}

interface Candidate {
  readonly tokens: readonly Token[];
  score: number;
}

const LIST_JOINER = /^(?:,\s*|\s+(?:and|or|y|o|&)\s+|,\s*(?:and|or|y)\s+)$/;

function linked(doc: Doc, a: Candidate, b: Candidate): boolean {
  return LIST_JOINER.test(doc.text.slice(a.tokens[a.tokens.length - 1]!.end, b.tokens[0]!.start));
}

/** In "Gerste, Johnson and Reed", one sure name vouches for its neighbours in the list. */
function propagateThroughLists(doc: Doc, candidates: Candidate[]): void {
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k + 1 < candidates.length; k++) {
      const a = candidates[k]!;
      const b = candidates[k + 1]!;
      if (!linked(doc, a, b)) continue;
      if (a.score >= 0.5 && b.score < 0.5) b.score = 0.5;
      if (b.score >= 0.5 && a.score < 0.5) a.score = 0.5;
    }
  }
}

function toDetection(doc: Doc, c: Candidate): Detection {
  const first = c.tokens[0]!;
  const last = c.tokens[c.tokens.length - 1]!;
  const owner: Owner | undefined = provider(doc, c.tokens) ? 'provider' : undefined;
  const endsWithInitialDot = last.text.length === 1 && doc.text[last.end] === '.';
  return {
    ruleId: 'phi/name',
    category: 'name',
    start: first.start,
    end: endsWithInitialDot ? last.end + 1 : last.end,
    score: c.score,
    strength: 'quasi',
    owner,
    message: owner === 'provider' ? "A provider's name" : "This looks like a person's name",
    why:
      owner === 'provider'
        ? 'Naming the clinician who gave the care narrows down who the patient is.'
        : 'A name next to anything about care tells the world that this person is a patient.',
    replacement: owner === 'provider' ? 'our team' : 'a patient',
  };
}

const recognizer: Recognizer = { id: 'phi/name', detect: detectNames };
export default recognizer;
