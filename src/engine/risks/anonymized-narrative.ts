/**
 * P8: the "anonymized" story. Initials ("J.S."), "Mr. X", a nickname or "my frequent flyer" do
 * not hide a patient from the people who know them (NCSBN lists these as a myth;
 * privacy-rules-research.md §2.1, §2.4).
 */
import type { Risk } from '../pipeline.js';
import { matchSpans, removeSuggestion, riskFinding } from './helpers.js';

const DISGUISES = [
  // Initials: "J.S.", "J. S.", "JS" after a patient word, "Pt J.", "Mrs. H"
  /\b\p{Lu}\.\s?\p{Lu}\.(?:\s?\p{Lu}\.)?(?!\p{L})/gu,
  /\b(?:[Pp]atient|[Pp]t|PT|[Pp]aciente|Mr|Mrs|Ms|Miss|Sr|Sra)\.?\s+\p{Lu}{1,3}\b\.?(?!\p{Ll}|\s*[:#]?\s*\d)/gu,
  /\b(?:mr|mrs|ms|miss|patient)\.?\s+(?:x|y|z|doe)\b/giu,
  // Nicknames that staff give patients.
  /\b(?:our|my|the)\s+(?:(?:favorite|favourite|usual|resident|local|beloved)\s+)?(?:frequent flyer|frequent flier|regular|favorite patient|favourite patient|problem patient|difficult patient|drama queen)\b/giu,
  /["“'‘]\p{L}[\p{L} ]{1,24}["”'’]\s+(?:in|from)\s+(?:room|bed|bay)\b/giu,
];

// Initials that are abbreviations, not people.
const NOT_INITIALS = new Set(['U.S.', 'U.K.', 'D.C.', 'U.N.', 'E.U.', 'A.M.', 'P.M.', 'M.D.', 'R.N.', 'B.S.', 'M.S.', 'B.A.', 'M.A.', 'N.P.', 'P.A.', 'D.O.', 'L.A.', 'N.Y.', 'E.R.', 'I.V.', 'O.R.', 'P.S.', 'U.S.A.', 'EE.UU.', 'S.A.', 'T.V.', 'Q.A.']);

const risk: Risk = {
  id: 'risk/anonymized-narrative',
  check({ doc, care, detections }) {
    const named = detections.filter((d) => d.category === 'name');
    return matchSpans(doc.text, DISGUISES)
      .filter((span) => !NOT_INITIALS.has(doc.text.slice(span.start, span.end).replace(/\s/g, '')))
      .filter((span) => care.individualAt(span.start))
      .filter((span) => !named.some((d) => d.start <= span.start && span.end <= d.end))
      .map((span) =>
        riskFinding({
          ruleId: 'risk/anonymized-narrative',
          category: 'anonymized-narrative',
          severity: 'error',
          span,
          message: 'Initials or a nickname for a patient',
          why: 'Initials, nicknames and “Mr. X” do not hide a patient from the people who know them.',
          suggestions: [removeSuggestion(doc, span)],
        }),
      );
  },
};
export default risk;
