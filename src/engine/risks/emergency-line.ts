/**
 * A reply about emergency symptoms must point to emergency care. Practice policies answer any
 * urgent question with "call 911 in the case of an emergency" (Summit Health policy,
 * privacy-rules-research.md §4 "Emergency wording"; the template in §3.5); 988 is the US suicide
 * and crisis line. The symptom may be in the draft or in the post being replied to.
 */
import type { Doc } from '../doc.js';
import type { Risk } from '../pipeline.js';
import type { Finding } from '../types.js';

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

/**
 * Emergency symptoms, English and Spanish: the American Heart Association's heart-attack and
 * stroke (BE FAST) warning signs, breathing, severe bleeding, overdose, anaphylaxis, seizures,
 * and suicidal thoughts. Lower case; apostrophes already folded to ASCII by normalize().
 */
const SYMPTOMS = new RegExp(
  `${L}(?:${[
    'chest (?:pain|pains|pressure|tightness)',
    'pain in (?:my|his|her|the) chest',
    'heart attack',
    "(?:can't|cannot|can not|couldn't|unable to) (?:breathe|breath|catch (?:my|his|her) breath)",
    '(?:trouble|difficulty|hard time|struggling) breathing',
    'short(?:ness)? of breath',
    '(?:suicidal|suicide)',
    '(?:kill|hurt|harm) (?:myself|himself|herself)',
    '(?:want|wants|wanted) to die',
    'end (?:my|his|her) life',
    'self[- ]harm',
    "overdos(?:e|ed|ing)|od'?d",
    '(?:severe|heavy|uncontrolled|massive) bleeding',
    "(?:bleeding|blood) (?:won't|will not|doesn't|does not) stop",
    "(?:won't|will not) stop bleeding",
    '(?:coughing|vomiting|throwing) up blood',
    '(?:having a |had a )?stroke',
    '(?:face|mouth) (?:is )?droop(?:ing|y|s)?',
    'slurred speech|slurring (?:words|speech)',
    '(?:sudden )?(?:numbness|weakness) (?:on|in) one side',
    '(?:passed|passing) out|unconscious|unresponsive',
    'seizures?|convulsions?',
    'anaphyla(?:xis|ctic)',
    'throat (?:is )?(?:closing|swelling|swollen)',
    // Spanish.
    'dolor (?:de|en el) pecho',
    'presión en el pecho',
    'infarto|ataque al corazón|ataque cardíaco',
    'no (?:puedo|puede|podía|podía) respirar',
    '(?:dificultad|problemas) para respirar',
    'falta de aire|me falta el aire|me ahogo',
    'suicid(?:a|io|arme|arse)',
    'quitarme la vida|quiero morir(?:me)?|me quiero morir',
    'hacerme daño',
    'sobredosis',
    'sangrado (?:abundante|fuerte|severo|que no para)|hemorragia',
    'derrame cerebral|ictus',
    'convulsi(?:ón|ones)',
    'se desmayó|desmayo|perdió el conocimiento|inconsciente',
    'cara caída|habla arrastrada',
  ].join('|')})${R}`,
  'gu',
);

/** Wording that already points to emergency care. */
const EMERGENCY_LINE = new RegExp(
  `${L}(?:${[
    '911',
    '988',
    '112',
    '999',
    'emergency (?:room|department|services|number|line)',
    'nearest (?:er|emergency)',
    'go to (?:the )?er',
    '(?:the )?er now',
    'crisis (?:line|lifeline|text line)',
    'urgencias',
    'sala de emergencias?',
    'número de emergencias?',
    'línea de crisis',
  ].join('|')})${R}`,
  'u',
);

function firstSymptom(text: string): { start: number; end: number } | undefined {
  SYMPTOMS.lastIndex = 0;
  const m = SYMPTOMS.exec(text);
  return m === null ? undefined : { start: m.index, end: m.index + m[0].length };
}

function hasEmergencyLine(doc: Doc): boolean {
  if (EMERGENCY_LINE.test(doc.lower)) return true;
  const own = doc.policy.emergencyLine.trim().toLowerCase();
  if (own.length === 0) return false;
  const digits = own.replace(/\D/g, '');
  if (digits.length >= 3 && doc.lower.replace(/\D/g, '').includes(digits)) return true;
  return doc.lower.includes(own);
}

/** The sentence offered: the practice's emergency number, in the draft's language. */
export function emergencySentence(line: string, lang: 'en' | 'es'): string {
  const number = line.trim().length > 0 ? line.trim() : '911';
  return lang === 'es' ? `Si es una emergencia, llame al ${number}.` : `If this is an emergency, call ${number}.`;
}

function check(doc: Doc): Finding[] {
  if (!doc.isReply && doc.context.kind !== 'dm') return [];
  const trimmedEnd = doc.text.trimEnd().length;
  if (trimmedEnd === 0) return [];
  const inDraft = firstSymptom(doc.lower);
  // The post being replied to is read from the page, not normalized; a bounded prefix is enough.
  const parent = (doc.context.replyTo?.text ?? '').slice(0, 2000).toLowerCase().replace(/[\u2018\u2019\u02BC]/g, "'");
  if (inDraft === undefined && firstSymptom(parent) === undefined) return [];
  if (hasEmergencyLine(doc)) return [];

  const lastWord = doc.tokens.filter((t) => t.end <= trimmedEnd).pop();
  const span = inDraft ?? { start: lastWord?.start ?? trimmedEnd - 1, end: lastWord?.end ?? trimmedEnd };
  const at = trimmedEnd - 1;
  const original = doc.original.slice(doc.norm.starts[at] ?? 0, doc.norm.ends[at] ?? 0);
  const sentence = emergencySentence(doc.policy.emergencyLine, doc.lang);
  return [
    {
      ruleId: 'voice/emergency-line',
      category: 'emergency',
      severity: 'warning',
      span,
      message: 'Emergency symptoms, but no emergency line',
      why: 'Someone describing an emergency needs to be told to call emergency services now, not to wait for a reply online.',
      // Append after the last character (an empty edit at the very end would not map back).
      suggestions: [{ label: `Add “${sentence}”`, edits: [{ start: at, end: at + 1, replacement: `${original} ${sentence}` }] }],
    },
  ];
}

const risk: Risk = { id: 'voice/emergency-line', check: ({ doc }) => check(doc) };
export default risk;
