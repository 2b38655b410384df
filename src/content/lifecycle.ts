/**
 * Tearing down when the extension goes away under a live page. After an update or a reload in
 * chrome://extensions, the old content script keeps running in every open tab but can no longer
 * reach the extension ("Extension context invalidated"); and a freshly injected copy may start
 * beside it. Either way the old copy must remove all it drew and stop listening: one abort().
 */

interface ChromeRuntimeLike {
  readonly runtime?: { readonly id?: string };
}

/** Event a new copy of the content script fires so an older copy in the same page stands down. */
export const TAKEOVER_EVENT = 'caretweet:takeover';

/** False once the extension that injected this script has been updated, reloaded or removed. */
export function extensionAlive(): boolean {
  try {
    const chromeLike = (globalThis as { chrome?: ChromeRuntimeLike }).chrome;
    // Outside an extension (unit tests, fixtures without one) there is nothing to lose.
    if (chromeLike === undefined || chromeLike.runtime === undefined) return true;
    return typeof chromeLike.runtime.id === 'string';
  } catch {
    return false;
  }
}

/** True for the error every extension API throws once the context is gone. */
export function isContextInvalidated(err: unknown): boolean {
  return err instanceof Error && /extension context invalidated/i.test(err.message);
}

/**
 * Tells older copies to stand down, then calls `teardown` once: when a newer copy takes over,
 * when the extension context is found invalidated at a natural checkpoint (focus, visibility,
 * input), or when `check()` is called and finds it so.
 */
export function watchLifecycle(doc: Document, teardown: () => void, signal: AbortSignal): { check(): boolean } {
  doc.dispatchEvent(new Event(TAKEOVER_EVENT));
  let done = false;
  const stop = (): void => {
    if (done) return;
    done = true;
    teardown();
  };
  const check = (): boolean => {
    if (done) return false;
    if (!extensionAlive()) {
      stop();
      return false;
    }
    return true;
  };
  const opts = { signal, capture: true, passive: true } as const;
  doc.addEventListener(TAKEOVER_EVENT, stop, { signal });
  doc.addEventListener('focusin', check, opts);
  doc.addEventListener('visibilitychange', check, opts);
  signal.addEventListener('abort', () => {
    done = true;
  });
  return { check };
}
