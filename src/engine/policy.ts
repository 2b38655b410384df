/**
 * The practice policy as the engine uses it: allow-lists turned into fast lookups, watch terms
 * compiled once. The extension's editable schema lives in src/shared/policy.ts.
 */
import type { EnginePolicy, Severity, WatchTerm } from './types.js';

export interface CompiledWatchTerm {
  readonly regex: RegExp;
  readonly severity: Severity;
  readonly note: string;
  readonly label: string;
}

export interface ResolvedPolicy {
  readonly source: EnginePolicy;
  readonly practiceName: string;
  /** Practice words (lower case) that never count as a person's name ("Riverside", "Family"). */
  readonly practiceNameWords: ReadonlySet<string>;
  /** Phone numbers reduced to their last ten digits. */
  readonly phones: ReadonlySet<string>;
  readonly emails: ReadonlySet<string>;
  /** Registrable domains, lower case, without "www.". */
  readonly domains: readonly string[];
  /** Handles lower case without '@': the practice's own and its partners'. */
  readonly ownHandles: ReadonlySet<string>;
  readonly partnerHandles: ReadonlySet<string>;
  /** Addresses lower-cased with punctuation collapsed, for substring comparison. */
  readonly addresses: readonly string[];
  /** Staff and provider names, each as lower-case words. */
  readonly staff: readonly (readonly string[])[];
  readonly staffWords: ReadonlySet<string>;
  readonly watchTerms: readonly CompiledWatchTerm[];
  readonly lengthLimit: number;
  readonly signoffRequired: boolean;
  readonly signoff: string;
  readonly emergencyLine: string;
  readonly country: string;
}

export function digitsKey(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length > 10 ? digits.slice(-10) : digits;
}

export function addressKey(address: string): string {
  return address
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function bareDomain(domain: string): string {
  return domain
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const MAX_WATCH_PATTERN = 200;

function compileWatchTerm(term: WatchTerm): CompiledWatchTerm | undefined {
  const raw = term.term.trim();
  if (raw.length === 0 || raw.length > MAX_WATCH_PATTERN) return undefined;
  try {
    const source = term.regex ? raw : `(?<![\\p{L}\\p{N}])${escapeRegex(raw).replace(/\s+/g, '\\s+')}(?![\\p{L}\\p{N}])`;
    return {
      regex: new RegExp(source, 'giu'),
      severity: term.severity,
      note: term.note ?? '',
      label: raw,
    };
  } catch {
    // An invalid pattern is reported by the policy validator; the engine just skips it.
    return undefined;
  }
}

const EMPTY: EnginePolicy = {};

// Resolving builds sets and compiles watch terms: done once per policy object, not per draft.
// Policies are values (the extension replaces one when it changes, never edits it in place), so
// the object identifies its resolution. Without a policy every call shares one resolution.
const resolved = new WeakMap<EnginePolicy, ResolvedPolicy>();
let resolvedEmpty: ResolvedPolicy | undefined;

export function resolvePolicy(policy?: EnginePolicy): ResolvedPolicy {
  if (policy === undefined) return (resolvedEmpty ??= compilePolicy(EMPTY));
  // Only objects can key a WeakMap; anything else (from untyped callers) is resolved afresh.
  if (typeof policy !== 'object' || policy === null) return compilePolicy(policy);
  let r = resolved.get(policy);
  if (r === undefined) {
    r = compilePolicy(policy);
    resolved.set(policy, r);
  }
  return r;
}

function compilePolicy(policy: EnginePolicy): ResolvedPolicy {
  const practice = policy.practice ?? {};
  const staff = (policy.staff ?? [])
    .map((s) => addressKey(s.name.replace(/^(dr|dra|mr|mrs|ms|nurse)\.?\s+/i, '')).split(' ').filter(Boolean))
    .filter((words) => words.length > 0);
  const practiceName = practice.name ?? '';
  return {
    source: policy,
    practiceName,
    practiceNameWords: new Set(addressKey(practiceName).split(' ').filter((w) => w.length > 1)),
    phones: new Set((practice.phones ?? []).map(digitsKey).filter((d) => d.length >= 7)),
    emails: new Set((practice.emails ?? []).map((e) => e.trim().toLowerCase())),
    domains: (practice.domains ?? []).map(bareDomain).filter(Boolean),
    ownHandles: new Set((practice.handles ?? []).map((h) => h.replace(/^@/, '').toLowerCase())),
    partnerHandles: new Set((policy.partners ?? []).map((h) => h.replace(/^@/, '').toLowerCase())),
    addresses: (practice.addresses ?? []).map(addressKey).filter(Boolean),
    staff,
    staffWords: new Set(staff.flat()),
    watchTerms: (policy.watchTerms ?? []).map(compileWatchTerm).filter((t): t is CompiledWatchTerm => t !== undefined),
    lengthLimit: policy.lengthLimit === 25000 ? 25000 : 280,
    signoffRequired: policy.signoff?.required === true,
    signoff: policy.signoff?.text ?? '',
    emergencyLine: policy.emergencyLine ?? '911',
    country: policy.country ?? 'US',
  };
}
