/**
 * `npm run eval`: scores analyze() on every evaluation set in $CARETWEET_EVAL_DIR (default
 * ../shared/eval) and prints one table, then the misses. Scores are reported, never enforced: the
 * exit code is non-zero only if the script itself breaks.
 *
 * Further measurements plug in like bench sections: a file in scripts/eval/ whose default export
 * is `async () => ({title, rows, notes})` is run after the table (not with --set) and printed
 * below it. The other files there are this script's helpers and export no default.
 *
 *   npm run eval -- [--set NAME] [--misses N] [--json]
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatSection, isBenchSection, type BenchSection } from './bench/section.js';
import { COUNT_CONFIGS, parseTweet, type CountConfig, type ParsedTweet } from '../src/engine/count.js';
import {
  asqReport,
  benignReport,
  conformanceRow,
  formatMisses,
  formatTable,
  met,
  precisionNote,
  presidioReport,
  redactPiiReport,
  sanitizePiiReport,
  type SetReport,
} from './eval/report.js';
import { runText, type Scored } from './eval/run.js';
import { loadSet, SET_NAMES, type ConformanceCase, type LoadedSet, type SetName } from './eval/sets.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Relative dates in the labelled sets are read as of this moment, so runs are comparable. */
const FIXED_NOW = Date.parse('2025-06-02T15:00:00Z');

interface Options {
  readonly sets: readonly SetName[];
  readonly misses: number;
  readonly json: boolean;
}

function parseOptions(argv: readonly string[]): Options | string {
  let sets: SetName[] = [...SET_NAMES];
  let misses = 5;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    if (name === '--json') json = true;
    else if (name === '--misses') {
      const n = Number(value());
      if (!Number.isInteger(n) || n < 0) return '--misses needs a whole number';
      misses = n;
    } else if (name === '--set') {
      const wanted = (value() ?? '').toLowerCase();
      const match = SET_NAMES.filter((s) => s.startsWith(wanted) || s.replace(/-.*$/, '') === wanted);
      if (wanted === '' || match.length === 0) return `--set takes one of ${SET_NAMES.join(', ')}`;
      sets = match;
    } else if (name === '--help' || name === '-h') return 'help';
    else return `unknown option ${arg}`;
  }
  return { sets, misses, json };
}

function configNamed(name: string): CountConfig {
  if (name === 'version1') return COUNT_CONFIGS.version1;
  if (name === 'version2') return COUNT_CONFIGS.version2;
  return COUNT_CONFIGS.version3;
}

function conformancePassed(cases: readonly ConformanceCase[]): number {
  return cases.filter((c) => {
    try {
      const got = parseTweet(c.text, configNamed(c.config));
      return Object.entries(c.expected).every(([k, v]) => got[k as keyof ParsedTweet] === v);
    } catch {
      return false;
    }
  }).length;
}

function scoreSet(set: LoadedSet, cap: number): SetReport & { readonly scored: readonly Scored[]; readonly seconds: number } {
  const started = performance.now();
  if (set.name === 'twitter-text') {
    const cases = set.conformance ?? [];
    return { rows: [conformanceRow(conformancePassed(cases), cases.length)], misses: [], notes: [], scored: [], seconds: (performance.now() - started) / 1000 };
  }
  const scored = set.texts.map((t) => runText(t, FIXED_NOW));
  const report =
    set.name === 'asq-phi'
      ? asqReport(scored, cap)
      : set.name === 'presidio'
        ? presidioReport(scored, cap)
        : set.name === 'redact-pii'
          ? redactPiiReport(scored, cap)
          : set.name === 'sanitize-pii'
            ? sanitizePiiReport(scored, cap)
            : benignReport(scored, cap);
  const notes = [...report.notes];
  const crashed = scored.filter((s) => s.crashed).length;
  const odd = scored.reduce((a, s) => a + s.oddSpans, 0);
  if (crashed > 0) notes.push(`${set.name}: analyze() threw on ${crashed} texts (scored as having no findings)`);
  if (odd > 0) notes.push(`${set.name}: ${odd} findings had spans that are not numbers and were ignored`);
  if (set.name === 'asq-phi' || set.name === 'presidio') {
    const note = precisionNote(set.name, scored);
    if (note !== undefined) notes.push(note);
  }
  const seconds = (performance.now() - started) / 1000;
  const slowest = scored.reduce((a, s) => Math.max(a, s.ms), 0);
  if (scored.length > 0) notes.push(`${set.name}: ${scored.length} texts in ${seconds.toFixed(1)} s (mean ${((seconds * 1000) / scored.length).toFixed(2)} ms, slowest ${slowest.toFixed(1)} ms)`);
  return { ...report, notes, scored, seconds };
}

interface ExtraSection {
  readonly file: string;
  readonly section: BenchSection;
  readonly failed: boolean;
}

/** Runs the plug-in sections of scripts/eval/, in file-name order; a failure is reported, not fatal. */
async function extraSections(): Promise<ExtraSection[]> {
  const dir = join(dirname(fileURLToPath(import.meta.url)), 'eval');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.endsWith('.d.ts'))
    .sort();
  const out: ExtraSection[] = [];
  for (const file of files) {
    try {
      const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default?: unknown };
      if (typeof mod.default !== 'function') continue;
      const section: unknown = await (mod.default as () => Promise<unknown>)();
      out.push(isBenchSection(section) ? { file, section, failed: false } : { file, section: { title: file, rows: [], notes: ['returned something that is not a section'] }, failed: true });
    } catch (e) {
      out.push({ file, section: { title: file, rows: [], notes: [`failed: ${e instanceof Error ? e.message : String(e)}`] }, failed: true });
    }
  }
  return out;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (typeof options === 'string') {
    const usage = 'usage: npm run eval -- [--set asq-phi|presidio|redact-pii|sanitize-pii|benign-news|twitter-text] [--misses N] [--json]';
    if (options === 'help') {
      process.stdout.write(`${usage}\n`);
      return 0;
    }
    process.stderr.write(`eval: ${options}\n${usage}\n`);
    return 2;
  }
  const dir = resolve(process.env.CARETWEET_EVAL_DIR ?? join(REPO, '..', 'shared', 'eval'));
  if (!existsSync(dir)) {
    process.stderr.write(`eval: no evaluation data at ${dir}; set CARETWEET_EVAL_DIR to the shared eval folder.\n`);
    return 0;
  }
  const started = performance.now();
  const reports = options.sets.map((name) => {
    const set = loadSet(dir, name);
    const report = scoreSet(set, options.misses);
    return { set, ...report };
  });
  const rows = reports.flatMap((r) => r.rows);
  const notes = reports.flatMap((r) => [...r.set.problems, ...r.notes]);
  const misses = reports.flatMap((r) => r.misses);
  const extras = options.sets.length === SET_NAMES.length ? await extraSections() : [];
  const seconds = (performance.now() - started) / 1000;
  if (options.json) {
    const out = { evalDir: dir, now: new Date(FIXED_NOW).toISOString(), seconds, rows: rows.map((r) => ({ ...r, met: met(r) ?? null })), notes, misses, sections: extras };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return extras.some((x) => x.failed) ? 1 : 0;
  }
  const targets = rows.filter((r) => met(r) !== undefined);
  const reached = targets.filter((r) => met(r) === true).length;
  process.stdout.write(
    [
      `CareTweet evaluation — ${dir}`,
      `Relative dates read as of ${new Date(FIXED_NOW).toISOString().slice(0, 10)} (benign news: as of each tweet's date). Targets met: ${reached}/${targets.length}.`,
      '',
      formatTable(rows),
      '',
      'Notes',
      ...notes.map((n) => `- ${n}`),
      '',
      `Misses and false alarms (at most ${options.misses} per label or rule set; --misses N, --set NAME)`,
      formatMisses(misses),
      '',
      ...extras.flatMap((x) => [formatSection(x.section), `- (scripts/eval/${x.file})`, '']),
      `Done in ${seconds.toFixed(1)} s.`,
      '',
    ].join('\n'),
  );
  return extras.some((x) => x.failed) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`eval crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
