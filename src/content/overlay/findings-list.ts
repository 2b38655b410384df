/**
 * The findings list the badge opens, which is also the screen-reader view of the draft, and the
 * status region that tells screen readers how many issues there are.
 *
 * Test contract (design.md): each finding is one `[data-rule-id][data-severity][data-start]
 * [data-end]` element.
 */
import { findingText } from '../../shared/finding-text.js';
import { issuesText } from './badge.js';
import { clear, h } from './dom.js';
import { t } from './i18n.js';
import { severityLabel, SEVERITY_SYMBOL } from './styles.js';
import type { OverlayContext, OverlayFinding, OverlayView } from './types.js';

/** The index of the finding whose list item holds `target`, if one does. */
export function indexOf(target: EventTarget | null): number | null {
  if (!(target instanceof Element)) return null;
  const li = target.closest('li[data-index]');
  const i = li === null ? NaN : Number(li.getAttribute('data-index'));
  return Number.isInteger(i) ? i : null;
}

export class FindingsList {
  readonly panel: HTMLElement;
  readonly live: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly doc: Document;
  private signature = '';
  private liveTimer: ReturnType<typeof setTimeout> | undefined;
  private lastAnnounced = '';

  /**
   * `panelId` is the id the badge controls; `open` opens a finding's card, and `cardOpen` says
   * whether one is open (its finding stays marked in the text when the list loses focus).
   */
  constructor(ctx: OverlayContext, panelId: string, on: { readonly open: (index: number) => void; readonly cardOpen: () => boolean }) {
    const doc = ctx.doc;
    this.doc = doc;
    this.list = h(doc, 'ol', { 'aria-label': t('overlay_list_label') });
    this.panel = h(
      doc,
      'section',
      { class: 'panel', id: panelId, 'aria-label': t('overlay_panel_label'), hidden: true },
      h(doc, 'h2', {}, 'CareTweet'),
      this.list,
      h(doc, 'p', { class: 'hint' }, t('overlay_list_hint')),
    );
    this.live = h(doc, 'div', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });

    this.list.addEventListener('click', (e) => {
      const i = indexOf(e.target);
      if (i !== null) on.open(i);
    });
    this.list.addEventListener('focusin', (e) => {
      const i = indexOf(e.target);
      if (i !== null) ctx.actions.activate(i);
    });
    this.list.addEventListener('focusout', (e) => {
      if (!on.cardOpen() && !this.list.contains(e.relatedTarget as Node | null)) ctx.actions.activate(null);
    });
  }

  /** Rebuilds the list when a finding's rule, severity, place or words changed; true if it did. */
  update(findings: readonly OverlayFinding[]): boolean {
    const signature = findings.map((f) => `${f.finding.ruleId}:${f.finding.severity}:${f.finding.span.start}:${f.finding.span.end}:${f.excerpt}`).join('|');
    if (signature === this.signature) return false;
    this.signature = signature;
    this.render(findings);
    return true;
  }

  private render(findings: readonly OverlayFinding[]): void {
    const doc = this.doc;
    clear(this.list);
    findings.forEach((f, i) => {
      const { finding } = f;
      this.list.append(
        h(
          doc,
          'li',
          {
            'data-index': i,
            'data-rule-id': finding.ruleId,
            'data-severity': finding.severity,
            'data-start': finding.span.start,
            'data-end': finding.span.end,
            tabindex: 0,
          },
          h(doc, 'span', { class: 'sev' }, `${SEVERITY_SYMBOL[finding.severity]} ${severityLabel(finding.severity)}: `),
          findingText(finding.message),
          f.excerpt.length > 0 ? h(doc, 'span', { class: 'excerpt' }, ` — “${f.excerpt}”`) : null,
        ),
      );
    });
  }

  /** Tells screen readers about a change in the count once typing pauses, not on every key. */
  announce(view: OverlayView): void {
    const n = view.findings.length;
    const msg = !view.hasText ? '' : n === 0 ? t('overlay_live_none') : t('overlay_live', issuesText(n));
    clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(() => {
      if (msg !== this.lastAnnounced) {
        this.lastAnnounced = msg;
        this.live.textContent = msg;
      }
    }, 1200);
  }

  get open(): boolean {
    return this.panel.hidden === false;
  }

  /** Under the badge, its right edge on the badge's, inside the viewport. */
  place(badge: DOMRect): void {
    const vw = this.doc.documentElement.clientWidth;
    this.panel.style.left = `${Math.max(4, Math.min(badge.right - 320, vw - 324))}px`;
    this.panel.style.top = `${badge.bottom + 4}px`;
  }

  focusFirst(): void {
    (this.list.querySelector('li') as HTMLElement | null)?.focus();
  }

  /** Marks the item of the finding whose card is open; null: no card is open. */
  markCurrent(index: number | null): void {
    for (const li of this.list.querySelectorAll('li')) {
      if (index === null) li.removeAttribute('aria-current');
      else li.setAttribute('aria-current', String(li.getAttribute('data-index') === String(index)));
    }
  }

  destroy(): void {
    clearTimeout(this.liveTimer);
  }
}
