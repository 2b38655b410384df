/**
 * Test tables for rules: clean texts must produce nothing, flagged texts must produce the listed
 * spans (in the original text's offsets). Used by every recognizer's and risk pattern's tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from './index.js';
import { buildDoc } from './doc.js';
import { toOriginal } from './normalize.js';
import { MIN_SCORE, type Recognizer } from './recognizer.js';
import type { ComposeContext, EnginePolicy, Severity } from './types.js';

export interface Hit {
  readonly start: number;
  readonly end: number;
  readonly ruleId: string;
  readonly category: string;
  readonly severity?: Severity;
}

export type Runner = (text: string, context?: ComposeContext, policy?: EnginePolicy) => readonly Hit[];

export interface CleanCase {
  readonly text: string;
  readonly context?: ComposeContext;
  readonly policy?: EnginePolicy;
  readonly note?: string;
}

export interface FlaggedCase extends CleanCase {
  /** Spans that must be reported exactly, as [start, end) in the original text. */
  readonly spans?: readonly (readonly [number, number])[];
  /** Span values that must be reported exactly (located with indexOf); easier to read than offsets. */
  readonly values?: readonly string[];
  readonly ruleId?: string;
  readonly category?: string;
  readonly severity?: Severity;
}

export interface Table {
  readonly clean: readonly (string | CleanCase)[];
  readonly flagged: readonly FlaggedCase[];
}

/** Detections of one recognizer, above the reporting threshold, mapped to original offsets. */
export function detectionsOf(recognizer: Recognizer): Runner {
  return (text, context, policy) => {
    const doc = buildDoc(text, context ?? {}, policy);
    return recognizer
      .detect(doc)
      .filter((d) => d.score >= MIN_SCORE)
      .map((d) => ({ ...toOriginal(doc.norm, d.start, d.end), ruleId: d.ruleId, category: d.category }));
  };
}

/** Findings of analyze() at or above `min` severity. */
export function findingsOf(min: Severity = 'warning', ruleFilter?: (ruleId: string) => boolean): Runner {
  const rank: Record<Severity, number> = { info: 1, warning: 2, error: 3 };
  return (text, context, policy) =>
    analyze(text, context, policy)
      .findings.filter((f) => rank[f.severity] >= rank[min] && (ruleFilter === undefined || ruleFilter(f.ruleId)))
      .map((f) => ({ start: f.span.start, end: f.span.end, ruleId: f.ruleId, category: f.category, severity: f.severity }));
}

function describeHits(text: string, hits: readonly Hit[]): string {
  return JSON.stringify(hits.map((h) => ({ ...h, value: text.slice(h.start, h.end) })));
}

export function cases(name: string, run: Runner, table: Table): void {
  describe(name, () => {
    for (const c of table.clean) {
      const clean: CleanCase = typeof c === 'string' ? { text: c } : c;
      it(`clean: ${clean.note ?? clean.text.slice(0, 80)}`, () => {
        const hits = run(clean.text, clean.context, clean.policy);
        expect(hits, describeHits(clean.text, hits)).toEqual([]);
      });
    }
    for (const f of table.flagged) {
      it(`flagged: ${f.note ?? f.text.slice(0, 80)}`, () => {
        const hits = run(f.text, f.context, f.policy);
        const matching = hits.filter(
          (h) =>
            (f.ruleId === undefined || h.ruleId === f.ruleId) &&
            (f.category === undefined || h.category === f.category) &&
            (f.severity === undefined || h.severity === f.severity),
        );
        const detail = describeHits(f.text, hits);
        expect(matching.length, detail).toBeGreaterThan(0);
        const spans = [...(f.spans ?? [])];
        for (const v of f.values ?? []) {
          const at = f.text.indexOf(v);
          expect(at, `value ${v} not in text`).toBeGreaterThanOrEqual(0);
          spans.push([at, at + v.length]);
        }
        for (const [s, e] of spans) {
          expect(
            matching.some((h) => h.start === s && h.end === e),
            `expected span [${s},${e}) "${f.text.slice(s, e)}" in ${detail}`,
          ).toBe(true);
        }
      });
    }
  });
}
