import { beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };

const ext = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const onMessage = new Set<Listener>();
  const onUpdated = new Set<Listener>();
  const calls: [string, Record<string, unknown>][] = [];
  const record = (name: string) => async (d: Record<string, unknown>) => {
    calls.push([name, d]);
  };
  return {
    onMessage,
    onUpdated,
    calls,
    messages: {} as Record<string, { message: string }>,
    browser: {
      runtime: { onMessage: { addListener: (l: Listener) => onMessage.add(l), removeListener: (l: Listener) => onMessage.delete(l) } },
      tabs: { onUpdated: { addListener: (l: Listener) => onUpdated.add(l), removeListener: (l: Listener) => onUpdated.delete(l) } },
      action: {
        setBadgeText: record('text'),
        setTitle: record('title'),
        setBadgeBackgroundColor: record('color'),
        setBadgeTextColor: record('textColor'),
      },
      i18n: {
        getMessage(key: string, subs: string[] = []) {
          return (ext.messages[key]?.message ?? '').replace(/\$COUNT\$/g, subs[0] ?? '');
        },
      },
    },
  };
});
vi.mock('webextension-polyfill', () => ({ default: ext.browser }));

import { BADGE_COLORS, badgeFor } from './badge-look.js';
import { installBadge } from './badge.js';

const t = (key: string, ...subs: string[]): string => `${key}(${subs.join(',')})`;

describe('badgeFor', () => {
  it.each([
    [{ problems: 0, top: 'ok' }, ''],
    [{ problems: 0, top: 'info' }, ''],
    [{ problems: 2, top: 'warning' }, '2'],
    [{ problems: 3, top: 'error' }, '3'],
    [{ problems: 140, top: 'error' }, '99+'],
  ] as const)('%j → %s', (summary, text) => {
    expect(badgeFor(summary, t).text).toBe(text);
  });

  it('is red with white text for an error, amber with dark text for a warning, plain otherwise', () => {
    expect(badgeFor({ problems: 1, top: 'error' }, t)).toMatchObject({ color: BADGE_COLORS.error.color, textColor: '#ffffff', title: 'badge_title_errors(1)' });
    expect(badgeFor({ problems: 1, top: 'warning' }, t)).toMatchObject({ color: BADGE_COLORS.warning.color, textColor: '#1f1300', title: 'badge_title_warnings(1)' });
    expect(badgeFor({ problems: 0, top: 'info' }, t)).toMatchObject({ color: null, textColor: null, title: 'badge_title_clean()' });
  });
});

describe('installBadge', () => {
  beforeEach(() => {
    ext.onMessage.clear();
    ext.onUpdated.clear();
    ext.calls.length = 0;
    ext.messages = en as Record<string, { message: string }>;
  });

  const send = (message: unknown, sender: unknown): unknown => {
    const [l] = [...ext.onMessage];
    return l?.(message, sender);
  };

  it('sets the badge of the tab that sent the summary, and only that tab', async () => {
    installBadge(new AbortController().signal);
    await expect(send({ type: 'ct:summary', problems: 4, top: 'error' }, { tab: { id: 12 }, frameId: 0 })).resolves.toBeNull();
    expect(ext.calls).toEqual([
      ['text', { tabId: 12, text: '4' }],
      ['title', { tabId: 12, title: 'CareTweet: 4 problems, likely identifying a patient' }],
      ['color', { tabId: 12, color: BADGE_COLORS.error.color }],
      ['textColor', { tabId: 12, color: BADGE_COLORS.error.textColor }],
    ]);
  });

  it('ignores summaries from outside a tab, from frames, and anything that is not a summary', async () => {
    installBadge(new AbortController().signal);
    await send({ type: 'ct:summary', problems: 4, top: 'error' }, {});
    await send({ type: 'ct:summary', problems: 4, top: 'error' }, { tab: { id: 3 }, frameId: 2 });
    expect(send({ type: 'ct:summary', problems: 4, top: 'error', text: 'John Smith' }, { tab: { id: 3 } })).toBeUndefined();
    expect(send({ type: 'ct:get-state' }, { tab: { id: 3 } })).toBeUndefined();
    expect(ext.calls).toEqual([]);
  });

  it('clears a tab when it starts loading another page', () => {
    installBadge(new AbortController().signal);
    const [l] = [...ext.onUpdated];
    l?.(5, { status: 'complete' });
    expect(ext.calls).toEqual([]);
    l?.(5, { status: 'loading' });
    expect(ext.calls).toContainEqual(['text', { tabId: 5, text: '' }]);
  });

  it('stops listening when aborted', () => {
    const ac = new AbortController();
    installBadge(ac.signal);
    expect(ext.onMessage.size + ext.onUpdated.size).toBe(2);
    ac.abort();
    expect(ext.onMessage.size + ext.onUpdated.size).toBe(0);
  });
});
