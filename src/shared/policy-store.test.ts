import { beforeEach, describe, expect, it, vi } from 'vitest';
import { localSnapshot, resetFakeBrowser, setLocalRaw, setManaged } from './fake-browser.test-util.js';
import { defaults, type Policy } from './policy.js';
import {
  DEFAULT_EFFECTIVE_POLICY,
  getEffectivePolicy,
  getPolicyState,
  LAST_GOOD_STORAGE_KEY,
  POLICY_STORAGE_KEY,
  savePolicy,
  watchPolicy,
  watchPolicyState,
  type EffectivePolicy,
  type PolicyState,
} from './policy-store.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.test-util.js')).fakeBrowser }));

const mine: Policy = { ...defaults, postGuard: 'warn', partners: ['lakeside_peds'], practice: { ...defaults.practice, name: 'Riverside' } };

beforeEach(() => resetFakeBrowser());

function flush(): Promise<void> {
  return new Promise((r) => setTimeout(r, 0));
}

describe('getEffectivePolicy', () => {
  it('is the defaults when nothing is stored and no managed policy exists', async () => {
    expect(await getEffectivePolicy()).toEqual(DEFAULT_EFFECTIVE_POLICY);
    const state = await getPolicyState();
    expect(state.locked).toEqual([]);
    expect(state.managedErrors).toEqual([]);
    expect(state.localErrors).toEqual([]);
  });

  it('treats an unreadable managed store as absent', async () => {
    setManaged(new Error('Managed storage manifest not found'));
    await savePolicy(mine);
    const state = await getPolicyState();
    expect(state.policy).toEqual(mine);
    expect(state.managedErrors).toEqual([]);
  });

  it('reads, migrates and validates the user policy', async () => {
    setLocalRaw(POLICY_STORAGE_KEY, { version: 1, practiceName: 'Old Riverside', postGuard: 'block' });
    const p = await getEffectivePolicy();
    expect(p.practice.name).toBe('Old Riverside');
    expect(p.postGuard).toBe('block');
    expect(p.version).toBe(defaults.version);
  });

  it('lets managed keys override the user and locks them', async () => {
    await savePolicy(mine);
    setManaged({ postGuard: 'block', watchTerms: [{ term: 'lawsuit', severity: 'error' }] });
    const state = await getPolicyState();
    expect(state.policy.postGuard).toBe('block');
    expect(state.policy.watchTerms).toEqual([{ term: 'lawsuit', regex: false, severity: 'error', note: '' }]);
    expect(state.policy.partners).toEqual(['lakeside_peds']);
    expect(state.user.postGuard).toBe('warn');
    expect(state.locked).toEqual(['watchTerms', 'postGuard']);
  });

  it('keeps the last good policy when the stored one is corrupt, and says why', async () => {
    await savePolicy(mine);
    await getPolicyState(); // records the last good policy
    setLocalRaw(POLICY_STORAGE_KEY, { postGuard: 'sometimes', staff: 'everyone' });
    const state = await getPolicyState();
    expect(state.policy).toEqual(mine);
    expect(state.localErrors).toEqual([
      'staff: must be a list, not text',
      'postGuard: must be one of "off", "warn", "confirm", "block"',
    ]);
  });

  it('falls back to the defaults when there is no last good policy', async () => {
    setLocalRaw(POLICY_STORAGE_KEY, 'not even an object');
    const state = await getPolicyState();
    expect(state.policy).toEqual(defaults);
    expect(state.localErrors).toEqual(['The policy must be a JSON object, not text']);
  });

  it('ignores a corrupt last good copy', async () => {
    setLocalRaw(LAST_GOOD_STORAGE_KEY, { lengthLimit: 'long' });
    setLocalRaw(POLICY_STORAGE_KEY, 7);
    expect(await getEffectivePolicy()).toEqual(defaults);
  });

  it('keeps a broken managed key locked at its last good value and reports it', async () => {
    setManaged({ postGuard: 'block' });
    await getPolicyState();
    await savePolicy({ ...mine, postGuard: 'off' });
    setManaged({ postGuard: 'never', lengthLimit: 25000 });
    const state = await getPolicyState();
    expect(state.policy.postGuard).toBe('block');
    expect(state.policy.lengthLimit).toBe(25000);
    expect(state.locked).toEqual(['postGuard', 'lengthLimit']);
    expect(state.managedErrors).toEqual(['postGuard: must be one of "off", "warn", "confirm", "block"']);
  });

  it('reports unknown managed keys as warnings', async () => {
    setManaged({ postguard: 'block' });
    const state = await getPolicyState();
    expect(state.warnings).toEqual(['Organization policy: postguard: unknown setting, ignored']);
    expect(state.locked).toEqual([]);
  });
});

describe('savePolicy', () => {
  it('refuses an invalid policy with the reasons and writes nothing', async () => {
    await savePolicy(mine);
    const before = localSnapshot();
    const r = await savePolicy({ ...mine, lengthLimit: 140 });
    expect(r).toEqual({ ok: false, errors: ['lengthLimit: must be one of 280, 25000'] });
    expect(localSnapshot()).toEqual(before);
  });

  it('stores the validated, current-version policy', async () => {
    const r = await savePolicy({ postGuard: 'off', extra: 1 });
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings).toEqual(['extra: unknown setting, ignored']);
    expect(localSnapshot()[POLICY_STORAGE_KEY]).toEqual({ ...defaults, postGuard: 'off' });
  });
});

describe('watchPolicy', () => {
  it('reports changes from the user and from the organization until aborted', async () => {
    const seen: EffectivePolicy[] = [];
    const states: PolicyState[] = [];
    const ac = new AbortController();
    watchPolicy((p) => seen.push(p), ac.signal);
    watchPolicyState((s) => states.push(s), ac.signal);
    await savePolicy(mine);
    await flush();
    setManaged({ postGuard: 'block' });
    await flush();
    // The policy in force at subscription first, then each change.
    expect(seen.map((p) => p.postGuard)).toEqual(['confirm', 'warn', 'block']);
    expect(states.at(-1)?.locked).toEqual(['postGuard']);
    ac.abort();
    await savePolicy({ ...mine, lengthLimit: 25000 });
    await flush();
    expect(seen).toHaveLength(3);
  });

  it('reports the last policy in force at once, before managed storage answers', async () => {
    setManaged({ postGuard: 'block' });
    await getEffectivePolicy();
    const seen: EffectivePolicy[] = [];
    const ac = new AbortController();
    watchPolicy((p) => seen.push(p), ac.signal);
    await flush();
    expect(seen[0]?.postGuard).toBe('block');
    expect(seen).toHaveLength(1);
    ac.abort();
  });

  it('does not report a change that leaves the policy in force the same', async () => {
    const seen: EffectivePolicy[] = [];
    const ac = new AbortController();
    setManaged({ postGuard: 'block' });
    watchPolicy((p) => seen.push(p), ac.signal);
    await savePolicy({ ...mine, postGuard: 'off' });
    await flush();
    await savePolicy({ ...mine, postGuard: 'warn' });
    await flush();
    // The policy at subscription, then the user's other settings; the locked mode never moves.
    expect(seen).toHaveLength(2);
    expect(seen.every((p) => p.postGuard === 'block')).toBe(true);
    ac.abort();
  });
});
