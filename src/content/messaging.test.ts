// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding } from '../engine/index.js';
import { analyze, generalize } from '../engine/index.js';
import { defaults } from '../shared/policy.js';

const ext = vi.hoisted(() => {
  type Listener = (message: unknown, sender: unknown) => unknown;
  return { listeners: new Set<Listener>(), sent: [] as unknown[] };
});
vi.mock('webextension-polyfill', async () => {
  const { fakeBrowser } = await import('../shared/fake-browser.test-util.js');
  type Listener = (message: unknown, sender: unknown) => unknown;
  return {
    default: {
      ...fakeBrowser,
      runtime: {
        ...fakeBrowser.runtime,
        onMessage: { addListener: (l: Listener) => ext.listeners.add(l), removeListener: (l: Listener) => ext.listeners.delete(l) },
        async sendMessage(m: unknown) {
          ext.sent.push(m);
          return null;
        },
      },
    },
  };
});

import { resetFakeBrowser } from '../shared/fake-browser.test-util.js';
import { composerView, installMessaging, pickComposer, summaryOf } from './messaging.js';
import { setRegistry, type ComposerState, type ContentRegistry } from './registry.js';

const DRAFT = 'Our patient John Smith, SSN 123-45-6789, came in yesterday';

function stateOf(text: string, over: Partial<ComposerState> = {}): ComposerState {
  const a = analyze(text, { kind: 'post' }, defaults);
  return {
    id: 'caretweet-1',
    testid: 'tweetTextarea_0',
    kind: 'post',
    level: 'testid',
    verdict: a.verdict,
    weightedLength: a.length.weightedLength,
    limit: 280,
    findings: a.findings,
    hasText: text.length > 0,
    focused: true,
    checked: true,
    ...over,
  };
}

interface FakeRegistry extends ContentRegistry {
  states: ComposerState[];
  applied: [string | null, string][];
  selected: [string, number, number][];
  fire(): void;
}

function fakeRegistry(states: ComposerState[]): FakeRegistry {
  let listener: (() => void) | null = null;
  const reg: FakeRegistry = {
    states,
    applied: [],
    selected: [],
    fire: () => listener?.(),
    composers: () => reg.states,
    health: () => ({ detected: reg.states.length > 0, level: reg.states.length > 0 ? 'testid' : null, count: reg.states.length }),
    async applyText(id, text) {
      reg.applied.push([id, text]);
      return { ok: true, method: 'paste' };
    },
    generalized: (id) => (reg.states.some((s) => s.id === id && s.hasText) ? generalize(DRAFT, { kind: 'post' }, defaults) : null),
    async select(id, start, end) {
      reg.selected.push([id, start, end]);
      return end <= DRAFT.length;
    },
    onChange(l) {
      listener = l;
    },
  };
  return reg;
}

async function ask(message: unknown): Promise<unknown> {
  for (const l of ext.listeners) {
    const r = l(message, { id: 'ext' });
    if (r !== undefined) return r;
  }
  return undefined;
}

const flush = (): Promise<void> => new Promise((r) => setTimeout(r, 5));

let outer: AbortController;
beforeEach(() => {
  resetFakeBrowser();
  ext.listeners.clear();
  ext.sent.length = 0;
  document.body.innerHTML = '';
  outer = new AbortController();
});
afterEach(() => {
  outer.abort();
  setRegistry(null);
});

describe('pure parts', () => {
  it('picks the focused composer, else the one with text, else the first', () => {
    const a = stateOf('', { id: 'a', focused: false });
    const b = stateOf('x', { id: 'b', focused: false });
    const c = stateOf('', { id: 'c', focused: true });
    expect(pickComposer([a, b, c])?.id).toBe('c');
    expect(pickComposer([a, b])?.id).toBe('b');
    expect(pickComposer([a])?.id).toBe('a');
    expect(pickComposer([a, b, c], 'a')?.id).toBe('a');
    expect(pickComposer([], null)).toBeUndefined();
  });

  it('sends findings without suggestions, and summaries as two numbers', () => {
    const s = stateOf(DRAFT);
    expect(s.findings.some((f: Finding) => f.suggestions.length > 0)).toBe(true);
    const view = composerView(s);
    const json = JSON.stringify(view);
    // (The engine's own explanations may quote an example word such as “yesterday”; identifiers never.)
    expect(json).not.toContain('John');
    expect(json).not.toContain('123-45-6789');
    expect(view.findings[0]).not.toHaveProperty('suggestions');
    const summary = summaryOf(s);
    expect(summary).toEqual({ problems: s.findings.filter((f) => f.severity !== 'info').length, top: 'error' });
    expect(Object.keys(summary).sort()).toEqual(['problems', 'top']);
  });
});

describe('answering the popup', () => {
  it('reports no composer when the content script has none', async () => {
    installMessaging(outer.signal);
    await expect(ask({ type: 'ct:get-state' })).resolves.toEqual({ health: { detected: false, level: null, count: 0 }, composer: null, generalized: null });
  });

  it('gives the state and the generalized reply, and applies only a reply it gave', async () => {
    const reg = fakeRegistry([stateOf(DRAFT)]);
    setRegistry(reg);
    installMessaging(outer.signal);
    const state = (await ask({ type: 'ct:get-state' })) as { composer: { id: string; verdict: string }; generalized: { text: string } };
    const want = generalize(DRAFT, { kind: 'post' }, defaults);
    expect(state.composer).toMatchObject({ id: 'caretweet-1', verdict: 'error' });
    expect(state.generalized.text).toBe(want.text);
    // Nothing of the draft in the answer but the (template-made) reply.
    const json = JSON.stringify({ ...state, generalized: null });
    expect(json).not.toContain('John');
    expect(json).not.toContain('123-45-6789');

    await expect(ask({ type: 'ct:apply', composerId: 'caretweet-1', text: 'Anything at all' })).resolves.toEqual({ ok: false, method: 'none', refused: 'not-offered' });
    expect(reg.applied).toEqual([]);
    await expect(ask({ type: 'ct:apply', composerId: 'caretweet-1', text: want.text })).resolves.toEqual({ ok: true, method: 'paste' });
    expect(reg.applied).toEqual([['caretweet-1', want.text]]);
    await expect(ask({ type: 'ct:apply', composerId: 'gone', text: want.text })).resolves.toEqual({ ok: false, method: 'none', refused: 'no-composer' });
  });

  it('pushes a summary to the background when the focused composer changes, and only then', async () => {
    const reg = fakeRegistry([stateOf('')]);
    setRegistry(reg);
    installMessaging(outer.signal);
    await flush();
    expect(ext.sent).toEqual([]);
    reg.states = [stateOf(DRAFT)];
    reg.fire();
    reg.fire();
    await flush();
    const problems = stateOf(DRAFT).findings.filter((f) => f.severity !== 'info').length;
    expect(ext.sent).toEqual([{ type: 'ct:summary', problems, top: 'error' }]);
    reg.fire();
    await flush();
    expect(ext.sent).toHaveLength(1);
    reg.states = [];
    reg.fire();
    await flush();
    expect(ext.sent.at(-1)).toEqual({ type: 'ct:summary', problems: 0, top: 'ok' });
  });

  it('stops answering when the content script stops (update, reload, newer copy)', async () => {
    setRegistry(fakeRegistry([stateOf(DRAFT)]));
    const lifetime = new AbortController();
    installMessaging(lifetime.signal);
    expect(ext.listeners.size).toBe(1);
    lifetime.abort();
    expect(ext.listeners.size).toBe(0);
  });
});

describe('selecting', () => {
  it('selects a finding through the registry, in the composer the popup named', async () => {
    const reg = fakeRegistry([stateOf(DRAFT)]);
    setRegistry(reg);
    installMessaging(outer.signal);
    await expect(ask({ type: 'ct:select', composerId: 'caretweet-1', start: 12, end: 22 })).resolves.toEqual({ ok: true });
    await expect(ask({ type: 'ct:select', composerId: 'caretweet-1', start: 0, end: 999 })).resolves.toEqual({ ok: false });
    await expect(ask({ type: 'ct:select', composerId: 'nope', start: 0, end: 1 })).resolves.toEqual({ ok: false });
    expect(reg.selected).toEqual([
      ['caretweet-1', 12, 22],
      ['caretweet-1', 0, 999],
    ]);
  });
});
