/**
 * P3: the case story. A time ("today", "last night", "this morning"), a place in the building
 * ("room 12", "bed 4", "the ER", "my 3pm") and a patient together point at one person, even
 * with no name (privacy-rules-research.md §2.1: 12.6% of #ShareAStoryInOneTweet posts gave the
 * time frame; the NCSBN room-number case).
 */
import type { Risk } from '../pipeline.js';
import { unicodeWords } from '../regex.js';
import type { Finding, Span } from '../types.js';
import { anyNear, matchSpans, removeSuggestion, riskFinding } from './helpers.js';

// Room, bed, bay, unit numbers and appointment slots: identifiers of a person in the building.
const UNIT_NUMBERS = [
  /\b(?:room|rm|bed|bay|cubicle|pod|stall|suite|unit|exam room|trauma bay|or|chair)\s?#?\s?\d{1,4}[a-z]?\b/giu,
  unicodeWords(/\b(?:habitación|habitacion|cuarto|cama|sala|box)\s?#?\s?\d{1,4}[a-z]?\b/giu),
  /\bmy\s+\d{1,2}(?::\d{2})?\s?(?:am|pm|o'clock)?\s+(?:patient|appointment|appt|consult|new patient|follow-up)\b/giu,
  /\bmy\s+\d{1,2}(?::\d{2})?\s?(?:am|pm)\b/giu,
];
// Places in the building that, with a time, narrow the story to a shift.
const UNITS = [
  /\b(?:ER|ED|ICU|NICU|PICU|CCU|OR|PACU|L&D|UCI)\b/gu,
  unicodeWords(/\b(?:the\s+)?(?:emergency room|emergency department|trauma bay|labor and delivery|operating room|waiting room|recovery room|urgencias|sala de espera|quirófano)\b/giu),
];
const TIMES = [
  /\b(?:today|tonight|this (?:morning|afternoon|evening|week|weekend)|last (?:night|evening|week|shift|weekend)|yesterday|just now|earlier today|right now|on (?:my|our) shift|(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night| morning)?|at \d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}(?::\d{2})?\s?(?:am|pm) (?:today|tonight))\b/giu,
  unicodeWords(/\b(?:hoy|anoche|esta (?:mañana|tarde|noche|semana)|ayer|ahora mismo|la semana pasada|en mi turno)\b/giu),
];

const WHY = 'A time, a room or unit and a patient together point at one person, even without a name — the people who were there will know.';

const risk: Risk = {
  id: 'risk/case-narrative',
  check({ doc, care }) {
    const unitNumbers = matchSpans(doc.text, UNIT_NUMBERS);
    const units = matchSpans(doc.text, UNITS);
    const times = matchSpans(doc.text, TIMES);
    const people: Span[] = [...care.patientRefs, ...care.strongPersons, ...care.firstPerson];
    const clinical: Span[] = [...care.events, ...care.conditions, ...care.drugs];
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
          suggestions: [{ label: 'Replace with “recently”', edits: [{ start: span.start, end: span.end, replacement: doc.lang === 'es' ? 'recientemente' : 'recently' }] }],
        }),
      );
    }
    return out;
  },
};
export default risk;
