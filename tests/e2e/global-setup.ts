/**
 * Before the end-to-end suite: checks that the built extension and a Chromium are there, bundles
 * the X fixture (real Draft.js 0.11 + React 17) into tests/fixtures/.build/, and takes a copy of
 * dist/ there for the browser to load.
 */
import { copyFileSync, cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURE_BUILD = join(root, 'tests', 'fixtures', '.build');

/** The X fixture (real Draft.js + React) bundled into `outDir`: x-app.js and Draft.css. */
export async function buildFixture(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    // Draft.js (via fbjs) still refers to node's `global`.
    define: { 'process.env.NODE_ENV': JSON.stringify('production'), global: 'globalThis' },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'chrome105',
      minify: false,
      sourcemap: false,
      lib: { entry: join(root, 'tests', 'fixtures', 'x', 'app.ts'), formats: ['iife'], name: 'XFixture', fileName: () => 'x-app.js' },
    },
  });
  copyFileSync(join(root, 'node_modules', 'draft-js', 'dist', 'Draft.css'), join(outDir, 'Draft.css'));
}

export default async function setup(): Promise<void> {
  if (!existsSync(join(root, 'dist', 'manifest.json'))) {
    throw new Error('dist/ is missing: the end-to-end tests load the built extension. Run `npm run build` first.');
  }
  const chrome = process.env['CHROME_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(chrome)) {
    throw new Error(`No Chromium at ${chrome}: install Debian's (apt-get install -y chromium) or set CHROME_PATH.`);
  }
  await buildFixture(FIXTURE_BUILD);
  // The browser loads a copy of the extension, so a rebuild of dist/ during the run cannot pull
  // files from under it.
  cpSync(join(root, 'dist'), join(FIXTURE_BUILD, 'extension'), { recursive: true });
}
