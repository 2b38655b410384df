/**
 * P5: a stack of quasi-identifiers. Age, sex and a condition describe a textbook case; add a
 * date, a place, an occupation or a family detail and the description fits one person (Sweeney:
 * ZIP, sex and birth date single out most Americans; privacy-rules-research.md §2.4).
 */
import type { Risk } from '../pipeline.js';
import { isCoarseRelative } from '../severity.js';
import { unicodeWords } from '../regex.js';
import type { Span } from '../types.js';
import { anyNear, matchSpans, riskFinding } from './helpers.js';

const AGE = [unicodeWords(/\b\d{1,3}[- ]?(?:year|yr|y)s?[- ]?old\b|\b\d{1,3}\s?(?:yo|y\/o)\b|\b(?:in (?:his|her|their) (?:\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b|\bde\s\d{1,3}\saños\b/giu)];
const SEX = [unicodeWords(/\b(?:male|female|man|woman|boy|girl|gentleman|lady|mother|father|mom|dad|son|daughter|wife|husband|hombre|mujer|niño|niña|señor|señora)\b/giu)];
const OCCUPATION = [unicodeWords(/\b(?:teacher|principal|coach|pastor|priest|rabbi|imam|firefighter|police officer|cop|deputy|sheriff|mayor|councilman|councilwoman|judge|lawyer|nurse|doctor|pilot|farmer|rancher|veteran|soldier|marine|student|professor|athlete|player|quarterback|bartender|waitress|waiter|cashier|mechanic|trucker|truck driver|mail carrier|librarian|maestra|maestro|profesor|profesora|bombero|policía|pastor|alcalde|estudiante|jugador)\b/giu)];
const FAMILY = [/\b(?:mom of \d|mother of \d|dad of \d|father of \d|twins?|triplets|widow|widower|newlywed|pregnant|expecting|grandmother of|grandfather of|only child|madre de \d|padre de \d|gemelos|viuda|viudo)\b/giu];

const risk: Risk = {
  id: 'risk/quasi-identifiers',
  check({ doc, care, detections }) {
    const localizing: Span[] = detections
      .filter((d) => (d.category === 'date' || d.category === 'geography') && d.owner === undefined)
      .filter((d) => !(d.category === 'date' && isCoarseRelative(doc.text.slice(d.start, d.end))))
      .map((d) => ({ start: d.start, end: d.end }));
    const age = matchSpans(doc.text, AGE);
    if (age.length === 0 && care.strongPersons.length === 0) return [];
    const anchor = age[0] ?? care.strongPersons[0]!;
    const radius = 280;
    const kinds = {
      age: age.length > 0,
      sex: anyNear(matchSpans(doc.text, SEX), anchor, radius),
      condition: anyNear(care.conditions, anchor, radius),
      occupation: anyNear(matchSpans(doc.text, OCCUPATION), anchor, radius),
      family: anyNear(matchSpans(doc.text, FAMILY), anchor, radius),
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
