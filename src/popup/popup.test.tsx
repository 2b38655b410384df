// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import es from '../../public/_locales/es/messages.json' with { type: 'json' };
import { resetFakeBrowser, useMessages } from '../shared/fake-browser.test-util.js';
import type { ApplyResponse, ComposerView, FindingView, StateResponse } from '../shared/messages.js';
import { defaults } from '../shared/policy.js';
import type { EffectivePolicy } from '../shared/policy-store.js';
import { isXUrl, tabParam, type PopupClient, type TargetTab } from './client.js';
import { Popup } from './popup.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../shared/fake-browser.test-util.js')).fakeBrowser }));

const f = (ruleId: FindingView['ruleId'], severity: FindingView['severity'], start: number, end: number): FindingView => ({
  ruleId,
  category: 'name',
  severity,
  start,
  end,
  message: `Message of ${ruleId}`,
  why: `Why ${ruleId} matters.`,
});

const COMPOSER: ComposerView = {
  id: 'caretweet-1',
  testid: 'tweetTextarea_0',
  kind: 'reply',
  level: 'testid',
  verdict: 'error',
  weightedLength: 143,
  limit: 280,
  hasText: true,
  focused: true,
  checked: true,
  findings: [f('phi/relative-date', 'warning', 30, 39), f('phi/name', 'error', 12, 22), f('voice/signoff', 'info', 0, 0), f('risk/confirms-patient', 'error', 0, 8)],
};
const REPLY = { text: 'Thanks for reaching out! Please call our office.', intent: 'general', language: 'en', emergencyLine: false, unchanged: false, weightedLength: 49, limit: 280 } as const;
const READY: StateResponse = { health: { detected: true, level: 'testid', count: 1 }, composer: COMPOSER, generalized: REPLY };
const CLEAN: StateResponse = { ...READY, composer: { ...COMPOSER, verdict: 'ok', findings: [], weightedLength: 49 } };

interface Fake extends PopupClient {
  states: StateResponse[];
  calls: unknown[][];
  applyResult: ApplyResponse;
  tab: TargetTab | null;
  policyValue: EffectivePolicy;
  fail: boolean;
}

function fakeClient(): Fake {
  const c: Fake = {
    states: [READY],
    calls: [],
    applyResult: { ok: true, method: 'paste' },
    tab: { id: 42, isX: undefined },
    policyValue: defaults,
    fail: false,
    async target() {
      return c.tab;
    },
    async getState(tabId) {
      c.calls.push(['getState', tabId]);
      if (c.fail) throw new Error('Could not establish connection. Receiving end does not exist.');
      return c.states.length > 1 ? (c.states.shift() as StateResponse) : (c.states[0] as StateResponse);
    },
    async select(tabId, id, start, end) {
      c.calls.push(['select', tabId, id, start, end]);
      return true;
    },
    async apply(tabId, id, text) {
      c.calls.push(['apply', tabId, id, text]);
      return c.applyResult;
    },
    async policy() {
      return c.policyValue;
    },
    async copy(text) {
      c.calls.push(['copy', text]);
      return true;
    },
    onTabChange() {
      /* the interval is enough here */
    },
  };
  return c;
}

let root: HTMLElement;
const NOW = Date.UTC(2025, 2, 12, 12);

async function settle(): Promise<void> {
  for (let i = 0; i < 6; i++) await act(async () => new Promise<void>((r) => setTimeout(r, 0)));
}

async function mount(client: PopupClient): Promise<void> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<Popup client={client} now={() => NOW} />, root));
  await settle();
}

const q = (sel: string): HTMLElement | null => root.querySelector<HTMLElement>(sel);
const text = (sel: string): string => q(sel)?.textContent ?? '';
const status = (): string | undefined => q('[data-testid="ct-status"]')?.dataset['state'];

async function click(sel: string): Promise<void> {
  const el = q(sel);
  if (el === null) throw new Error(`no ${sel}`);
  await act(() => el.click());
  await settle();
}

beforeEach(() => {
  resetFakeBrowser();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('popup', () => {
  it('shows the status, X count and the findings grouped by severity, errors first', async () => {
    await mount(fakeClient());
    expect(status()).toBe('detected');
    expect(text('[data-testid="ct-status"]')).toContain('Post box detected');
    expect(text('[data-testid="ct-count"]')).toBe('143/280 · 137 left');
    const items = [...root.querySelectorAll<HTMLElement>('[data-testid="ct-finding"]')].map((li) => `${li.dataset['severity']} ${li.dataset['ruleId']}`);
    expect(items).toEqual(['error phi/name', 'error risk/confirms-patient', 'warning phi/relative-date', 'info voice/signoff']);
    const groups = [...root.querySelectorAll('section.group')].map((s) => s.getAttribute('aria-labelledby'));
    expect(groups).toEqual(['ct-group-error', 'ct-group-warning', 'ct-group-info']);
    expect(text('#ct-group-error')).toContain('Likely identifies a patient (2)');
    expect(text('[data-testid="ct-finding"] .why')).toBe('Why phi/name matters.');
  });

  it('shows the generalized reply with its own count', async () => {
    await mount(fakeClient());
    expect(text('[data-testid="ct-generalized"]')).toBe(REPLY.text);
    expect(q('[data-testid="ct-generalized"]')?.getAttribute('lang')).toBe('en');
    expect(text('[data-testid="ct-generalized-count"]')).toBe('49/280 · 231 left');
  });

  it('counts past the limit as over', async () => {
    const c = fakeClient();
    c.states = [{ ...READY, composer: { ...COMPOSER, weightedLength: 290 } }];
    await mount(c);
    expect(text('[data-testid="ct-count"]')).toBe('290/280 · 10 over');
    expect(q('[data-testid="ct-count"]')?.className).toContain('over');
  });

  it('selects a finding in the page', async () => {
    const c = fakeClient();
    await mount(c);
    const button = q('[data-testid="ct-finding"] [data-testid="ct-select"]');
    expect(button?.getAttribute('aria-label')).toBe('Show in the post: Message of phi/name');
    await click('[data-testid="ct-finding"] [data-testid="ct-select"]');
    expect(c.calls).toContainEqual(['select', 42, 'caretweet-1', 12, 22]);
    expect(text('[data-testid="ct-notice"]')).toBe('Selected in the post.');
  });

  it('puts the generalized reply into the composer and shows the checked result', async () => {
    const c = fakeClient();
    c.states = [READY, CLEAN];
    await mount(c);
    await click('[data-testid="ct-generalize"]');
    expect(c.calls).toContainEqual(['apply', 42, 'caretweet-1', REPLY.text]);
    const notice = q('[data-testid="ct-notice"]');
    expect(notice?.dataset['kind']).toBe('ok');
    expect(notice?.dataset['for']).toBe('apply');
    expect(notice?.textContent).toContain('read back and checked');
    // The draft is clean now: the reply and its button are gone, focus is on the result.
    expect(q('[data-testid="ct-generalize"]')).toBeNull();
    expect(q('[data-testid="ct-clean"]')).not.toBeNull();
    expect(document.activeElement).toBe(notice);
  });

  it('offers the clipboard when the composer could not be changed', async () => {
    const c = fakeClient();
    c.applyResult = { ok: false, method: 'clipboard', copied: true };
    await mount(c);
    await click('[data-testid="ct-generalize"]');
    expect(q('[data-testid="ct-notice"]')?.dataset['kind']).toBe('error');
    expect(text('[data-testid="ct-notice"]')).toContain('on your clipboard');
    c.applyResult = { ok: false, method: 'clipboard', copied: false };
    await click('[data-testid="ct-generalize"]');
    expect(text('[data-testid="ct-notice"]')).toContain('Use Copy');
    await click('[data-testid="ct-copy"]');
    expect(c.calls).toContainEqual(['copy', REPLY.text]);
    expect(text('[data-testid="ct-notice"]')).toBe('Copied. Paste it into the post.');
  });

  it('says when the reply it sent is out of date', async () => {
    const c = fakeClient();
    c.applyResult = { ok: false, method: 'none', refused: 'not-offered' };
    await mount(c);
    await click('[data-testid="ct-generalize"]');
    expect(text('[data-testid="ct-notice"]')).toContain('out of date');
  });

  it('offers no reply for a draft without problems, or one that already is general', async () => {
    const c = fakeClient();
    c.states = [{ ...READY, composer: { ...COMPOSER, verdict: 'info', findings: [f('voice/signoff', 'info', 0, 0)] } }];
    await mount(c);
    expect(q('[data-testid="ct-generalized"]')).toBeNull();
    render(null, root);
    const d = fakeClient();
    d.states = [{ ...READY, generalized: { ...REPLY, unchanged: true } }];
    await mount(d);
    expect(q('[data-testid="ct-generalize"]')).toBeNull();
    expect(q('[data-testid="ct-copy"]')).not.toBeNull();
  });

  it.each([
    ['no composer on the page', { health: { detected: false, level: null, count: 0 }, composer: null, generalized: null }, 'none'],
    ['a composer found by a fallback selector', { ...READY, health: { detected: true, level: 'role', count: 1 } }, 'fallback'],
  ] as const)('reports %s', async (_name, state, want) => {
    const c = fakeClient();
    c.states = [state as StateResponse];
    await mount(c);
    expect(status()).toBe(want);
  });

  it('reports a tab it cannot reach, and a tab that is not X without asking it', async () => {
    const c = fakeClient();
    c.fail = true;
    await mount(c);
    expect(status()).toBe('unreachable');
    expect(q('[data-testid="ct-count"]')).toBeNull();
    render(null, root);
    const d = fakeClient();
    d.tab = { id: 7, isX: false };
    await mount(d);
    expect(status()).toBe('not-x');
    expect(d.calls.filter((x) => x[0] === 'getState')).toEqual([]);
    render(null, root);
    const e = fakeClient();
    e.tab = null;
    await mount(e);
    expect(status()).toBe('no-tab');
  });

  it("shows this week's physician from the practice's rotation", async () => {
    const c = fakeClient();
    c.policyValue = { ...defaults, rotation: { members: [{ name: 'Dr. Ada Reyes', initials: 'AR' }, { name: 'Dr. Ben Ota', initials: 'BO' }], periodDays: 7, startDate: '2025-03-03' } };
    await mount(c);
    // 12 March is in the second seven-day turn from 3 March.
    expect(text('[data-testid="ct-rotation"]')).toBe('On duty this week: Dr. Ben Ota (BO)');
  });

  it('speaks Spanish', async () => {
    useMessages(es as Parameters<typeof useMessages>[0]);
    await mount(fakeClient());
    expect(text('[data-testid="ct-count"]')).toBe('143/280 · quedan 137');
    expect(text('[data-testid="ct-generalize"]')).toBe('Usar la respuesta general');
  });
});

describe('client helpers', () => {
  it('reads ?tab=<id>', () => {
    expect(tabParam('?tab=123')).toBe(123);
    expect(tabParam('?tab=abc')).toBeNull();
    expect(tabParam('?tab=-1')).toBeNull();
    expect(tabParam('')).toBeNull();
  });

  it('knows X by its URL, when the browser tells it', () => {
    expect(isXUrl('https://x.com/home')).toBe(true);
    expect(isXUrl('https://mobile.twitter.com/i/status/1')).toBe(true);
    expect(isXUrl('https://example.com/x.com')).toBe(false);
    expect(isXUrl('http://x.com/')).toBe(false);
    expect(isXUrl(undefined)).toBeUndefined();
  });
});

describe('strings', () => {
  const keys = (m: Record<string, unknown>): string[] => Object.keys(m).filter((k) => /^(popup|badge)_/.test(k)).sort();

  it('exist in English and Spanish alike, with the same placeholders', () => {
    expect(keys(es)).toEqual(keys(en));
    const enMsgs = en as Record<string, { placeholders?: object }>;
    const esMsgs = es as Record<string, { placeholders?: object }>;
    for (const k of keys(en)) expect(esMsgs[k]?.placeholders, k).toEqual(enMsgs[k]?.placeholders);
  });

  it('cover every key the popup and the background use', () => {
    const used = new Set<string>();
    for (const dir of ['src/popup', 'src/background']) {
      for (const file of readdirSync(dir)) {
        if (!/\.tsx?$/.test(file) || file.includes('.test.')) continue;
        const src = readFileSync(join(dir, file), 'utf8');
        for (const m of src.matchAll(/'((?:popup|badge)_[a-z_]+)'/g)) used.add(m[1] as string);
        // Keys built from a severity: popup_severity_${severity}.
        if (src.includes('popup_severity_${')) for (const s of ['error', 'warning', 'info']) used.add(`popup_severity_${s}`);
      }
    }
    expect(used.size).toBeGreaterThan(20);
    for (const k of used) expect(Object.keys(en), k).toContain(k);
  });
});
