/**
 * A short message beside the badge, for a while: the outcome of a change made from a card or the
 * dialog that has closed meanwhile. It is a status region, so screen readers say it.
 */
import { h } from './dom.js';

/** Long enough to read a sentence; short enough not to outlive the change it reports. */
const NOTICE_MS = 6000;

export class Notice {
  readonly el: HTMLElement;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(doc: Document, private readonly badge: () => DOMRect) {
    // Always in the tree (empty when idle) so that screen readers announce what is put in it.
    this.el = h(doc, 'div', { class: 'notice', role: 'status', 'data-caretweet': 'notice' });
  }

  get shown(): boolean {
    return this.el.textContent !== '';
  }

  /**
   * Left of the badge, on its row and growing upwards: below it is X's toolbar with the Post
   * button, which the user is about to need.
   */
  place(): void {
    const b = this.badge();
    // One line where the row beside the badge allows (past the composer's edge if need be).
    this.el.style.maxWidth = `${Math.max(180, Math.min(480, b.left - 10))}px`;
    const w = this.el.offsetWidth;
    const h = this.el.offsetHeight;
    this.el.style.left = `${Math.max(4, b.left - 6 - w)}px`;
    this.el.style.top = `${Math.max(4, b.bottom - h)}px`;
  }

  show(text: string): void {
    clearTimeout(this.timer);
    this.el.textContent = text;
    this.place();
    this.timer = setTimeout(() => {
      this.el.textContent = '';
    }, NOTICE_MS);
  }
}
