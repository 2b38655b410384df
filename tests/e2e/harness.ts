/**
 * Real Chromium with the built extension, pointed at the X fixture served at X's real URLs
 * (toolchain.md). Every request the browser makes is routed here: the fixture's URLs are answered
 * from disk, anything else is recorded as a leak and refused, so a test can prove that nothing
 * leaves the machine.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Locator, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILD = join(ROOT, 'tests', 'fixtures', '.build');
/** The copy of dist/ that global-setup.ts took for this run. */
export const DIST = join(BUILD, 'extension');

/** Hosts the fixture answers for; the content script's match patterns cover all of them. */
const FIXTURE_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com']);

const SHELL_CSS = `
body { margin: 0; font: 15px/1.4 -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: #0f1419; background: #fff; }
.shell { display: flex; justify-content: center; gap: 24px; }
header { width: 200px; } header nav { display: flex; flex-direction: column; gap: 12px; padding: 16px; position: sticky; top: 0; }
main { width: 600px; border-left: 1px solid #eff3f4; border-right: 1px solid #eff3f4; min-height: 100vh; }
.home-composer, .reply-box { padding: 12px 16px; border-bottom: 1px solid #eff3f4; }
.composer-editor { font-size: 20px; min-height: 52px; padding: 8px 0; }
textarea[data-testid] { width: 100%; box-sizing: border-box; font-family: inherit; font-size: 20px; line-height: 1.3; border: 0; resize: none; }
.toolbar { display: flex; justify-content: space-between; align-items: center; padding-top: 8px; border-top: 1px solid #eff3f4; margin-top: 28px; }
.post { background: #0f1419; color: #fff; border: 0; border-radius: 999px; padding: 8px 16px; font-weight: 700; }
.post-article { display: flex; gap: 12px; padding: 12px 16px; border-bottom: 1px solid #eff3f4; }
.avatar-img { width: 40px; height: 40px; border-radius: 50%; background: #cfd9de; }
.user-name { display: flex; gap: 4px; color: #536471; } .user-name a:first-child { color: #0f1419; font-weight: 700; }
.actions { display: flex; gap: 40px; margin-top: 8px; } .actions button { border: 0; background: none; color: #536471; }
.layers .mask { position: fixed; inset: 0; background: rgba(0,0,0,.4); }
.modal { position: fixed; top: 5vh; left: 50%; transform: translateX(-50%); width: 600px; background: #fff; border-radius: 16px; padding: 12px 16px; }
.thread-item { border-left: 2px solid #cfd9de; padding-left: 12px; margin: 8px 0; }
.replying { color: #536471; font-size: 14px; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
`;

export function fixtureHtml(url: URL): string {
  // Switches the content script reads at start (see bench-hook.ts and overlay/highlights.ts).
  const bench = `${url.searchParams.has('bench') ? ' data-caretweet-bench' : ''}${url.searchParams.has('fallback') ? ' data-caretweet-fallback' : ''}`;
  return `<!doctype html>
<html lang="en"${bench}><head><meta charset="utf-8"><title>Home / X</title>
<link rel="stylesheet" href="/__fixture/Draft.css"><style>${SHELL_CSS}</style></head>
<body><div id="react-root"></div><script src="/__fixture/x-app.js"></script></body></html>`;
}

export interface Harness {
  readonly context: BrowserContext;
  readonly extensionId: string;
  readonly worker: Worker;
  /** URLs of requests that went (or tried to go) anywhere but the fixture or the extension. */
  readonly leaks: string[];
  open(url: string): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Extra Chromium switches, e.g. to turn a web platform feature off. */
  readonly args?: readonly string[];
  /** The unpacked extension to load; the suite's copy of dist/ by default. */
  readonly dist?: string;
  /** Where the built fixture (x-app.js, Draft.css) is; the suite's build by default. */
  readonly fixtureDir?: string;
  /** Browser profile directory; a fresh temporary one by default. */
  readonly profile?: string;
}

export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'caretweet-e2e-'));
  const dist = options.dist ?? DIST;
  const fixtureDir = options.fixtureDir ?? BUILD;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium',
    headless: false,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless=new',
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...(options.args ?? []),
    ],
  });
  const leaks: string[] = [];
  const appJs = readFileSync(join(fixtureDir, 'x-app.js'), 'utf8');
  const draftCss = readFileSync(join(fixtureDir, 'Draft.css'), 'utf8');
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    // The content script loads its own chunks from the extension: local files, not network.
    if (url.protocol === 'chrome-extension:') return route.continue();
    if (url.protocol === 'https:' && FIXTURE_HOSTS.has(url.hostname)) {
      if (url.pathname === '/__fixture/x-app.js') return route.fulfill({ contentType: 'text/javascript', body: appJs });
      if (url.pathname === '/__fixture/Draft.css') return route.fulfill({ contentType: 'text/css', body: draftCss });
      if (route.request().resourceType() === 'document') return route.fulfill({ contentType: 'text/html', body: fixtureHtml(url) });
    }
    leaks.push(url.href);
    return route.abort('blockedbyclient');
  });
  let worker = context.serviceWorkers()[0];
  worker ??= await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  // Anything the browser reports that is neither the fixture nor the extension's own files
  // (which includes requests of the extension's service worker and pages).
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (url.protocol === 'chrome-extension:' && url.host === extensionId) return;
    if (url.protocol === 'data:' || url.protocol === 'blob:') return;
    if (url.protocol === 'https:' && FIXTURE_HOSTS.has(url.hostname)) return;
    if (!leaks.includes(url.href)) leaks.push(url.href);
  });
  return {
    context,
    extensionId,
    worker,
    leaks,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ---- helpers on the fixture page ---------------------------------------------------------------

/** The editor with `testid`, inside the modal when `scope` is 'dialog'. */
export function editor(page: Page, testid = 'tweetTextarea_0', scope: 'page' | 'dialog' = 'page'): Locator {
  const sel = `[data-testid="${testid}"]:is([contenteditable="true"], textarea)`;
  return scope === 'dialog' ? page.locator(`[role="dialog"] ${sel}`) : page.locator(`[data-testid="primaryColumn"] ${sel}`);
}

/** The overlay host CareTweet made for that editor. */
export function overlay(page: Page, testid = 'tweetTextarea_0', scope: 'page' | 'dialog' = 'page'): Locator {
  return page.locator(`caretweet-overlay[data-for="${testid}"][data-scope="${scope}"]`);
}

export interface OverlayInfo {
  readonly verdict: string | null;
  readonly findings: number;
  readonly weightedLength: number;
  readonly items: readonly { ruleId: string; severity: string; start: number; end: number }[];
  readonly badge: string;
}

export async function overlayInfo(host: Locator): Promise<OverlayInfo> {
  return host.evaluate((el) => {
    const root = el.shadowRoot;
    const items = Array.from(root?.querySelectorAll('[data-rule-id]') ?? []).map((x) => ({
      ruleId: x.getAttribute('data-rule-id') ?? '',
      severity: x.getAttribute('data-severity') ?? '',
      start: Number(x.getAttribute('data-start')),
      end: Number(x.getAttribute('data-end')),
    }));
    return {
      verdict: el.getAttribute('data-verdict'),
      findings: Number(el.getAttribute('data-findings')),
      weightedLength: Number(el.getAttribute('data-weighted-length')),
      items,
      badge: root?.querySelector('.badge')?.textContent ?? '',
    };
  });
}

/** The text ranges painted in CareTweet's highlights, by severity, as the page sees them. */
export async function highlighted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const sev of ['error', 'warning', 'info']) {
      const hl = CSS.highlights.get(`caretweet-${sev}`);
      out[sev] = hl === undefined ? [] : Array.from(hl as unknown as Iterable<AbstractRange>).map((r) => (r instanceof Range ? r.toString() : '?'));
    }
    return out;
  });
}

/** Draft's (or React's) own idea of the text, not the DOM's. */
export async function modelText(page: Page, key = 'home'): Promise<string | null> {
  return page.evaluate((k) => (window as unknown as { __draftText(k: string): string | null }).__draftText(k), key);
}

export async function posted(page: Page): Promise<{ button: string; texts: string[] }[]> {
  return page.evaluate(() => (window as unknown as { __posted: { button: string; texts: string[] }[] }).__posted);
}

/** Waits for two animation frames: enough for an input to be analysed and painted. */
export async function frames(page: Page, n = 2): Promise<void> {
  await page.evaluate(async (count) => {
    for (let i = 0; i < count; i++) await new Promise((r) => requestAnimationFrame(() => r(null)));
  }, n);
}

/** Moves the mouse onto the first painted range of `severity` (to open its card). */
export async function hoverHighlight(page: Page, severity = 'error'): Promise<void> {
  const box = await page.evaluate((sev) => {
    const hl = CSS.highlights.get(`caretweet-${sev}`);
    const first = hl === undefined ? undefined : Array.from(hl as unknown as Iterable<AbstractRange>)[0];
    if (!(first instanceof Range)) return null;
    const r = first.getClientRects()[0];
    return r === undefined ? null : { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }, severity);
  if (box === null) throw new Error(`no ${severity} highlight to hover`);
  await page.mouse.move(box.x - 30, box.y + 40);
  await page.mouse.move(box.x, box.y, { steps: 4 });
}
