/**
 * Is this text about someone's care? Collects the signals once per document (patient nouns,
 * clinical events, conditions, drugs, first-person clinical voice, person descriptors, and the
 * second person in a reply) and answers per position, so a long draft with one case story in
 * the middle is judged locally.
 */
import type { Doc } from '../doc.js';
import { PhraseMatcher } from '../phrases.js';
import { unicodeWords } from '../regex.js';
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
// "un hombre de 45 años". Bounded quantifiers keep these linear.
const STRONG_PERSON = [
  /\b\d{1,3}[- ]?(?:year|yr|y)s?[- ]?old\b(?:[- ](?:female|male|woman|man|boy|girl|lady|gentleman|patient|f|m|pt|mother|father|mom|dad|teacher|nurse))?/giu,
  /\b\d{1,3}\s?(?:yo|y\/o|yof|yom)\b(?:\s?(?:f|m|female|male|w|woman|man))?/giu,
  /\b(?:a|an|the|this|that|our|my)\s+(?:\d{1,3}s?\s+)?(?:[\p{L}-]{2,20}\s+){0,2}?(?:kid|child|lady|gentleman|guy|man|woman|boy|girl|teen|teenager|toddler|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|widow|veteran|nurse|teacher|student|athlete|coach|player|twins|triplets|babies|newborns)\b/giu,
  unicodeWords(/\b(?:un|una|el|la|este|esta)\s+(?:niño|niña|señor|señora|hombre|mujer|chico|chica|joven|abuelo|abuela|bebé)\b/giu),
  /\b(?:de|con)\s+\d{1,3}\s+años\b/giu,
  /\b(?:[Mm]r|[Mm]rs|[Mm]s|[Mm]iss|[Ss]r|[Ss]ra|[Ss]rta)\.?\s+\p{Lu}/gu,
];
const ACRONYM = new RegExp(`(?<![\\p{L}\\p{N}])(?:${CLINICAL_ACRONYMS.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
const ADDRESSING = /(?:congrats|congratulations|thanks|thank you|shout-?out|welcome|get well|prayers|praying|proud of|happy birthday|best wishes|wishing|felicidades|gracias|ánimo)(?:\s+(?:to|for|so much|again|back))?\s*,?\s*$/;
// Staff celebrating or thanking a specific person: with anything clinical, that person is a patient.
const CELEBRATION = /(?:shout-?outs?|big thanks|thanks|thank you|congrats|congratulations|so proud of|proud of|happy (?:\d{1,3}(?:st|nd|rd|th)\s+)?birthday|welcome to the world|praying for|prayers for|get well soon|hugs to|kudos|felicidades|gracias|bienvenid[oa] al mundo|oramos por)(?:\s+(?:to|for|so much|again|back|a|al|para))?(?:\s+(?:little|sweet|our|brave|tiny|the|la|el|nuestr[oa]|pequeñ[oa]|valiente))*\s*,?\s*$/i;
// Opening that addresses one named person: "Reminder for Jane D.:", "Maria, your …", "Dear Sam".
const ADDRESS_OPENING = /^\s*(?:(?:[Rr]eminder|[Nn]ote|[Mm]essage|[Aa]ttention|[Hh]ey|[Hh]i|[Hh]ello|[Dd]ear|[Hh]ola|[Ee]stimad[oa]|[Qq]uerid[oa]|[Rr]ecordatorio)(?:\s+(?:for|to|para))?\s+)?\p{Lu}[\p{L}'-]{1,20}(?:\s+\p{Lu}[\p{L}'-]{0,20}\.?)?\s*[:,]/u;

const PRONOUN = unicodeWords(/\b(?:he|she|him|her|his|hers|él|ella)\b/giu);

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

/** Radius, in characters, within which signals are read together; a tweet fits inside it. */
const RADIUS = 320;

function regexSpans(regexes: readonly RegExp[], text: string): Span[] {
  const out: Span[] = [];
  for (const re of regexes) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function careContext(doc: Doc): CareContext {
  const buckets: Record<Signal, Span[]> = {
    patient: [], event: [], condition: [], rare: [], drug: [], first: [], second: [], service: [],
  };
  for (const hit of matcher.findAll(doc)) {
    buckets[hit.value].push({ start: hit.start, end: hit.end });
    // "our patient", "mi paciente": the practice speaking about its own patient.
    if (hit.value === 'patient' && /^(?:our|my|mi|nuestr[oa])\s/.test(doc.lower.slice(hit.start, hit.end))) buckets.first.push({ start: hit.start, end: hit.end });
  }
  const strongPersons = regexSpans(STRONG_PERSON, doc.text);
  const pronouns = regexSpans([PRONOUN], doc.text);
  const acronyms = regexSpans([ACRONYM], doc.text);
  const clinical = [...buckets.event, ...buckets.condition, ...buckets.rare, ...buckets.drug, ...acronyms];
  const replying = doc.isReply;
  // People @mentioned as the subject (not the practice or its partners): a post about care that
  // congratulates or thanks someone is about that someone. "via @outlet" is attribution.
  const mentions = doc.tokens
    .filter((t) => t.prefix === '@' && !doc.policy.ownHandles.has(t.lower) && !doc.policy.partnerHandles.has(t.lower))
    .filter((t) => t.index === 0 || ADDRESSING.test(doc.lower.slice(Math.max(0, t.start - 40), t.start - 1)))
    .map((t) => ({ start: t.start - 1, end: t.end }));

  const idx = {
    patient: new SpanIndex(buckets.patient),
    clinical: new SpanIndex(clinical),
    first: new SpanIndex(buckets.first),
    strong: new SpanIndex(strongPersons),
    pronouns: new SpanIndex(pronouns),
    mentions: new SpanIndex(mentions),
    second: new SpanIndex(buckets.second),
  };
  const retweet = /^\s*(?:RT|MT)\b/.test(doc.text);
  const opening = doc.tokens[0];
  const addressed =
    doc.isReply ||
    (opening !== undefined && opening.prefix === '@' && !doc.policy.ownHandles.has(opening.lower) && !doc.policy.partnerHandles.has(opening.lower)) ||
    ADDRESS_OPENING.test(doc.text.slice(0, 80)) ||
    /^\s*(?:hi|hello|hey|dear|hola|estimad[oa]|querid[oa])\b/i.test(doc.text);
  return {
    addressed,
    patientRefs: buckets.patient,
    events: [...buckets.event, ...acronyms],
    conditions: [...buckets.condition, ...buckets.rare],
    rare: buckets.rare,
    drugs: buckets.drug,
    firstPerson: buckets.first,
    secondPerson: buckets.second,
    service: buckets.service,
    strongPersons,
    pronouns,
    health: clinical.length > 0 || buckets.patient.length > 0,
    individualAt(offset: number): boolean {
      const patient = idx.patient.near(offset, RADIUS);
      const clinicalNear = idx.clinical.near(offset, RADIUS);
      const first = idx.first.near(offset, RADIUS);
      const strong = idx.strong.near(offset, RADIUS);
      if (patient && (clinicalNear || first || strong)) return true;
      if (first && (clinicalNear || strong || idx.pronouns.near(offset, RADIUS))) return true;
      if (strong && clinicalNear) return true;
      if (clinicalNear && idx.mentions.near(offset, 160) && !retweet) return true;
      return (replying || addressed) && idx.second.near(offset, RADIUS);
    },
    celebratedAt(offset: number): boolean {
      return CELEBRATION.test(doc.lower.slice(Math.max(0, offset - 60), offset));
    },
    patientNextTo(start: number, end: number): boolean {
      return buckets.patient.some((p) => (p.end <= start && start - p.end <= 3) || (p.start >= end && p.start - end <= 8));
    },
    healthAt(offset: number): boolean {
      return idx.clinical.near(offset, RADIUS) || idx.patient.near(offset, RADIUS);
    },
  };
}
