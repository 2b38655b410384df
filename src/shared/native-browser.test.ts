import { afterEach, describe, expect, it, vi } from 'vitest';

type ChromeListener = (message: unknown, sender: unknown, sendResponse: (r?: unknown) => void) => boolean | undefined;

/** A stand-in for Chromium's `chrome`: promise APIs as they are, onMessage with sendResponse. */
function fakeChrome() {
  const listeners = new Set<ChromeListener>();
  const storage = { local: { get: vi.fn(async function (this: unknown) { return { self: this }; }) } };
  return {
    listeners,
    chrome: {
      storage,
      runtime: {
        id: 'test',
        sendMessage: vi.fn(async () => 'sent'),
        onMessage: {
          addListener: (l: ChromeListener) => listeners.add(l),
          removeListener: (l: ChromeListener) => listeners.delete(l),
          hasListener: (l: ChromeListener) => listeners.has(l),
        },
      },
    },
  };
}

async function load(scope: Record<string, unknown>) {
  vi.resetModules();
  Object.assign(globalThis, scope);
  return (await import('./native-browser.js')).default;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).chrome;
  delete (globalThis as Record<string, unknown>).browser;
});

describe('the build’s stand-in for webextension-polyfill', () => {
  it('uses Firefox’s own `browser` when there is one', async () => {
    const browser = { runtime: { id: 'firefox' } };
    expect(await load({ browser })).toBe(browser);
  });

  it('passes Chromium’s promise APIs through, runtime’s bound to it', async () => {
    const { chrome } = fakeChrome();
    const api = await load({ chrome });
    await expect(api.runtime.sendMessage({ type: 'x' })).resolves.toBe('sent');
    await expect(api.storage.local.get('k')).resolves.toEqual({ self: chrome.storage.local });
    const send = api.runtime.sendMessage;
    await expect(send({ type: 'y' })).resolves.toBe('sent');
  });

  it('answers through sendResponse when a listener returns a promise, and not otherwise', async () => {
    const { chrome, listeners } = fakeChrome();
    const api = await load({ chrome });
    const answering = async (m: unknown) => ({ echo: m });
    const silent = () => undefined;
    api.runtime.onMessage.addListener(answering);
    api.runtime.onMessage.addListener(silent);
    const [a, s] = [...listeners];
    const sendResponse = vi.fn();
    expect(a!({ type: 'ping' }, {}, sendResponse)).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(sendResponse).toHaveBeenCalledWith({ echo: { type: 'ping' } });
    expect(s!({ type: 'ping' }, {}, vi.fn())).toBeUndefined();
    expect(api.runtime.onMessage.hasListener(answering)).toBe(true);
    api.runtime.onMessage.removeListener(answering);
    expect(listeners.size).toBe(1);
  });

  it('answers nothing when the listener’s promise fails', async () => {
    const { chrome, listeners } = fakeChrome();
    const api = await load({ chrome });
    api.runtime.onMessage.addListener(async () => {
      throw new Error('no');
    });
    const sendResponse = vi.fn();
    expect([...listeners][0]!({}, {}, sendResponse)).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(sendResponse).toHaveBeenCalledWith(undefined);
  });
});
