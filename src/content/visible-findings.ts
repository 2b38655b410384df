/**
 * The findings a composer shows: the engine's findings less those the user chose to "Ignore
 * once". An ignored finding is remembered by its rule and its words (never its offsets), so it
 * stays ignored while the text around it changes, until the draft is emptied.
 */
import type { Finding, Verdict } from '../engine/index.js';

export interface Visible {
  readonly finding: Finding;
  readonly excerpt: string;
  /** What "Ignore once" remembers: the rule and the flagged words. */
  readonly key: string;
}

const RANK: Record<Verdict, number> = { ok: 0, info: 1, warning: 2, error: 3 };
/** Excerpts in the card and list are cut here; the full text is in the editor anyway. */
const EXCERPT_MAX = 60;

/** The findings of `text` that are not in `ignored` (keys of findings ignored once). */
export function visibleFindings(findings: readonly Finding[], text: string, ignored: ReadonlySet<string>): Visible[] {
  return findings
    .map((finding) => {
      const excerpt = text.slice(finding.span.start, finding.span.end);
      return { finding, excerpt, key: `${finding.ruleId}\u0000${excerpt}` };
    })
    .filter((v) => !ignored.has(v.key));
}

/** The most severe of the findings; 'ok' when there is none. */
export function verdictOf(visible: readonly Visible[]): Verdict {
  let v: Verdict = 'ok';
  for (const { finding } of visible) if (RANK[finding.severity] > RANK[v]) v = finding.severity;
  return v;
}

/** True when a finding is more than a note (the audit log tells issues fixed from none found). */
export function hasIssue(visible: readonly Visible[]): boolean {
  return visible.some((v) => v.finding.severity !== 'info');
}

/** The excerpt as the card and the list show it: on one line and at most EXCERPT_MAX long. */
export function shorten(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  if (flat.length <= EXCERPT_MAX) return flat;
  // Cut on a code point boundary.
  const cut = Array.from(flat).slice(0, EXCERPT_MAX).join('');
  return `${cut}…`;
}
