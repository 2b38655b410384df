/**
 * The contract of a benchmark section, and the small helpers sections share.
 *
 * `npm run bench` imports every other file in scripts/bench/ (sorted by name) and calls its default
 * export, an `async function (): Promise<BenchSection>`. To add a section, add a file; bench.ts
 * needs no change. Sections print their goals in `notes` (with goalNote); nothing here fails on
 * a slow result.
 */

export interface BenchSection {
  title: string;
  rows: Record<string, string | number>[];
  notes?: string[];
}

export type BenchSectionFn = () => Promise<BenchSection>;

/** q-quantile of ascending `sorted` (nearest rank), NaN when empty. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

export interface Summary {
  readonly n: number;
  readonly mean: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.length === 0 ? Number.NaN : sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return { n: sorted.length, mean, p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted[sorted.length - 1] ?? Number.NaN };
}

export function median(samples: readonly number[]): number {
  return quantile([...samples].sort((a, b) => a - b), 0.5);
}

/** Milliseconds with three decimals ("0.412"), or "n/a". */
export function ms(x: number, digits = 3): string {
  return Number.isFinite(x) ? x.toFixed(digits) : 'n/a';
}

/** "a / b" as "3.2×". */
export function times(a: number, b: number): string {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${(a / b).toFixed(1)}×` : 'n/a';
}

/** A goal, printed, never enforced: "worst case 4.1 ms (goal < 10 ms) ✓". */
export function goalNote(what: string, value: number, op: '<' | '≤', goal: number, unit: string, digits = 1): string {
  const ok = op === '<' ? value < goal : value <= goal;
  const u = unit === '×' ? unit : ` ${unit}`;
  return `${what}: ${Number.isFinite(value) ? value.toFixed(digits) : 'n/a'}${u} (goal ${op} ${goal}${u}) ${Number.isFinite(value) ? (ok ? '✓' : '✗') : ''}`.trimEnd();
}

/** Time one call in milliseconds. */
export function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

// ---------------------------------------------------------------------------------------------
// Used by scripts/bench.ts: which files are sections, and how a section prints.

/** Section files of a directory listing, sorted: every .ts file but this one, tests and types. */
export function sectionFiles(names: readonly string[]): string[] {
  return names.filter((n) => n.endsWith('.ts') && n !== 'section.ts' && !n.endsWith('.test.ts') && !n.endsWith('.d.ts')).sort();
}

/** Whether `value` has the BenchSection shape (a section from another engineer may not). */
export function isBenchSection(value: unknown): value is BenchSection {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof BenchSection, unknown>>;
  return (
    typeof v.title === 'string' &&
    Array.isArray(v.rows) &&
    v.rows.every((r) => typeof r === 'object' && r !== null) &&
    (v.notes === undefined || (Array.isArray(v.notes) && v.notes.every((n) => typeof n === 'string')))
  );
}

/** A section as text: its title, a table whose columns are the rows' keys, then its notes. */
export function formatSection(section: BenchSection): string {
  const out = [section.title, '='.repeat(Math.min(100, [...section.title].length))];
  const columns: string[] = [];
  for (const row of section.rows) for (const key of Object.keys(row)) if (!columns.includes(key)) columns.push(key);
  if (columns.length > 0) {
    const cell = (v: string | number | undefined): string => (v === undefined ? '' : typeof v === 'number' ? formatNumber(v) : v);
    const grid = section.rows.map((r) => columns.map((c) => cell(r[c])));
    const widths = columns.map((c, i) => Math.max([...c].length, ...grid.map((g) => [...(g[i] ?? '')].length)));
    const numeric = columns.map((c) => section.rows.every((r) => r[c] === undefined || typeof r[c] === 'number'));
    const line = (cells: readonly string[]): string =>
      cells
        .map((s, i) => {
          const padding = ' '.repeat(Math.max(0, (widths[i] ?? 0) - [...s].length));
          return numeric[i] ? padding + s : s + padding;
        })
        .join('  ')
        .trimEnd();
    out.push(line(columns), line(widths.map((w) => '-'.repeat(w))), ...grid.map(line));
  }
  for (const note of section.notes ?? []) out.push(`- ${note}`);
  return out.join('\n');
}

function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return 'n/a';
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  return Math.abs(v) >= 100 ? v.toFixed(1) : v.toFixed(3);
}
