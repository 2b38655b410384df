/**
 * Runs the engine over a set's texts. A throw or an odd finding never stops the evaluation: the
 * text is kept with the findings that could be read, and the trouble is counted for the notes.
 */
import { analyze } from '../../src/engine/index.js';
import type { Analysis } from '../../src/engine/types.js';
import { repairSpan, type FoundSpan } from './score.js';
import type { EvalText } from './sets.js';

export interface Scored {
  readonly item: EvalText;
  readonly findings: readonly FoundSpan[];
  /** analyze() threw (it promises never to). */
  readonly crashed: boolean;
  /** Findings dropped because their span was not a pair of numbers. */
  readonly oddSpans: number;
  readonly ms: number;
}

/** Findings as plain spans, repaired to lie inside the text. */
export function foundSpans(analysis: Pick<Analysis, 'findings'>, length: number): { findings: FoundSpan[]; odd: number } {
  const findings: FoundSpan[] = [];
  let odd = 0;
  const list: readonly unknown[] = Array.isArray(analysis.findings) ? analysis.findings : [];
  for (const raw of list) {
    const f = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<'ruleId' | 'category' | 'severity' | 'span', unknown>>;
    const span = typeof f.span === 'object' && f.span !== null ? (f.span as Record<string, unknown>) : {};
    const repaired = repairSpan(span.start, span.end, length);
    if (repaired === undefined) {
      odd++;
      continue;
    }
    findings.push({ ...repaired, ruleId: String(f.ruleId), category: String(f.category), severity: String(f.severity) });
  }
  return { findings, odd };
}

export function runText(item: EvalText, fallbackNow: number): Scored {
  const started = performance.now();
  try {
    const analysis = analyze(item.text, { now: item.now ?? fallbackNow });
    const { findings, odd } = foundSpans(analysis, item.text.length);
    return { item, findings, crashed: false, oddSpans: odd, ms: performance.now() - started };
  } catch {
    return { item, findings: [], crashed: true, oddSpans: 0, ms: performance.now() - started };
  }
}
