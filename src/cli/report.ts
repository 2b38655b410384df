/**
 * What the CLI prints. The human report quotes each finding's span from the draft the user just
 * gave it, on their own terminal; the JSON forms carry offsets only, never draft text.
 */
import type { Analysis, CountResult, Finding, Severity } from '../engine/index.js';

/** One JSONL output line's shape (also `check --json`, without the id). */
export interface CheckRecord {
  readonly verdict: Analysis['verdict'];
  readonly findings: readonly { readonly ruleId: string; readonly category: string; readonly severity: Severity; readonly start: number; readonly end: number }[];
  readonly weightedLength: number;
  readonly valid: boolean;
}

export function checkRecord(analysis: Analysis): CheckRecord {
  return {
    verdict: analysis.verdict,
    findings: analysis.findings.map((f) => ({ ruleId: f.ruleId, category: f.category, severity: f.severity, start: f.span.start, end: f.span.end })),
    weightedLength: analysis.length.weightedLength,
    valid: analysis.length.valid,
  };
}

const MAX_QUOTE = 60;

/** The span as a short one-line quotation: line breaks shown, long spans cut in the middle. */
export function quote(text: string, start: number, end: number): string {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  let span = text.slice(s, e).replace(/\r?\n/g, '⏎').replace(/\t/g, ' ');
  if (span.length > MAX_QUOTE) span = `${span.slice(0, MAX_QUOTE / 2 - 1)}…${span.slice(span.length - MAX_QUOTE / 2)}`;
  return `“${span}”`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function describeFinding(text: string, f: Finding): string[] {
  const indent = ' '.repeat(11);
  const lines = [`  ${f.severity.padEnd(8)} ${f.ruleId}  ${quote(text, f.span.start, f.span.end)}  (characters ${f.span.start}–${f.span.end})`];
  lines.push(`${indent}${f.message}`);
  if (f.why !== '') lines.push(`${indent}Why: ${f.why}`);
  const labels = f.suggestions.map((s) => s.label).filter((l) => l !== '');
  if (labels.length > 0) lines.push(`${indent}Suggestions: ${labels.join(' · ')}`);
  return lines;
}

export function humanReport(text: string, analysis: Analysis): string {
  const out: string[] = [];
  const { findings, verdict, length } = analysis;
  if (findings.length === 0) {
    out.push('No findings.');
  } else {
    out.push(`${plural(findings.length, 'finding')}:`, '');
    for (const f of findings) out.push(...describeFinding(text, f), '');
  }
  const bySeverity = (['error', 'warning', 'info'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => plural(n, s));
  out.push(`Verdict: ${verdict}${bySeverity.length > 0 ? ` (${bySeverity.join(', ')})` : ''}`);
  out.push(`Length: ${length.weightedLength}/${length.limit} weighted characters, ${lengthNote(length.remaining, length.valid, length.weightedLength)}`);
  return out.join('\n');
}

function lengthNote(remaining: number, valid: boolean, weighted: number): string {
  if (weighted === 0) return 'empty';
  if (remaining < 0) return `${-remaining} over the limit`;
  return `${remaining} remaining${valid ? '' : ' (X would refuse a character in it)'}`;
}

export function countReport(c: CountResult): string {
  return [
    `Weighted length: ${c.weightedLength}`,
    `Limit: ${c.limit}`,
    `Remaining: ${c.remaining}`,
    `Valid: ${c.valid ? 'yes' : c.weightedLength === 0 ? 'no (empty)' : c.remaining < 0 ? 'no (over the limit)' : 'no (holds a character X refuses)'}`,
  ].join('\n');
}
