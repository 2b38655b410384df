/**
 * Validation of a whole policy: every read of a stored, managed or imported policy goes through
 * here, so one that is broken is reported in words and never reaches the engine.
 */
import type { PostGuardMode, ReplyIntent, Severity } from '../engine/types.js';
import { bool, COUNTRY, date, DOMAIN, EMAIL, handle, INITIALS, int, kindOf, list, object, oneOf, phone, text, url, type Check, type Ctx, type Shape } from './policy-checks.js';
import { isRecord, migrate } from './policy-migrations.js';
import {
  defaults,
  LIMITS,
  POLICY_KEYS,
  POLICY_VERSION,
  REPLY_INTENTS,
  TEMPLATE_SLOTS,
  type PracticeProfile,
  type Policy,
  type PolicyKey,
  type PolicyReplyTemplate,
  type PolicyRotationMember,
  type PolicyWatchTerm,
  type StaffMember,
} from './policy-schema.js';
import { unsafePattern } from './policy-watch-pattern.js';

function watchTerm(): Check<PolicyWatchTerm> {
  const base = object<PolicyWatchTerm>(
    {
      term: text(LIMITS.watchPattern),
      regex: bool(),
      severity: oneOf<Severity>(['info', 'warning', 'error']),
      note: text(LIMITS.text),
    },
    { term: '', regex: false, severity: 'warning', note: '' },
  );
  return (v, path, ctx) => {
    // A bare string is the common case in hand-written policies: a plain word at warning.
    const t = base(typeof v === 'string' ? { term: v } : v, path, ctx);
    if (t === undefined) return undefined;
    if (t.term.trim().length === 0) {
      ctx.errors.push(`${path}.term: must not be empty`);
      return undefined;
    }
    if (t.regex) {
      const why = unsafePattern(t.term);
      if (why !== undefined) {
        ctx.errors.push(`${path}.term: the pattern ${why}`);
        return undefined;
      }
    }
    return t;
  };
}

function replyTemplate(): Check<PolicyReplyTemplate> {
  const base = object<{ intent: ReplyIntent; language: 'en' | 'es' | undefined; text: string }>(
    {
      intent: oneOf<ReplyIntent>(REPLY_INTENTS),
      language: (v, path, ctx) => oneOf<'en' | 'es'>(['en', 'es'])(v, path, ctx),
      text: text(LIMITS.templateText, { multiline: true }),
    },
    { intent: 'general', language: undefined, text: '' },
  );
  return (v, path, ctx) => {
    const t = base(v, path, ctx);
    if (t === undefined) return undefined;
    if (t.text.trim().length === 0) {
      ctx.errors.push(`${path}.text: must not be empty`);
      return undefined;
    }
    const unknown = [...t.text.matchAll(/\{([^{}\s]{1,30})\}/g)].map((m) => m[1]!).filter((s) => !(TEMPLATE_SLOTS as readonly string[]).includes(s));
    if (unknown.length > 0) {
      ctx.errors.push(`${path}.text: unknown slot {${unknown[0]}}; the slots are ${TEMPLATE_SLOTS.map((s) => `{${s}}`).join(', ')}`);
      return undefined;
    }
    return t.language === undefined ? { intent: t.intent, text: t.text } : { intent: t.intent, language: t.language, text: t.text };
  };
}

const SHAPE: Shape<Omit<Policy, 'version'>> = {
  practice: object<PracticeProfile>(
    {
      name: text(LIMITS.shortText),
      handles: list(handle(), LIMITS.handles),
      phones: list(phone(), LIMITS.phones),
      emails: list(text(LIMITS.shortText, { pattern: EMAIL, hint: 'is not an email address' }), LIMITS.emails),
      domains: list(text(LIMITS.shortText, { pattern: DOMAIN, hint: 'must be a domain such as example.org' }), LIMITS.domains),
      addresses: list(text(LIMITS.text), LIMITS.addresses),
      portalUrl: url(),
    },
    defaults.practice,
  ),
  staff: list(
    object<StaffMember>({ name: text(LIMITS.shortText, { pattern: /\p{L}/u, hint: 'must be a name' }), role: text(LIMITS.shortText) }, { name: '', role: '' }),
    LIMITS.staff,
  ),
  partners: list(handle(), LIMITS.partners),
  watchTerms: list(watchTerm(), LIMITS.watchTerms),
  postGuard: oneOf<PostGuardMode>(['off', 'warn', 'confirm', 'block']),
  lengthLimit: oneOf<280 | 25000>([280, 25000]),
  rotation: object<Policy['rotation']>(
    {
      members: list(
        object<PolicyRotationMember>(
          {
            name: text(LIMITS.shortText, { pattern: /\p{L}/u, hint: 'must be a name' }),
            initials: text(5, { pattern: INITIALS, hint: 'must be 1 to 5 letters' }),
          },
          { name: '', initials: '' },
        ),
        LIMITS.rotationMembers,
      ),
      periodDays: int(1, LIMITS.periodDays),
      startDate: date(),
    },
    defaults.rotation,
  ),
  signoff: object<Policy['signoff']>({ required: bool(), text: text(LIMITS.shortText) }, defaults.signoff),
  replyTemplates: list(replyTemplate(), LIMITS.replyTemplates),
  proofread: object<Policy['proofread']>({ enabled: bool(), items: list(text(LIMITS.text), LIMITS.proofreadItems) }, defaults.proofread),
  emergencyLine: text(30, { pattern: /^[\d\s()+\-]{2,30}$/, hint: 'must be a phone number such as 911' }),
  country: text(2, { pattern: COUNTRY, hint: 'must be a two-letter country code such as US' }),
  audit: object<Policy['audit']>(
    { enabled: bool(), retentionDays: int(1, LIMITS.retentionDays), maxEntries: int(10, LIMITS.maxEntries) },
    defaults.audit,
  ),
};

export type PolicyResult =
  | { readonly ok: true; readonly policy: Policy; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[]; readonly warnings: readonly string[] };

/**
 * Checks some of the policy's keys, each on its own: the valid ones are returned, the broken
 * ones are reported. Managed storage uses this, so one bad key from the administrator does not
 * discard the others.
 */
export function validatePolicyKeys(input: unknown): {
  readonly values: Partial<Omit<Policy, 'version'>>;
  readonly present: readonly PolicyKey[];
  readonly invalid: readonly PolicyKey[];
  readonly errors: readonly string[];
  readonly warnings: readonly string[];
} {
  if (!isRecord(input)) {
    return { values: {}, present: [], invalid: [], errors: [`The policy must be a JSON object, not ${kindOf(input)}`], warnings: [] };
  }
  const migrated = migrate(input);
  if ('error' in migrated) return { values: {}, present: [], invalid: [], errors: [migrated.error], warnings: [] };
  const raw = migrated.value;
  const ctx: Ctx = { errors: [], warnings: [] };
  const values: Record<string, unknown> = {};
  const present: PolicyKey[] = [];
  const invalid: PolicyKey[] = [];
  for (const key of POLICY_KEYS) {
    if (raw[key] === undefined) continue;
    present.push(key);
    const checked = (SHAPE[key] as Check<unknown>)(raw[key], key, ctx);
    if (checked === undefined) invalid.push(key);
    else values[key] = checked;
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'version' && !(POLICY_KEYS as readonly string[]).includes(key)) ctx.warnings.push(`${key}: unknown setting, ignored`);
  }
  return { values: values as Partial<Omit<Policy, 'version'>>, present, invalid, errors: ctx.errors, warnings: ctx.warnings };
}

/**
 * The whole policy, or every reason it is not one. Missing keys take the defaults, so a partial
 * hand-written file is fine; any error rejects the whole input and changes nothing.
 */
export function validatePolicy(input: unknown): PolicyResult {
  const r = validatePolicyKeys(input);
  if (r.errors.length > 0) return { ok: false, errors: r.errors, warnings: r.warnings };
  return { ok: true, policy: { ...defaults, ...r.values, version: POLICY_VERSION }, warnings: r.warnings };
}

/** Parses an imported file; a broken file gives a message, never an exception. */
export function parsePolicyJson(json: string): PolicyResult {
  if (json.length > 1_000_000) return { ok: false, errors: ['The file is larger than 1 MB; a policy is a few kilobytes'], warnings: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    const detail = e instanceof Error ? e.message : 'syntax error';
    return { ok: false, errors: [`The file is not valid JSON (${detail})`], warnings: [] };
  }
  return validatePolicy(parsed);
}
