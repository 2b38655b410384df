/**
 * P6: a public figure or newsworthy patient. "A local celebrity came in", "the mayor's surgery"
 * — the public will guess who it is (UCLA 2011, Shasta 2013: privacy-rules-research.md §2.3).
 */
import type { Risk } from '../pipeline.js';
import { withWords, type GatedPattern } from '../regex.js';
import { gatedSpans, removeSuggestion, riskFinding } from './helpers.js';

// (?<![\p{L}\p{N}_]) and (?![\p{L}\p{N}_]) are Unicode word edges (regex.ts, unicodeWords).
// Each pattern with the words one of which every match holds (regex.ts wordTest).
const FAMOUS: readonly GatedPattern[] = [
  // Unicode word edges: "mayor" must not match inside Spanish "mayoría".
  withWords(/(?<![\p{L}\p{N}_])(?:celebrity|celeb|famous|well-known|star|superstar|influencer|athlete|quarterback|pitcher|(?:nba|nfl|mlb|nhl|mls|olympic|pro) (?:player|star|athlete)|actor|actress|singer|rapper|musician|tv host|news anchor|anchorman|reporter|mayor|senator|governor|congressman|congresswoman|councilman|councilwoman|sheriff|judge|ceo|politician|royal|prince|princess|the guy from the news|the woman from the news|you'd recognize|you would recognize|you'd know|you all know|everyone knows|from tv|on tv|in the news|made the news|viral)(?![\p{L}\p{N}_])/giu,
    'celebrity', 'celeb', 'famous', 'well', 'star', 'superstar', 'influencer', 'athlete', 'quarterback', 'pitcher', 'player',
    'actor', 'actress', 'singer', 'rapper', 'musician', 'host', 'anchor', 'anchorman', 'reporter', 'mayor', 'senator',
    'governor', 'congressman', 'congresswoman', 'councilman', 'councilwoman', 'sheriff', 'judge', 'ceo', 'politician',
    'royal', 'prince', 'princess', 'news', 'recognize', 'know', 'knows', 'tv', 'viral'),
  withWords(/(?<![\p{L}\p{N}_])(?:famoso|famosa|celebridad|actor|actriz|cantante|alcalde|alcaldesa|senador|senadora|gobernador|gobernadora|futbolista|jugador|jugadora|salió en las noticias)(?![\p{L}\p{N}_])/giu,
    'famoso', 'famosa', 'celebridad', 'actor', 'actriz', 'cantante', 'alcalde', 'alcaldesa', 'senador', 'senadora',
    'gobernador', 'gobernadora', 'futbolista', 'jugador', 'jugadora', 'noticias'),
];

const risk: Risk = {
  id: 'risk/public-figure',
  check({ doc, care }) {
    // Reported only inside one person's care story told by the practice or in a reply: without
    // those, no span can pass the filter below and the patterns need not run.
    // A reply about a well-known person's health ("the governor is stable") answers the question
    // everyone is asking, whoever asked it.
    const replyAboutHealth = doc.isReply && care.health;
    if (!(care.anyIndividual || replyAboutHealth) || !(care.firstPerson.length > 0 || doc.isReply)) return [];
    return gatedSpans(doc, doc.text, FAMOUS)
      .filter((span) => (care.individualAt(span.start) || (replyAboutHealth && care.healthAt(span.start))) && (care.firstPerson.length > 0 || doc.isReply))
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
