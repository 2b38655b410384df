/**
 * The practice policy: what the practice manager sets once and every staff browser follows.
 * Settings are `defaults` + numbered migrations (in the manner of webext-options-sync), and every
 * read goes through `validatePolicy`, so a stored, managed or imported policy that is broken is
 * reported in words and never reaches the engine.
 *
 * The one place the rest of the extension imports the policy from; the pieces live beside it:
 * policy-schema.ts (types, defaults, limits), policy-migrations.ts, policy-checks.ts and
 * policy-validate.ts (validation), policy-watch-pattern.ts (the watch-term pattern check).
 */
import type { Policy } from './policy-schema.js';

// Everything policy-schema.ts exports is public: the types, defaults and limits.
export * from './policy-schema.js';
export { migrate, MIGRATIONS } from './policy-migrations.js';
export { parsePolicyJson, validatePolicy, validatePolicyKeys, type PolicyResult } from './policy-validate.js';
export { unsafePattern } from './policy-watch-pattern.js';

/** The file written by "Export": stable key order, readable by people and by `parsePolicyJson`. */
export function policyToJson(policy: Policy): string {
  return `${JSON.stringify(policy, null, 2)}\n`;
}

/** Fills a reply template's slots; a slot with no value is left out cleanly. */
export function fillTemplate(
  template: string,
  values: { readonly phone?: string; readonly portal?: string; readonly signoff?: string; readonly emergency?: string },
): string {
  return template
    .replace(/\{(phone|portal|signoff|emergency)\}/g, (_, slot: 'phone' | 'portal' | 'signoff' | 'emergency') => values[slot] ?? '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([.,;:!?])/g, '$1')
    .trim();
}
