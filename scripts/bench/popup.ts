/**
 * The popup's time to first render, in real (headless) Chromium with the built extension, next to
 * the X fixture with a risky reply typed: from the popup's navigation start to the first status
 * line on screen (`ct-status`), and to X's count with the composer's data (`ct-count`, after the
 * round trip to the tab's content script, which also computes the generalized reply). The times
 * come from the popup's own performance marks (src/popup/format.ts, `markOnce`); each run opens
 * popup.html?tab=<id> in a fresh tab, as the toolbar would open it in a fresh document.
 *
 * Run alone: `npx tsx scripts/bench/popup.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Same shape as scripts/bench/section.ts's BenchSection. */
export interface BenchSection {
  title: string;
  rows: Record<string, string | number>[];
  notes?: string[];
}

const TITLE = 'Popup: time to first render (headless Chromium, beside the X fixture)';
const RUNS = 9;
/** Synthetic: a reply that confirms a patient, under the fixture's post. */
const REPLY = 'So glad your knee is feeling better after your visit yesterday, Jordan! See you Saturday.';
const STATUS_URL = 'https://x.com/jordan_ellery/status/1790000000000000042';

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};
const ms = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');

/** The JavaScript and CSS popup.html loads, from the built page's own tags. */
function popupSize(dist: string): { raw: number; gz: number; files: number } {
  const html = readFileSync(join(dist, 'src', 'popup', 'popup.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1] as string);
  let raw = 0;
  let gz = 0;
  for (const f of new Set(files)) {
    const buf = readFileSync(join(dist, f));
    raw += buf.length;
    gz += gzipSync(buf).length;
  }
  return { raw, gz, files: new Set(files).size };
}

export default async function popupBench(): Promise<BenchSection> {
  const root = process.cwd();
  const dist = join(root, 'dist');
  const chrome = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(join(dist, 'manifest.json'))) return { title: TITLE, rows: [], notes: ['Skipped: dist/ is missing; run `npm run build` first.'] };
  if (!existsSync(chrome)) return { title: TITLE, rows: [], notes: [`Skipped: no Chromium at ${chrome} (apt-get install -y chromium, or set CHROME_PATH).`] };

  const { default: buildFixture } = await import('../../tests/e2e/global-setup.js');
  await buildFixture();
  const { launch, editor } = await import('../../tests/e2e/harness.js');
  const { openPopup, tabIdOf } = await import('../../tests/e2e/popup-helpers.js');
  const hx = await launch();
  const status: number[] = [];
  const count: number[] = [];
  const loaded: number[] = [];
  try {
    const page = await hx.open(STATUS_URL);
    await editor(page).click();
    await page.keyboard.type(REPLY);
    await page.waitForFunction(() => document.querySelector('caretweet-overlay')?.getAttribute('data-verdict') === 'error');
    const tabId = await tabIdOf(hx, page);
    for (let i = 0; i < RUNS; i++) {
      const popup = await openPopup(hx, tabId);
      await popup.waitForSelector('[data-testid="ct-count"]');
      // No named functions inside: tsx would wrap them in a helper the page does not have.
      const t = await popup.evaluate(() => ({
        status: performance.getEntriesByName('caretweet:popup-status')[0]?.startTime ?? NaN,
        count: performance.getEntriesByName('caretweet:popup-count')[0]?.startTime ?? NaN,
        dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? NaN,
      }));
      status.push(t.status);
      count.push(t.count);
      loaded.push(t.dcl);
      await popup.close();
    }
    await page.close();
  } finally {
    await hx.close();
  }
  const size = popupSize(dist);
  const warm = (xs: number[]): number[] => xs.slice(1);
  const rows: Record<string, string | number>[] = [
    { measure: 'navigation start → first ct-status render, median (ms)', value: ms(median(status)), target: '' },
    { measure: 'navigation start → ct-count with the composer’s data, median (ms)', value: ms(median(count)), target: '' },
    { measure: 'same, first open only (cold) / median of the rest (ms)', value: `${ms(count[0] ?? NaN)} / ${ms(median(warm(count)))}`, target: '' },
    { measure: 'navigation start → DOMContentLoaded, median (ms)', value: ms(median(loaded)), target: '' },
    { measure: 'slowest ct-count of the runs (ms)', value: ms(Math.max(...count)), target: '' },
    { measure: 'popup JS + CSS (KB, minified / gzip)', value: `${(size.raw / 1024).toFixed(1)} / ${(size.gz / 1024).toFixed(1)}`, target: '' },
  ];
  const notes = [
    `${RUNS} runs, each a fresh popup.html?tab=<id> document beside the fixture's reply box with a risky reply typed; the count arrives after the content script answers (state + generalized reply).`,
    `ct-status per run (ms): ${status.map((x) => ms(x)).join(', ')}; ct-count per run (ms): ${count.map((x) => ms(x)).join(', ')}.`,
    `The popup loads ${size.files} files and none of the engine: the content script of the tab computes everything it shows.`,
  ];
  return { title: TITLE, rows, notes };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const section = await popupBench();
  console.log(`## ${section.title}`);
  console.table(section.rows);
  for (const n of section.notes ?? []) console.log(`- ${n}`);
}
