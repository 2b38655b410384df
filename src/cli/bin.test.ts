/**
 * End to end: the CLI bundle built exactly as `npm run build:cli` builds it, run through the real
 * launcher (bin/caretweet.mjs) by node. It builds into a temporary folder so that it never races
 * a build of dist-cli/ running at the same time.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
let root = '';

function run(args: readonly string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'caretweet.mjs'), ...args], { input, encoding: 'utf8', timeout: 20000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'caretweet-bin-'));
  const vite = join(REPO, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--config', 'vite.cli.config.ts', '--outDir', join(root, 'dist-cli'), '--logLevel', 'error'], {
    cwd: REPO,
    encoding: 'utf8',
    timeout: 120000,
  });
  if (build.status !== 0) throw new Error(`CLI build failed: ${build.stderr}`);
  mkdirSync(join(root, 'bin'));
  copyFileSync(join(REPO, 'bin', 'caretweet.mjs'), join(root, 'bin', 'caretweet.mjs'));
}, 120000);

afterAll(() => {
  if (root !== '') rmSync(root, { recursive: true, force: true });
});

describe('node bin/caretweet.mjs', () => {
  it('checks JSONL from stdin: one line out per valid line, bad lines on stderr, exit 2', () => {
    const input = [
      JSON.stringify({ id: 'clean', text: 'Flu shots are in! Walk in Mon-Fri 9-5.' }),
      'not json',
      JSON.stringify({ id: 'ssn', text: 'Patient SSN 123-45-6789' }),
    ].join('\n');
    const r = run(['check', '--jsonl'], input);
    expect(r.status).toBe(2);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; verdict: string });
    expect(out.map((o) => o.id)).toEqual(['clean', 'ssn']);
    expect(out[0]?.verdict).toBe('ok');
    expect(['warning', 'error']).toContain(out[1]?.verdict);
    expect(r.stderr).toContain('line 2: not valid JSON');
  });

  it('prints a report and sets the exit code', () => {
    const clean = run(['check', 'Flu shots are in!']);
    expect(clean.status).toBe(0);
    expect(clean.stdout).toContain('Verdict: ok');
    const flagged = run(['check', 'Patient SSN 123-45-6789']);
    expect(flagged.status).toBe(1);
    expect(flagged.stdout).toContain('“123-45-6789”');
  });

  it('counts', () => {
    const r = run(['count', '--json', 'Hi https://example.org']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ weightedLength: 26, limit: 280, remaining: 254, valid: true });
  });

  it('exits 2 on bad usage', () => {
    expect(run(['frobnicate']).status).toBe(2);
  });
});
