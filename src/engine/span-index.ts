/**
 * "Is any of these spans within r characters of here?" in logarithmic time, so proximity rules
 * stay linear overall on long drafts with many signals.
 */
import type { Span } from './types.js';

export class SpanIndex {
  private readonly spans: readonly Span[];
  private readonly maxLength: number;

  constructor(spans: readonly Span[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    this.maxLength = this.spans.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  }

  get size(): number {
    return this.spans.length;
  }

  all(): readonly Span[] {
    return this.spans;
  }

  /** Whether a span overlaps [from - radius, to + radius]. */
  near(from: number, radius: number, to: number = from): boolean {
    const lo = from - radius;
    const hi = to + radius;
    // First span starting after hi; candidates are before it and start no earlier than lo - max.
    let a = 0;
    let b = this.spans.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (this.spans[mid]!.start <= hi) a = mid + 1;
      else b = mid;
    }
    for (let i = a - 1; i >= 0; i--) {
      const s = this.spans[i]!;
      if (s.start < lo - this.maxLength) break;
      if (s.end >= lo) return true;
    }
    return false;
  }
}
