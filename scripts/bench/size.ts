/**
 * Size of the built extension (dist/, from `npm run build`): every JavaScript file that ends up
 * in x.com — the content script crxjs's loader injects, the bundle it imports, and everything
 * those import, at once or on demand (the engine loads when a composer is first used) — and the
 * other entry points (service worker, popup, options page). Bytes as built (minified) and gzipped.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { goalNote, type BenchSection } from './section.js';

const TITLE = 'Built extension size (dist/)';
const CONTENT_GOAL_KB = 400;

export type Loading = 'at injection' | 'on demand';

export interface Reference {
  readonly path: string;
  readonly dynamic: boolean;
}

/**
 * JavaScript files a built file refers to: static imports, dynamic imports, chrome.runtime.getURL
 * (crxjs's loader) and any other quoted "….js" (Vite's preload lists), which count as on demand.
 */
export function jsReferences(source: string): Reference[] {
  const found = new Map<string, boolean>();
  const add = (path: string | undefined, dynamic: boolean): void => {
    if (path === undefined) return;
    found.set(path, (found.get(path) ?? true) && dynamic);
  };
  for (const m of source.matchAll(/\b(?:from|import)\s*["'`]([^"'`\s]+\.m?js)["'`]/g)) add(m[1], false);
  for (const m of source.matchAll(/getURL\(\s*["'`]([^"'`\s]+\.m?js)["'`]\s*\)/g)) add(m[1], false);
  for (const m of source.matchAll(/\bimport\s*\(\s*(?:\/\*[^*]*\*\/\s*)?["'`]([^"'`\s]+\.m?js)["'`]\s*\)/g)) add(m[1], true);
  for (const m of source.matchAll(/["'`]([^"'`\s]+\.m?js)["'`]/g)) add(m[1], true);
  return [...found].map(([path, dynamic]) => ({ path, dynamic }));
}

/** `ref` as a path inside dist/, or undefined when it points elsewhere or to nothing. */
export function resolveRef(dist: string, fromFile: string, ref: string): string | undefined {
  if (/^[a-z]+:/i.test(ref)) return undefined;
  const candidates = ref.startsWith('/') ? [ref.slice(1)] : ref.startsWith('.') ? [posix.join(posix.dirname(fromFile), ref)] : [ref, posix.join(posix.dirname(fromFile), ref)];
  for (const c of candidates) {
    const inside = posix.normalize(c);
    if (inside.startsWith('..')) continue;
    const full = join(dist, inside);
    if (existsSync(full) && statSync(full).isFile()) return inside;
  }
  return undefined;
}

/** Every file reachable from `entries`, with whether it loads at once or on demand. */
export function closure(dist: string, entries: readonly string[], read: (path: string) => string = (p) => readFileSync(join(dist, p), 'utf8')): Map<string, Loading> {
  const seen = new Map<string, Loading>();
  const queue: [string, Loading][] = entries.map((e) => [e, 'at injection']);
  while (queue.length > 0) {
    const [file, loading] = queue.shift() ?? ['', 'on demand'];
    const before = seen.get(file);
    if (before === 'at injection' || before === loading) continue;
    seen.set(file, loading);
    for (const ref of jsReferences(read(file))) {
      const target = resolveRef(dist, file, ref.path);
      if (target !== undefined && target !== file) queue.push([target, ref.dynamic ? 'on demand' : loading]);
    }
  }
  return seen;
}

/** Script sources of an HTML page, as paths inside dist/. */
export function htmlScripts(dist: string, page: string): string[] {
  const html = readFileSync(join(dist, page), 'utf8');
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/g)].flatMap((m) => {
    const target = m[1] === undefined ? undefined : resolveRef(dist, page, m[1]);
    return target === undefined ? [] : [target];
  });
}

interface Manifest {
  content_scripts?: { js?: string[] }[];
  background?: { service_worker?: string };
  action?: { default_popup?: string };
  options_ui?: { page?: string };
  options_page?: string;
}

function sizes(dist: string, file: string): { bytes: number; gzip: number } {
  const buffer = readFileSync(join(dist, file));
  return { bytes: buffer.length, gzip: gzipSync(buffer, { level: 9 }).length };
}

const kb = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

export default async function bundleSize(): Promise<BenchSection> {
  const dist = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
  const manifestPath = join(dist, 'manifest.json');
  if (!existsSync(manifestPath)) return { title: TITLE, rows: [], notes: [`skipped: ${relative(process.cwd(), manifestPath) || manifestPath} is missing; run \`npm run build\` first`] };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const rows: Record<string, string | number>[] = [];
  const contentEntries = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []).map((p) => normalize(p).replace(/\\/g, '/'));
  const content = closure(dist, contentEntries);
  let total = { bytes: 0, gzip: 0 };
  const listed = [...content].sort((a, b) => sizes(dist, b[0]).bytes - sizes(dist, a[0]).bytes);
  for (const [file, loading] of listed) {
    const s = sizes(dist, file);
    total = { bytes: total.bytes + s.bytes, gzip: total.gzip + s.gzip };
    rows.push({ entry: 'x.com content script', file, loads: loading, bytes: s.bytes, gzip: s.gzip });
  }
  rows.push({ entry: 'x.com content script', file: `total (${content.size} files)`, loads: '', bytes: total.bytes, gzip: total.gzip });
  const others: [string, string[]][] = [];
  if (manifest.background?.service_worker !== undefined) others.push(['service worker', [manifest.background.service_worker]]);
  for (const [name, page] of [['popup', manifest.action?.default_popup], ['options page', manifest.options_ui?.page ?? manifest.options_page]] as const) {
    if (page !== undefined && existsSync(join(dist, page))) others.push([name, htmlScripts(dist, page)]);
  }
  for (const [name, entries] of others) {
    const files = closure(dist, entries);
    const sum = [...files.keys()].reduce((acc, f) => {
      const s = sizes(dist, f);
      return { bytes: acc.bytes + s.bytes, gzip: acc.gzip + s.gzip };
    }, { bytes: 0, gzip: 0 });
    rows.push({ entry: name, file: `total (${files.size} files)`, loads: '', bytes: sum.bytes, gzip: sum.gzip });
  }
  const atOnce = [...content].filter(([, l]) => l === 'at injection').reduce((a, [f]) => a + sizes(dist, f).bytes, 0);
  return {
    title: TITLE,
    rows,
    notes: [
      goalNote('JavaScript injected into x.com, minified', total.bytes / 1000, '≤', CONTENT_GOAL_KB, 'kB'),
      `of which ${kb(atOnce)} loads when the page loads and ${kb(total.bytes - atOnce)} on demand; gzipped ${kb(total.gzip)} in all`,
      `built ${new Date(statSync(manifestPath).mtimeMs).toISOString()}; rebuild with \`npm run build\` to measure current sources`,
    ],
  };
}
