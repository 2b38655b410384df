/**
 * P5: a stack of quasi-identifiers. Age, sex and a condition describe a textbook case; add a
 * date, a place, an occupation or a family detail and the description fits one person (Sweeney:
 * ZIP, sex and birth date single out most Americans; privacy-rules-research.md §2.4).
 */
import type { Risk } from '../pipeline.js';
import { isCoarseRelative } from '../severity.js';
import { withWords, wordTest, type GatedPattern } from '../regex.js';
import type { Span } from '../types.js';
import { anyNear, gatedSpans, riskFinding } from './helpers.js';

// Each pattern with what every match of it holds (regex.ts wordTest); "old" may follow "year"
// or "yr" directly ("92yearold"), so it is a substring test.
// (?<![\p{L}\p{N}_]) and (?![\p{L}\p{N}_]) are Unicode word edges (regex.ts, unicodeWords).
const hasYoOrIn = wordTest('yo', 'y/o', 'in', 'años');
const AGE: readonly GatedPattern[] = [
  {
    regex: /(?<![\p{L}\p{N}_])\d{1,3}[- ]?(?:year|yr|y)s?[- ]?old(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])\d{1,3}\s?(?:yo|y\/o)(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])(?:in (?:his|her|their) (?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])de\s\d{1,3}\saños(?![\p{L}\p{N}_])/giu,
    possible: (doc) => doc.lower.includes('old') || hasYoOrIn(doc),
  },
];
const SEX: readonly GatedPattern[] = [
  withWords(/(?<![\p{L}\p{N}_])(?:male|female|man|woman|boy|girl|gentleman|lady|mother|father|mom|dad|son|daughter|wife|husband|hombre|mujer|niño|niña|señor|señora)(?![\p{L}\p{N}_])/giu,
    'male', 'female', 'man', 'woman', 'boy', 'girl', 'gentleman', 'lady', 'mother', 'father', 'mom', 'dad', 'son', 'daughter',
    'wife', 'husband', 'hombre', 'mujer', 'niño', 'niña', 'señor', 'señora'),
];
const OCCUPATION: readonly GatedPattern[] = [
  withWords(/(?<![\p{L}\p{N}_])(?:teacher|principal|coach|pastor|priest|rabbi|imam|firefighter|police officer|cop|deputy|sheriff|mayor|councilman|councilwoman|judge|lawyer|nurse|doctor|pilot|farmer|rancher|veteran|soldier|marine|student|professor|athlete|player|quarterback|bartender|waitress|waiter|cashier|mechanic|trucker|truck driver|mail carrier|librarian|maestra|maestro|profesor|profesora|bombero|policía|pastor|alcalde|estudiante|jugador)(?![\p{L}\p{N}_])/giu,
    'teacher', 'principal', 'coach', 'pastor', 'priest', 'rabbi', 'imam', 'firefighter', 'police', 'cop', 'deputy', 'sheriff',
    'mayor', 'councilman', 'councilwoman', 'judge', 'lawyer', 'nurse', 'doctor', 'pilot', 'farmer', 'rancher', 'veteran',
    'soldier', 'marine', 'student', 'professor', 'athlete', 'player', 'quarterback', 'bartender', 'waitress', 'waiter',
    'cashier', 'mechanic', 'trucker', 'truck', 'mail', 'librarian', 'maestra', 'maestro', 'profesor', 'profesora',
    'bombero', 'policía', 'alcalde', 'estudiante', 'jugador'),
];
const FAMILY: readonly GatedPattern[] = [
  withWords(/\b(?:mom of \d|mother of \d|dad of \d|father of \d|twins?|triplets|widow|widower|newlywed|pregnant|expecting|grandmother of|grandfather of|only child|madre de \d|padre de \d|gemelos|viuda|viudo)\b/giu,
    'mom', 'mother', 'dad', 'father', 'twin', 'twins', 'triplets', 'widow', 'widower', 'newlywed', 'pregnant', 'expecting',
    'grandmother', 'grandfather', 'only', 'madre', 'padre', 'gemelos', 'viuda', 'viudo'),
];

const risk: Risk = {
  id: 'risk/quasi-identifiers',
  check({ doc, care, detections }) {
    // A finding needs one person's care story at its anchor; without one anywhere, stop here.
    if (!care.anyIndividual) return [];
    const localizing: Span[] = detections
      .filter((d) => (d.category === 'date' || d.category === 'geography') && d.owner === undefined)
      .filter((d) => !(d.category === 'date' && isCoarseRelative(doc.text.slice(d.start, d.end))))
      .map((d) => ({ start: d.start, end: d.end }));
    const age = gatedSpans(doc, doc.text, AGE);
    if (age.length === 0 && care.strongPersons.length === 0) return [];
    const anchor = age[0] ?? care.strongPersons[0]!;
    const radius = 280;
    const kinds = {
      age: age.length > 0,
      sex: anyNear(gatedSpans(doc, doc.text, SEX), anchor, radius),
      condition: anyNear(care.conditions, anchor, radius),
      occupation: anyNear(gatedSpans(doc, doc.text, OCCUPATION), anchor, radius),
      family: anyNear(gatedSpans(doc, doc.text, FAMILY), anchor, radius),
      localizing: anyNear(localizing, anchor, radius),
    };
    const count = Object.values(kinds).filter(Boolean).length;
    // Age + sex + condition is a textbook vignette; it takes something local or personal on top.
    const personal = kinds.localizing || (kinds.occupation && kinds.family);
    if (count < 3 || !personal || !care.individualAt(anchor.start)) return [];
    return [
      riskFinding({
        ruleId: 'risk/quasi-identifiers',
        category: 'quasi-identifiers',
        severity: count >= 5 ? 'error' : 'warning',
        span: anchor,
        message: 'Several details together describe one person',
        why: 'Age, sex, condition, job, family, place and date are harmless one at a time; together they fit one person that neighbours or colleagues will recognise.',
        suggestions: [],
      }),
    ];
  },
};
export default risk;
