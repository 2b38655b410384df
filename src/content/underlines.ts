/**
 * One composer's underlines: highlights through the Custom Highlight API for a rich editor where
 * the browser has it (overlay/highlights.ts), boxes in the overlay otherwise (overlay/boxes.ts),
 * and the line boxes of each finding, for the fallback boxes, the pointer and the card's anchor.
 */
import type { HighlightPainter, PaintRange } from './overlay/highlights.js';
import type { BoxSpec, Overlay } from './overlay/overlay.js';
import type { Surface } from './surface.js';
import type { Visible } from './visible-findings.js';

export class Underlines {
  /** Line boxes of each visible finding, measured when first asked for; dropped on any change. */
  private rects: (DOMRect[] | undefined)[] = [];

  constructor(
    private readonly surface: Surface,
    /** Null where the Highlight API is missing: underlines are then boxes in the overlay. */
    private readonly painter: HighlightPainter | null,
    private readonly overlay: Overlay,
  ) {}

  /** Underlines `visible`, `active` (the finding whose card is open) marked above the others. */
  paint(visible: readonly Visible[], active: number | null): void {
    this.rects = [];
    const painter = this.painter;
    if (painter !== null && this.surface.rich) {
      const ranges: PaintRange[] = [];
      let activeRange: Range | null = null;
      visible.forEach((v, i) => {
        const range = this.surface.rangeFor(v.finding.span.start, v.finding.span.end);
        if (range === null) return;
        ranges.push({ severity: v.finding.severity, range });
        if (i === active) activeRange = range.cloneRange();
      });
      painter.set(this, ranges, activeRange);
    } else {
      this.paintBoxes(visible, active);
    }
  }

  /** After scrolling, resizing or the editor growing: boxes follow the text; highlights need not. */
  moved(visible: readonly Visible[], active: number | null): void {
    this.rects = [];
    if (this.painter === null || !this.surface.rich) this.paintBoxes(visible, active);
  }

  private paintBoxes(visible: readonly Visible[], active: number | null): void {
    const specs: BoxSpec[] = visible.map((v, i) => ({
      severity: v.finding.severity,
      rects: this.rectsOf(visible, i),
      active: i === active,
    }));
    this.overlay.setBoxes(specs);
  }

  rectsOf(visible: readonly Visible[], i: number): DOMRect[] {
    let r = this.rects[i];
    if (r === undefined) {
      const v = visible[i];
      r = v === undefined ? [] : this.surface.rectsFor(v.finding.span.start, v.finding.span.end);
      this.rects[i] = r;
    }
    return r;
  }

  /** The finding under the pointer `p` and the line box it is in, or null. */
  hit(visible: readonly Visible[], p: { readonly x: number; readonly y: number }): { readonly index: number; readonly rect: DOMRect } | null {
    for (let i = 0; i < visible.length; i++) {
      const hit = this.rectsOf(visible, i).find((r) => p.x >= r.left - 1 && p.x <= r.right + 1 && p.y >= r.top - 2 && p.y <= r.bottom + 2);
      if (hit !== undefined) return { index: i, rect: hit };
    }
    return null;
  }

  destroy(): void {
    this.painter?.clear(this);
  }
}
