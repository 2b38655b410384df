/**
 * The content script's cost on X, measured in real (headless) Chromium with the built extension
 * against the X fixture (tests/fixtures/x): per-keystroke main-thread time while a 280-character
 * draft is typed key by key, whether each keystroke's underlines were painted in the very next
 * frame, the MutationObserver's cost per batch while five composers are open and the timeline
 * keeps growing, long tasks, and the size of the JavaScript the extension puts into x.com.
 *
 * Timings come from the content script's own performance.measure() marks, which it records only
 * on a page marked <html data-caretweet-bench> (src/content/bench-hook.ts).
 *
 * The run shares no files with anything else on the machine. It loads its own snapshot of dist/,
 * checked complete (every file the content script will load, down to the engine chunk it fetches
 * on a composer's first focus), and its own build of the fixture, both in a temporary directory.
 * It used to load tests/fixtures/.build/extension, which every end-to-end run and the popup
 * section empty and copy dist/ into again, while `npm run build` rewrites dist/ and each edit of
 * the engine renames its chunk: a page whose content script came from one copy then asked for an
 * engine file that no longer existed, never analysed anything, and the wait for its first count
 * hung for 30 s. Now a failed load of an extension file ends a wait at once, every wait has a
 * deadline, and either ends the section with a note saying what happened instead of an error.
 *
 * Run alone: `npx tsx scripts/bench/composer.ts`.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { formatSection, goalNote, ms, quantile, type BenchSection } from './section.js';


const TITLE = 'Content script on X (headless Chromium, fixture with real Draft.js)';

/** Synthetic care-team draft, dense with identifiers, cut to X's 280-character limit. */
const DRAFT = (
  'Reminder for the team: our patient John Smith (DOB 03/14/1961) came in yesterday at 3pm to room 12 ' +
  'with chest pain. Call his wife at 555-867-5309 or email john.smith@example.com before Friday. MRN 00123456. ' +
  'Thanks for all the hard work this week. See you at the staff meeting on Monday, everyone!'
).slice(0, 280);

/** Typing speed: one key every 40 ms (a fast typist), so each key gets its own frame. */
const KEY_DELAY_MS = 40;
const TIMELINE_POSTS = 150;
const TIMELINE_EVERY_MS = 40;


/** Main-world instrumentation installed before the page's own scripts. */
function instrument(): void {
  const w = window as unknown as { __bench: { longTasks: { start: number; duration: number }[]; nextFrame: number; lateFrame: number } };
  w.__bench = { longTasks: [], nextFrame: 0, lateFrame: 0 };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Bubble phase on window: runs after the content script's listener on the editor, so this
  // frame callback is queued after the content script's and sees whether it painted.
  window.addEventListener('input', () => {
    const t = performance.now();
    requestAnimationFrame(() => {
      const painted = performance.getEntriesByName('caretweet:update').some((e) => e.startTime >= t);
      if (painted) w.__bench.nextFrame++;
      else w.__bench.lateFrame++;
    });
  });
}

interface Span {
  readonly start: number;
  readonly duration: number;
}

/**
 * Long tasks the extension caused: those that would not have been long without the extension's
 * own measured work inside them.
 */
async function longTasksCaused(page: Page, since: number): Promise<{ all: number; caused: number; worst: number }> {
  const { tasks, work } = await page.evaluate((s) => {
    const w = window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } };
    const names = ['caretweet:update', 'caretweet:observer', 'caretweet:scan'];
    return {
      tasks: w.__bench.longTasks.filter((t) => t.start >= s),
      work: names.flatMap((n) => performance.getEntriesByName(n).map((e) => ({ start: e.startTime, duration: e.duration }))),
    };
  }, since);
  let caused = 0;
  let worst = 0;
  for (const t of tasks as Span[]) {
    const ext = (work as Span[]).filter((x) => x.start >= t.start && x.start < t.start + t.duration).reduce((sum, x) => sum + x.duration, 0);
    worst = Math.max(worst, ext);
    if (t.duration - ext < 50) caused++;
  }
  return { all: tasks.length, caused, worst };
}

async function measures(page: Page, name: string, since = 0): Promise<number[]> {
  return page.evaluate(
    ([n, s]) => performance.getEntriesByName(n as string).filter((e) => e.startTime >= (s as number)).map((e) => e.duration),
    [name, since] as const,
  );
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`]\.\/([^"'`]+\.js)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g;
const LOADER_TARGET = /getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

interface ContentScriptFiles {
  /** Loaded with the page (the manifest's loader and its static imports). */
  readonly initial: ReadonlySet<string>;
  /** Loaded on a composer's first use (behind a dynamic import()). */
  readonly lazy: ReadonlySet<string>;
  /** Referred to but not there: a build in progress, or a copy taken halfway. */
  readonly missing: readonly string[];
}

/**
 * What the content script puts into x.com, by following its chunks' imports from the manifest's
 * loader: what loads with the page (static imports) and what waits for a composer's first use
 * (behind a dynamic import()).
 */
function contentScriptFiles(dist: string): ContentScriptFiles {
  const manifestFile = join(dist, 'manifest.json');
  if (!existsSync(manifestFile)) return { initial: new Set(), lazy: new Set(), missing: ['manifest.json'] };
  let manifest: { content_scripts?: { js?: string[] }[] };
  try {
    manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as typeof manifest;
  } catch {
    return { initial: new Set(), lazy: new Set(), missing: ['manifest.json (unreadable)'] };
  }
  const missing = new Set<string>();
  const code = (f: string): string => readFileSync(join(dist, f), 'utf8');
  const closure = (starts: readonly string[], skip: ReadonlySet<string>): { files: Set<string>; dynamic: Set<string> } => {
    const files = new Set<string>();
    const dynamic = new Set<string>();
    const todo = [...starts];
    while (todo.length > 0) {
      const f = todo.pop() as string;
      if (files.has(f) || skip.has(f)) continue;
      if (!existsSync(join(dist, f))) {
        missing.add(f);
        continue;
      }
      files.add(f);
      const src = code(f);
      const dir = f.includes('/') ? f.slice(0, f.lastIndexOf('/') + 1) : '';
      for (const m of src.matchAll(STATIC_IMPORT)) todo.push(`${dir}${m[1]}`);
      for (const m of src.matchAll(LOADER_TARGET)) todo.push(m[1] as string);
      for (const m of src.matchAll(DYNAMIC_IMPORT)) dynamic.add(`${dir}${m[1]}`);
    }
    return { files, dynamic };
  };
  const entry = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  if (entry.length === 0) missing.add('a content script in manifest.json');
  const first = closure(entry, new Set());
  const later = closure([...first.dynamic], first.files);
  return { initial: first.files, lazy: later.files, missing: [...missing] };
}

function bundleSize(dist: string): { initial: number; lazy: number; initialGz: number; lazyGz: number; files: string[] } {
  const { initial: first, lazy: later } = contentScriptFiles(dist);
  const sum = (files: Iterable<string>): [number, number] => {
    let raw = 0;
    let gz = 0;
    for (const f of files) {
      const buf = readFileSync(join(dist, f));
      raw += buf.length;
      gz += gzipSync(buf).length;
    }
    return [raw, gz];
  };
  const [initial, initialGz] = sum(first);
  const [lazy, lazyGz] = sum(later);
  return { initial, lazy, initialGz, lazyGz, files: [...first, ...[...later].map((f) => `${f} (on first use)`)] };
}

// ---- a private, complete copy of what the browser loads ----------------------------------------

/** A condition of the machine (files changing, a browser that does not start), not of the code. */
class Skip extends Error {}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Every file of `dir` with its size and time: equal twice means nothing wrote to it between. */
function fingerprint(dir: string): string {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      const st = statSync(full, { throwIfNoEntry: false });
      if (st === undefined) continue;
      if (st.isDirectory()) walk(full);
      else out.push(`${relative(dir, full)}:${st.size}:${st.mtimeMs}`);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort().join('\n');
}

const SNAPSHOT_TRIES = 4;
const SNAPSHOT_RETRY_MS = 2000;

/**
 * Copies dist/ to `into` once dist/ holds still and the copy has every file the content script
 * will ask for. A build running meanwhile (vite empties dist/ first) shows as a change or as
 * missing files; then it waits and tries again. Returns how many tries it took.
 */
async function snapshotDist(dist: string, into: string): Promise<number> {
  let why = '';
  for (let attempt = 1; attempt <= SNAPSHOT_TRIES; attempt++) {
    const before = fingerprint(dist);
    rmSync(into, { recursive: true, force: true });
    try {
      cpSync(dist, into, { recursive: true });
    } catch (e) {
      why = `copying failed (${e instanceof Error ? e.message : String(e)})`;
      await sleep(SNAPSHOT_RETRY_MS);
      continue;
    }
    const steady = fingerprint(dist) === before;
    const { missing } = contentScriptFiles(into);
    if (steady && missing.length === 0) return attempt;
    why = steady ? `files the content script loads are missing: ${missing.join(', ')}` : 'dist/ changed while it was being copied';
    await sleep(SNAPSHOT_RETRY_MS);
  }
  throw new Skip(`no complete copy of dist/ after ${SNAPSHOT_TRIES} tries: ${why}. Is a build running? Run \`npm run build\` and try again.`);
}

/**
 * Chromium with the extension from `ext` and the fixture from `fixture`, launched by the e2e
 * harness from these private directories (so an e2e run or a rebuild cannot swap files under it).
 */
async function launchPrivate(ext: string, fixture: string, profile: string): Promise<BrowserContext> {
  const { launch } = await import('../../tests/e2e/harness.js');
  try {
    return (await launch({ dist: ext, fixtureDir: fixture, profile })).context;
  } catch {
    throw new Skip('the extension did not start in Chromium (no service worker); the machine may be overloaded.');
  }
}

// ---- waits that end, and say why ---------------------------------------------------------------

/** Extension files a page failed to load: after that, it waits for nothing. */
function watchExtensionLoads(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'chrome-extension:') failed.push(`${url.pathname.slice(1)} (${req.failure()?.errorText ?? 'failed'})`);
  });
  return failed;
}

/** What the page shows of CareTweet (no text of the draft): for a note when a wait ends. */
async function pageState(page: Page): Promise<string> {
  try {
    const s = await page.evaluate(() => {
      const hosts = document.querySelectorAll('caretweet-overlay');
      const first = hosts[0];
      return {
        overlays: hosts.length,
        length: first?.getAttribute('data-weighted-length') ?? null,
        verdict: first?.getAttribute('data-verdict') ?? null,
        visible: document.visibilityState,
      };
    });
    return `${s.overlays} overlay(s), first at count ${s.length ?? '–'} / verdict ${s.verdict ?? '–'}, page ${s.visible}`;
  } catch {
    return 'the page did not answer';
  }
}

function machineLoad(): string {
  return `load average ${loadavg()[0]?.toFixed(1) ?? '?'} on ${cpus().length} cores`;
}

const WAIT_SLICE_MS = 500;

/**
 * Waits for `predicate` in the page for up to `timeoutMs`, in short slices so that a failed load
 * of one of the extension's files ends the wait at once.
 */
async function waitInPage<A>(page: Page, failed: readonly string[], what: string, predicate: (arg: A) => boolean, arg: A, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (failed.length > 0) {
      throw new Skip(
        `${what}: the page could not load the extension's ${failed.join(', ')}. The extension's files changed after the page loaded (a build or another run replacing them), so nothing was measured from here on.`,
      );
    }
    const left = deadline - Date.now();
    if (left <= 0) throw new Skip(`${what}: not within ${Math.round(timeoutMs / 1000)} s (${await pageState(page)}; ${machineLoad()}).`);
    try {
      // Playwright's types cannot follow a generic argument through to the page.
      await page.waitForFunction(predicate as (arg: unknown) => boolean, arg as unknown, { timeout: Math.min(WAIT_SLICE_MS, left) });
      return;
    } catch (e) {
      if (!(e instanceof Error && e.name === 'TimeoutError')) throw e;
    }
  }
}

export default async function composerBench(): Promise<BenchSection> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dist = join(root, 'dist');
  const chrome = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(join(dist, 'manifest.json'))) return { title: TITLE, rows: [], notes: ['Skipped: dist/ is missing; run `npm run build` first.'] };
  if (!existsSync(chrome)) return { title: TITLE, rows: [], notes: [`Skipped: no Chromium at ${chrome} (apt-get install -y chromium, or set CHROME_PATH).`] };

  const rows: Record<string, string | number>[] = [];
  const notes: string[] = [];
  const loadAtStart = machineLoad();
  const work = mkdtempSync(join(tmpdir(), 'caretweet-bench-composer-'));
  const ext = join(work, 'extension');
  let context: BrowserContext | null = null;
  let size: ReturnType<typeof bundleSize> | null = null;
  try {
    const tries = await snapshotDist(dist, ext);
    if (tries > 1) notes.push(`dist/ was being rebuilt at the start; its copy was taken on try ${tries}.`);
    // The size of exactly what the browser loads.
    size = bundleSize(ext);
    const { buildFixture } = await import('../../tests/e2e/global-setup.js');
    await buildFixture(join(work, 'fixture'));
    const { editor } = await import('../../tests/e2e/harness.js');
    context = await launchPrivate(ext, join(work, 'fixture'), join(work, 'profile'));
    await context.addInitScript(instrument);

    // 1. Typing a 280-character draft, key by key.
    const page = await context.newPage();
    const failed = watchExtensionLoads(page);
    await page.goto('https://x.com/home?bench=1');
    await waitInPage(page, failed, 'CareTweet on the home composer', () => document.querySelector('caretweet-overlay') !== null, null, 20000);
    const ed = editor(page);
    await ed.click();
    // The engine arrives on first focus; its first run (cold JIT) is reported apart.
    await page.keyboard.type(DRAFT[0] as string);
    await waitInPage(page, failed, 'The first analysis (the engine loads on first focus)', () => document.querySelector('caretweet-overlay')?.getAttribute('data-weighted-length') === '1', null);
    const firstRun = (await measures(page, 'caretweet:update')).at(-1) ?? NaN;
    const atFocus = await page.evaluate(() => (window as unknown as { __bench: { longTasks: { duration: number }[] } }).__bench.longTasks.map((t) => Math.round(t.duration)));
    const start = await page.evaluate(() => performance.now());
    await page.evaluate(() => {
      const w = window as unknown as { __bench: { nextFrame: number; lateFrame: number } };
      w.__bench.nextFrame = 0;
      w.__bench.lateFrame = 0;
    });
    await page.keyboard.type(DRAFT.slice(1), { delay: KEY_DELAY_MS });
    await waitInPage(page, failed, 'The analysis of the whole draft', (n) => document.querySelector('caretweet-overlay')?.getAttribute('data-weighted-length') === String(n), DRAFT.length);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const updates = (await measures(page, 'caretweet:update', start)).sort((a, b) => a - b);
    const analyses = (await measures(page, 'caretweet:analyze', start)).sort((a, b) => a - b);
    const typing = await page.evaluate(() => (window as unknown as { __bench: { nextFrame: number; lateFrame: number } }).__bench);
    const typingLong = await longTasksCaused(page, start);
    const findings = await page.evaluate(() => document.querySelector('caretweet-overlay')?.getAttribute('data-findings'));
    rows.push(
      { measure: 'keystroke: analysis + paint, p50 (ms)', value: ms(quantile(updates, 0.5)) },
      { measure: 'keystroke: analysis + paint, p95 (ms)', value: ms(quantile(updates, 0.95)) },
      { measure: 'keystroke: analysis + paint, max (ms)', value: ms(updates.at(-1) ?? NaN) },
      { measure: 'keystroke: of which engine analyze(), p50 / p95 (ms)', value: `${ms(quantile(analyses, 0.5))} / ${ms(quantile(analyses, 0.95))}` },
      { measure: 'keystrokes painted in the next frame', value: `${typing.nextFrame}/${typing.nextFrame + typing.lateFrame}` },
      { measure: 'first analysis after the engine loads (ms)', value: ms(firstRun) },
      { measure: 'long tasks at first focus (engine load + first run), ms', value: atFocus.length === 0 ? 'none' : atFocus.join(', ') },
      { measure: 'long tasks while typing: caused by CareTweet / all', value: `${typingLong.caused} / ${typingLong.all}` },
    );
    notes.push(goalNote('Keystroke analysis + paint, p95', quantile(updates, 0.95), '≤', 4, 'ms'));
    notes.push(`Underlines painted in the frame right after the input: ${typing.nextFrame}/${typing.nextFrame + typing.lateFrame} keystrokes (goal: all) ${typing.lateFrame === 0 ? '✓' : '✗'}`);
    notes.push(`Long tasks caused by CareTweet while typing: ${typingLong.caused} (goal: 0) ${typingLong.caused === 0 ? '✓' : '✗'}`);
    notes.push('A long task counts as caused by CareTweet when it would have stayed under 50 ms without the extension’s own measured work inside it.');
    notes.push(`${updates.length} updates for ${DRAFT.length} keys at one key per ${KEY_DELAY_MS} ms; ${findings ?? '?'} findings on the full draft.`);
    await page.close();

    // 2. Five composers open (home + a four-post thread in the modal) and a timeline that grows.
    const busy = await context.newPage();
    const busyFailed = watchExtensionLoads(busy);
    await busy.goto('https://x.com/compose/post?posts=4&bench=1');
    await waitInPage(busy, busyFailed, 'CareTweet on five composers', () => document.querySelectorAll('caretweet-overlay').length === 5, null);
    const t0 = await busy.evaluate(() => performance.now());
    await busy.evaluate(([n, every]) => (window as unknown as { __timeline(n: number, ms: number): Promise<void> }).__timeline(n as number, every as number), [TIMELINE_POSTS, TIMELINE_EVERY_MS] as const);
    await busy.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const observer = (await measures(busy, 'caretweet:observer', t0)).sort((a, b) => a - b);
    const scans = (await measures(busy, 'caretweet:scan', t0)).sort((a, b) => a - b);
    const churnLong = await longTasksCaused(busy, t0);
    const composers = await busy.evaluate(() => document.querySelectorAll('caretweet-overlay').length);
    const elements = await busy.evaluate(() => document.getElementsByTagName('*').length);
    rows.push(
      { measure: 'observer callback per mutation batch, p50 (ms)', value: ms(quantile(observer, 0.5)) },
      { measure: 'observer callback per mutation batch, p95 (ms)', value: ms(quantile(observer, 0.95)) },
      { measure: 'observer callback per mutation batch, max (ms)', value: ms(observer.at(-1) ?? NaN) },
      { measure: 'composer scan (next frame, ≤ 1 per frame), p95 (ms)', value: ms(quantile(scans, 0.95)) },
      { measure: 'composer scan, max (ms)', value: ms(scans.at(-1) ?? NaN) },
      { measure: 'long tasks during timeline churn: caused by CareTweet / all', value: `${churnLong.caused} / ${churnLong.all}` },
      { measure: 'most CareTweet work inside one long task (ms)', value: ms(churnLong.worst) },
    );
    notes.push(goalNote('Observer callback per mutation batch, max', observer.at(-1) ?? NaN, '<', 1, 'ms', 2));
    notes.push(goalNote('Composer scan per frame, max', scans.at(-1) ?? NaN, '<', 1, 'ms', 2));
    notes.push(`Long tasks caused by CareTweet during timeline churn: ${churnLong.caused} (goal: 0) ${churnLong.caused === 0 ? '✓' : '✗'}`);
    notes.push(
      `${observer.length} mutation batches and ${scans.length} scans while ${TIMELINE_POSTS} posts were added (one per ${TIMELINE_EVERY_MS} ms) to a page of ~${elements} elements with ${composers} composers.`,
    );
    await busy.close();
  } catch (e) {
    if (!(e instanceof Skip)) throw e;
    notes.push(`Skipped${rows.length > 0 ? ' the rest' : ''}: ${e.message}`);
  } finally {
    await context?.close().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  }
  if (size !== null) {
    rows.push(
      { measure: 'JS put into x.com at page load (KB, minified)', value: (size.initial / 1024).toFixed(1) },
      { measure: 'JS loaded on first composer focus (KB, minified)', value: (size.lazy / 1024).toFixed(1) },
      { measure: 'JS in x.com in all (KB, minified)', value: ((size.initial + size.lazy) / 1024).toFixed(1) },
      { measure: 'JS in x.com in all (KB, gzip)', value: ((size.initialGz + size.lazyGz) / 1024).toFixed(1) },
    );
    notes.push(goalNote('JavaScript put into x.com in all (minified)', (size.initial + size.lazy) / 1024, '≤', 400, 'KB'));
    notes.push(`Content script files: ${size.files.join(', ')}.`);
  }
  notes.push(`Machine at the start: ${loadAtStart}.`);
  return { title: TITLE, rows, notes };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatSection(await composerBench()));
}
