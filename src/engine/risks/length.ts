/** Over X's limit, or about to be: worth knowing before pressing Post. */
import type { Doc } from '../doc.js';
import type { Risk } from '../pipeline.js';
import { riskFinding } from './helpers.js';

/** Remaining weighted characters at which the count starts to matter. */
const NEAR = 20;

/** The first normalized offset whose source is at or after `original`. */
function normalizedOffset(doc: Doc, original: number): number {
  const starts = doc.norm.starts;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, doc.text.length - 1);
}

const risk: Risk = {
  id: 'length/over-limit',
  check({ doc, length }) {
    const { remaining, limit, validRangeEnd } = length;
    if (remaining > NEAR || doc.text.length === 0) return [];
    const over = remaining < 0;
    // X marks the overflow from the first character past the limit; the span follows it.
    const start = over && limit === 280 ? normalizedOffset(doc, validRangeEnd + 1) : doc.text.length - 1;
    return [
      riskFinding({
        ruleId: 'length/over-limit',
        category: 'length',
        severity: 'info',
        span: { start, end: Math.max(start + 1, doc.text.length) },
        message: over ? `Over X's limit by ${-remaining}` : remaining === 1 ? '1 character left' : `${remaining} characters left`,
        why: over ? `X will not post more than ${limit} weighted characters; links count as 23 and emoji as 2.` : 'Close to X’s limit; links count as 23 characters and emoji as 2.',
      }),
    ];
  },
};
export default risk;
