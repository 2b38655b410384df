/**
 * Bank account and routing numbers, which have no shape of their own: a value written right after
 * "account", "acct #", "routing", "cuenta"..., and a nine-digit ABA routing number near a routing
 * word (its check digit raises the score).
 */
import { isValidAbaRouting } from '../checksums.js';
import { isIdValue, labelIndex, scanNear, valueAfter } from '../labels.js';
import type { Doc } from '../doc.js';
import type { Detection, Recognizer } from '../recognizer.js';

const ROUTING = /(?<![\p{L}\p{N}\-.\/])\d{9}(?![\p{L}\p{N}]|[\-.\/,]\p{N})/gu;

const MESSAGE = 'This looks like a bank account number';
const WHY = 'An account number belongs to one person and can be used to reach their money or bills.';

function detection(start: number, end: number, score: number): Detection {
  return { ruleId: 'phi/bank-account', category: 'account', start, end, score, strength: 'direct', owner: undefined, message: MESSAGE, why: WHY, replacement: undefined };
}

function detect(doc: Doc): Detection[] {
  const index = labelIndex(doc);
  const out: Detection[] = [];
  for (const label of index.hits('account')) {
    const v = valueAfter(doc, label.end);
    if (v === undefined) continue;
    const value = doc.text.slice(v.start, v.end);
    // Account numbers are mostly digits: five or more of them.
    if (isIdValue(value) && value.replace(/\D/g, '').length >= 5) out.push(detection(v.start, v.end, 0.85));
  }
  for (const v of scanNear(doc, index.hits('routing'), 30, ROUTING)) {
    out.push(detection(v.start, v.end, isValidAbaRouting(v.value) ? 0.9 : 0.6));
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/bank-account', detect };
export default recognizer;
