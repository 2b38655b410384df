/**
 * What a public question or comment is about, so the generalized reply answers the right thing:
 * an emergency, someone asking about another person, a media rumour, results, a medicine, a
 * bill, an appointment, a complaint, symptoms, thanks, a general question. Read from the post
 * being replied to and the draft together; the most safety-relevant intent wins.
 */
import { DRUGS } from './data/care-vocabulary.js';
import { unicodeWords } from './regex.js';
import type { ReplyIntent } from './types.js';

type Cue = RegExp;

// Order matters: the first intent whose cues match wins, most safety-relevant first.
const INTENTS: readonly (readonly [ReplyIntent, readonly Cue[]])[] = [
  [
    'emergency',
    [
      /\b(?:chest pains?|can'?t breathe|cannot breathe|trouble breathing|hard to breathe|short of breath|suicidal|kill (?:my|him|her)self|end (?:my|it all)|want to die|overdos(?:e|ed|ing)|bleeding (?:a lot|heavily|won'?t stop)|severe bleeding|stroke|face (?:is )?drooping|slurred speech|unconscious|unresponsive|passed out|not breathing|anaphyla\w*|throat (?:is )?closing|seizure|heart attack)\b/iu,
      /\b(?:dolor (?:de|en el) pecho|no puedo respirar|no puede respirar|suicid\w*|quitarme la vida|sobredosis|sangrado (?:fuerte|abundante)|derrame|infarto|convulsi\w+|desmay\w+|inconsciente)\b/iu,
    ],
  ],
  [
    'third-party',
    [
      /\b(?:my|our)\s+(?:mom|mother|dad|father|son|daughter|wife|husband|partner|grandma|grandmother|grandpa|grandfather|brother|sister|friend|kid|child|baby|parents?|uncle|aunt|cousin|neighbou?r|boss|coworker)\b[^.?!]{0,60}\b(?:there|admitted|in the hospital|okay|ok|doing|patient|seen|condition|results|status)\b/iu,
      /\b(?:is|was)\s+(?:my|our)\s+(?:mom|mother|dad|father|son|daughter|wife|husband|grandma|grandpa|brother|sister|friend)\b/iu,
      /\b(?:is|was)\s+(?:he|she|they)\s+(?:a patient|there|okay|ok|admitted)\b/iu,
      /\b(?:mi|mis)\s+(?:mamá|madre|papá|padre|hijo|hija|esposo|esposa|abuela|abuelo|hermano|hermana|amigo|amiga)\b[^.?!]{0,60}\b(?:está|estuvo|internad\w+|ingresad\w+|paciente|resultados)\b/iu,
    ],
  ],
  [
    'public-figure',
    [
      /\b(?:reporter|journalist|media|press|for (?:a|our) story|comment on|statement|rumou?rs?|is it true|celebrity|famous|the mayor|senator|governor|athlete|(?:was|is) (?:\p{Lu}\p{L}+ ){1,2}(?:treated|seen|admitted|at your|in your|a patient))\b/iu,
      /\b(?:periodista|prensa|medios|rumor|es verdad|famos[oa]|alcalde)\b/iu,
    ],
  ],
  [
    'results',
    [/\b(?:results?|labs?|lab work|bloodwork|blood work|biopsy|pathology|scan|x-?ray|mri|ct|mammogram|pap|test came back|report)\b/iu, /\b(?:resultados?|análisis|biopsia|radiografía|estudios)\b/iu],
  ],
  [
    'medication',
    [
      /\b(?:prescriptions?|refills?|medications?|medicines?|meds|dose|dosage|pharmacy|side effects?|pills?|rx)\b/iu,
      new RegExp(`\\b(?:${DRUGS.filter((d) => /^[a-z ]+$/.test(d)).join('|')})\\b`, 'iu'),
      /\b(?:recetas?|medicamentos?|medicinas?|dosis|farmacia|pastillas?|efectos secundarios)\b/iu,
    ],
  ],
  [
    'billing',
    [
      /\b(?:bills?|billing|billed|charged?|charges|invoice|balance|payments?|pay|paid|insurance|copay|co-pay|deductible|claims?|refund|cost|price|owe|collections?)\b|\$\d/iu,
      /\b(?:factura|cobr\w+|cuenta|seguro|pago|pagar|reembolso|costo|precio|deuda)\b/iu,
    ],
  ],
  [
    'symptoms',
    [
      /\b(?:fever|pain|painful|hurts?|hurting|ache|aching|cough\w*|rash|swollen|swelling|sore|vomit\w*|nausea|dizzy|infection|infected|symptoms?|sick|ill|headache|toothache|bleeding|bump|lump|itch\w*|burning|diarrh\w+|flu(?!\s*(?:shots?|vaccines?|vaccinations?|season|clinics?|jabs?))|cold(?!\s*(?:weather|snap|front)))\b/iu,
      /\b(?:fiebre|dolor|duele|tos|sarpullido|hinchad\w+|vómit\w+|mareo|infección|síntomas|enferm\w+|sangra\w*|gripe|resfriado)\b/iu,
    ],
  ],
  [
    'complaint',
    [
      /\b(?:rude|terrible|worst|awful|horrible|disappoint\w*|unprofessional|never again|complain\w*|one star|1 star|scam|incompetent|malpractice|lawsuit|sue|ignored|waited (?:for )?(?:\d+|two|three|an?) (?:hours?|minutes?)|waited forever|angry|upset|furious|disgusted|bad experience|poor service|lost (?:my|our) (?:paperwork|records|forms|file|results|referral|prescription))\b/iu,
      /\b(?:grosero|grosera|pésim\w+|terrible|horrible|queja|nunca más|decepcion\w+|mala atención|mal servicio|esper\w+ (?:\d+|dos|tres) horas)\b/iu,
    ],
  ],
  [
    'appointment',
    [
      /\b(?:appointments?|appts?|schedul\w*|reschedul\w*|book(?:ing)?|availability|available|openings?|wait ?list|cancel\w*|same[- ]day|walk-?ins?|new patients?|accepting|hours|open)\b/iu,
      /\b(?:citas?|agendar|programar|horario|disponib\w+|cancelar|abierto)\b/iu,
    ],
  ],
  [
    'thanks',
    [
      /\b(?:thank\w*|thx|grateful|amazing|awesome|best|love|loved|great|wonderful|fantastic|recommend\w*|5 stars|five stars|kind|caring|appreciate\w*)\b/iu,
      /\b(?:gracias|agradec\w+|excelente|maravillos\w+|recomiend\w+|encant\w+|lo mejor|amables?)\b/iu,
    ],
  ],
  [
    'question',
    [/\?/u, /\b(?:do you|can you|does|is it|should i|how (?:do|can|often|long|much)|what (?:is|are)|where|when)\b/iu, /¿/u],
  ],
];

const COMPILED: readonly (readonly [ReplyIntent, readonly RegExp[]])[] = INTENTS.map(([intent, cues]) => [intent, cues.map(unicodeWords)] as const);

// Read from the post and the draft together: whichever of them raises one, it must be answered.
const SAFETY: ReadonlySet<ReplyIntent> = new Set(['emergency', 'third-party', 'public-figure']);

function firstIntent(text: string, only?: (intent: ReplyIntent) => boolean): ReplyIntent | undefined {
  for (const [intent, cues] of COMPILED) {
    if ((only === undefined || only(intent)) && cues.some((re) => re.test(text))) return intent;
  }
  return undefined;
}

/**
 * `texts`: the post being answered, then the draft. The post is the question; the draft only
 * decides when the post says nothing of its kind, since staff wording ("Great question!") is
 * not what the person asked about.
 */
export function classifyIntent(...texts: readonly string[]): ReplyIntent {
  const present = texts.filter((t) => t.length > 0).map((t) => t.slice(0, 5000));
  const safety = firstIntent(present.join('\n'), (i) => SAFETY.has(i));
  if (safety !== undefined) return safety;
  for (const text of present) {
    const intent = firstIntent(text);
    if (intent !== undefined) return intent;
  }
  return 'general';
}

const SYMPTOMS = COMPILED.filter(([i]) => i === 'emergency' || i === 'symptoms').flatMap(([, cues]) => cues);

/** Whether symptoms or an emergency are described: the reply then carries an emergency line. */
export function describesSymptoms(...texts: readonly string[]): boolean {
  const joined = texts.join('\n').slice(0, 5000);
  return SYMPTOMS.some((re) => re.test(joined));
}

const LOSS = unicodeWords(/\b(?:passed away|passed on|has died|had died|died|lost (?:my|our) (?:mom|mother|dad|father|husband|wife|son|daughter|grandma|grandmother|grandpa|grandfather|brother|sister|baby)|funeral|rest in peace|rip|falleció|murió|fallecimiento|descanse en paz|perdimos a)\b/iu);

/** A death told in the post or the draft: thanks become sympathy. */
export function describesLoss(...texts: readonly string[]): boolean {
  return LOSS.test(texts.join('\n').slice(0, 5000));
}

const CRISIS = unicodeWords(/\b(?:suicid\w*|kill (?:my|him|her)self|end (?:my life|it all)|want to die|self[- ]harm|quitarme la vida)\b/iu);

/** Thoughts of suicide or self-harm: the reply adds the crisis line (988 in the US). */
export function describesCrisis(...texts: readonly string[]): boolean {
  return CRISIS.test(texts.join('\n').slice(0, 5000));
}
