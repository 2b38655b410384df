/**
 * The last check before a post goes out. A click on X's Post/Reply/Send button, Ctrl/⌘+Enter in a
 * composer, or Enter in the DM box, is caught in the capture phase at the window (before X's React handlers at its root
 * see it) when a draft it would send has an `error`. The policy's mode decides what follows:
 * `off` nothing; `warn` a dialog with "Edit" / "Post anyway"; `confirm` (default) the same, but
 * posting anyway asks for a short reason; `block` "Edit" only. In every mode, when one composer
 * is at fault, the dialog also offers "Use generalized reply": it puts the engine's general reply
 * into that composer and goes back to it, for the user to read it over and post it themselves.
 *
 * When the practice turns its proofreading checklist on, every post from a watched composer (in
 * every mode, clean or not) waits for it: after the guard's "Post anyway" when there is one, the
 * checklist opens by the composer, and only Post with every point ticked lets the post go.
 */
import type { PostGuardMode, Severity } from '../engine/index.js';
import type { AuditReason } from '../shared/audit-log.js';
import type { ComposerSession } from './composer-session.js';
import type { GuardProblem } from './overlay/overlay.js';
import { POST_BUTTON } from './selectors.js';

export interface GuardDeps {
  readonly win: Window;
  sessions(): readonly ComposerSession[];
  mode(): PostGuardMode;
  /** The practice's proofreading checklist (policy `proofread`). */
  proofread(): { readonly enabled: boolean; readonly items: readonly string[] };
  ensureEngine(): Promise<unknown>;
  /**
   * Told each time a post is let through (for the practice's audit log), with the user's
   * override when they posted despite the guard.
   */
  onPost?(sessions: readonly ComposerSession[], override: Override | null): void;
}

export interface Override {
  readonly reason?: AuditReason;
}

/** How far up from a post button the composers it sends are looked for. */
const SCOPE_DEPTH = 30;

/** The composers a post button sends: the nearest ancestor holding any decides. */
export function sessionsFor(button: Element, all: readonly ComposerSession[]): ComposerSession[] {
  let a: Element | null = button.parentElement;
  for (let i = 0; a !== null && i < SCOPE_DEPTH; i++, a = a.parentElement) {
    const anc = a;
    const inside = all.filter((s) => anc.contains(s.el));
    if (inside.length > 0) return inside;
  }
  return [];
}

/** The post button that sends composer `el`. */
export function postButtonFor(el: Element): HTMLElement | null {
  let a: Element | null = el.parentElement;
  for (let i = 0; a !== null && i < SCOPE_DEPTH; i++, a = a.parentElement) {
    const b = a.querySelector<HTMLElement>(POST_BUTTON);
    if (b !== null) return b;
  }
  return null;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function installPostGuard(deps: GuardDeps, signal: AbortSignal): void {
  const bypass = new WeakSet<Element>();
  let open = false;

  /**
   * The points to tick before this post goes out; none when the checklist is off, and none for a
   * direct message, which is not the practice's public voice.
   */
  const checklist = (related: readonly ComposerSession[]): string[] => {
    const p = deps.proofread();
    if (!p.enabled || related.every((s) => s.kind === 'dm')) return [];
    return p.items.filter((x) => x.trim().length > 0);
  };

  /**
   * True when the post can go out on this very event: no checklist, and nothing to stop (guard
   * off, or every draft already checked and free of errors).
   */
  const goesNow = (related: readonly ComposerSession[], items: readonly string[]): boolean =>
    items.length === 0 && (deps.mode() === 'off' || (!related.some((s) => s.needsEngine()) && related.every((s) => s.current().verdict !== 'error')));

  const stop = (e: Event): void => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };

  /**
   * Resolves with what lets the post go ahead — null (nothing to stop) or the user's override —
   * or false when the user chose to edit. The checklist, if any, is shown by `at`'s composer
   * unless the guard dialog was shown by another.
   */
  const decide = async (related: readonly ComposerSession[], at: ComposerSession, items: readonly string[]): Promise<Override | null | false> => {
    open = true;
    try {
      const go = await guard(related);
      if (go === false) return false;
      if (items.length === 0) return go.override;
      const s = go.at ?? at;
      if (await s.overlay.showProofread(items)) return go.override;
      s.focusDraft();
      return false;
    } finally {
      open = false;
    }
  };

  /** The guard dialog's part of decide(): `at` is the composer it was shown by, if it was. */
  const guard = async (related: readonly ComposerSession[]): Promise<{ override: Override | null; at?: ComposerSession } | false> => {
    const mode = deps.mode();
    if (mode === 'off') return { override: null };
    if (related.some((s) => s.needsEngine())) await deps.ensureEngine();
    const states = related.map((s) => ({ s, now: s.current() }));
    const offending = states.filter((x) => x.now.verdict === 'error');
    const first = offending[0];
    if (first === undefined) return { override: null };
    const problems: GuardProblem[] = [];
    for (const { now } of offending) {
      const list = [...now.findings].filter((v) => v.finding.severity !== 'info').sort((a, b) => ORDER[a.finding.severity] - ORDER[b.finding.severity]);
      for (const v of list) {
        problems.push({ severity: v.finding.severity, message: v.finding.message, excerpt: v.excerpt.length > 60 ? `${v.excerpt.slice(0, 60)}…` : v.excerpt });
      }
    }
    // One reply for one composer: with several at fault (a thread), each needs its own look.
    const offer = offending.length === 1 ? first.s.generalizedPreview() : null;
    const choice = await first.s.overlay.showGuard(mode, problems, offer);
    if (choice.action === 'edit') {
      first.s.showFirst('error');
      return false;
    }
    if (choice.action === 'generalized') {
      // Never posted from here: the user reads the new text over and presses Post again (the
      // audit log then says 'generalized').
      first.s.focusDraft();
      return false;
    }
    return { override: choice.reason === undefined ? {} : { reason: choice.reason }, at: first.s };
  };

  const release = (button: HTMLElement | null, composer: HTMLElement | null): void => {
    if (button !== null) {
      bypass.add(button);
      button.click();
      return;
    }
    if (composer !== null) {
      // No button found: replay the shortcut itself.
      bypass.add(composer);
      composer.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, ctrlKey: true, bubbles: true, cancelable: true, composed: true }));
    }
  };

  deps.win.addEventListener(
    'click',
    (e) => {
      const target = e.target instanceof Element ? e.target : null;
      const button = target?.closest<HTMLElement>(POST_BUTTON) ?? null;
      if (button === null) return;
      if (bypass.has(button)) {
        bypass.delete(button);
        return;
      }
      if (open) {
        stop(e);
        return;
      }
      const related = sessionsFor(button, deps.sessions());
      const at = related[0];
      if (at === undefined) return;
      const items = checklist(related);
      // Decide synchronously when we can, so a clean post goes out on this very click.
      if (goesNow(related, items)) {
        deps.onPost?.(related, null);
        return;
      }
      stop(e);
      void decide(related, at, items).then((go) => {
        if (go === false) return;
        deps.onPost?.(related, go);
        release(button, null);
      });
    },
    { capture: true, signal },
  );

  deps.win.addEventListener(
    'keydown',
    (e) => {
      if (e.key !== 'Enter' || e.altKey || e.isComposing) return;
      const target = e.target instanceof Element ? e.target : null;
      if (target === null) return;
      const session = deps.sessions().find((s) => s.el === target || s.el.contains(target));
      if (session === undefined) return;
      // Posts go with Ctrl/⌘+Enter; X's DM box sends on a plain Enter (Shift+Enter is a new line).
      const sends = e.ctrlKey || e.metaKey || (session.kind === 'dm' && !e.shiftKey);
      if (!sends) return;
      if (bypass.has(session.el)) {
        bypass.delete(session.el);
        return;
      }
      if (open) {
        stop(e);
        return;
      }
      const button = postButtonFor(session.el);
      const related = button !== null ? sessionsFor(button, deps.sessions()) : [session];
      const items = checklist(related);
      if (goesNow(related, items)) {
        deps.onPost?.(related, null);
        return;
      }
      stop(e);
      void decide(related, session, items).then((go) => {
        if (go === false) return;
        deps.onPost?.(related, go);
        release(button, session.el);
      });
    },
    { capture: true, signal },
  );
}
