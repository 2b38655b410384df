/**
 * `npm run bench`: runs every section in scripts/bench/ (each file's default export, sorted by
 * file name) and prints them. Goals are printed by the sections, never enforced; the exit code
 * is non-zero only when a section throws.
 *
 *   npm run bench -- [--only NAME[,NAME]] [--json] [--list]
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { formatSection, isBenchSection, sectionFiles, type BenchSection } from './bench/section.js';

const DIR = join(dirname(fileURLToPath(import.meta.url)), 'bench');

interface Outcome {
  readonly file: string;
  readonly section: BenchSection;
  readonly failed: boolean;
  readonly seconds: number;
}

async function runSection(file: string): Promise<Outcome> {
  const started = performance.now();
  const seconds = (): number => (performance.now() - started) / 1000;
  try {
    const mod = (await import(pathToFileURL(join(DIR, file)).href)) as { default?: unknown };
    if (typeof mod.default !== 'function') {
      return { file, section: { title: file, rows: [], notes: ['skipped: the file has no default-exported section function'] }, failed: false, seconds: seconds() };
    }
    const section: unknown = await (mod.default as () => Promise<unknown>)();
    if (!isBenchSection(section)) {
      return { file, section: { title: file, rows: [], notes: ['the section returned something that is not a BenchSection'] }, failed: true, seconds: seconds() };
    }
    return { file, section, failed: false, seconds: seconds() };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { file, section: { title: file, rows: [], notes: [`failed: ${message}`] }, failed: true, seconds: seconds() };
  }
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const json = argv.includes('--json');
  const onlyIndex = argv.findIndex((a) => a === '--only' || a.startsWith('--only='));
  const onlyArg = onlyIndex < 0 ? undefined : argv[onlyIndex]?.includes('=') ? argv[onlyIndex]?.slice('--only='.length) : argv[onlyIndex + 1];
  const only = onlyArg?.split(',').map((s) => s.trim()).filter(Boolean);
  const files = sectionFiles(readdirSync(DIR)).filter((f) => only === undefined || only.some((o) => basename(f, '.ts').includes(o)));
  if (argv.includes('--list')) {
    process.stdout.write(`${sectionFiles(readdirSync(DIR)).join('\n')}\n`);
    return 0;
  }
  if (files.length === 0) {
    process.stderr.write(`bench: no section matches ${onlyArg ?? ''} in ${DIR}\n`);
    return 2;
  }
  const outcomes: Outcome[] = [];
  for (const file of files) {
    if (!json) process.stderr.write(`bench: ${file}…\n`);
    const outcome = await runSection(file);
    outcomes.push(outcome);
    if (!json) process.stdout.write(`\n${formatSection(outcome.section)}\n- (${file}, ${outcome.seconds.toFixed(1)} s)\n`);
  }
  if (json) process.stdout.write(`${JSON.stringify(outcomes.map((o) => ({ file: o.file, seconds: o.seconds, failed: o.failed, ...o.section })), null, 2)}\n`);
  return outcomes.some((o) => o.failed) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`bench crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 1;
  },
);
