/**
 * Scoring, as pure functions over plain data, so that the arithmetic can be tested on small
 * synthetic fixtures (tests/unit/eval/score.test.ts).
 *
 * - A labelled span is found when a finding of a matching category overlaps it, whatever its
 *   severity.
 * - Precision counts identifier findings (any severity): one that overlaps no labelled span at all
 *   counts against it. Risk-pattern findings (a reply confirming a patient, a case narrative…) are
 *   not identifiers and show up in the flag rates instead.
 * - A text is flagged when it has a finding of severity warning or error.
 * Finding spans are taken defensively: non-numbers, reversed or out-of-range offsets are repaired
 * or ignored, never allowed to throw.
 */
import type { Category, Severity } from '../../src/engine/types.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface LabelledSpan extends Span {
  readonly label: string;
}

export interface FoundSpan extends Span {
  readonly ruleId: string;
  readonly category: string;
  readonly severity: Severity | string;
}

export const IDENTIFIER_CATEGORIES: ReadonlySet<string> = new Set<Category>([
  'name', 'geography', 'date', 'age', 'phone', 'fax', 'email', 'ssn', 'medical-record', 'health-plan', 'account',
  'license', 'vehicle', 'device', 'url', 'ip', 'other-identifier',
]);

/** A usable span inside a text of `length`, or undefined when the offsets are not numbers. */
export function repairSpan(start: unknown, end: unknown, length: number): Span | undefined {
  if (typeof start !== 'number' || typeof end !== 'number' || Number.isNaN(start) || Number.isNaN(end)) return undefined;
  const lo = Math.max(0, Math.min(length, Math.floor(Math.min(start, end))));
  const hi = Math.max(0, Math.min(length, Math.ceil(Math.max(start, end))));
  return { start: lo, end: hi };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function isFlagging(severity: string): boolean {
  return severity === 'warning' || severity === 'error';
}

export function isFlagged(findings: readonly FoundSpan[]): boolean {
  return findings.some((f) => isFlagging(f.severity));
}

/** Whether a finding of one of `categories` overlaps `span`. */
export function isFound(span: Span, categories: readonly string[], findings: readonly FoundSpan[]): boolean {
  return findings.some((f) => categories.includes(f.category) && overlaps(f, span));
}

/** Identifier findings that overlap no labelled span (whatever its label). */
export function falsePositives(spans: readonly Span[], findings: readonly FoundSpan[]): FoundSpan[] {
  return findings.filter((f) => IDENTIFIER_CATEGORIES.has(f.category) && !spans.some((s) => overlaps(f, s)));
}

export interface Ratio {
  readonly hit: number;
  readonly total: number;
}

/** hit / total, or undefined when there is nothing to divide. */
export function ratio(r: Ratio): number | undefined {
  return r.total === 0 ? undefined : r.hit / r.total;
}

export function addRatio(a: Ratio, b: Ratio): Ratio {
  return { hit: a.hit + b.hit, total: a.total + b.total };
}

export const ZERO: Ratio = { hit: 0, total: 0 };

/** One labelled span's outcome. */
export interface SpanOutcome {
  readonly label: string;
  readonly span: LabelledSpan;
  /** undefined when the label is not scored. */
  readonly found: boolean | undefined;
  /** Group the text belongs to (Presidio's template), for macro averages. */
  readonly group?: string;
}

export function spanOutcomes(
  spans: readonly LabelledSpan[],
  findings: readonly FoundSpan[],
  categoriesOf: (label: string) => readonly string[] | undefined,
  group?: string,
): SpanOutcome[] {
  return spans.map((span) => {
    const categories = categoriesOf(span.label);
    return { label: span.label, span, found: categories === undefined ? undefined : isFound(span, categories, findings), ...(group !== undefined ? { group } : {}) };
  });
}

export interface LabelScore {
  readonly label: string;
  readonly scored: boolean;
  readonly spans: Ratio;
  /** Recall averaged over groups (templates) holding the label; undefined without groups. */
  readonly macro: number | undefined;
  readonly groups: number;
}

/** Recall per label, with the macro average over groups when outcomes carry one. */
export function recallByLabel(outcomes: readonly SpanOutcome[]): LabelScore[] {
  const byLabel = new Map<string, SpanOutcome[]>();
  for (const o of outcomes) {
    const list = byLabel.get(o.label);
    if (list === undefined) byLabel.set(o.label, [o]);
    else list.push(o);
  }
  return [...byLabel.entries()]
    .map(([label, list]) => {
      const scored = list.some((o) => o.found !== undefined);
      const spans = { hit: list.filter((o) => o.found === true).length, total: scored ? list.length : 0 };
      const byGroup = new Map<string, Ratio>();
      for (const o of list) {
        if (o.group === undefined || o.found === undefined) continue;
        byGroup.set(o.group, addRatio(byGroup.get(o.group) ?? ZERO, { hit: o.found ? 1 : 0, total: 1 }));
      }
      const perGroup = [...byGroup.values()].map((r) => ratio(r) ?? 0);
      const macro = perGroup.length === 0 ? undefined : perGroup.reduce((a, b) => a + b, 0) / perGroup.length;
      return { label, scored, spans, macro, groups: byGroup.size };
    })
    .sort((a, b) => b.spans.total - a.spans.total || a.label.localeCompare(b.label));
}

/** All scored spans together. */
export function overallRecall(outcomes: readonly SpanOutcome[]): Ratio {
  return { hit: outcomes.filter((o) => o.found === true).length, total: outcomes.filter((o) => o.found !== undefined).length };
}

/** Precision of identifier findings: those overlapping some labelled span / all of them. */
export function precision(items: readonly { readonly spans: readonly Span[]; readonly findings: readonly FoundSpan[] }[]): Ratio {
  let total = 0;
  let wrong = 0;
  for (const item of items) {
    total += item.findings.filter((f) => IDENTIFIER_CATEGORIES.has(f.category)).length;
    wrong += falsePositives(item.spans, item.findings).length;
  }
  return { hit: total - wrong, total };
}

/** Share of texts flagged (a warning or error). */
export function flagRate(items: readonly { readonly findings: readonly FoundSpan[] }[]): Ratio {
  return { hit: items.filter((i) => isFlagged(i.findings)).length, total: items.length };
}

/** `text` around [start, end) on one line, the span in brackets, for listing misses. */
export function excerpt(text: string, span: Span, context = 30): string {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const before = text.slice(Math.max(0, start - context), start);
  const after = text.slice(end, end + context);
  const oneLine = (s: string): string => s.replace(/\s+/g, ' ');
  return `${start - context > 0 ? '…' : ''}${oneLine(before)}[${oneLine(text.slice(start, end))}]${oneLine(after)}${end + context < text.length ? '…' : ''}`;
}
