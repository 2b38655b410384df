/**
 * P3: the case story. A time ("today", "last night", "this morning"), a place in the building
 * ("room 12", "bed 4", "the ER", "my 3pm") and a patient together point at one person, even
 * with no name (privacy-rules-research.md §2.1: 12.6% of #ShareAStoryInOneTweet posts gave the
 * time frame; the NCSBN room-number case).
 */
import type { Risk } from '../pipeline.js';
import { wordTest, type GatedPattern } from '../regex.js';
import type { Finding, Span } from '../types.js';
import { anyNear, gatedSpans, removeSuggestion, riskFinding } from './helpers.js';

// Room, bed, bay, unit numbers and appointment slots: identifiers of a person in the building.
// Every one holds a digit and, as a whole word, the kind of place or "my".
const hasUnitWord = wordTest('room', 'rm', 'bed', 'bay', 'cubicle', 'pod', 'stall', 'suite', 'unit', 'or', 'chair');
const hasUnitWordEs = wordTest('habitación', 'habitacion', 'cuarto', 'cama', 'sala', 'box');
const hasMy = wordTest('my');
// (?<![\p{L}\p{N}_]) and (?![\p{L}\p{N}_]) are Unicode word edges (regex.ts, unicodeWords).
const UNIT_NUMBERS: readonly GatedPattern[] = [
  {
    regex: /\b(?:room|rm|bed|bay|cubicle|pod|stall|suite|unit|exam room|trauma bay|or|chair)\s?#?\s?\d{1,4}[a-z]?\b/giu,
    possible: (doc) => doc.hasDigit && hasUnitWord(doc),
  },
  {
    regex: /(?<![\p{L}\p{N}_])(?:habitación|habitacion|cuarto|cama|sala|box)\s?#?\s?\d{1,4}[a-z]?(?![\p{L}\p{N}_])/giu,
    possible: (doc) => doc.hasDigit && hasUnitWordEs(doc),
  },
  {
    regex: /\bmy\s+\d{1,2}(?::\d{2})?\s?(?:am|pm|o'clock)?\s+(?:patient|appointment|appt|consult|new patient|follow-up)\b/giu,
    possible: (doc) => doc.hasDigit && hasMy(doc),
  },
  { regex: /\bmy\s+\d{1,2}(?::\d{2})?\s?(?:am|pm)\b/giu, possible: (doc) => doc.hasDigit && hasMy(doc) },
];
// Places in the building that, with a time, narrow the story to a shift.
const hasUnitAcronym = wordTest('er', 'ed', 'icu', 'nicu', 'picu', 'ccu', 'or', 'pacu', 'l', 'uci');
const hasUnitName = wordTest('emergency', 'trauma', 'labor', 'operating', 'waiting', 'recovery', 'urgencias', 'sala', 'quirófano');
const UNITS: readonly GatedPattern[] = [
  { regex: /\b(?:ER|ED|ICU|NICU|PICU|CCU|OR|PACU|L&D|UCI)\b/gu, possible: hasUnitAcronym },
  {
    regex: /(?<![\p{L}\p{N}_])(?:the\s+)?(?:emergency room|emergency department|trauma bay|labor and delivery|operating room|waiting room|recovery room|urgencias|sala de espera|quirófano)(?![\p{L}\p{N}_])/giu,
    possible: hasUnitName,
  },
];
// The words one of which every time phrase holds ("at 3pm" aside: a digit and "at").
const hasTimeWord = wordTest(
  'today', 'tonight', 'morning', 'afternoon', 'evening', 'week', 'weekend', 'night', 'shift', 'yesterday', 'now',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
);
const hasAt = wordTest('at');
const hasTimeWordEs = wordTest('hoy', 'anoche', 'tarde', 'noche', 'semana', 'ayer', 'mismo', 'turno', 'mañana');
const TIMES: readonly GatedPattern[] = [
  {
    regex: /\b(?:today|tonight|this (?:morning|afternoon|evening|week|weekend)|last (?:night|evening|week|shift|weekend)|yesterday|just now|earlier today|right now|on (?:my|our) shift|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night| morning)?|at \d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}(?::\d{2})?\s?(?:am|pm) (?:today|tonight))\b/giu,
    possible: (doc) => hasTimeWord(doc) || (doc.hasDigit && hasAt(doc)),
  },
  {
    regex: /(?<![\p{L}\p{N}_])(?:hoy|anoche|esta (?:mañana|tarde|noche|semana)|ayer|ahora mismo|la semana pasada|en mi turno)(?![\p{L}\p{N}_])/giu,
    possible: hasTimeWordEs,
  },
];

const WHY = 'A time, a room or unit and a patient together point at one person, even without a name — the people who were there will know.';

const risk: Risk = {
  id: 'risk/case-narrative',
  check({ doc, care }) {
    // Both kinds of finding need a person, a pronoun or something clinical near them.
    const signals =
      care.patientRefs.length + care.strongPersons.length + care.firstPerson.length + care.events.length + care.conditions.length + care.drugs.length;
    if (signals === 0 && care.pronouns.length === 0) return [];
    const unitNumbers = gatedSpans(doc, doc.text, UNIT_NUMBERS);
    // A time counts only near a unit, a room or slot number, or the practice's own story; a
    // draft that can hold none of them needs no time phrases looked for.
    if (unitNumbers.length === 0 && care.firstPerson.length === 0 && !UNITS.some((p) => p.possible(doc))) return [];
    const people: Span[] = [...care.patientRefs, ...care.strongPersons, ...care.firstPerson];
    const clinical: Span[] = [...care.events, ...care.conditions, ...care.drugs];
    const times = gatedSpans(doc, doc.text, TIMES);
    // Units matter only next to a time.
    const units = times.length > 0 ? gatedSpans(doc, doc.text, UNITS) : [];
    const radius = 240;
    const out: Finding[] = [];

    // A room, bed or slot number in a care context is an identifier by itself.
    for (const span of unitNumbers) {
      if (!anyNear(people, span, radius) && !anyNear(clinical, span, radius) && !anyNear(care.pronouns, span, 80)) continue;
      out.push(
        riskFinding({
          ruleId: 'risk/case-narrative',
          category: 'case-narrative',
          severity: 'error',
          span,
          message: 'A room, bed or appointment slot',
          why: WHY,
          suggestions: [removeSuggestion(doc, span)],
        }),
      );
    }
    // Time + unit + a person or a clinical event: the shift story.
    const recently = doc.lang === 'es' ? 'recientemente' : 'recently';
    for (const span of times) {
      const place = anyNear(units, span, radius) || anyNear(unitNumbers, span, radius);
      const person = anyNear(people, span, radius) || anyNear(care.pronouns, span, radius);
      const event = anyNear(clinical, span, radius);
      const signals = [place, person, event].filter(Boolean).length;
      const ownStory = anyNear(care.firstPerson, span, radius);
      if (!(place && (person || event)) && !(ownStory && (person || event))) continue;
      out.push(
        riskFinding({
          ruleId: 'risk/case-narrative',
          category: 'case-narrative',
          severity: signals >= 2 ? 'error' : 'warning',
          span,
          message: 'When this happened, in a story about a patient',
          why: WHY,
          suggestions: [{ label: `Replace with “${recently}”`, edits: [{ start: span.start, end: span.end, replacement: recently }] }],
        }),
      );
    }
    return out;
  },
};
export default risk;
