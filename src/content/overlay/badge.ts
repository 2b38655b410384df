/**
 * The badge under the composer: the verdict's symbol, the number of issues and X's weighted
 * count. It is the button that opens the findings list.
 */
import { h } from './dom.js';
import { t } from './i18n.js';
import { SEVERITY_SYMBOL } from './styles.js';
import type { OverlayView } from './types.js';

/** "No privacy issues", "1 privacy issue", "2 privacy issues": one key per plural form. */
export function issuesText(n: number): string {
  return n === 0 ? t('overlay_issues_none') : n === 1 ? t('overlay_issues_one', n) : t('overlay_issues_many', n);
}

export function badgeText(view: Pick<OverlayView, 'findings' | 'weightedLength' | 'limit'>): string {
  return `${issuesText(view.findings.length)} · ${view.weightedLength}/${view.limit}`;
}

export class Badge {
  readonly el: HTMLButtonElement;
  private readonly sym: HTMLSpanElement;
  private readonly label: HTMLSpanElement;

  /** `panelId`: the findings list the badge opens. */
  constructor(doc: Document, panelId: string) {
    this.sym = h(doc, 'span', { class: 'sym', 'aria-hidden': 'true' }, SEVERITY_SYMBOL.ok);
    this.label = h(doc, 'span', { class: 'label' });
    this.el = h(doc, 'button', { class: 'badge', type: 'button', 'aria-expanded': 'false', 'aria-controls': panelId, hidden: true }, this.sym, this.label);
  }

  render(view: OverlayView): void {
    const label = badgeText(view);
    if (this.label.textContent !== label) this.label.textContent = label;
    const sym = SEVERITY_SYMBOL[view.verdict];
    if (this.sym.textContent !== sym) this.sym.textContent = sym;
    this.el.setAttribute('data-verdict', view.verdict);
    this.el.toggleAttribute('data-over', view.weightedLength > view.limit);
    this.el.setAttribute('aria-label', t('overlay_badge_label', label.replace('·', ',')));
    this.el.hidden = !view.hasText;
  }

  /** Under the composer's bottom-right corner. */
  place(editor: DOMRect): void {
    const width = this.el.offsetWidth;
    const left = Math.max(4, editor.right - width);
    this.el.style.left = `${left}px`;
    this.el.style.top = `${editor.bottom + 4}px`;
  }

  rect(): DOMRect {
    return this.el.getBoundingClientRect();
  }
}
