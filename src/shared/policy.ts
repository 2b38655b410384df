/**
 * The practice policy: what the practice manager sets once and every staff browser follows.
 * Settings are `defaults` + numbered migrations (in the manner of webext-options-sync), and every
 * read goes through `validatePolicy`, so a stored, managed or imported policy that is broken is
 * reported in words and never reaches the engine.
 *
 * Validation is hand-written rather than a schema library: the whole schema is a dozen keys, the
 * messages must name the setting the way the options page does, and the content script bundles
 * this file.
 */
import type { EnginePolicy, PostGuardMode, ReplyIntent, Severity } from '../engine/types.js';

export const POLICY_VERSION = 3;

export interface PracticeProfile {
  readonly name: string;
  /** X handles without '@'. */
  readonly handles: readonly string[];
  /** Public phone and fax numbers, as written. */
  readonly phones: readonly string[];
  readonly emails: readonly string[];
  /** Website domains ("riversidefamily.example"). */
  readonly domains: readonly string[];
  readonly addresses: readonly string[];
  /** Patient portal address, offered by reply templates as {portal}. */
  readonly portalUrl: string;
}

export interface StaffMember {
  readonly name: string;
  readonly role: string;
}

export interface PolicyWatchTerm {
  readonly term: string;
  readonly regex: boolean;
  readonly severity: Severity;
  readonly note: string;
}

export interface PolicyRotationMember {
  readonly name: string;
  readonly initials: string;
}

/**
 * The practice's own wording for a generalized reply of one intent (the engine's generalize()
 * uses it instead of its built-in wording). Same shape as the engine's ReplyTemplate.
 */
export interface PolicyReplyTemplate {
  readonly intent: ReplyIntent;
  /** Language of the wording; both languages when omitted. */
  readonly language?: 'en' | 'es';
  /** May hold the slots {phone}, {portal}, {signoff} and {emergency}. */
  readonly text: string;
}

/** Every intent generalize() knows, in the order the options page lists them. */
export const REPLY_INTENTS = [
  'question', 'appointment', 'results', 'medication', 'symptoms', 'emergency', 'billing', 'complaint',
  'thanks', 'third-party', 'public-figure', 'general',
] as const satisfies readonly ReplyIntent[];
// Fails to compile when the engine gains an intent this list does not have.
const allIntents: Exclude<ReplyIntent, (typeof REPLY_INTENTS)[number]> extends never ? true : never = true;
void allIntents;

export interface Policy {
  readonly version: number;
  readonly practice: PracticeProfile;
  readonly staff: readonly StaffMember[];
  /** Partner practices' handles without '@': retweeted and tagged, never patients. */
  readonly partners: readonly string[];
  readonly watchTerms: readonly PolicyWatchTerm[];
  readonly postGuard: PostGuardMode;
  readonly lengthLimit: 280 | 25000;
  readonly rotation: {
    readonly members: readonly PolicyRotationMember[];
    readonly periodDays: number;
    /** "YYYY-MM-DD": the first day of the first member's turn. */
    readonly startDate: string;
  };
  readonly signoff: {
    readonly required: boolean;
    /** Sign-off text; may hold {initials} and {name} of this turn's physician. Empty: "^XY". */
    readonly text: string;
  };
  readonly replyTemplates: readonly PolicyReplyTemplate[];
  readonly proofread: {
    readonly enabled: boolean;
    readonly items: readonly string[];
  };
  /** Number offered in replies about emergencies ("911"). */
  readonly emergencyLine: string;
  /** Default country for phone numbers (ISO 3166 alpha-2). */
  readonly country: string;
  readonly audit: {
    readonly enabled: boolean;
    readonly retentionDays: number;
    readonly maxEntries: number;
  };
}

export type PolicyKey = Exclude<keyof Policy, 'version'>;

// Compile-time proof that the engine can take a Policy as it is.
const engineView: (p: Policy) => EnginePolicy = (p) => p;
void engineView;

export const defaults: Policy = {
  version: POLICY_VERSION,
  practice: { name: '', handles: [], phones: [], emails: [], domains: [], addresses: [], portalUrl: '' },
  staff: [],
  partners: [],
  watchTerms: [],
  postGuard: 'confirm',
  lengthLimit: 280,
  rotation: { members: [], periodDays: 7, startDate: '' },
  signoff: { required: false, text: '' },
  // Empty: generalize() uses its built-in wording until the practice writes its own.
  replyTemplates: [],
  proofread: {
    enabled: false,
    items: [
      'No patient is named, described or confirmed',
      'No dates of visits, room numbers or photos of patients',
      'The sign-off is there',
    ],
  },
  emergencyLine: '911',
  country: 'US',
  audit: { enabled: true, retentionDays: 365, maxEntries: 5000 },
};

export const POLICY_KEYS: readonly PolicyKey[] = [
  'practice', 'staff', 'partners', 'watchTerms', 'postGuard', 'lengthLimit', 'rotation', 'signoff',
  'replyTemplates', 'proofread', 'emergencyLine', 'country', 'audit',
];

/** Sizes that keep storage small and every list reviewable by a person. */
export const LIMITS = {
  shortText: 100,
  text: 200,
  templateText: 1000,
  handles: 20,
  phones: 20,
  emails: 20,
  domains: 20,
  addresses: 20,
  staff: 200,
  partners: 200,
  watchTerms: 200,
  watchPattern: 200,
  rotationMembers: 52,
  replyTemplates: 50,
  proofreadItems: 20,
  periodDays: 365,
  retentionDays: 3650,
  maxEntries: 100_000,
} as const;

export const TEMPLATE_SLOTS = ['phone', 'portal', 'signoff', 'emergency'] as const;

// ---------------------------------------------------------------------------------------------
// Migrations. Each takes the stored object of version N and returns version N + 1; they only
// move and rename, never validate (validation runs after all of them).

type Raw = Record<string, unknown>;

function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Migrations by the version they upgrade from. Never edit a shipped one: policies already
 * deployed by administrators are written in the old shapes.
 */
export const MIGRATIONS: Readonly<Record<number, (old: Raw) => Raw>> = {
  /**
   * v1 kept the practice's details as flat keys; v2 groups them into `practice` so the engine,
   * the options page and managed storage lock them as one profile.
   */
  1: (old) => {
    const { practiceName, practiceHandles, practicePhones, practiceAddresses, website, ...rest } = old;
    const hasAny = [practiceName, practiceHandles, practicePhones, practiceAddresses, website].some((v) => v !== undefined);
    if (!hasAny) return { ...rest, version: 2 };
    const practice: Raw = isRecord(rest.practice) ? { ...rest.practice } : {};
    if (practiceName !== undefined) practice.name = practiceName;
    if (practiceHandles !== undefined) practice.handles = practiceHandles;
    if (practicePhones !== undefined) practice.phones = practicePhones;
    if (practiceAddresses !== undefined) practice.addresses = practiceAddresses;
    // v1 had one website address; v2 lists bare domains.
    if (typeof website === 'string' && website.trim().length > 0) practice.domains = [website];
    return { ...rest, practice, version: 2 };
  },
  /**
   * v2 had `signoff` as a string with a separate `requireSignoff`, and the rotation period in
   * weeks; v3 has `signoff: {required, text}` and `periodDays`, so a rotation can be by day.
   */
  2: (old) => {
    const { requireSignoff, ...rest } = old;
    const out: Raw = { ...rest, version: 3 };
    if (typeof rest.signoff === 'string' || requireSignoff !== undefined) {
      out.signoff = {
        required: requireSignoff === true,
        text: typeof rest.signoff === 'string' ? rest.signoff : isRecord(rest.signoff) ? rest.signoff.text : '',
      };
    }
    if (isRecord(rest.rotation) && rest.rotation.periodWeeks !== undefined) {
      const { periodWeeks, ...rotation } = rest.rotation;
      out.rotation = { ...rotation, periodDays: typeof periodWeeks === 'number' ? periodWeeks * 7 : periodWeeks };
    }
    return out;
  },
};

/** Brings a stored object up to POLICY_VERSION. A missing version means "current". */
export function migrate(raw: Raw): { value: Raw; from: number } | { error: string } {
  const version = raw.version ?? POLICY_VERSION;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { error: `version: must be a whole number from 1 to ${POLICY_VERSION}` };
  }
  if (version > POLICY_VERSION) {
    return { error: `version: this policy was made for a newer CareTweet (version ${version}); update the extension` };
  }
  let value: Raw = { ...raw, version };
  for (let v = version; v < POLICY_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step === undefined) return { error: `version: no migration from version ${v}` };
    value = step(value);
  }
  return { value, from: version };
}

// ---------------------------------------------------------------------------------------------
// Validation: small checkers that collect "path: what is wrong" messages.

interface Ctx {
  readonly errors: string[];
  readonly warnings: string[];
}

type Check<T> = (v: unknown, path: string, ctx: Ctx) => T | undefined;

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return 'text';
  return `a ${typeof v}`;
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function text(max: number, opts: { pattern?: RegExp; hint?: string; multiline?: boolean } = {}): Check<string> {
  return (v, path, ctx) => {
    if (typeof v !== 'string') {
      ctx.errors.push(`${path}: must be text, not ${kindOf(v)}`);
      return undefined;
    }
    if (v.length > max) {
      ctx.errors.push(`${path}: is ${v.length} characters long; the limit is ${max}`);
      return undefined;
    }
    if (CONTROL.test(v) || (!opts.multiline && /[\r\n]/.test(v))) {
      ctx.errors.push(`${path}: must not contain line breaks or control characters`);
      return undefined;
    }
    if (opts.pattern !== undefined && v.length > 0 && !opts.pattern.test(v)) {
      ctx.errors.push(`${path}: ${opts.hint ?? 'is not in the expected form'}`);
      return undefined;
    }
    return v;
  };
}

function bool(): Check<boolean> {
  return (v, path, ctx) => {
    if (typeof v !== 'boolean') {
      ctx.errors.push(`${path}: must be true or false, not ${kindOf(v)}`);
      return undefined;
    }
    return v;
  };
}

function int(min: number, max: number): Check<number> {
  return (v, path, ctx) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      ctx.errors.push(`${path}: must be a whole number from ${min} to ${max}`);
      return undefined;
    }
    return v;
  };
}

function oneOf<T extends string | number>(values: readonly T[]): Check<T> {
  return (v, path, ctx) => {
    if (!values.includes(v as T)) {
      ctx.errors.push(`${path}: must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);
      return undefined;
    }
    return v as T;
  };
}

function list<T>(item: Check<T>, max: number): Check<T[]> {
  return (v, path, ctx) => {
    if (!Array.isArray(v)) {
      ctx.errors.push(`${path}: must be a list, not ${kindOf(v)}`);
      return undefined;
    }
    if (v.length > max) {
      ctx.errors.push(`${path}: has ${v.length} entries; the limit is ${max}`);
      return undefined;
    }
    const out: T[] = [];
    let ok = true;
    v.forEach((x, i) => {
      const checked = item(x, `${path}[${i}]`, ctx);
      if (checked === undefined) ok = false;
      else out.push(checked);
    });
    return ok ? out : undefined;
  };
}

type Shape<T> = { readonly [K in keyof T]-?: Check<T[K]> };

/** An object with exactly these keys; missing keys take `fallback`'s, unknown keys are reported. */
function object<T extends object>(shape: Shape<T>, fallback: T): Check<T> {
  return (v, path, ctx) => {
    if (!isRecord(v)) {
      ctx.errors.push(`${path}: must be an object with ${Object.keys(shape).join(', ')}, not ${kindOf(v)}`);
      return undefined;
    }
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      if (!(key in v) || v[key] === undefined) {
        out[key] = fallback[key];
        continue;
      }
      const checked = shape[key](v[key], `${path}.${key}`, ctx);
      if (checked === undefined) ok = false;
      else out[key] = checked;
    }
    for (const key of Object.keys(v)) {
      if (!(key in shape)) ctx.warnings.push(`${path}.${key}: unknown setting, ignored`);
    }
    return ok ? (out as T) : undefined;
  };
}

// Handles: X allows letters, digits and underscores, at most 15.
const HANDLE = /^@?[A-Za-z0-9_]{1,15}$/;
const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,10}[a-z]{2,63}\/?$/i;
const EMAIL = /^[^\s@]{1,64}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,10}[a-z]{2,63}$/i;
const INITIALS = /^[\p{L}.\-]{1,5}$/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const COUNTRY = /^[A-Z]{2}$/;

function phone(): Check<string> {
  const base = text(LIMITS.shortText / 2);
  return (v, path, ctx) => {
    const s = base(v, path, ctx);
    if (s === undefined) return undefined;
    const digits = s.replace(/\D/g, '').length;
    if (digits < 3 || digits > 15 || !/^[\d\s()+.\-/x#*ext]+$/i.test(s)) {
      ctx.errors.push(`${path}: is not a phone number (3 to 15 digits, with spaces, dashes or brackets)`);
      return undefined;
    }
    return s;
  };
}

function handle(): Check<string> {
  const base = text(16, { pattern: HANDLE, hint: 'must be an X handle: up to 15 letters, digits or underscores' });
  return (v, path, ctx) => base(v, path, ctx)?.replace(/^@/, '');
}

function url(): Check<string> {
  const base = text(LIMITS.text);
  return (v, path, ctx) => {
    const s = base(v, path, ctx);
    if (s === undefined || s.length === 0) return s;
    let parsed: URL | undefined;
    try {
      parsed = new URL(s);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined || parsed.protocol !== 'https:') {
      ctx.errors.push(`${path}: must be a full https:// address`);
      return undefined;
    }
    return s;
  };
}

function date(): Check<string> {
  const base = text(10);
  return (v, path, ctx) => {
    const s = base(v, path, ctx);
    if (s === undefined || s.length === 0) return s;
    const ms = ISO_DATE.test(s) ? Date.parse(`${s}T00:00:00Z`) : Number.NaN;
    if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== s) {
      ctx.errors.push(`${path}: must be a date written YYYY-MM-DD`);
      return undefined;
    }
    return s;
  };
}

// A bounded repeat larger than this is as slow as an unbounded one on a 25,000-character draft.
const MAX_REPEAT = 100;
// The limits of all repeats multiplied: a bound on the ways one position can be tried.
const MAX_REPEAT_PRODUCT = 1000;

/**
 * Why a watch-term pattern is refused, or undefined when it is safe to run on every keystroke.
 * The engine compiles it with the `giu` flags; a pattern must stay fast on 25,000 characters of
 * hostile input, so repeats must be bounded and a repeated group must not hold a repeat or an
 * alternative ("(a+)+", "(a|aa){1,9}" backtrack exponentially).
 */
export function unsafePattern(source: string): string | undefined {
  if (source.trim().length === 0) return 'is empty';
  if (source.length > LIMITS.watchPattern) return `is ${source.length} characters long; the limit is ${LIMITS.watchPattern}`;
  try {
    new RegExp(source, 'giu');
  } catch (e) {
    return `is not a valid regular expression (${e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : 'syntax error'})`;
  }
  if (new RegExp(source, 'giu').test('')) return 'matches empty text; it would flag every draft';
  // A scan of the pattern: which groups hold a repeat or an alternative, and how each is repeated.
  const open: { hasRepeat: boolean; hasAlt: boolean }[] = [];
  let last: { hasRepeat: boolean; hasAlt: boolean } | 'atom' | undefined;
  let inClass = false;
  let budget = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      if (!inClass) last = 'atom';
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        last = 'atom';
      }
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(') {
      open.push({ hasRepeat: false, hasAlt: false });
      if (source[i + 1] === '?') {
        // Skip the group's "?:", "?=", "?!", "?<=", "?<!" or "?<name>".
        const m = /^\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]{0,40}>)/.exec(source.slice(i + 1));
        if (m !== null) i += m[0].length;
      }
      last = undefined;
      continue;
    }
    if (c === ')') {
      const group = open.pop();
      if (group !== undefined && open.length > 0) {
        const parent = open[open.length - 1]!;
        parent.hasRepeat ||= group.hasRepeat;
        parent.hasAlt ||= group.hasAlt;
      }
      last = group;
      continue;
    }
    if (c === '|') {
      if (open.length > 0) open[open.length - 1]!.hasAlt = true;
      last = undefined;
      continue;
    }
    const quant = /^(?:[*+?]|\{(\d{1,6})(,(\d{0,6}))?\})/.exec(source.slice(i));
    if (quant !== null) {
      const unbounded = quant[0] === '*' || quant[0] === '+' || (quant[2] !== undefined && quant[3] === '');
      const max = quant[0] === '?' ? 1 : quant[3] !== undefined && quant[3] !== '' ? Number(quant[3]) : quant[1] !== undefined ? Number(quant[1]) : Infinity;
      if (unbounded) {
        const bounded = quant[0] === '*' ? '{0,50}' : quant[0] === '+' ? '{1,50}' : `{${quant[1]},50}`;
        return `repeats without a limit ("${quant[0]}"); write ${bounded} instead`;
      }
      if (max > MAX_REPEAT) return `repeats up to ${max} times; the limit is ${MAX_REPEAT}`;
      if (max > 1) {
        budget *= max;
        // Repeats side by side ("a{1,50}a{1,50}") try every split of a run at each position.
        if (budget > MAX_REPEAT_PRODUCT) return `combines repeats that allow too many ways to match (${budget}); shorten them so their limits multiply to at most ${MAX_REPEAT_PRODUCT}`;
      }
      if (max > 1 && typeof last === 'object' && (last.hasRepeat || last.hasAlt)) {
        return 'repeats a group that itself repeats or has alternatives, which can freeze the browser; repeat the inner part only';
      }
      if (max > 1 && open.length > 0) open[open.length - 1]!.hasRepeat = true;
      i += quant[0].length - 1;
      if (source[i + 1] === '?') i++; // lazy modifier
      last = undefined;
      continue;
    }
    last = 'atom';
  }
  return undefined;
}

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
