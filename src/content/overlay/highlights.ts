/**
 * Underlines through the CSS Custom Highlight API: the browser paints them at the text's own
 * position, so they follow scrolling, wrapping and the editor's growth with no work from us, and
 * X's editor DOM is never touched. One Highlight per severity for the whole page; each composer
 * owns a share of its ranges.
 */
import type { Severity } from '../../engine/index.js';
import { HIGHLIGHT_NAMES, PAGE_CSS } from './styles.js';

/**
 * False where the browser lacks the Custom Highlight API (Chrome < 105, Firefox < 140). A page
 * marked `<html data-caretweet-fallback>` (the project's e2e fixture only) gets the fallback too,
 * because the API cannot be removed from a content script's world from outside.
 */
export function highlightsSupported(doc: Document): boolean {
  if (doc.documentElement.hasAttribute('data-caretweet-fallback')) return false;
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export interface PaintRange {
  readonly severity: Severity;
  readonly range: Range;
}

type Slot = Severity | 'active';
const SLOTS: readonly Slot[] = ['error', 'warning', 'info', 'active'];

export class HighlightPainter {
  private readonly highlights = new Map<Slot, Highlight>();
  private readonly owned = new Map<object, Map<Slot, Range[]>>();
  private style: HTMLStyleElement | null = null;

  constructor(private readonly doc: Document) {}

  private ensure(): void {
    if (this.highlights.size > 0) return;
    for (const slot of SLOTS) {
      const hl = new Highlight();
      // The active one (the finding whose card is open) paints over the others.
      hl.priority = slot === 'active' ? 2 : slot === 'error' ? 1 : 0;
      this.highlights.set(slot, hl);
      CSS.highlights.set(HIGHLIGHT_NAMES[slot], hl);
    }
    this.style = this.doc.createElement('style');
    this.style.setAttribute('data-caretweet', 'highlights');
    this.style.textContent = PAGE_CSS;
    (this.doc.head ?? this.doc.documentElement).appendChild(this.style);
  }

  /** Replaces everything `owner` painted with `ranges` (and `active`, the card's finding). */
  set(owner: object, ranges: readonly PaintRange[], active: Range | null = null): void {
    this.ensure();
    const mine = this.owned.get(owner) ?? new Map<Slot, Range[]>();
    for (const [slot, list] of mine) {
      const hl = this.highlights.get(slot);
      for (const r of list) hl?.delete(r);
    }
    mine.clear();
    for (const { severity, range } of ranges) {
      this.highlights.get(severity)?.add(range);
      const list = mine.get(severity) ?? [];
      list.push(range);
      mine.set(severity, list);
    }
    if (active !== null) {
      this.highlights.get('active')?.add(active);
      mine.set('active', [active]);
    }
    this.owned.set(owner, mine);
  }

  clear(owner: object): void {
    if (!this.owned.has(owner)) return;
    this.set(owner, []);
    this.owned.delete(owner);
  }

  destroy(): void {
    for (const slot of SLOTS) {
      const name = HIGHLIGHT_NAMES[slot];
      if (CSS.highlights.get(name) === this.highlights.get(slot)) CSS.highlights.delete(name);
    }
    this.highlights.clear();
    this.owned.clear();
    this.style?.remove();
    this.style = null;
  }
}
