/** Small tools shared by the risk patterns: regex spans, proximity, finding construction. */
import type { Doc } from '../doc.js';
import { makeFinding } from '../finding.js';
import type { GatedPattern } from '../regex.js';
import { SpanIndex } from '../span-index.js';
import { removalEdit } from '../suggestions.js';
import type { Category, Finding, RuleId, Severity, Span, Suggestion } from '../types.js';

/** All matches of the given global regexes over `text`, as spans. */
export function matchSpans(text: string, regexes: readonly RegExp[]): Span[] {
  const out: Span[] = [];
  for (const re of regexes) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      out.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** `matchSpans` over the patterns the draft can match (see GatedPattern); the rest cannot add a span. */
export function gatedSpans(doc: Doc, text: string, patterns: readonly GatedPattern[]): Span[] {
  const regexes: RegExp[] = [];
  for (const p of patterns) if (p.possible(doc)) regexes.push(p.regex);
  return regexes.length === 0 ? [] : matchSpans(text, regexes);
}

export function within(a: Span, b: Span, radius: number): boolean {
  return a.end >= b.start - radius && a.start <= b.end + radius;
}

const indexes = new WeakMap<readonly Span[], SpanIndex>();

/** Whether any of `spans` lies within `radius` of `target`; indexes the list on first use. */
export function anyNear(spans: readonly Span[], target: Span, radius: number): boolean {
  if (spans.length < 8) return spans.some((s) => within(s, target, radius));
  let index = indexes.get(spans);
  if (index === undefined) {
    index = new SpanIndex(spans);
    indexes.set(spans, index);
  }
  return index.near(target.start, radius, target.end);
}

/** A regex matching any of `phrases` as whole words, case-insensitive, on lower-cased text. */
export function phraseRegex(phrases: readonly string[]): RegExp {
  const escaped = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

export interface RiskFindingSpec {
  readonly ruleId: RuleId;
  readonly category: Category;
  readonly severity: Severity;
  readonly span: Span;
  readonly message: string;
  readonly why: string;
  readonly suggestions?: readonly Suggestion[];
}

export function riskFinding(spec: RiskFindingSpec): Finding {
  // Field by field, in the shape of every other finding (a spread copies the spec's own).
  return makeFinding(spec.ruleId, spec.category, spec.severity, spec.span, spec.message, spec.why, spec.suggestions ?? []);
}

export function removeSuggestion(doc: Doc, span: Span, label = 'Remove it'): Suggestion {
  return { label, edits: [removalEdit(doc, span.start, span.end)] };
}

export function replaceSuggestion(span: Span, replacement: string): Suggestion {
  return { label: `Replace with “${replacement}”`, edits: [{ start: span.start, end: span.end, replacement }] };
}
