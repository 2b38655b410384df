/**
 * "Use generalized reply", offered in the card and in the post-guard dialog: the engine's
 * general reply for the whole draft, put into the post only while it still is the reply for it.
 *
 * Test contract (design.md): the button is `[data-testid="ct-card-generalize"]` in a card and
 * `[data-testid="ct-guard-generalize"]` in the guard, its preview `ct-card-generalized` /
 * `ct-guard-generalized` (full text in `title`).
 */
import { h } from './dom.js';
import { t } from './i18n.js';
import type { GeneralizedPreview, GeneralizeOutcome, OverlayContext } from './types.js';

/** The preview of the generalized reply is cut here (code points); the full reply is its title. */
const PREVIEW_MAX = 120;

/** The first PREVIEW_MAX code points of `text`, cut at a word where one is near, with "…". */
export function shortPreview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cps = Array.from(flat);
  if (cps.length <= PREVIEW_MAX) return flat;
  const cut = cps.slice(0, PREVIEW_MAX).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space >= PREVIEW_MAX * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/u, '')}…`;
}

/** The parts of a "Use generalized reply" block; the card and the dialog lay them out. */
export interface GeneralizeParts {
  /** Title, preview and count. */
  readonly preview: HTMLElement;
  readonly use: HTMLButtonElement;
  readonly copy: HTMLButtonElement;
  /** Progress and outcome (polite) and errors (assertive). */
  readonly status: HTMLElement;
  readonly error: HTMLElement;
}

/**
 * The pieces of "Use generalized reply": a short preview with its count, the button, a Copy
 * button for when the post cannot be changed, and where the outcome is said. `scope` names
 * the test id (ct-card-generalize, ct-guard-generalize) and keeps ids apart.
 */
export function generalizeParts(ctx: OverlayContext, scope: 'card' | 'guard', first: GeneralizedPreview, title: string, on: {
  readonly busy: (busy: boolean) => void;
  readonly done: () => void;
}): GeneralizeParts {
  const doc = ctx.doc;
  const base = `${ctx.id}-${scope}-gen`;
  const quote = h(doc, 'blockquote', { class: 'gen-preview', id: `${base}-preview`, 'data-testid': `ct-${scope}-generalized` });
  const count = h(doc, 'div', { class: 'gen-count', id: `${base}-count` });
  let current = first;
  // Short as a preview; whole once the user may have to select and copy it by hand.
  const fill = (p: GeneralizedPreview, whole = false): void => {
    current = p;
    quote.textContent = whole ? p.text : shortPreview(p.text);
    quote.setAttribute('lang', p.language);
    quote.setAttribute('title', p.text);
    quote.setAttribute('data-weighted-length', String(p.weightedLength));
    count.textContent = t('overlay_generalize_count', p.weightedLength, p.limit);
  };
  fill(first);
  const preview = h(
    doc,
    'section',
    { class: 'gen', 'aria-labelledby': `${base}-title` },
    h(doc, 'div', { class: 'gen-title', id: `${base}-title` }, title),
    quote,
    count,
  );
  const use = h(
    doc,
    'button',
    { type: 'button', class: 'gen-use', 'data-action': 'generalize', 'data-testid': `ct-${scope}-generalize`, 'aria-describedby': `${base}-preview ${base}-count` },
    t('overlay_generalize_use'),
  );
  const copy = h(doc, 'button', { type: 'button', class: 'secondary', 'data-action': 'copy-generalized', hidden: true }, t('overlay_generalize_copy'));
  const status = h(doc, 'div', { class: 'gen-status', role: 'status' });
  const error = h(doc, 'div', { class: 'gen-error', role: 'alert' });
  const say = (message: string, isError = false): void => {
    // Once the card or the dialog has gone, the notice under the badge says it.
    if (!status.isConnected) {
      ctx.notify(message);
      return;
    }
    status.textContent = isError ? '' : message;
    error.textContent = isError ? message : '';
  };

  use.addEventListener('click', () => {
    if (ctx.pending) return;
    ctx.pending = true;
    on.busy(true);
    copy.hidden = true;
    say(t('overlay_generalize_busy'));
    const shown = current.text;
    ctx.actions
      .useGeneralized(shown)
      .catch((): GeneralizeOutcome => ({ kind: 'failed' }))
      .then((outcome) => {
        ctx.pending = false;
        on.busy(false);
        switch (outcome.kind) {
          case 'done':
            say('');
            on.done();
            ctx.notify(t('overlay_generalize_done'));
            break;
          case 'copied':
            say(t('overlay_generalize_copied'));
            break;
          case 'failed':
            say(t('overlay_generalize_failed'), true);
            fill(current, true);
            copy.hidden = false;
            if (copy.isConnected) copy.focus();
            break;
          case 'stale':
            if (outcome.preview === null) {
              use.hidden = true;
              say(t('overlay_generalize_gone'));
            } else {
              fill(outcome.preview);
              say(t('overlay_generalize_stale'));
            }
            break;
          case 'busy':
            say(t('overlay_generalize_busy_other'));
            break;
        }
      });
  });
  copy.addEventListener('click', () => {
    const text = current.text;
    void ctx.actions
      .copy(text)
      .catch(() => false)
      .then((ok) => say(ok ? t('overlay_generalize_copy_done') : t('overlay_generalize_copy_failed'), !ok));
  });
  return { preview, use, copy, status, error };
}
