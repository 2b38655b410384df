/**
 * P6: a public figure or newsworthy patient. "A local celebrity came in", "the mayor's surgery"
 * — the public will guess who it is (UCLA 2011, Shasta 2013: privacy-rules-research.md §2.3).
 */
import type { Risk } from '../pipeline.js';
import { unicodeWords } from '../regex.js';
import { matchSpans, removeSuggestion, riskFinding } from './helpers.js';

const FAMOUS = [
  /\b(?:celebrity|celeb|famous|well-known|star|superstar|influencer|athlete|quarterback|pitcher|(?:nba|nfl|mlb|nhl|mls|olympic|pro) (?:player|star|athlete)|actor|actress|singer|rapper|musician|tv host|news anchor|anchorman|reporter|mayor|senator|governor|congressman|congresswoman|councilman|councilwoman|sheriff|judge|ceo|politician|royal|prince|princess|the guy from the news|the woman from the news|you'd recognize|you would recognize|you'd know|you all know|everyone knows|from tv|on tv|in the news|made the news|viral)\b/giu,
  unicodeWords(/\b(?:famoso|famosa|celebridad|actor|actriz|cantante|alcalde|alcaldesa|senador|senadora|gobernador|gobernadora|futbolista|jugador|jugadora|salió en las noticias)\b/giu),
];

const risk: Risk = {
  id: 'risk/public-figure',
  check({ doc, care }) {
    return matchSpans(doc.text, FAMOUS)
      .filter((span) => care.individualAt(span.start) && (care.firstPerson.length > 0 || doc.isReply))
      .map((span) =>
        riskFinding({
          ruleId: 'risk/public-figure',
          category: 'public-figure',
          severity: 'error',
          span,
          message: 'A well-known person as a patient',
          why: 'Hinting that a public figure was treated lets readers guess who it is — celebrity patients have led to large fines.',
          suggestions: [removeSuggestion(doc, span)],
        }),
      );
  },
};
export default risk;
