import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const ext = vi.hoisted(() => {
  type Listener = (message: unknown, sender: unknown) => unknown;
  const listeners = new Set<Listener>();
  const state = { tabReply: undefined as unknown, sent: [] as unknown[], runtimeReply: undefined as unknown, runtimeError: null as Error | null };
  return {
    listeners,
    state,
    browser: {
      runtime: {
        onMessage: { addListener: (l: Listener) => listeners.add(l), removeListener: (l: Listener) => listeners.delete(l) },
        async sendMessage(m: unknown) {
          state.sent.push(m);
          if (state.runtimeError !== null) throw state.runtimeError;
          return state.runtimeReply;
        },
      },
      tabs: {
        async sendMessage(_tabId: number, m: unknown) {
          state.sent.push(m);
          return state.tabReply;
        },
      },
    },
  };
});
vi.mock('webextension-polyfill', () => ({ default: ext.browser }));

import {
  handleMessages,
  isFindingView,
  isMessage,
  isResponse,
  MESSAGE_TYPES,
  observeMessages,
  ProtocolError,
  sendFromContent,
  sendToTab,
  type StateResponse,
} from './messages.js';

const FINDING = { ruleId: 'phi/name', category: 'name', severity: 'error', start: 12, end: 22, message: 'This looks like a name', why: 'A name next to care identifies a patient.' } as const;
const STATE: StateResponse = {
  health: { detected: true, level: 'testid', count: 1 },
  composer: { id: 'caretweet-1', testid: 'tweetTextarea_0', kind: 'reply', level: 'testid', verdict: 'error', weightedLength: 40, limit: 280, hasText: true, focused: true, checked: true, findings: [FINDING] },
  generalized: { text: 'Please call our office.', intent: 'general', language: 'en', emergencyLine: false, unchanged: false, weightedLength: 23, limit: 280 },
};

beforeEach(() => {
  ext.listeners.clear();
  ext.state.sent.length = 0;
  ext.state.tabReply = undefined;
  ext.state.runtimeReply = undefined;
  ext.state.runtimeError = null;
});
afterEach(() => vi.restoreAllMocks());

describe('guards', () => {
  it('accept every message of the protocol as sent', () => {
    expect(isMessage({ type: 'ct:get-state' })).toBe(true);
    expect(isMessage({ type: 'ct:select', composerId: 'caretweet-1', start: 0, end: 4 })).toBe(true);
    expect(isMessage({ type: 'ct:apply', composerId: null, text: 'Please call our office.' })).toBe(true);
    expect(isMessage({ type: 'ct:summary', problems: 3, top: 'error' })).toBe(true);
  });

  it.each([
    ['not an object', 'ct:get-state'],
    ['null', null],
    ['an array', [{ type: 'ct:get-state' }]],
    ['an unknown type', { type: 'ct:eval', code: '1' }],
    ['a missing field', { type: 'ct:select', composerId: 'c', start: 0 }],
    ['a wrong type', { type: 'ct:select', composerId: 'c', start: '0', end: 4 }],
    ['a reversed span', { type: 'ct:select', composerId: 'c', start: 5, end: 4 }],
    ['a negative count', { type: 'ct:summary', problems: -1, top: 'error' }],
    ['an unknown verdict', { type: 'ct:summary', problems: 1, top: 'fatal' }],
    // The background must never receive text: a summary with anything extra is refused whole.
    ['a summary carrying text', { type: 'ct:summary', problems: 1, top: 'error', text: 'John Smith' }],
    ['a state request carrying text', { type: 'ct:get-state', draft: 'John Smith' }],
    ['an oversized reply', { type: 'ct:apply', composerId: null, text: 'x'.repeat(25_001) }],
  ])('refuse %s', (_name, value) => {
    expect(isMessage(value)).toBe(false);
  });

  it('restrict to the types asked for', () => {
    expect(isMessage({ type: 'ct:summary', problems: 0, top: 'ok' }, ['ct:get-state'])).toBe(false);
    expect(isMessage({ type: 'ct:get-state' }, ['ct:get-state', 'ct:apply'])).toBe(true);
  });

  it('check responses field by field', () => {
    expect(isResponse('ct:get-state', STATE)).toBe(true);
    expect(isResponse('ct:get-state', { health: STATE.health, composer: null, generalized: null })).toBe(true);
    expect(isResponse('ct:get-state', { ...STATE, text: 'draft' })).toBe(false);
    expect(isResponse('ct:get-state', { ...STATE, composer: { ...STATE.composer, text: 'draft' } })).toBe(false);
    expect(isResponse('ct:select', { ok: true })).toBe(true);
    expect(isResponse('ct:select', {})).toBe(false);
    expect(isResponse('ct:apply', { ok: false, method: 'clipboard', copied: true })).toBe(true);
    expect(isResponse('ct:apply', { ok: false, method: 'none', refused: 'not-offered' })).toBe(true);
    expect(isResponse('ct:apply', { ok: false, method: 'teleport' })).toBe(false);
    expect(isResponse('ct:summary', null)).toBe(true);
  });

  it('refuse a finding that carries its matched text or its suggestions', () => {
    expect(isFindingView(FINDING)).toBe(true);
    expect(isFindingView({ ...FINDING, excerpt: 'John Smith' })).toBe(false);
    expect(isFindingView({ ...FINDING, suggestions: [{ label: 'x', edits: [{ start: 0, end: 1, replacement: 'Jo' }] }] })).toBe(false);
    expect(isFindingView({ ...FINDING, ruleId: 'John Smith' })).toBe(false);
  });

  it('carry free text only in ct:apply and in the generalized reply; prose only in findings', () => {
    // Every string leaf of a full example of each message and response, by path. A new field that
    // could carry text shows up here and has to be argued for.
    const leaves = (x: unknown, path = ''): string[] => {
      if (typeof x === 'string') return [path];
      if (Array.isArray(x)) return x.flatMap((v) => leaves(v, `${path}[]`));
      if (typeof x === 'object' && x !== null) return Object.entries(x).flatMap(([k, v]) => leaves(v, path === '' ? k : `${path}.${k}`));
      return [];
    };
    const examples: Record<string, unknown> = {
      'ct:get-state': { type: 'ct:get-state' },
      'ct:get-state response': STATE,
      'ct:select': { type: 'ct:select', composerId: 'caretweet-1', start: 0, end: 4 },
      'ct:apply': { type: 'ct:apply', composerId: 'caretweet-1', text: 'Please call our office.' },
      'ct:apply response': { ok: false, method: 'clipboard', copied: true, refused: 'no-composer' },
      'ct:summary': { type: 'ct:summary', problems: 1, top: 'error' },
    };
    const enums = /(^|\.)(type|ruleId|category|severity|kind|level|verdict|intent|language|method|refused|top|id|testid|composerId)$/;
    const free = Object.fromEntries(Object.entries(examples).map(([k, v]) => [k, leaves(v).filter((p) => !enums.test(p))]));
    expect(free).toEqual({
      'ct:get-state': [],
      'ct:get-state response': ['composer.findings[].message', 'composer.findings[].why', 'generalized.text'],
      'ct:select': [],
      'ct:apply': ['text'],
      'ct:apply response': [],
      'ct:summary': [],
    });
    for (const [name, x] of Object.entries(examples)) {
      const type = name.split(' ')[0] as (typeof MESSAGE_TYPES)[number];
      expect(name.endsWith('response') ? isResponse(type, x) : isMessage(x), name).toBe(true);
    }
  });

  it('never throw, whatever arrives', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(...MESSAGE_TYPES), (x, type) => {
        isMessage(x);
        isMessage({ ...(typeof x === 'object' && x !== null ? x : {}), type });
        isResponse(type, x);
      }),
      { numRuns: 300 },
    );
  });
});

describe('helpers', () => {
  it('sendToTab returns a well-formed answer and throws on anything else', async () => {
    ext.state.tabReply = STATE;
    await expect(sendToTab(7, { type: 'ct:get-state' })).resolves.toEqual(STATE);
    ext.state.tabReply = { ...STATE, extra: 1 };
    await expect(sendToTab(7, { type: 'ct:get-state' })).rejects.toBeInstanceOf(ProtocolError);
    ext.state.tabReply = undefined;
    await expect(sendToTab(7, { type: 'ct:select', composerId: 'c', start: 0, end: 1 })).rejects.toBeInstanceOf(ProtocolError);
  });

  it('sendFromContent never throws', async () => {
    ext.state.runtimeError = new Error('Could not establish connection. Receiving end does not exist.');
    await expect(sendFromContent({ type: 'ct:summary', problems: 1, top: 'warning' })).resolves.toBeUndefined();
    ext.state.runtimeError = null;
    ext.state.runtimeReply = null;
    await expect(sendFromContent({ type: 'ct:summary', problems: 1, top: 'warning' })).resolves.toBeNull();
  });

  it('handleMessages answers its own types only, with what the handler returns, until aborted', async () => {
    const ac = new AbortController();
    const seen: unknown[] = [];
    handleMessages({ 'ct:select': (m) => {
      seen.push(m);
      return { ok: m.start === 1 };
    } }, ac.signal);
    expect(ext.listeners.size).toBe(1);
    const [listener] = [...ext.listeners];
    await expect(listener?.({ type: 'ct:select', composerId: 'c', start: 1, end: 2 }, {})).resolves.toEqual({ ok: true });
    // Not ours, or not the protocol: left for other listeners (undefined, not a promise).
    expect(listener?.({ type: 'ct:get-state' }, {})).toBeUndefined();
    expect(listener?.({ type: 'ct:select', composerId: 'c' }, {})).toBeUndefined();
    expect(listener?.('hello', {})).toBeUndefined();
    expect(seen).toHaveLength(1);
    ac.abort();
    expect(ext.listeners.size).toBe(0);
  });

  it('observeMessages hears without answering', () => {
    const ac = new AbortController();
    const heard: unknown[] = [];
    observeMessages(['ct:summary'], (m, sender) => heard.push([m.problems, sender]), ac.signal);
    const [listener] = [...ext.listeners];
    expect(listener?.({ type: 'ct:summary', problems: 2, top: 'error' }, { tab: { id: 3 } })).toBeUndefined();
    expect(listener?.({ type: 'ct:get-state' }, {})).toBeUndefined();
    expect(heard).toEqual([[2, { tab: { id: 3 } }]]);
    ac.abort();
    expect(ext.listeners.size).toBe(0);
  });
});
