/**
 * Turns scored sets into the rows of the one table `npm run eval` prints, plus the misses and
 * false alarms listed under it. Pure: everything here is computed from plain data.
 */
import { categoriesOf, sanitizePatternCategories, sanitizePatternGroup } from './labels.js';
import {
  excerpt,
  falsePositives,
  flagRate,
  isFlagged,
  isFlagging,
  isFound,
  overallRecall,
  precision,
  ratio,
  recallByLabel,
  spanOutcomes,
  type Ratio,
  type SpanOutcome,
} from './score.js';
import type { Scored } from './run.js';
import type { SetName } from './sets.js';

export interface Target {
  readonly op: '≥' | '≤';
  readonly value: number;
}

export interface Row {
  readonly set: SetName;
  readonly measure: string;
  readonly n: number;
  /** A share between 0 and 1; undefined when there was nothing to measure. */
  readonly value: number | undefined;
  readonly detail: string;
  readonly target?: Target;
}

export interface Miss {
  readonly set: SetName;
  /** The missed label, or the rule ids of a false alarm. */
  readonly label: string;
  readonly kind: 'missed' | 'false alarm';
  readonly id: string;
  readonly excerpt: string;
}

export interface SetReport {
  readonly rows: readonly Row[];
  readonly misses: readonly Miss[];
  readonly notes: readonly string[];
}

export function met(row: Row): boolean | undefined {
  if (row.target === undefined || row.value === undefined) return undefined;
  return row.target.op === '≥' ? row.value >= row.target.value - 1e-12 : row.value <= row.target.value + 1e-12;
}

const AT_LEAST_95: Target = { op: '≥', value: 0.95 };
const AT_LEAST_90: Target = { op: '≥', value: 0.9 };

const ASQ_TARGET_LABELS = new Set([
  'NAME', 'DATE', 'GEOGRAPHIC_LOCATION', 'MEDICAL_RECORD_NUMBER', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'SOCIAL_SECURITY_NUMBER', 'HEALTH_PLAN_BENEFICIARY_NUMBER',
]);
const PRESIDIO_TARGET_LABELS = new Set(['PERSON', 'STREET_ADDRESS', 'PHONE_NUMBER', 'EMAIL_ADDRESS', 'CREDIT_CARD', 'US_SSN', 'IP_ADDRESS', 'IBAN_CODE']);

function row(set: SetName, measure: string, r: Ratio, detail?: string, target?: Target): Row {
  return { set, measure, n: r.total, value: ratio(r), detail: detail ?? `${r.hit}/${r.total}`, ...(target !== undefined ? { target } : {}) };
}

function outcomesOf(scored: readonly Scored[], grouped: boolean): SpanOutcome[] {
  return scored.flatMap((s) => spanOutcomes(s.item.spans, s.findings, categoriesOf, grouped ? s.item.group : undefined));
}

function notScoredRow(set: SetName, outcomes: readonly SpanOutcome[], extra: readonly string[] = []): Row | undefined {
  const counts = new Map<string, number>();
  for (const o of outcomes) if (o.found === undefined) counts.set(o.label, (counts.get(o.label) ?? 0) + 1);
  const parts = [...[...counts].sort((a, b) => b[1] - a[1]).map(([label, n]) => `${label} ${n}`), ...extra];
  if (parts.length === 0) return undefined;
  return { set, measure: 'not scored (no matching category)', n: [...counts.values()].reduce((a, b) => a + b, 0), value: undefined, detail: parts.join(', ') };
}

function missesOf(set: SetName, scored: readonly Scored[], cap: number): Miss[] {
  const perLabel = new Map<string, number>();
  const out: Miss[] = [];
  for (const s of scored) {
    for (const o of spanOutcomes(s.item.spans, s.findings, categoriesOf)) {
      if (o.found !== false) continue;
      const seen = perLabel.get(o.label) ?? 0;
      perLabel.set(o.label, seen + 1);
      if (seen < cap) out.push({ set, label: o.label, kind: 'missed', id: s.item.id, excerpt: excerpt(s.item.text, o.span) });
    }
  }
  return out;
}

/** Flagged texts that should not be, capped per rule id. */
function falseAlarmsOf(set: SetName, scored: readonly Scored[], cap: number): Miss[] {
  const perRule = new Map<string, number>();
  const out: Miss[] = [];
  for (const s of scored) {
    const flagging = s.findings.filter((f) => isFlagging(f.severity));
    if (flagging.length === 0) continue;
    const rules = [...new Set(flagging.map((f) => f.ruleId))].sort();
    const key = rules.join(',');
    const seen = perRule.get(key) ?? 0;
    perRule.set(key, seen + 1);
    const first = flagging[0];
    if (seen < cap && first !== undefined) out.push({ set, label: key, kind: 'false alarm', id: s.item.id, excerpt: excerpt(s.item.text, first) });
  }
  return out;
}

function labelRows(set: SetName, outcomes: readonly SpanOutcome[], targets: ReadonlySet<string>, target: Target, withMacro: boolean): Row[] {
  return recallByLabel(outcomes)
    .filter((l) => l.scored)
    .map((l) => {
      const macro = withMacro && l.macro !== undefined ? ` · per template ${(l.macro * 100).toFixed(1)}% (${l.groups})` : '';
      return row(set, `recall ${l.label}`, l.spans, `${l.spans.hit}/${l.spans.total}${macro}`, targets.has(l.label) ? target : undefined);
    });
}

export function asqReport(scored: readonly Scored[], cap: number): SetReport {
  const outcomes = outcomesOf(scored, false);
  const rows: Row[] = [
    row('asq-phi', 'recall, all scored spans', overallRecall(outcomes), undefined, AT_LEAST_95),
    ...labelRows('asq-phi', outcomes, ASQ_TARGET_LABELS, AT_LEAST_95, false),
    row('asq-phi', 'precision (identifier findings)', precision(scored.map((s) => ({ spans: s.item.spans, findings: s.findings })))),
    row('asq-phi', 'flagged: texts without PHI', flagRate(scored.filter((s) => s.item.spans.length === 0)), undefined, { op: '≤', value: 0.05 }),
    row('asq-phi', 'flagged: hard negatives', flagRate(scored.filter((s) => s.item.hardNegative === true))),
  ];
  const notScored = notScoredRow('asq-phi', outcomes);
  if (notScored !== undefined) rows.push(notScored);
  const misses = [...missesOf('asq-phi', scored, cap), ...falseAlarmsOf('asq-phi', scored.filter((s) => s.item.spans.length === 0), cap)];
  return { rows, misses, notes: [] };
}

export function presidioReport(scored: readonly Scored[], cap: number): SetReport {
  const outcomes = outcomesOf(scored, true);
  const rows: Row[] = [
    row('presidio', 'recall, all scored spans', overallRecall(outcomes)),
    ...labelRows('presidio', outcomes, PRESIDIO_TARGET_LABELS, AT_LEAST_90, true),
    row('presidio', 'precision (identifier findings)', precision(scored.map((s) => ({ spans: s.item.spans, findings: s.findings })))),
    row('presidio', 'flagged: texts without labels', flagRate(scored.filter((s) => s.item.spans.length === 0))),
  ];
  const notScored = notScoredRow('presidio', outcomes);
  if (notScored !== undefined) rows.push(notScored);
  const templates = new Set(scored.map((s) => s.item.group)).size;
  return { rows, misses: missesOf('presidio', scored, cap), notes: [`presidio: ${scored.length} sentences from ${templates} templates; "per template" is recall averaged over the templates holding the label.`] };
}

export function redactPiiReport(scored: readonly Scored[], cap: number): SetReport {
  const used = scored.filter((s) => s.item.nonDefault !== true);
  const outcomes = outcomesOf(used, false);
  const rows: Row[] = [
    row('redact-pii', 'recall, all scored spans', overallRecall(outcomes), undefined, AT_LEAST_90),
    ...labelRows('redact-pii', outcomes, new Set(), AT_LEAST_90, false),
    row('redact-pii', 'flagged: no_pii cases', flagRate(used.filter((s) => s.item.noPii === true))),
  ];
  const skipped = scored.length - used.length;
  const notScored = notScoredRow('redact-pii', outcomes, skipped > 0 ? [`${skipped} cases with non-default options`] : []);
  if (notScored !== undefined) rows.push(notScored);
  const misses = [...missesOf('redact-pii', used, cap), ...falseAlarmsOf('redact-pii', used.filter((s) => s.item.noPii === true), cap)];
  return { rows, misses, notes: ["redact-pii: its name cases are that library's opinion, not ground truth."] };
}

export function sanitizePiiReport(scored: readonly Scored[], cap: number): SetReport {
  interface Group {
    should: Ratio;
    mustNot: Ratio;
  }
  const groups = new Map<string, Group>();
  const notScored = new Map<string, number>();
  const misses: Miss[] = [];
  const perGroupMisses = new Map<string, number>();
  let should: Ratio = { hit: 0, total: 0 };
  let mustNot: Ratio = { hit: 0, total: 0 };
  for (const s of scored) {
    const pattern = s.item.pattern ?? '';
    const categories = sanitizePatternCategories(pattern);
    if (categories === undefined) {
      notScored.set(pattern, (notScored.get(pattern) ?? 0) + 1);
      continue;
    }
    const whole = { start: 0, end: s.item.text.length };
    const hit = isFound(whole, categories, s.findings);
    const name = sanitizePatternGroup(pattern);
    const g = groups.get(name) ?? { should: { hit: 0, total: 0 }, mustNot: { hit: 0, total: 0 } };
    if (s.item.mustMatch === true) {
      g.should = { hit: g.should.hit + (hit ? 1 : 0), total: g.should.total + 1 };
      should = { hit: should.hit + (hit ? 1 : 0), total: should.total + 1 };
    } else {
      g.mustNot = { hit: g.mustNot.hit + (hit ? 1 : 0), total: g.mustNot.total + 1 };
      mustNot = { hit: mustNot.hit + (hit ? 1 : 0), total: mustNot.total + 1 };
    }
    groups.set(name, g);
    const wrong = s.item.mustMatch === true ? !hit : hit;
    const seen = perGroupMisses.get(name) ?? 0;
    if (wrong) perGroupMisses.set(name, seen + 1);
    if (wrong && seen < cap) misses.push({ set: 'sanitize-pii', label: name, kind: s.item.mustMatch === true ? 'missed' : 'false alarm', id: s.item.id, excerpt: excerpt(s.item.text, whole) });
  }
  const rows: Row[] = [
    row('sanitize-pii', 'should match: found', should),
    row('sanitize-pii', 'must not match: flagged', mustNot),
    ...[...groups]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([name, g]) => ({ ...row('sanitize-pii', `pattern ${name}: found`, g.should), detail: `${g.should.hit}/${g.should.total} · false matches ${g.mustNot.hit}/${g.mustNot.total}` })),
  ];
  if (notScored.size > 0) {
    rows.push({ set: 'sanitize-pii', measure: 'not scored (no matching category)', n: [...notScored.values()].reduce((a, b) => a + b, 0), value: undefined, detail: [...notScored].map(([p, n]) => `${p} ${n}`).join(', ') });
  }
  return { rows, misses, notes: ['sanitize-pii: a case counts as matched when a finding of the pattern\'s category (any severity) overlaps the text.'] };
}

export function benignReport(scored: readonly Scored[], cap: number): SetReport {
  const rows: Row[] = [
    row('benign-news', 'flagged (warning or error)', flagRate(scored), undefined, { op: '≤', value: 0.03 }),
    row('benign-news', 'with any finding (info too)', { hit: scored.filter((s) => s.findings.length > 0).length, total: scored.length }),
  ];
  const perRule = new Map<string, number>();
  for (const s of scored) for (const rule of new Set(s.findings.filter((f) => isFlagging(f.severity)).map((f) => f.ruleId))) perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
  const top = [...perRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`);
  const notes = top.length > 0 ? [`benign-news: flagged texts by rule: ${top.join(', ')}`] : [];
  return { rows, misses: falseAlarmsOf('benign-news', scored.filter((s) => isFlagged(s.findings)), cap), notes };
}

export function conformanceRow(passed: number, total: number): Row {
  return row('twitter-text', 'conformance tests passed', { hit: passed, total });
}

/** Identifier findings overlapping no labelled span, by rule: where precision is lost. */
export function precisionNote(set: SetName, scored: readonly Scored[]): string | undefined {
  const perRule = new Map<string, number>();
  for (const s of scored) for (const f of falsePositives(s.item.spans, s.findings)) perRule.set(f.ruleId, (perRule.get(f.ruleId) ?? 0) + 1);
  if (perRule.size === 0) return undefined;
  return `${set}: findings outside any labelled span, by rule: ${[...perRule].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`).join(', ')}`;
}

// ---------------------------------------------------------------------------------------------

function percent(value: number | undefined): string {
  return value === undefined ? '—' : `${(value * 100).toFixed(1)}%`;
}

function pad(s: string, width: number, right = false): string {
  const len = [...s].length;
  return right ? ' '.repeat(Math.max(0, width - len)) + s : s + ' '.repeat(Math.max(0, width - len));
}

/** The table as text: set, measure, n, score, target, met, detail. */
export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((r) => {
    const m = met(r);
    return [r.set, r.measure, r.n.toLocaleString('en-US'), percent(r.value), r.target === undefined ? '' : `${r.target.op} ${(r.target.value * 100).toFixed(0)}%`, m === undefined ? '' : m ? '✓' : '✗', r.detail];
  });
  const header = ['set', 'measure', 'n', 'score', 'target', '', 'detail'];
  const widths = header.map((h, i) => Math.max([...h].length, ...cells.map((c) => [...(c[i] ?? '')].length)));
  const numeric = new Set([2, 3]);
  const line = (c: readonly string[]): string =>
    c
      .map((cell, i) => (i === c.length - 1 ? cell : pad(cell, widths[i] ?? 0, numeric.has(i))))
      .join('  ')
      .trimEnd();
  const out = [line(header), line(widths.map((w, i) => (i === widths.length - 1 ? '-'.repeat(Math.min(w, 40)) : '-'.repeat(w))))];
  let last = '';
  for (const [i, c] of cells.entries()) {
    const r = rows[i];
    if (r !== undefined && last !== '' && r.set !== last) out.push('');
    last = r?.set ?? last;
    out.push(line(c));
  }
  return out.join('\n');
}

export function formatMisses(misses: readonly Miss[]): string {
  if (misses.length === 0) return 'No misses.';
  return misses.map((m) => `${m.set}  ${m.kind === 'missed' ? 'missed' : 'false alarm'}  ${m.label}  ${m.id}\n    ${m.excerpt}`).join('\n');
}
