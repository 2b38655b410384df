/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import manifest from './manifest.json' with { type: 'json' };

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  // Chromium (MV3) and Firefox already offer the polyfill's promise API; a small adapter stands
  // in for it in the build (src/shared/native-browser.ts, docs/decisions.md). Tests mock the
  // package as before.
  resolve: process.env.VITEST ? {} : { alias: { 'webextension-polyfill': fileURLToPath(new URL('./src/shared/native-browser.ts', import.meta.url)) } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The extension ships to Chrome 105+ only; no need to down-level.
    target: 'chrome105',
    sourcemap: false,
  },
  server: { port: 5173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    environment: 'node',
    globals: true,
    testTimeout: 20000,
    // The overlay's stylesheets are imported as text; tests read them as the build does.
    css: { include: [/\.css$/] },
  },
});
