/**
 * The extension's build resolves `webextension-polyfill` to this module (vite.config.ts); tests
 * still mock the package itself. Both browsers we ship to already speak the polyfill's promise
 * API for everything CareTweet calls: Firefox natively as `browser`, Chromium's Manifest V3
 * `chrome.*` returns promises from storage, i18n, tabs, action and runtime.sendMessage. The one
 * difference is runtime.onMessage: the polyfill lets a listener answer by returning a promise,
 * while Chromium wants `sendResponse` and a `true` return. This adapts that, and saves the
 * polyfill's 9.7 kB in every x.com page and in each extension page (docs/decisions.md).
 */
import type Browser from 'webextension-polyfill';

type Listener = (message: unknown, sender: Browser.Runtime.MessageSender) => unknown;
type ChromeListener = (message: unknown, sender: Browser.Runtime.MessageSender, sendResponse: (response?: unknown) => void) => boolean | undefined;

interface ChromeEvent {
  addListener(listener: ChromeListener): void;
  removeListener(listener: ChromeListener): void;
  hasListener(listener: ChromeListener): boolean;
}

function adaptOnMessage(event: ChromeEvent): Browser.Runtime.Static['onMessage'] {
  const adapted = new WeakMap<Listener, ChromeListener>();
  const wrap = (listener: Listener): ChromeListener => {
    let wrapped = adapted.get(listener);
    if (wrapped === undefined) {
      wrapped = (message, sender, sendResponse) => {
        const answer = listener(message, sender);
        if (!(answer instanceof Promise)) return undefined;
        // A failed answer is no answer: senders check every reply against the protocol.
        answer.then(sendResponse, () => sendResponse(undefined));
        return true;
      };
      adapted.set(listener, wrapped);
    }
    return wrapped;
  };
  return {
    addListener: (listener: Listener) => event.addListener(wrap(listener)),
    removeListener: (listener: Listener) => {
      const wrapped = adapted.get(listener);
      if (wrapped !== undefined) event.removeListener(wrapped);
    },
    hasListener: (listener: Listener) => {
      const wrapped = adapted.get(listener);
      return wrapped !== undefined && event.hasListener(wrapped);
    },
    hasListeners: () => false,
  } as unknown as Browser.Runtime.Static['onMessage'];
}

/** Reads through to `target`, with methods bound to it and `overrides` in front. */
function view<T extends object>(target: T, overrides: Record<string, unknown>): T {
  return new Proxy(target, {
    get(t, key) {
      if (typeof key === 'string' && key in overrides) return overrides[key];
      const value: unknown = Reflect.get(t, key);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(t) : value;
    },
  });
}

function fromChrome(chrome: Record<string, unknown> & { runtime: { onMessage: ChromeEvent } }): typeof Browser {
  const runtime = view(chrome.runtime, { onMessage: adaptOnMessage(chrome.runtime.onMessage) });
  return view(chrome, { runtime }) as unknown as typeof Browser;
}

const scope = globalThis as { browser?: typeof Browser; chrome?: Record<string, unknown> & { runtime: { onMessage: ChromeEvent } } };

const api: typeof Browser = scope.browser?.runtime !== undefined ? scope.browser : fromChrome(scope.chrome!);
export default api;
