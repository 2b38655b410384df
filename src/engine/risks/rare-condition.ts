/**
 * P4: a rare condition and a small place. "The measles case at Lincoln Elementary" or "our town's
 * first ALS patient" identifies one family in a small community (the Texas PICU nurse fired in
 * 2018: privacy-rules-research.md, real-violation examples).
 */
import type { Doc } from '../doc.js';
import { RARE_CONDITIONS } from '../data/care-vocabulary.js';
import { NOT_NAME_WORDS } from '../data/name-context.js';
import { commonWords } from '../lexicon.js';
import type { Risk } from '../pipeline.js';
import { withWords, type GatedPattern } from '../regex.js';
import type { Finding, Span } from '../types.js';
import { anyNear, gatedSpans, riskFinding } from './helpers.js';

// Local-community cues that stand in for a town name.
// Local-community cues that stand in for a town name, each with the words one of which every
// match holds (regex.ts wordTest).
const LOCAL: readonly GatedPattern[] = [
  withWords(/\b(?:our|this|my|a|the)\s+(?:(?:small|little|tiny)\s+)?(?:town|village|community|county|neighborhood|neighbourhood|school|district|parish|church|congregation|team|workplace|plant|factory)\b/giu,
    'town', 'village', 'community', 'county', 'neighborhood', 'neighbourhood', 'school', 'district', 'parish', 'church',
    'congregation', 'team', 'workplace', 'plant', 'factory'),
  withWords(/\b(?:local|in town|around here|nearby|next door|down the street|in our area|hometown)\b/giu,
    'local', 'town', 'here', 'nearby', 'door', 'street', 'area', 'hometown'),
  withWords(/\b(?:elementary|middle school|high school|academy|daycare|day care|nursing home|prison|jail)\b/giu,
    'elementary', 'school', 'academy', 'daycare', 'care', 'home', 'prison', 'jail'),
  withWords(/\b(?:nuestro|nuestra|este|esta|mi)\s+(?:pueblo|comunidad|barrio|escuela|colegio|condado|iglesia)\b/giu,
    'pueblo', 'comunidad', 'barrio', 'escuela', 'colegio', 'condado', 'iglesia'),
];

const LOCATIVES: ReadonlySet<string> = new Set(['in', 'from', 'near', 'outside', 'en', 'de']);
const RARE: ReadonlySet<string> = new Set(RARE_CONDITIONS);

function townLikeWords(doc: Doc): Span[] {
  const out: Span[] = [];
  const tokens = doc.tokens;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1]!;
    if (!t.isCap || t.isAllCaps || t.prefix !== '' || !LOCATIVES.has(prev.lower) || t.start - prev.end !== 1) continue;
    const word = t.lower.endsWith("'s") ? t.lower.slice(0, -2) : t.lower;
    // Not an everyday word, a state, a country or a month, nor the condition itself ("Recover
    // From Ebola").
    if (!commonWords.has(word) && !NOT_NAME_WORDS.has(word) && !RARE.has(word)) out.push({ start: t.start, end: t.end });
  }
  return out;
}

const risk: Risk = {
  id: 'risk/rare-condition',
  check({ doc, care, detections }) {
    if (care.rare.length === 0) return [];
    const places: Span[] = [
      ...detections.filter((d) => d.category === 'geography' && d.owner === undefined).map((d) => ({ start: d.start, end: d.end })),
      // A town too small for the gazetteer reads as a name or as nothing: "the first in Marfa's
      // history", "we've had in Hooper". Next to a rare condition, a capitalized word after "in"
      // is taken for one.
      ...townLikeWords(doc),
      ...gatedSpans(doc, doc.text, LOCAL),
    ];
    const out: Finding[] = [];
    for (const span of care.rare) {
      const place = anyNear(places, span, 280);
      const individual = care.individualAt(span.start);
      // A rare condition alone is not an identifier; with a place, or as the practice's own
      // case (a small practice's patients are a small community), it is.
      const ownCase = anyNear(care.firstPerson, span, 280);
      // News about an outbreak somewhere names a rare disease and a city without any patient.
      if (!((place && individual) || ownCase)) continue;
      out.push(
        riskFinding({
          ruleId: 'risk/rare-condition',
          category: 'rare-condition',
          severity: place && individual ? 'error' : 'warning',
          span,
          message: place ? 'A rare condition together with a place' : 'A rare condition in a story about someone',
          why: 'Few people have this condition, so with a town, school or workplace it points at one person or family.',
          suggestions: [
            {
              label: doc.lang === 'es' ? 'Usar “una enfermedad”' : 'Replace with “an illness”',
              edits: [{ start: span.start, end: span.end, replacement: doc.lang === 'es' ? 'una enfermedad' : 'an illness' }],
            },
          ],
        }),
      );
    }
    return out;
  },
};
export default risk;
