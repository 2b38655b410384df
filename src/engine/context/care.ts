/**
 * Is this text about someone's care? Collects the signals once per document (patient nouns,
 * clinical events, conditions, drugs, first-person clinical voice, person descriptors, and the
 * second person in a reply) and answers per position, so a long draft with one case story in
 * the middle is judged locally.
 */
import type { Doc } from '../doc.js';
import { PhraseMatcher } from '../phrases.js';
import { withWords, wordTest, type GatedPattern } from '../regex.js';
import { inSet, wordFact } from '../lexemes.js';
import { SpanIndex } from '../span-index.js';
import type { Span } from '../types.js';
import {
  CARE_EVENTS,
  CLINICAL_ACRONYMS,
  CONDITIONS,
  DRUGS,
  FIRST_PERSON_CARE,
  PATIENT_NOUNS,
  RARE_CONDITIONS,
  SECOND_PERSON_CARE,
  SERVICE_PHRASES,
} from '../data/care-vocabulary.js';

type Signal = 'patient' | 'event' | 'condition' | 'rare' | 'drug' | 'first' | 'second' | 'service';

const matcher = new PhraseMatcher<Signal>([
  // Later entries of the same phrase win only if longer, so order general → specific.
  ...CARE_EVENTS.map((p) => [p, 'event'] as const),
  ...CONDITIONS.map((p) => [p, 'condition'] as const),
  ...RARE_CONDITIONS.map((p) => [p, 'rare'] as const),
  ...DRUGS.map((p) => [p, 'drug'] as const),
  ...SERVICE_PHRASES.map((p) => [p, 'service'] as const),
  ...PATIENT_NOUNS.map((p) => [p, 'patient'] as const),
  ...FIRST_PERSON_CARE.map((p) => [p, 'first'] as const),
  ...SECOND_PERSON_CARE.map((p) => [p, 'second'] as const),
]);

// A person described the way a case is: "a 34-year-old female", "70yo M", "the kid", "this lady",
// "un hombre de 45 años". Bounded quantifiers keep these linear. Each pattern runs only when the
// draft holds what every one of its matches needs (a digit and "old", one of the nouns…): most
// drafts hold none, and these are among the costliest patterns of the engine.
const hasPersonNoun = wordTest(
  'kid', 'child', 'lady', 'gentleman', 'guy', 'man', 'woman', 'boy', 'girl', 'teen', 'teenager', 'toddler', 'mom', 'dad',
  'mother', 'father', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'widow', 'veteran', 'nurse', 'teacher',
  'student', 'athlete', 'coach', 'player', 'twins', 'triplets', 'babies', 'newborns',
);
const hasAnos = wordTest('años');
const hasTitle = wordTest('mr', 'mrs', 'ms', 'miss', 'sr', 'sra', 'srta');
// (?<![\p{L}\p{N}_]) and (?![\p{L}\p{N}_]) are Unicode word edges (regex.ts, unicodeWords).
const INITIALS_HINT = /\p{Lu}\.\s?\p{Lu}\./u;
const NAME_AGE_HINT = /\p{Ll},\s?(?:\d{1,2},|de\s\d)/u;
const STRONG_PERSON: readonly GatedPattern[] = [
  // "guy came in with a nail through his hand": a case told the way staff tell it.
  withWords(/\b(?:guy|lady|kid|man|woman|boy|girl|dude|gentleman|patient|pt)\s+(?:came|walked|rolled|showed)\s+(?:in|up)\b/giu, 'came', 'walked', 'rolled', 'showed'),
  // "Bella, 6, who got her first filling": a first name and an age, the way a case is told.
  { regex: /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{1,20},\s?(?:\d{1,2},\s?(?:who|is|was|got|had|came|just)\b|de\s\d{1,2}\s(?:años|meses)(?![\p{L}]))/gu, possible: (doc) => doc.hasDigit && NAME_AGE_HINT.test(doc.text) },
  // "the family is in our thoughts": one patient's family (not "the family doctor").
  withWords(/\b(?:the|his|her|their)\s+family\b(?!\s+(?:doctor|physician|practice|medicine|nurse|planning|of\s+(?:medicine|practices)))/giu, 'family'),
  // Asking followers to pray for "him" points at one person.
  withWords(/\b(?:keep|keeping)\s+(?:him|her|them)\s+in\s+(?:your|our)\s+(?:prayers|thoughts)\b|\bpray(?:ing)?\s+for\s+(?:him|her)\b/giu, 'prayers', 'thoughts', 'pray', 'praying'),
  // Initials stand for one person ("great to see J.M. back on his feet"); common abbreviations,
  // agencies and dotted state or province codes ("in N.S.", "P.E.I. widow") do not, and initials
  // before a surname are the name recognizer's.
  {
    regex: /(?<![\p{L}\p{N}.])(?<!\b(?:in|from|of|across|to)\s)(?!(?:A\.A|N\.L|N\.S|N\.B|P\.E|N\.J|N\.C|S\.C|N\.D|S\.D|N\.M|W\.V|R\.I|N\.Z|U\.A|U\.S|U\.K|D\.C|U\.N|E\.U|A\.M|P\.M|M\.D|R\.N|B\.S|M\.S|B\.A|M\.A|N\.P|P\.A|D\.O|L\.A|N\.Y|E\.R|I\.V|O\.R|P\.S|T\.V|Q\.A|S\.A|H\.R|A\.D|B\.C|W\.H|N\.I|C\.D|F\.D|E\.E|N\.H|P\.T|O\.T|E\.g|I\.e)\.)\p{Lu}\.\s?\p{Lu}\.(?:\s?\p{Lu}\.)?(?!\s?\p{Lu}\p{Ll}|\p{L})/gu,
    // (The leading lookbehinds make the pattern slow to scan; a plain "X.Y." test goes first.)
    possible: (doc) => doc.text.includes('.') && INITIALS_HINT.test(doc.text),
  },
  {
    regex: /\b\d{1,3}[- ]?(?:year|yr|y)s?[- ]?old\b(?:[- ](?:female|male|woman|man|boy|girl|lady|gentleman|patient|f|m|pt|mother|father|mom|dad|teacher|nurse))?/giu,
    possible: (doc) => doc.hasDigit && doc.lower.includes('old'),
  },
  {
    regex: /\b\d{1,3}\s?(?:yo|y\/o|yof|yom)\b(?:\s?(?:f|m|female|male|w|woman|man))?/giu,
    possible: (doc) => doc.hasDigit && (doc.lower.includes('yo') || doc.lower.includes('y/o')),
  },
  {
    regex: /\b(?:a|an|the|this|that|our|my|only|one)\s+(?:\d{1,3}s?\s+)?(?:[\p{L}-]{2,20}\s+){0,3}?(?:kid|child|lady|gentleman|guy|man|woman|boy|girl|teen|teenager|toddler|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|widow|veteran|nurse|teacher|student|athlete|coach|player|twins|triplets|babies|newborns)\b/giu,
    possible: hasPersonNoun,
  },
  {
    regex: /(?<![\p{L}\p{N}_])(?:un|una|el|la|este|esta)\s+(?:niño|niña|señor|señora|hombre|mujer|chico|chica|joven|abuelo|abuela|bebé)(?![\p{L}\p{N}_])/giu,
    possible: wordTest('niño', 'niña', 'señor', 'señora', 'hombre', 'mujer', 'chico', 'chica', 'joven', 'abuelo', 'abuela', 'bebé'),
  },
  { regex: /\b(?:de|con)\s+\d{1,3}\s+años\b/giu, possible: (doc) => doc.hasDigit && hasAnos(doc) },
  { regex: /\b(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Ss]r|[Ss]ra|[Ss]rta)\.?\s+\p{Lu}/gu, possible: hasTitle },
];
const ACRONYM = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CLINICAL_ACRONYMS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const ADDRESSING = /(?:congrats|congratulations|thanks|thank you|shout-?out|welcome|get well|prayers|praying|proud of|happy birthday|best wishes|wishing|felicidades|gracias|ánimo)(?:\s+(?:to|for|so much|again|back))?\s*,?\s*$/;
// Staff celebrating or thanking a specific person: with anything clinical, that person is a patient.
const CELEBRATION = /(?:shout-?outs?|big thanks|thanks|thank you|congrats|congratulations|so proud of|proud of|happy (?:\d{1,3}(?:st|nd|rd|th)\s+)?birthday|welcome to the world|praying for|prayers for|get well soon|hugs to|kudos|felicidades|gracias|bienvenid[oa] al mundo|oramos por)(?:\s+(?:to|for|so much|again|back|a|al|para))?(?:\s+(?:little|sweet|our|brave|tiny|the|la|el|nuestr[oa]|pequeñ[oa]|valiente))*\s*,?\s*$/i;
// Opening that addresses one named person: "Reminder for Jane D.:", "Maria, your …", "Dear Sam".
// A header word is not a name: "Reminder: bring your insurance card" speaks to every follower.
const ADDRESS_OPENING = /^\s*(?:(?:[Rr]eminder|[Nn]ote|[Mm]essage|[Aa]ttention|[Hh]ey|[Hh]i|[Hh]ello|[Dd]ear|[Hh]ola|[Ee]stimad[oa]|[Qq]uerid[oa]|[Rr]ecordatorio)(?:\s+(?:for|to|para))?\s+)?(?!(?:Friendly\s+)?(?:Reminder|Note|Notice|Update|Attention|Announcement|Alert|Important|Heads up|Tip|Fact|Today|Tomorrow|Tonight|Hours|Closed|Open|Breaking|News|Recordatorio|Aviso|Atención|Nota|Importante|Hoy|Mañana|Horario|Cerrado|Noticia|Consejo)\s*[:,])\p{Lu}[\p{L}'-]{1,20}(?:\s+\p{Lu}[\p{L}'-]{0,20}\.?)?\s*[:,]/u;
// A greeting to every follower ("Hi everyone", "Hola a todos") addresses nobody in particular.
const GREETING = /^\s*(?:hi|hello|hey|dear|hola|estimad[oa]s?|querid[oa]s?)\b(?!\s*,?\s*(?:all|everyone|everybody|folks|friends|families|neighbou?rs|patients|parents|followers|team|y'all|there|a\s+todos|todos|amigos|familias|pacientes|vecinos)\b)/i;

const PRONOUNS: readonly GatedPattern[] = [
  {
    regex: /(?<![\p{L}\p{N}_])(?:he|she|him|her|his|hers|él|ella)(?![\p{L}\p{N}_])/giu,
    possible: wordTest('he', 'she', 'him', 'her', 'his', 'hers', 'él', 'ella'),
  },
];
// The first run of ASCII letters of each acronym ("l" of "L&D"): one of them stands in every match.
const ACRONYMS: readonly GatedPattern[] = [
  { regex: ACRONYM, possible: wordTest(...CLINICAL_ACRONYMS.map((a) => /[a-z]+/.exec(a.toLowerCase())![0])) },
];

const isSeen = inSet(new Set(['seen', 'visto', 'vista', 'atendido', 'atendida']));
const isPatientCompound = inSet(new Set([
  'coordinator', 'coordinators', 'advocate', 'advocates', 'navigator', 'navigators', 'portal', 'services', 'service',
  'experience', 'relations', 'liaison', 'education', 'access', 'intake', 'safety', 'satisfaction', 'registration',
  'representative', 'representatives', 'care', 'centered', 'centred', 'forms', 'privacy', 'rights', 'resources',
]));
// "our oldest patient", "my favourite little patient": one or two words between.
// (Lower-case words only: "my Tuesday Informed Patient column" is a title.)
const OWN_BEFORE = /\b(?:[Oo]ur|[Mm]y)\s+(?:\p{Ll}[\p{L}-]{1,13}\s+){0,2}$/u;
// Procedures and conditions by their form: no word list holds every "-ectomy" and "-itis", and
// these endings are rare outside medicine. Words that only look the part are listed.
const CLINICAL_FORM = /^[\p{L}-]{3,}(?:ectomy|ectomies|otomy|ostomy|plasty|oscopy|scopies|itis|ectomía|scopia|plastia|ostomía|otomía)$|^[\p{L}]{4,}(?:carcinoma|sarcoma|lymphoma|melanoma|oma|osis|emia|opathy|algia)$/u;
const NOT_CLINICAL_FORM = new Set(['dichotomy', 'metamorphosis', 'oklahoma', 'diploma', 'diplomas', 'aroma', 'tacoma', 'paloma', 'academia', 'osmosis', 'hypnosis', 'symbiosis', 'apotheosis', 'bohemia', 'sefirosis', 'nostalgia', 'tecumseh', 'soma', 'stigma']);
const clinicalByForm = wordFact((w) => w.length >= 7 && !NOT_CLINICAL_FORM.has(w) && CLINICAL_FORM.test(w));

export interface CareContext {
  readonly patientRefs: readonly Span[];
  readonly events: readonly Span[];
  readonly conditions: readonly Span[];
  readonly rare: readonly Span[];
  readonly drugs: readonly Span[];
  readonly firstPerson: readonly Span[];
  readonly secondPerson: readonly Span[];
  readonly service: readonly Span[];
  readonly strongPersons: readonly Span[];
  readonly pronouns: readonly Span[];
  /** Any clinical vocabulary at all. */
  readonly health: boolean;
  /**
   * False when `individualAt` is false at every offset (the signals it combines are missing), so
   * rules that only report about one person's care can skip the draft.
   */
  readonly anyIndividual: boolean;
  /** The post speaks to someone: a reply, an opening @mention, greeting or "Reminder for Ana:". */
  readonly addressed: boolean;
  /** Whether the text near `offset` talks about one person's care. */
  individualAt(offset: number): boolean;
  /** A celebration or thanks aimed at someone ("shoutout to", "welcome to the world,") just before `offset`. */
  celebratedAt(offset: number): boolean;
  /** A singular patient noun right next to `offset` ("our patient Edna", "Edna, our patient"). */
  patientNextTo(start: number, end: number): boolean;
  /** Whether clinical vocabulary appears near `offset`. */
  healthAt(offset: number): boolean;
}

/** Which signal a Care index is over (Care.ix). */
const INDEX = { patient: 0, clinical: 1, first: 2, strong: 3, pronouns: 4, mentions: 5, second: 6, anchors: 7 } as const;

/** Radius, in characters, within which signals are read together; a tweet fits inside it. */
const RADIUS = 320;

const has = (spans: readonly Span[]): boolean => spans.length > 0;

/** buckets[signal], by a switch: a lookup by a name that changes from word to word has the optimized code start over. */
function bucketOf(buckets: Record<Signal, Span[]>, signal: Signal): Span[] {
  switch (signal) {
    case 'patient':
      return buckets.patient;
    case 'event':
      return buckets.event;
    case 'condition':
      return buckets.condition;
    case 'rare':
      return buckets.rare;
    case 'drug':
      return buckets.drug;
    case 'first':
      return buckets.first;
    case 'second':
      return buckets.second;
    default:
      return buckets.service;
  }
}

function append(to: Span[], spans: readonly Span[]): void {
  for (const s of spans) to.push(s);
}

const RETWEET = /^\s*(?:RT|MT)\b/;
const OWN_PATIENT = /^(?:our|my|mi|nuestr[oa])\s/;

/** The first index whose span satisfies `test`, for a test that is false up to some index and true after it. */
function firstIndex(spans: readonly Span[], test: (s: Span) => boolean): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(spans[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function regexSpans(patterns: readonly GatedPattern[], doc: Doc): Span[] {
  const out: Span[] = [];
  for (const { regex: re, possible } of patterns) {
    if (!possible(doc)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(doc.text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * `anchors`: detections that pin the text to one person (a record number, a name shortened the
 * way case notes do); with anything clinical near them, the text is about that person's care.
 */
/** Whether `handle` (lower case, no "@") is the whole handle written at `at`. */
function isHandleAt(lower: string, at: number, handle: string): boolean {
  return handle.length > 0 && lower.startsWith(handle, at) && !/[a-z0-9_]/.test(lower[at + handle.length] ?? '');
}

/**
 * The practice's or a partner's handle at `at`. Tokens stop at "_", so "@riverside_peds" is read
 * from the text, not from its first token.
 */
export function practiceHandleAt(doc: Doc, at: number): boolean {
  for (const set of [doc.policy.ownHandles, doc.policy.partnerHandles]) {
    for (const h of set) if (isHandleAt(doc.lower, at, h)) return true;
  }
  return false;
}

export function careContext(doc: Doc, anchors: readonly Span[] = [], records: readonly Span[] = []): CareContext {
  const buckets: Record<Signal, Span[]> = {
    patient: [], event: [], condition: [], rare: [], drug: [], first: [], second: [], service: [],
  };
  // matcher.findAll, without its hit objects: care reads every word of every draft.
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; ) {
    const entry = matcher.entryAt(tokens, i);
    if (entry === undefined) {
      const t = tokens[i]!;
      if (!t.isNumber && t.prefix === '' && clinicalByForm(t)) buckets.event.push({ start: t.start, end: t.end });
      i++;
      continue;
    }
    const last = i + entry.words.length;
    const start = tokens[i]!.start;
    const end = tokens[last - 1]!.end;
    // "patient coordinator", "patient portal": a role or a service, not a person.
    if (entry.value === 'patient' && last < tokens.length && isPatientCompound(tokens[last]!)) {
      i = last;
      continue;
    }
    bucketOf(buckets, entry.value).push({ start, end });
    // "pt seen 3/14": a patient noun and the visit, in a chart's shorthand.
    if (entry.value === 'patient' && last < tokens.length && isSeen(tokens[last]!)) buckets.event.push({ start: tokens[last]!.start, end: tokens[last]!.end });
    // Spanish "su tratamiento" is also "her treatment": care of someone, addressed or not.
    if (entry.value === 'second' && doc.lower.startsWith('su ', start)) buckets.event.push({ start, end });
    // "our patient", "our oldest patient", "mi paciente": the practice speaking about its own patient.
    if (entry.value === 'patient' && (OWN_PATIENT.test(doc.lower.slice(start, end)) || OWN_BEFORE.test(doc.text.slice(Math.max(0, start - 32), start)))) {
      buckets.first.push({ start, end });
    }
    i = last;
  }
  const strongPersons = regexSpans(STRONG_PERSON, doc);
  const pronouns = regexSpans(PRONOUNS, doc);
  const acronyms = regexSpans(ACRONYMS, doc);
  // Lists are joined and filtered by loops into fresh arrays rather than by spreads and
  // filter/map: the arrays every draft hands on then have one or two shapes, and the optimized
  // code for this function, which runs on every draft, is not thrown away for a new one.
  const clinical: Span[] = [];
  append(clinical, buckets.event);
  append(clinical, buckets.condition);
  append(clinical, buckets.rare);
  append(clinical, buckets.drug);
  append(clinical, acronyms);
  append(clinical, records);
  const replying = doc.isReply;
  const retweet = RETWEET.test(doc.text);
  // People @mentioned as the subject (not the practice or its partners): a post about care that
  // congratulates or thanks someone is about that someone. "via @outlet" is attribution. They
  // count only next to something clinical, outside a retweet, so only then are they looked for.
  // The handle of the person being answered, which some X layouts put at the start of a reply:
  // X's addressing, not the practice naming them (the reply rules read the reply itself).
  const repliedTo = replying ? (doc.context.replyTo?.handle ?? '').replace(/^@/, '').toLowerCase() : '';
  const mentions: Span[] = [];
  if (clinical.length > 0 && !retweet) {
    for (const t of doc.tokens) {
      if (t.prefix !== '@' || practiceHandleAt(doc, t.start) || isHandleAt(doc.lower, t.start, repliedTo)) continue;
      if (t.index === 0 || ADDRESSING.test(doc.lower.slice(Math.max(0, t.start - 40), t.start - 1))) mentions.push({ start: t.start - 1, end: t.end });
    }
  }

  const opening = doc.tokens[0];
  const addressed =
    doc.isReply ||
    (opening !== undefined && opening.prefix === '@' && !practiceHandleAt(doc, opening.start)) ||
    ADDRESS_OPENING.test(doc.text.slice(0, 80)) ||
    GREETING.test(doc.text);
  // individualAt below, with "somewhere in the draft" for "near here".
  const anyIndividual =
    (has(buckets.patient) && (has(clinical) || has(buckets.first) || has(strongPersons))) ||
    (has(buckets.first) && (has(clinical) || has(strongPersons) || has(pronouns))) ||
    (has(strongPersons) && has(clinical)) ||
    ((has(clinical) || has(buckets.patient)) && has(anchors)) ||
    (has(clinical) && has(mentions) && !retweet) ||
    ((replying || addressed) && has(buckets.second));
  return new Care(doc, buckets, clinical, strongPersons, pronouns, acronyms, mentions, anchors, addressed, anyIndividual, retweet);
}

/** The signals of one document and the questions asked of them (a class, so no closures per draft). */
class Care implements CareContext {
  readonly patientRefs: readonly Span[];
  readonly events: readonly Span[];
  readonly conditions: readonly Span[];
  readonly rare: readonly Span[];
  readonly drugs: readonly Span[];
  readonly firstPerson: readonly Span[];
  readonly secondPerson: readonly Span[];
  readonly service: readonly Span[];
  readonly health: boolean;
  // Each indexed on first use: most drafts never ask where their signals are, and a name's
  // severity asks only about clinical words and patients (healthAt).
  private readonly indexes: (SpanIndex | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];

  constructor(
    private readonly doc: Doc,
    buckets: Readonly<Record<Signal, Span[]>>,
    private readonly clinical: readonly Span[],
    readonly strongPersons: readonly Span[],
    readonly pronouns: readonly Span[],
    acronyms: readonly Span[],
    private readonly mentions: readonly Span[],
    private readonly anchors: readonly Span[],
    readonly addressed: boolean,
    readonly anyIndividual: boolean,
    private readonly retweet: boolean,
  ) {
    this.patientRefs = buckets.patient;
    const events: Span[] = [];
    append(events, buckets.event);
    append(events, acronyms);
    this.events = events;
    const conditions: Span[] = [];
    append(conditions, buckets.condition);
    append(conditions, buckets.rare);
    this.conditions = conditions;
    this.rare = buckets.rare;
    this.drugs = buckets.drug;
    this.firstPerson = buckets.first;
    this.secondPerson = buckets.second;
    this.service = buckets.service;
    this.health = clinical.length > 0 || buckets.patient.length > 0;
  }

  /** The index of one signal (see INDEX), made the first time it is asked for. */
  private ix(which: number): SpanIndex {
    let index = this.indexes[which];
    if (index === undefined) {
      index = new SpanIndex(this.spansOf(which));
      this.indexes[which] = index;
    }
    return index;
  }

  private spansOf(which: number): readonly Span[] {
    switch (which) {
      case INDEX.patient:
        return this.patientRefs;
      case INDEX.clinical:
        return this.clinical;
      case INDEX.first:
        return this.firstPerson;
      case INDEX.strong:
        return this.strongPersons;
      case INDEX.pronouns:
        return this.pronouns;
      case INDEX.mentions:
        return this.mentions;
      case INDEX.second:
        return this.secondPerson;
      default:
        return this.anchors;
    }
  }

  individualAt(offset: number): boolean {
    if (!this.anyIndividual) return false;
    const patient = this.ix(INDEX.patient).near(offset, RADIUS);
    const clinicalNear = this.ix(INDEX.clinical).near(offset, RADIUS);
    const first = this.ix(INDEX.first).near(offset, RADIUS);
    const strong = this.ix(INDEX.strong).near(offset, RADIUS);
    if (patient && (clinicalNear || first || strong)) return true;
    if (first && (clinicalNear || strong || this.ix(INDEX.pronouns).near(offset, RADIUS))) return true;
    if (strong && clinicalNear) return true;
    if ((clinicalNear || patient) && this.ix(INDEX.anchors).near(offset, RADIUS)) return true;
    if (clinicalNear && this.ix(INDEX.mentions).near(offset, 160) && !this.retweet) return true;
    return (this.doc.isReply || this.addressed) && this.ix(INDEX.second).near(offset, RADIUS);
  }

  celebratedAt(offset: number): boolean {
    return CELEBRATION.test(this.doc.lower.slice(Math.max(0, offset - 60), offset));
  }

  patientNextTo(start: number, end: number): boolean {
    // Patient phrases come left to right without overlapping, so their starts and their ends
    // both increase: the nearest one ending before `start` and the nearest one starting after
    // `end` are found by binary search, and a name-heavy draft stays linear.
    const refs = this.patientRefs;
    const before = refs[firstIndex(refs, (p) => p.end >= start - 3)];
    if (before !== undefined && before.end <= start) return true;
    const after = refs[firstIndex(refs, (p) => p.start >= end)];
    return after !== undefined && after.start - end <= 8;
  }

  healthAt(offset: number): boolean {
    if (!this.health) return false;
    return this.ix(INDEX.clinical).near(offset, RADIUS) || this.ix(INDEX.patient).near(offset, RADIUS);
  }
}
