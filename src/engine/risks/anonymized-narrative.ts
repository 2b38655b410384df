/**
 * P8: the "anonymized" story. Initials ("J.S."), "Mr. X", a nickname or "my frequent flyer" do
 * not hide a patient from the people who know them (NCSBN lists these as a myth;
 * privacy-rules-research.md §2.1, §2.4).
 */
import type { Risk } from '../pipeline.js';
import type { Detection } from '../recognizer.js';
import { withWords, type GatedPattern } from '../regex.js';
import type { Span } from '../types.js';
import { gatedSpans, removeSuggestion, riskFinding } from './helpers.js';

// Each pattern with what every match of it holds (regex.ts wordTest).
const DISGUISES: readonly GatedPattern[] = [
  // Initials: "J.S.", "J. S.", "JS" after a patient word, "Pt J.", "Mrs. H"
  withWords(/\b\p{Lu}\.\s?\p{Lu}\.(?:\s?\p{Lu}\.)?(?!\p{L})/gu, '.'),
  withWords(/\b(?:[Pp]atient|[Pp]t|PT|[Pp]aciente|Mr|Mrs|Ms|Miss|Sr|Sra)\.?\s+\p{Lu}{1,3}\b\.?(?!\p{Ll}|\s*[:#]?\s*\d)/gu,
    'patient', 'pt', 'paciente', 'mr', 'mrs', 'ms', 'miss', 'sr', 'sra'),
  withWords(/\b(?:mr|mrs|ms|miss|patient)\.?\s+(?:x|y|z|doe)\b/giu, 'x', 'y', 'z', 'doe'),
  // Nicknames that staff give patients.
  withWords(/\b(?:our|my|the)\s+(?:(?:favorite|favourite|usual|resident|local|beloved)\s+)?(?:frequent flyer|frequent flier|regular|favorite patient|favourite patient|problem patient|difficult patient|drama queen)\b/giu,
    'frequent', 'regular', 'favorite', 'favourite', 'problem', 'difficult', 'drama'),
  withWords(/["“'‘]\p{L}[\p{L} ]{1,24}["”'’]\s+(?:in|from)\s+(?:room|bed|bay)\b/giu, 'room', 'bed', 'bay'),
];

// Initials that are abbreviations, not people.
const NOT_INITIALS = new Set(['U.S.', 'U.K.', 'D.C.', 'U.N.', 'E.U.', 'A.M.', 'P.M.', 'M.D.', 'R.N.', 'B.S.', 'M.S.', 'B.A.', 'M.A.', 'N.P.', 'P.A.', 'D.O.', 'L.A.', 'N.Y.', 'E.R.', 'I.V.', 'O.R.', 'P.S.', 'U.S.A.', 'EE.UU.', 'S.A.', 'T.V.', 'Q.A.']);

/**
 * Whether a name detection holds the span. Detections come sorted and without overlaps, so only
 * the last one starting at or before the span can hold it: a binary search finds it.
 */
function insideName(named: readonly Detection[], span: Span): boolean {
  let lo = 0;
  let hi = named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (named[mid]!.start <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const d = named[lo - 1];
  return d !== undefined && span.end <= d.end;
}

const risk: Risk = {
  id: 'risk/anonymized-narrative',
  check({ doc, care, detections }) {
    // Every finding sits in one person's care story; without one the patterns need not run.
    if (!care.anyIndividual) return [];
    const named = detections.filter((d) => d.category === 'name');
    return gatedSpans(doc, doc.text, DISGUISES)
      .filter((span) => !NOT_INITIALS.has(doc.text.slice(span.start, span.end).replace(/\s/g, '')))
      .filter((span) => care.individualAt(span.start))
      .filter((span) => !insideName(named, span))
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
