/**
 * P2: echoing or adding details in a reply. Repeating the condition, drug or procedure the
 * person mentioned, naming them when they used only a handle, or mentioning their insurer or
 * what they paid confirms their care in the practice's own voice (Elite Dental 2019, New Vision
 * Dental 2022: privacy-rules-research.md §2.3).
 */
import { careContext } from '../context/care.js';
import { buildDoc, type Doc } from '../doc.js';
import type { Risk } from '../pipeline.js';
import { phraseWords } from '../phrases.js';
import type { Finding, Span } from '../types.js';
import { matchSpans, phraseRegex, removeSuggestion, riskFinding } from './helpers.js';

// Insurers and programmes US patients name in public complaints.
const INSURERS = phraseRegex([
  'aetna', 'cigna', 'unitedhealthcare', 'united healthcare', 'uhc', 'humana', 'kaiser',
  'kaiser permanente', 'bcbs', 'blue cross', 'blue shield', 'blue cross blue shield', 'anthem',
  'medicaid', 'medicare', 'medi-cal', 'tricare', 'molina', 'centene', 'ambetter', 'oscar health',
  'highmark', 'wellcare', 'carefirst', 'geha', 'caresource', 'amerigroup', 'chip', 'cobra',
]);
const MONEY = /(?:[$€£]\s?\d[\d,]{0,9}(?:\.\d{1,2})?|\b\d[\d,]{0,9}(?:\.\d{1,2})?\s?(?:dollars|usd|dólares|pesos)\b)/giu;

// First person in the post being answered: the health words near it are the poster's own.
const PERSONAL = /\b(?:i|i'm|i've|i'd|me|my|mine|myself|we|our|us|yo|me|mi|mis|mío|mía|nosotros|nuestr[oa]s?)\b/u;

// Clinical words too generic to count as an echo ("care", "visit"); they are P1's business.
const GENERIC = new Set([
  'appointment', 'appt', 'visit', 'visited', 'results', 'care', 'treatment', 'consult', 'exam', 'checkup', 'check-up', 'insurance', 'claim', 'records', 'chart',
  'cita', 'consulta', 'visita', 'resultados', 'resultado', 'tratamiento', 'examen', 'seguro', 'expediente', 'atención',
]);

/**
 * Plans and prices are general ("we accept Medicaid", "a cleaning is $99") unless they are the
 * person's own ("your Medicaid", "your balance of $240").
 */
function personal(doc: Doc, span: Span): boolean {
  return /\b(?:your|you|usted|su|sus|tu|tus)\b/.test(doc.lower.slice(Math.max(0, span.start - 40), span.end + 10));
}

function termSpansInDraft(lower: string, phrase: string): Span[] {
  const words = phraseWords(phrase);
  if (words.length === 0) return [];
  return matchSpans(lower, [phraseRegex([words.join(' ')])]);
}

const risk: Risk = {
  id: 'risk/echoes-reply',
  check({ doc, detections }) {
    if (!doc.isReply) return [];
    const out: Finding[] = [];
    const parentText = doc.context.replyTo?.text ?? '';

    if (parentText.length > 0) {
      const parent = buildDoc(parentText.slice(0, 2000));
      const care = careContext(parent);
      const terms = new Set<string>();
      for (const s of [...care.conditions, ...care.drugs, ...care.events]) {
        const term = parent.lower.slice(s.start, s.end);
        // Only what the poster said about their own (or their family's) health: repeating
        // "cleaning" to someone asking what a cleaning costs reveals nothing.
        const around = parent.lower.slice(Math.max(0, s.start - 50), Math.min(parent.lower.length, s.end + 30));
        if (!GENERIC.has(term) && PERSONAL.test(around)) terms.add(term);
      }
      // Sending someone to emergency care may have to name what to look out for ("if you think
      // you are having a stroke, call 911"): still a repeat, but the redirect matters more.
      // (The number itself, not "urgencias" or "the ER", which may be where they waited.)
      const line = doc.policy.emergencyLine.trim();
      const redirect = terms.size > 0 && (/\b(?:911|112|999)\b/.test(doc.text) || (line.length > 0 && doc.text.includes(line)));
      for (const term of terms) {
        for (const span of termSpansInDraft(doc.lower, term)) {
          out.push(
            riskFinding({
              ruleId: 'risk/echoes-reply',
              category: 'echo',
              severity: redirect ? 'warning' : 'error',
              span,
              message: 'This repeats a health detail from the post you are replying to',
              why: 'Repeating their condition, drug or procedure in the practice’s reply confirms it — even though they posted it first.',
              suggestions: [removeSuggestion(doc, span)],
            }),
          );
        }
      }
    }

    // Names in the reply that the poster did not show: the practice would be adding them.
    const shown = new Set(
      [doc.context.replyTo?.displayName ?? '', doc.context.replyTo?.handle ?? '']
        .join(' ')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 1),
    );
    for (const d of detections) {
      if (d.category !== 'name' || d.owner !== undefined) continue;
      const words = doc.lower.slice(d.start, d.end).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1);
      const theirs = words.length > 0 && words.every((w) => shown.has(w));
      out.push(
        riskFinding({
          ruleId: 'risk/echoes-reply',
          category: 'echo',
          severity: theirs ? 'warning' : 'error',
          span: { start: d.start, end: d.end },
          message: theirs ? 'This addresses them by name' : 'This adds a name the poster did not use',
          why: theirs
            ? 'Using their name in the practice’s reply ties that person to the practice; greet them without it.'
            : 'Naming someone who posted under a handle or nickname reveals who they are, as in fined review replies.',
          suggestions: [removeSuggestion(doc, { start: d.start, end: d.end })],
        }),
      );
    }

    for (const span of matchSpans(doc.lower, [INSURERS])) {
      out.push(
        riskFinding({
          ruleId: 'risk/echoes-reply',
          category: 'echo',
          severity: personal(doc, span) ? 'error' : 'info',
          span,
          message: 'An insurer in a reply',
          why: 'Mentioning their insurance in a reply reveals details of their care and coverage.',
          suggestions: [removeSuggestion(doc, span)],
        }),
      );
    }
    for (const span of matchSpans(doc.text, [MONEY])) {
      out.push(
        riskFinding({
          ruleId: 'risk/echoes-reply',
          category: 'echo',
          severity: personal(doc, span) ? 'error' : 'info',
          span,
          message: 'An amount of money in a reply',
          why: 'Costs or balances in a reply to a person reveal what care they received and what they paid.',
          suggestions: [removeSuggestion(doc, span)],
        }),
      );
    }
    return out;
  },
};
export default risk;
