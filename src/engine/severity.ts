/**
 * How serious an identifier is, given where it stands. The same phone number is the practice's
 * own in "call us at …", possible PHI in a bare post, and a disclosure next to a patient's care.
 */
import type { CareContext } from './context/care.js';
import type { Doc } from './doc.js';
import { hasContext, type Detection } from './recognizer.js';
import type { Severity } from './types.js';

const CALL_US_BEFORE = /(?:\b(?:call|text|phone|fax|reach|contact)(?:\s+(?:us|our\s+(?:office|clinic|practice|team|office manager|front desk|billing team)))?(?:\s+(?:at|on))?|\b(?:llámenos|llame|llámanos|escríbanos|comuníquese)(?:\s+(?:a|con)\s+(?:nuestr[oa]s?|la|el)(?:\s+\p{L}+){1,2})?(?:\s+al)?)\s*:?\s*\(?$/u;
// The practice inviting contact: the number or address that follows is its own.
const PRACTICE_CUES = [
  'call us', 'call our', 'contact us', 'reach us', 'text us', 'email us', 'fax us', 'our office',
  'our number', 'our phone', 'our fax', 'our email', 'our address', 'our clinic', 'our practice',
  'book at', 'book online', 'appointments', 'to schedule', 'to book', 'call', 'visit us', 'find us',
  'located at', 'join us', 'join us at', 'llámenos', 'llame al', 'llámanos', 'nuestro teléfono',
  'nuestra oficina', 'contáctenos', 'escríbanos', 'visítenos', 'email', 'e-mail', 'e-mail us',
  'write to', 'get in touch', 'send', 'contact', 'reach out to', 'follow us', 'like us', 'find us on',
  'check us out', 'our page', 'our website', 'our site', 'correo', 'síganos',
];

const COARSE = /\b(?:weeks?|months?|years?|semanas?|mes|meses|años?|recently|recientemente)\b/i;
const DAY_PRECISE = /\b(?:day|days|night|morning|afternoon|evening|today|tonight|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day|días?|ayer|hoy|anoche|mañana|tarde|noche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b/i;

const MONTH_YEAR = /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)(?:\s+(?:of|de(?:l)?))?,?\s+(?:19|20)\d{2}$|^(?:0?[1-9]|1[0-2])[/.-](?:19|20)\d{2}$/i;

/**
 * A date no finer than a month: "last month", "3 years ago", "la semana pasada", "July 2021".
 * Safe Harbor lets the year stand; a month or week is worth knowing, a day identifies.
 */
export function isCoarseRelative(value: string): boolean {
  const v = value.trim();
  if (MONTH_YEAR.test(v)) return true;
  return COARSE.test(v) && !DAY_PRECISE.test(v) && !/\d{1,2}[/.-]\d{1,2}|\b\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:weeks?|months?|years?|semanas?|mes|meses|años?))/i.test(v);
}

// What follows a staff member's name when the post is about their own health.
const OWN_CARE_AFTER = /^[^.!?\n]{0,60}?\b(?:(?:is|was|has been|'s)\s+(?:\p{L}+\s+)?(?:recovering|hospitali[sz]ed|in the hospital|diagnosed|battling|fighting cancer|undergoing|having surgery|out sick|on medical leave)|(?:her|his|their)\s+(?:own\s+)?(?:diagnosis|recovery|chemo|chemotherapy|illness|cancer|stroke|heart attack|surgery|operation)|(?:se está recuperando|se recupera|fue operad[oa]|fue diagnosticad[oa]|está hospitalizad[oa]|su (?:cirugía|operación|diagnóstico|quimio|enfermedad)))\b/iu;

function ownCare(doc: Doc, det: Detection): boolean {
  return OWN_CARE_AFTER.test(doc.text.slice(det.end, det.end + 120));
}

export function severityOf(det: Detection, doc: Doc, care: CareContext): Severity | undefined {
  if (det.owner === 'practice' || det.owner === 'public') return undefined;
  const individual = care.individualAt(det.start);
  // A clinician named inside a case story narrows down the patient; anywhere else it is fine —
  // unless the story is their own care ("Linda is recovering from her knee surgery").
  if (det.owner === 'provider') {
    if (!ownCare(doc, det)) return individual ? 'info' : undefined;
    return 'error';
  }
  if (det.strength === 'direct') {
    // Record, plan, SSN and card numbers never belong in a public post, whoever they belong to.
    if (det.category === 'ssn' || det.category === 'medical-record' || det.category === 'health-plan' || det.category === 'account') {
      return 'error';
    }
    // "Call (us at) 555-…" right before a number: whoever is told to call it, it is not theirs.
    if (det.category === 'phone' && CALL_US_BEFORE.test(doc.lower.slice(Math.max(0, det.start - 40), det.start))) return 'info';
    const practiceCue = hasContext(doc, det.start, det.end, PRACTICE_CUES, 30);
    if (practiceCue && !individual) return 'info';
    // A phone number or a date of birth in a post that mentions a patient is that patient's.
    if ((det.category === 'date' || det.category === 'phone' || det.category === 'email') && care.patientRefs.length > 0) return 'error';
    // A link to someone's profile is only a link until it sits next to someone's care.
    if (det.category === 'url' && !individual) return 'info';
    return individual ? 'error' : 'warning';
  }
  // A person named as a patient ("our patient Edna"), or celebrated next to anything clinical
  // ("shoutout to little Sophia for being brave during her shots"), is a patient in public.
  // (healthAt first: it is a lookup, celebratedAt a pattern, and most names have no care near them.)
  if (det.category === 'name' && (care.patientNextTo(det.start, det.end) || (care.healthAt(det.start) && care.celebratedAt(det.start)))) {
    return 'error';
  }
  // Any other link is worth a look; one carrying an identifier, in a post about someone's care,
  // a harder one.
  if (det.ruleId === 'phi/link') return individual && det.score > 0.6 ? 'warning' : 'info';
  // Quasi identifiers (names, dates, places, ages): harmless alone, identifying with care.
  // "Last month" or "two years ago" is no finer than the month or year Safe Harbor allows;
  // "yesterday" or "last Tuesday" becomes an exact date once the post is timestamped.
  if (det.category === 'date' && isCoarseRelative(doc.text.slice(det.start, det.end))) return individual ? 'info' : undefined;
  if (individual) return 'error';
  // An age over 89 is a Safe Harbor identifier by itself; next to anything clinical it is worth
  // a second look even when no one person's care story is told.
  if (det.category === 'age' && care.healthAt(det.start)) return 'warning';
  return det.category === 'name' || det.category === 'age' || det.category === 'geography' ? 'info' : undefined;
}
