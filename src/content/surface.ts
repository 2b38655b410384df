/**
 * One interface over the two kinds of composer X renders: the Draft.js contenteditable (desktop)
 * and the plain <textarea> (narrow/mobile layout). Everything above this file works in plain-text
 * offsets; this is where they become DOM ranges, rectangles and selections.
 */
import { offsetOf, pointAt, rangeFor, readEditable, type TextSnapshot } from './text-model.js';

export interface Surface {
  readonly el: HTMLElement;
  /** True for a contenteditable: its text is in the DOM, so highlights can use live Ranges. */
  readonly rich: boolean;
  /** The editor's plain text now ('\n' between blocks). */
  read(): string;
  /** A DOM Range over [start, end) of the last text read; rich surfaces only. */
  rangeFor(start: number, end: number): Range | null;
  /** Viewport rectangles of [start, end) of the last text read, one per line box. */
  rectsFor(start: number, end: number): DOMRect[];
  /** The editor's selection as plain-text offsets, when the selection is inside it. */
  selection(): { start: number; end: number } | null;
  /** Selects [start, end) in the editor (does not focus it). */
  select(start: number, end: number): boolean;
  destroy(): void;
}

export function createSurface(el: HTMLElement, mirrorParent: () => Node): Surface {
  return el instanceof HTMLTextAreaElement ? new PlainSurface(el, mirrorParent) : new RichSurface(el);
}

class RichSurface implements Surface {
  readonly rich = true;
  private snap: TextSnapshot | null = null;

  constructor(readonly el: HTMLElement) {}

  read(): string {
    this.snap = readEditable(this.el);
    return this.snap.text;
  }

  private current(): TextSnapshot {
    // A node we hold may have been replaced by the editor's re-render: read again.
    if (this.snap === null || this.snap.segments.some((s) => !s.node.isConnected)) this.read();
    return this.snap as TextSnapshot;
  }

  rangeFor(start: number, end: number): Range | null {
    return rangeFor(this.current(), start, end, this.el.ownerDocument);
  }

  rectsFor(start: number, end: number): DOMRect[] {
    const r = this.rangeFor(start, end);
    return r === null ? [] : Array.from(r.getClientRects()).filter((x) => x.width > 0 || x.height > 0);
  }

  selection(): { start: number; end: number } | null {
    const sel = this.el.ownerDocument.getSelection();
    if (sel === null || sel.rangeCount === 0 || sel.anchorNode === null || sel.focusNode === null) return null;
    if (!this.el.contains(sel.anchorNode) || !this.el.contains(sel.focusNode)) return null;
    const snap = this.current();
    const a = offsetOf(snap, sel.anchorNode, sel.anchorOffset);
    const b = offsetOf(snap, sel.focusNode, sel.focusOffset);
    if (a === null || b === null) return null;
    return { start: Math.min(a, b), end: Math.max(a, b) };
  }

  select(start: number, end: number): boolean {
    const snap = this.current();
    const a = pointAt(snap, start, 'start');
    const b = pointAt(snap, end, end === start ? 'start' : 'end');
    const sel = this.el.ownerDocument.getSelection();
    if (a === null || b === null || sel === null) return false;
    try {
      sel.setBaseAndExtent(a.node, a.offset, b.node, b.offset);
    } catch {
      return false;
    }
    return true;
  }

  destroy(): void {
    this.snap = null;
  }
}

/** Styles a mirror must share with its textarea for its text to wrap at the same places. */
const MIRRORED = [
  'box-sizing', 'width', 'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant',
  'font-stretch', 'letter-spacing', 'word-spacing', 'line-height', 'text-transform', 'text-indent',
  'text-align', 'tab-size', 'direction', 'padding-top', 'padding-right', 'padding-bottom',
  'padding-left', 'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
] as const;

/**
 * A textarea's text is not in the DOM, so neither the Highlight API nor Ranges reach it. A hidden
 * copy of its text with the same box and font, laid over it, gives the line boxes instead.
 */
class PlainSurface implements Surface {
  readonly rich = false;
  private text = '';
  private mirror: HTMLDivElement | null = null;
  private mirrorText = '';

  constructor(
    readonly el: HTMLTextAreaElement,
    private readonly mirrorParent: () => Node,
  ) {}

  read(): string {
    this.text = this.el.value;
    return this.text;
  }

  rangeFor(): Range | null {
    return null;
  }

  private syncMirror(): HTMLDivElement {
    const doc = this.el.ownerDocument;
    if (this.mirror === null) {
      this.mirror = doc.createElement('div');
      this.mirror.setAttribute('aria-hidden', 'true');
      this.mirror.dataset['mirror'] = '';
      this.mirrorParent().appendChild(this.mirror);
    }
    const m = this.mirror;
    const cs = getComputedStyle(this.el);
    for (const p of MIRRORED) m.style.setProperty(p, cs.getPropertyValue(p));
    const box = this.el.getBoundingClientRect();
    m.style.position = 'fixed';
    m.style.visibility = 'hidden';
    m.style.pointerEvents = 'none';
    m.style.whiteSpace = 'pre-wrap';
    m.style.overflowWrap = 'break-word';
    m.style.borderStyle = 'solid';
    m.style.borderColor = 'transparent';
    m.style.overflow = 'hidden';
    m.style.left = `${box.left}px`;
    m.style.top = `${box.top - this.el.scrollTop}px`;
    m.style.height = 'auto';
    m.style.margin = '0';
    if (this.mirrorText !== this.text) {
      // A trailing newline only takes up a line if something follows it.
      m.textContent = `${this.text}\u200b`;
      this.mirrorText = this.text;
    }
    return m;
  }

  rectsFor(start: number, end: number): DOMRect[] {
    const m = this.syncMirror();
    const node = m.firstChild;
    if (node === null || node.nodeType !== Node.TEXT_NODE) return [];
    const len = (node as Text).data.length;
    const r = this.el.ownerDocument.createRange();
    r.setStart(node, Math.min(start, len));
    r.setEnd(node, Math.min(end, len));
    const box = this.el.getBoundingClientRect();
    // Line boxes scrolled out of the textarea are not drawn.
    return Array.from(r.getClientRects()).filter(
      (x) => (x.width > 0 || x.height > 0) && x.bottom > box.top && x.top < box.bottom,
    );
  }

  selection(): { start: number; end: number } | null {
    if (this.el.ownerDocument.activeElement !== this.el) return null;
    return { start: this.el.selectionStart, end: this.el.selectionEnd };
  }

  select(start: number, end: number): boolean {
    this.el.setSelectionRange(start, end);
    return true;
  }

  destroy(): void {
    this.mirror?.remove();
    this.mirror = null;
  }
}
