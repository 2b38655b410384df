/**
 * Where every extension context gets the practice policy in force: the administrator's managed
 * policy (storage.managed, deployed by Google Admin, the Windows registry, a Linux JSON file or
 * Firefox's policies.json) over the user's own (storage.local), key by key. Every read is
 * migrated and validated; when what is stored is broken, the last good policy stays in force and
 * the errors are reported, never thrown.
 */
import browser from 'webextension-polyfill';
import { defaults, POLICY_KEYS, validatePolicy, validatePolicyKeys, type Policy, type PolicyKey } from './policy.js';

/** The policy the engine, the post guard and the popup use. */
export type EffectivePolicy = Policy;

export const DEFAULT_EFFECTIVE_POLICY: EffectivePolicy = defaults;

/** storage.local keys. */
export const POLICY_STORAGE_KEY = 'policy';
export const LAST_GOOD_STORAGE_KEY = 'policyLastGood';

export interface PolicyState {
  /** In force now: managed keys over the user's. */
  readonly policy: EffectivePolicy;
  /** The user's own policy (what the options page edits), before managed keys are applied. */
  readonly user: Policy;
  /** Keys set by the organization: shown locked, never taken from the user. */
  readonly locked: readonly PolicyKey[];
  /** Problems with the administrator's policy; the keys concerned keep their last good value. */
  readonly managedErrors: readonly string[];
  /** Problems with the user's stored policy; the last good one is in force instead. */
  readonly localErrors: readonly string[];
  readonly warnings: readonly string[];
}

async function readManaged(): Promise<unknown> {
  try {
    // Firefox rejects when no policies.json entry exists; Chrome gives {} or, on some builds,
    // throws when the manifest has no managed_schema. Neither is an error for the practice.
    const area = browser.storage.managed as typeof browser.storage.managed | undefined;
    if (area === undefined) return {};
    return await area.get();
  } catch {
    return {};
  }
}

async function readLocal(): Promise<Record<string, unknown>> {
  try {
    return await browser.storage.local.get([POLICY_STORAGE_KEY, LAST_GOOD_STORAGE_KEY]);
  } catch {
    return {};
  }
}

function pickKeys(policy: Policy, keys: readonly PolicyKey[]): Partial<Policy> {
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = policy[k];
  return out as Partial<Policy>;
}

/** The whole picture: what is in force, what is locked, and what was wrong. */
export async function getPolicyState(): Promise<PolicyState> {
  const [managedRaw, stored] = await Promise.all([readManaged(), readLocal()]);
  const lastGoodRead = stored[LAST_GOOD_STORAGE_KEY] === undefined ? undefined : validatePolicy(stored[LAST_GOOD_STORAGE_KEY]);
  const lastGood = lastGoodRead?.ok === true ? lastGoodRead.policy : undefined;

  const localErrors: string[] = [];
  const warnings: string[] = [];
  let user: Policy = defaults;
  if (stored[POLICY_STORAGE_KEY] !== undefined) {
    const local = validatePolicy(stored[POLICY_STORAGE_KEY]);
    warnings.push(...local.warnings);
    if (local.ok) user = local.policy;
    else {
      localErrors.push(...local.errors);
      user = lastGood ?? defaults;
    }
  }

  const managed = validatePolicyKeys(managedRaw);
  const managedErrors = [...managed.errors];
  warnings.push(...managed.warnings.map((w) => `Organization policy: ${w}`));
  // A broken managed key stays locked: the administrator meant to decide it, so the user's value
  // must not take over; the last value that was good holds until the administrator fixes it.
  const fallback = pickKeys(lastGood ?? defaults, managed.invalid);
  const policy: Policy = { ...user, ...fallback, ...managed.values };
  const locked = POLICY_KEYS.filter((k) => managed.present.includes(k));

  if (localErrors.length === 0 && managedErrors.length === 0 && JSON.stringify(policy) !== JSON.stringify(lastGood)) {
    try {
      await browser.storage.local.set({ [LAST_GOOD_STORAGE_KEY]: policy });
    } catch {
      // Storage full or unavailable: the policy in force is still right for this read.
    }
  }
  return { policy, user, locked, managedErrors, localErrors, warnings };
}

/** The policy in force now: managed keys over the user's, validated, last good one on error. */
export async function getEffectivePolicy(): Promise<EffectivePolicy> {
  try {
    return (await getPolicyState()).policy;
  } catch {
    return DEFAULT_EFFECTIVE_POLICY;
  }
}

export type SaveResult =
  | { readonly ok: true; readonly policy: Policy; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

/** Saves the user's policy; an invalid one is refused with the reasons and nothing is written. */
export async function savePolicy(input: unknown): Promise<SaveResult> {
  const r = validatePolicy(input);
  if (!r.ok) return { ok: false, errors: r.errors };
  try {
    await browser.storage.local.set({ [POLICY_STORAGE_KEY]: r.policy });
  } catch (e) {
    return { ok: false, errors: [`The policy could not be saved: ${e instanceof Error ? e.message : 'storage error'}`] };
  }
  return { ok: true, policy: r.policy, warnings: r.warnings };
}

/** Calls `onChange` with the new state whenever the user's or the organization's policy changes. */
export function watchPolicyState(onChange: (state: PolicyState) => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  let last = '';
  let pending: Promise<void> = Promise.resolve();
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'managed' && !(area === 'local' && POLICY_STORAGE_KEY in changes)) return;
    // Reads are chained so two quick changes report in order.
    pending = pending.then(async () => {
      const state = await getPolicyState().catch(() => undefined);
      if (state === undefined || signal.aborted) return;
      const key = JSON.stringify(state);
      if (key === last) return;
      last = key;
      onChange(state);
    });
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}

/**
 * The policy that was in force last time (managed keys included), read from local storage only.
 * Chromium can take seconds after start-up to answer storage.managed; this answers at once, so a
 * deployed "block" holds from the first keystroke. Undefined when nothing was stored yet.
 */
export async function getLastPolicy(): Promise<EffectivePolicy | undefined> {
  // Only the last policy in force: the user's own one may lack the organization's keys.
  const stored = await readLocal();
  if (stored[LAST_GOOD_STORAGE_KEY] === undefined) return undefined;
  const r = validatePolicy(stored[LAST_GOOD_STORAGE_KEY]);
  return r.ok ? r.policy : undefined;
}

/**
 * Calls `onChange` whenever the policy in force changes, until `signal` aborts: first with the
 * last policy known locally, then with the full read (managed storage included), then on every
 * change.
 */
export function watchPolicy(onChange: (policy: EffectivePolicy) => void, signal: AbortSignal): void {
  let last = '';
  let full = false;
  const emit = (policy: EffectivePolicy): void => {
    const key = JSON.stringify(policy);
    if (key === last || signal.aborted) return;
    last = key;
    onChange(policy);
  };
  getLastPolicy().then(
    (quick) => {
      if (quick !== undefined && !full) emit(quick);
    },
    () => undefined,
  );
  getPolicyState().then(
    (state) => {
      full = true;
      emit(state.policy);
    },
    () => undefined,
  );
  watchPolicyState((state) => {
    full = true;
    emit(state.policy);
  }, signal);
}
