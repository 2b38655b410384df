/**
 * Wires the content script together: the composer watcher, one session per composer, the post
 * guard, the policy, the registry the popup will query, and teardown. Everything hangs off one
 * AbortController; `stop()` (or the extension going away) removes every trace from the page.
 */
import { appendAudit } from '../shared/audit-log.js';
import { getEffectivePolicy, watchPolicy, DEFAULT_EFFECTIVE_POLICY, type EffectivePolicy } from '../shared/policy-store.js';
import { benchHook } from './bench-hook.js';
import { watchComposers } from './composer.js';
import { ComposerSession } from './composer-session.js';
import { loadEngine } from './engine-loader.js';
import { isContextInvalidated, watchLifecycle } from './lifecycle.js';
import { HighlightPainter, highlightsSupported } from './overlay/highlights.js';
import { OVERLAY_TAG } from './overlay/overlay.js';
import { installPostGuard } from './post-guard.js';
import { setRegistry } from './registry.js';

export interface ContentHandle {
  /** Removes every trace of the script from the page. */
  readonly stop: () => void;
  /** Aborts when the script stops, the extension is updated or reloaded, or a newer copy takes over. */
  readonly signal: AbortSignal;
}

export function startContent(win: Window & typeof globalThis): ContentHandle {
  const doc = win.document;
  const root = new AbortController();
  const signal = root.signal;
  // Leftovers of an older copy of this script that died without cleaning up.
  for (const stale of doc.querySelectorAll(`${OVERLAY_TAG}, style[data-caretweet]`)) stale.remove();

  const lifecycle = watchLifecycle(doc, () => root.abort(), signal);
  const bench = benchHook(doc);
  const painter = highlightsSupported(doc) ? new HighlightPainter(doc) : null;
  const sessions = new Map<HTMLElement, ComposerSession>();
  let lastFocused: ComposerSession | null = null;
  const listeners = new Set<() => void>();
  const notify = (): void => {
    for (const l of listeners) l();
  };
  let policy: EffectivePolicy = DEFAULT_EFFECTIVE_POLICY;

  const onError = (err: unknown): void => {
    if (isContextInvalidated(err)) root.abort();
  };
  const setPolicy = (p: EffectivePolicy): void => {
    policy = p;
    for (const s of sessions.values()) s.policyChanged();
  };
  getEffectivePolicy().then(setPolicy, onError);
  try {
    watchPolicy(setPolicy, signal);
  } catch (err) {
    onError(err);
  }

  const resize = new ResizeObserver((entries) => {
    for (const e of entries) sessions.get(e.target as HTMLElement)?.schedule('place');
  });

  const deps = {
    doc,
    painter,
    policy: () => policy,
    bench,
    alive: () => lifecycle.check(),
    focused: (s: ComposerSession) => {
      lastFocused = s;
      notify();
    },
    changed: notify,
  };

  const watcher = watchComposers(
    doc,
    {
      found(el, level) {
        if (!lifecycle.check()) return;
        for (const s of sessions.values()) s.placeChanged();
        sessions.set(el, new ComposerSession(el, level, deps));
        resize.observe(el);
        notify();
      },
      lost(el) {
        const s = sessions.get(el);
        sessions.delete(el);
        resize.unobserve(el);
        if (s === lastFocused) lastFocused = null;
        s?.destroy();
        for (const other of sessions.values()) other.placeChanged();
        notify();
      },
      edited(el) {
        sessions.get(el)?.schedule('analyze');
      },
    },
    signal,
    bench,
  );

  // Scrolling anywhere (the page, a modal, a scrolling ancestor) moves the badge.
  const reposition = (): void => {
    for (const s of sessions.values()) s.schedule('place');
  };
  win.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
  win.addEventListener('resize', reposition, { passive: true, signal });

  installPostGuard(
    {
      win,
      sessions: () => [...sessions.values()],
      mode: () => policy.postGuard,
      proofread: () => policy.proofread,
      ensureEngine: loadEngine,
      onPost(posting, override) {
        for (const s of posting) {
          const entry = s.auditEntry(override);
          if (entry !== null) appendAudit(entry, policy.audit).catch(onError);
        }
      },
    },
    signal,
  );

  const pick = (id: string | null): ComposerSession | undefined => {
    const all = [...sessions.values()];
    if (id !== null) return all.find((s) => s.id === id);
    return lastFocused ?? all.find((s) => s.el === doc.activeElement) ?? all[0];
  };
  setRegistry({
    composers: () => [...sessions.values()].map((s) => s.state(s === lastFocused)),
    health: () => ({ detected: sessions.size > 0, level: watcher.level, count: sessions.size }),
    async applyText(id, text) {
      const s = pick(id);
      if (s === undefined) return { ok: false, method: 'none' };
      return s.setText(text);
    },
    generalized: (id) => pick(id)?.generalized() ?? null,
    async select(id, start, end) {
      const s = pick(id);
      return s === undefined ? false : s.selectSpan(start, end);
    },
    onChange(listener, sig) {
      if (sig.aborted) return;
      listeners.add(listener);
      sig.addEventListener('abort', () => listeners.delete(listener), { once: true });
    },
  });

  signal.addEventListener('abort', () => {
    resize.disconnect();
    for (const s of sessions.values()) s.destroy();
    sessions.clear();
    painter?.destroy();
    listeners.clear();
    setRegistry(null);
  });
  return { stop: () => root.abort(), signal };
}
