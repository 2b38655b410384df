/**
 * The card of one finding, opened by hovering its words, by the keyboard shortcut or from the
 * findings list: what was found, why it matters, its suggestions and "Ignore once", and, where a
 * warning or an error calls for it, "Use generalized reply" for the whole draft.
 */
import type { Verdict } from '../../engine/index.js';
import type { Badge } from './badge.js';
import { clear, h } from './dom.js';
import type { FindingsList } from './findings-list.js';
import { generalizeParts } from './generalize.js';
import { findingText } from '../../shared/finding-text.js';
import { t } from './i18n.js';
import { severityLabel, SEVERITY_SYMBOL } from './styles.js';
import type { GeneralizedPreview, OverlayContext, OverlayFinding } from './types.js';

export class Card {
  readonly el: HTMLElement;
  private cardIndex: number | null = null;
  private anchor: DOMRect | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ctx: OverlayContext,
    private readonly list: FindingsList,
    private readonly badge: Badge,
  ) {
    this.el = h(ctx.doc, 'div', { class: 'card', role: 'dialog', 'aria-modal': 'false', hidden: true });
    this.el.addEventListener('pointerenter', () => clearTimeout(this.hideTimer));
    this.el.addEventListener('pointerleave', () => this.scheduleHide());
  }

  /** The finding whose card is open, or null. */
  get index(): number | null {
    return this.cardIndex;
  }

  /**
   * Opens the card for finding `index` (`f`) under `anchor` (a line box of the finding); the
   * draft's `verdict` decides whether it offers the generalized reply.
   */
  open(index: number, f: OverlayFinding, verdict: Verdict, anchor: DOMRect | null, focus: boolean): void {
    clearTimeout(this.hideTimer);
    const doc = this.ctx.doc;
    const { finding } = f;
    if (this.cardIndex !== index) {
      clear(this.el);
      const titleId = `${this.ctx.id}-card-title`;
      this.el.setAttribute('aria-labelledby', titleId);
      this.el.setAttribute('data-severity', finding.severity);
      const actions = h(doc, 'div', { class: 'actions' });
      finding.suggestions.forEach((s, si) => {
        const b = h(doc, 'button', { type: 'button', 'data-suggestion': si }, findingText(s.label));
        b.addEventListener('click', () => this.ctx.actions.apply(index, si));
        actions.append(b);
      });
      const ignore = h(doc, 'button', { type: 'button', class: 'secondary', 'data-action': 'ignore' }, t('overlay_ignore'));
      ignore.addEventListener('click', () => this.ctx.actions.ignore(index));
      actions.append(ignore);
      this.el.append(
        h(doc, 'div', { class: 'sev' }, `${SEVERITY_SYMBOL[finding.severity]} ${severityLabel(finding.severity)}`),
        h(doc, 'div', { class: 'what', id: titleId }, findingText(finding.message)),
        ...(f.excerpt.length > 0 ? [h(doc, 'div', { class: 'excerpt' }, `“${f.excerpt}”`)] : []),
        h(doc, 'div', { class: 'why' }, findingText(finding.why)),
        actions,
        h(doc, 'div', { class: 'note', role: 'alert' }),
      );
      this.cardIndex = index;
      // The way out of the whole draft at once, where a warning or an error calls for one.
      const preview = verdict === 'warning' || verdict === 'error' ? this.safePreview() : null;
      if (preview !== null) this.el.append(this.generalize(preview));
    }
    this.list.markCurrent(index);
    this.el.hidden = false;
    this.anchor = anchor ?? this.badge.rect();
    this.place(this.anchor);
    this.ctx.actions.activate(index);
    if (focus) (this.el.querySelector('button') as HTMLButtonElement | null)?.focus();
  }

  private place(anchor: DOMRect): void {
    const vw = this.ctx.doc.documentElement.clientWidth;
    const vh = this.ctx.doc.documentElement.clientHeight;
    const height = this.el.offsetHeight;
    const left = Math.max(4, Math.min(anchor.left, vw - 308));
    const below = anchor.bottom + 6;
    const top = below + height > vh && anchor.top - height - 6 > 0 ? anchor.top - height - 6 : below;
    this.el.style.left = `${left}px`;
    this.el.style.top = `${top}px`;
  }

  /** Follows its anchor after scrolling or resizing. */
  reposition(): void {
    if (this.cardIndex !== null && this.anchor !== null) this.place(this.anchor);
  }

  /** Shows a message in the open card (e.g. the text went to the clipboard instead). */
  note(text: string): void {
    const note = this.el.querySelector('.note');
    if (note !== null) note.textContent = text;
  }

  scheduleHide(delay = 300): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      // Keep it while the keyboard is in it, or while its generalized reply goes into the post.
      if (this.ctx.pending || this.el.contains(this.ctx.root.activeElement)) return;
      this.close();
    }, delay);
  }

  cancelHide(): void {
    clearTimeout(this.hideTimer);
  }

  close(): void {
    clearTimeout(this.hideTimer);
    if (this.cardIndex === null) return;
    this.cardIndex = null;
    this.anchor = null;
    this.el.hidden = true;
    clear(this.el);
    this.list.markCurrent(null);
    this.ctx.actions.activate(null);
  }

  /** The generalized reply to offer, or null (none, or the engine failed on this draft). */
  private safePreview(): GeneralizedPreview | null {
    try {
      return this.ctx.actions.generalized();
    } catch {
      return null;
    }
  }

  private generalize(first: GeneralizedPreview): HTMLElement {
    const doc = this.ctx.doc;
    const parts = generalizeParts(this.ctx, 'card', first, t('overlay_generalize_title'), {
      busy: (busy) => {
        parts.use.disabled = busy;
        this.el.toggleAttribute('aria-busy', busy);
      },
      done: () => this.close(),
    });
    parts.preview.append(h(doc, 'div', { class: 'actions' }, parts.use, parts.copy), parts.status, parts.error);
    return parts.preview;
  }
}
