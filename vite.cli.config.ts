import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';

// The CLI is the same engine bundled for node, so `npx caretweet` needs no TypeScript runtime.
export default defineConfig({
  // The CLI needs none of the extension's static files (locales, icons, managed schema).
  publicDir: false,
  build: {
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    ssr: true,
    lib: {
      entry: { caretweet: 'src/cli/caretweet.ts' },
      formats: ['es'],
    },
    rollupOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: { entryFileNames: '[name].mjs' },
    },
  },
  ssr: { noExternal: true },
});
