#!/usr/bin/env node
// Launcher: the CLI itself is built into dist-cli/ by `npm run build` (and on `npm install`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist-cli/caretweet.mjs', import.meta.url));
if (!existsSync(built)) {
  process.stderr.write('caretweet: the CLI is not built yet. Run `npm run build` first.\n');
  process.exit(2);
}
const { main } = await import(built);
process.exitCode = await main(process.argv.slice(2));
