/**
 * The content script's side of the message protocol (src/shared/messages.ts). It answers the
 * popup of its tab — the composer's state, its generalized reply, "select this finding", "use
 * the generalized reply" — and tells the background how many problems the focused composer has,
 * whenever that changes, for the toolbar badge. The draft stays here: the popup gets offsets,
 * CareTweet's own wording and the generalized reply; the background gets two numbers.
 *
 * Everything about the composers comes from the registry (registry.ts): their states, their
 * generalized replies, selecting a span, replacing the text, and a change notification.
 */
import type { Generalized } from '../engine/index.js';
import { handleMessages, sendFromContent, type ApplyResponse, type ComposerView, type GeneralizedView, type StateResponse, type Summary } from '../shared/messages.js';
import { loadEngine } from './engine-loader.js';
import { extensionAlive, TAKEOVER_EVENT } from './lifecycle.js';
import { getRegistry, type ComposerState, type ContentRegistry } from './registry.js';

/** The composer the popup and the badge talk about: the focused one, else the one being typed in. */
export function pickComposer(states: readonly ComposerState[], id: string | null = null): ComposerState | undefined {
  if (id !== null) return states.find((s) => s.id === id);
  return states.find((s) => s.focused) ?? states.find((s) => s.hasText) ?? states[0];
}

export function composerView(s: ComposerState): ComposerView {
  return {
    id: s.id,
    testid: s.testid,
    kind: s.kind,
    level: s.level,
    verdict: s.verdict,
    weightedLength: s.weightedLength,
    limit: s.limit,
    hasText: s.hasText,
    focused: s.focused,
    checked: s.checked,
    // Suggestions stay behind: their edits can quote the draft.
    findings: s.findings.map((f) => ({
      ruleId: f.ruleId,
      category: f.category,
      severity: f.severity,
      start: f.span.start,
      end: f.span.end,
      message: f.message,
      why: f.why,
    })),
  };
}

export function summaryOf(s: ComposerState | undefined): Summary {
  if (s === undefined) return { problems: 0, top: 'ok' };
  return { problems: s.findings.filter((f) => f.severity !== 'info').length, top: s.verdict };
}

/** X's limit for the generalized reply: the policy's long-post limit where the account has one. */
function generalizedView(g: Generalized, limit: number): GeneralizedView {
  return {
    text: g.text,
    intent: g.intent,
    language: g.language,
    emergencyLine: g.emergencyLine,
    unchanged: g.unchanged,
    weightedLength: g.weightedLength,
    limit,
  };
}

// ---- install -----------------------------------------------------------------------------------

/** How many generalized replies handed to the popup are remembered (one per state request). */
const OFFERED_MAX = 16;

export function installMessaging(outer: AbortSignal, doc: Document = document): void {
  const ctrl = new AbortController();
  const signal = ctrl.signal;
  if (outer.aborted) return;
  outer.addEventListener('abort', () => ctrl.abort(), { once: true });

  const registry = (): ContentRegistry | null => getRegistry();

  // Only text this script produced may be put into a composer: the popup sends back a reply it
  // was given here, never anything else.
  const offered: string[] = [];
  const offer = (text: string): void => {
    if (!offered.includes(text)) offered.push(text);
    if (offered.length > OFFERED_MAX) offered.shift();
  };

  const generalizedFor = async (reg: ContentRegistry, state: ComposerState): Promise<Generalized | null> => {
    if (!state.hasText) return null;
    // The popup may be the first to need the engine (a draft X restored, never focused).
    await loadEngine();
    return reg.generalized(state.id);
  };

  handleMessages(
    {
      'ct:get-state': async (): Promise<StateResponse> => {
        const reg = registry();
        if (reg === null) return { health: { detected: false, level: null, count: 0 }, composer: null, generalized: null };
        const health = reg.health();
        const state = pickComposer(reg.composers());
        if (state === undefined) return { health, composer: null, generalized: null };
        let generalized: GeneralizedView | null = null;
        try {
          const g = await generalizedFor(reg, state);
          if (g !== null) {
            offer(g.text);
            generalized = generalizedView(g, state.limit);
          }
        } catch {
          // No engine (the chunk failed to load): the popup shows the state without a reply.
        }
        // The engine may have finished the first analysis meanwhile.
        const now = pickComposer(reg.composers(), state.id) ?? state;
        return { health, composer: composerView(now), generalized };
      },
      'ct:select': async ({ composerId, start, end }) => {
        const reg = registry();
        const state = reg === null ? undefined : pickComposer(reg.composers(), composerId);
        if (reg === null || state === undefined) return { ok: false };
        return { ok: await reg.select(state.id, start, end) };
      },
      'ct:apply': async ({ composerId, text }): Promise<ApplyResponse> => {
        const reg = registry();
        const state = reg === null ? undefined : pickComposer(reg.composers(), composerId);
        if (reg === null || state === undefined) return { ok: false, method: 'none', refused: 'no-composer' };
        if (!offered.includes(text)) return { ok: false, method: 'none', refused: 'not-offered' };
        const r = await reg.applyText(state.id, text);
        return r.copied === undefined ? { ok: r.ok, method: r.method } : { ok: r.ok, method: r.method, copied: r.copied };
      },
    },
    signal,
  );

  // ---- the badge: push the focused composer's counts when they change --------------------------
  let sent = JSON.stringify(summaryOf(undefined));
  let queued = false;
  const push = (): void => {
    queued = false;
    if (signal.aborted) return;
    if (!extensionAlive()) {
      ctrl.abort();
      return;
    }
    const reg = registry();
    const summary = summaryOf(reg === null ? undefined : pickComposer(reg.composers()));
    const key = JSON.stringify(summary);
    if (key === sent) return;
    sent = key;
    void sendFromContent({ type: 'ct:summary', ...summary });
  };
  const changed = (): void => {
    if (queued || signal.aborted) return;
    queued = true;
    // After the session's frame has finished (the change notification comes from inside it).
    setTimeout(push, 0);
  };
  registry()?.onChange(changed, signal);
  // Back from the back/forward cache: the browser cleared the badge when the tab loaded.
  doc.defaultView?.addEventListener(
    'pageshow',
    (e) => {
      if (!(e as PageTransitionEvent).persisted) return;
      sent = '';
      changed();
    },
    { signal },
  );
  changed();
}
