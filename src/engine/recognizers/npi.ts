/**
 * National Provider Identifiers: ten digits starting with 1 or 2 whose check digit holds (Luhn
 * over "80840" + NPI), next to an NPI word. An NPI names a clinician, not a patient; in a post it
 * suggests a prescription, referral or form was photographed or copied (privacy-rules-research.md
 * §1 K), so it is reported as the provider's, and severity decides what that means in context.
 */
import { isValidNpi } from '../checksums.js';
import { labelIndex, scanNear } from '../labels.js';
import type { Doc } from '../doc.js';
import type { Detection, Recognizer } from '../recognizer.js';

const NPI = /(?<![\p{L}\p{N}\-.\/])[12]\d{9}(?![\p{L}\p{N}]|[\-.\/]\p{N})/gu;

function detect(doc: Doc): Detection[] {
  const index = labelIndex(doc);
  if (!index.has('npi')) return [];
  const out: Detection[] = [];
  for (const v of scanNear(doc, index.hits('npi'), 40, NPI)) {
    if (!isValidNpi(v.value)) continue;
    out.push({
      ruleId: 'phi/npi',
      category: 'other-identifier',
      start: v.start,
      end: v.end,
      score: 0.8,
      strength: 'quasi',
      owner: 'provider',
      message: 'This looks like a provider NPI number',
      why: "An NPI names a clinician and usually comes from a prescription or form, which may carry the patient's details too.",
      replacement: undefined,
    });
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/npi', detect };
export default recognizer;
