/**
 * The popup: what CareTweet sees in the composer of one tab (the active one, or `?tab=<id>`) —
 * whether X's composer was found, X's count, the findings by severity with the reason for each,
 * and the generalized reply with a button that puts it into the composer. Everything comes from
 * the tab's own content script when asked; the popup keeps nothing once it closes.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { currentRotation } from '../engine/rotation.js';
import type { RotationMember } from '../engine/types.js';
import type { FindingView, StateResponse } from '../shared/messages.js';
import type { PopupClient, TargetTab } from './client.js';
import { t } from './i18n.js';
import { Count, Findings, Reply, Status, statusOf, type StatusKind } from './parts.js';

type View =
  | { readonly phase: 'loading' | 'no-tab' | 'not-x' | 'unreachable' }
  | { readonly phase: 'ready'; readonly state: StateResponse };

interface Notice {
  readonly kind: 'ok' | 'error' | 'progress';
  readonly text: string;
  readonly for: 'apply' | 'select' | 'copy';
}

/** How often the popup asks its tab again while it is open (the draft may still change). */
export const REFRESH_MS = 1000;

export function Popup({ client, now = Date.now }: { readonly client: PopupClient; readonly now?: () => number }) {
  const [view, setView] = useState<View>({ phase: 'loading' });
  const [physician, setPhysician] = useState<RotationMember | undefined>(undefined);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  const tab = useRef<TargetTab | null>(null);
  const inflight = useRef(false);
  const noticeEl = useRef<HTMLParagraphElement>(null);

  const refresh = useCallback(async (): Promise<void> => {
    const target = tab.current;
    if (target === null || inflight.current) return;
    inflight.current = true;
    try {
      const state = await client.getState(target.id);
      setView({ phase: 'ready', state });
    } catch {
      setView({ phase: 'unreachable' });
    } finally {
      inflight.current = false;
    }
  }, [client]);

  useEffect(() => {
    const ac = new AbortController();
    client
      .policy()
      .then((p) => {
        if (!ac.signal.aborted) setPhysician(currentRotation(p, now(), new Date(now()).getTimezoneOffset())?.member);
      })
      .catch(() => undefined);
    void (async () => {
      const target = await client.target().catch(() => null);
      if (ac.signal.aborted) return;
      tab.current = target;
      if (target === null) return setView({ phase: 'no-tab' });
      if (target.isX === false) return setView({ phase: 'not-x' });
      await refresh();
      if (ac.signal.aborted) return;
      client.onTabChange(target.id, () => void refresh(), ac.signal);
      const timer = setInterval(() => {
        if (document.visibilityState === 'visible') void refresh();
      }, REFRESH_MS);
      ac.signal.addEventListener('abort', () => clearInterval(timer));
    })();
    return () => ac.abort();
  }, [client, refresh, now]);

  useEffect(() => {
    // A result replaces the button that was pressed (it disappears once the draft is clean):
    // keyboard and screen-reader users land on the result instead of the top of the page.
    if (notice !== null && notice.kind !== 'progress') noticeEl.current?.focus();
  }, [notice]);

  const state = view.phase === 'ready' ? view.state : null;
  const composer = state?.composer ?? null;
  const reply = state?.generalized ?? null;

  const select = async (f: FindingView): Promise<void> => {
    const target = tab.current;
    if (target === null || composer === null) return;
    const ok = await client.select(target.id, composer.id, f.start, f.end).catch(() => false);
    setNotice(ok ? { kind: 'ok', text: t('popup_selected'), for: 'select' } : { kind: 'error', text: t('popup_select_failed'), for: 'select' });
  };

  const copy = async (): Promise<void> => {
    if (reply === null) return;
    const ok = await client.copy(reply.text);
    setNotice(ok ? { kind: 'ok', text: t('popup_copied'), for: 'copy' } : { kind: 'error', text: t('popup_copy_failed'), for: 'copy' });
  };

  const use = async (): Promise<void> => {
    const target = tab.current;
    if (target === null || composer === null || reply === null || busy) return;
    setBusy(true);
    setNotice({ kind: 'progress', text: t('popup_applying'), for: 'apply' });
    try {
      const r = await client.apply(target.id, composer.id, reply.text);
      if (r.ok) setNotice({ kind: 'ok', text: t('popup_applied'), for: 'apply' });
      else if (r.refused === 'not-offered') setNotice({ kind: 'error', text: t('popup_apply_stale'), for: 'apply' });
      else if (r.refused === 'no-composer') setNotice({ kind: 'error', text: t('popup_status_none'), for: 'apply' });
      else setNotice({ kind: 'error', text: `${t('popup_apply_failed')} ${r.copied === true ? t('popup_apply_copied') : t('popup_apply_copy_hint')}`, for: 'apply' });
    } catch {
      setNotice({ kind: 'error', text: `${t('popup_apply_failed')} ${t('popup_apply_copy_hint')}`, for: 'apply' });
    } finally {
      setBusy(false);
      await refresh();
    }
  };

  const status: StatusKind = state !== null ? statusOf(state.health) : view.phase === 'ready' ? 'none' : view.phase;
  const problems = composer?.findings.some((f) => f.severity !== 'info') ?? false;

  return (
    <main class="popup" aria-labelledby="ct-title" aria-busy={view.phase === 'loading' || busy}>
      <header>
        <h1 id="ct-title">{t('popup_title')}</h1>
        {physician !== undefined ? (
          <p class="rotation" data-testid="ct-rotation">
            {t('popup_rotation', physician.name, physician.initials)}
          </p>
        ) : null}
      </header>
      <Status kind={status} {...(state !== null ? { count: state.health.count } : {})} />
      {composer !== null ? (
        <>
          <Count weightedLength={composer.weightedLength} limit={composer.limit} />
          {!composer.hasText ? (
            <p class="hint" data-testid="ct-empty">{t('popup_empty_draft')}</p>
          ) : !composer.checked ? (
            <p class="hint" data-testid="ct-checking">{t('popup_checking')}</p>
          ) : (
            <Findings findings={composer.findings} onSelect={(f) => void select(f)} disabled={busy} />
          )}
          {reply !== null && composer.hasText && problems ? <Reply reply={reply} busy={busy} onUse={() => void use()} onCopy={() => void copy()} /> : null}
        </>
      ) : null}
      <p
        ref={noticeEl}
        tabIndex={-1}
        class={notice === null ? 'notice empty' : `notice notice-${notice.kind}`}
        data-testid="ct-notice"
        data-for={notice?.for ?? ''}
        data-kind={notice?.kind ?? ''}
        role="status"
        aria-live="polite"
      >
        {notice?.text ?? ''}
      </p>
    </main>
  );
}
