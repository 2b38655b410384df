/**
 * Time per tweet over the benign health-news set: CareTweet's analyze() beside redact-pii's
 * SyncRedactor (its default configuration), in the same process and run, on the same inputs.
 * Both first run over the first tweets to warm up; then each tweet is given to both, alternating
 * which goes first, so drift (GC, CPU frequency, other load) falls on both alike. The set is
 * timed twice: the first pass still pays for V8 compiling the rarer branches of both (the
 * engine's ~160 optimizing compiles happen there), the second is the steady state a composer
 * reaches after a few drafts of typing, since the engine stays loaded in the tab.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SyncRedactor } from 'redact-pii';
import { analyze } from '../../src/engine/index.js';
import { ms, summarize, timeOnce, times, type BenchSection } from './section.js';

const TITLE = 'Engine speed on the benign news set, beside redact-pii';
const WARM_UP = 1000;

export function evalDir(): string {
  return resolve(process.env.CARETWEET_EVAL_DIR ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'eval'));
}

export function readTweets(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((l) => {
      try {
        const text = (JSON.parse(l) as { text?: unknown }).text;
        return typeof text === 'string' ? [text] : [];
      } catch {
        return [];
      }
    });
}

export default async function engineSpeed(): Promise<BenchSection> {
  const path = join(evalDir(), 'benign', 'health-news-tweets.dev.jsonl');
  if (!existsSync(path)) return { title: TITLE, rows: [], notes: [`skipped: ${path} is missing (set CARETWEET_EVAL_DIR)`] };
  const tweets = readTweets(path);
  const redactor = new SyncRedactor();
  // Results are folded into a checksum so that no call can be optimised away.
  let sink = 0;
  const runEngine = (t: string): void => {
    sink += analyze(t).findings.length;
  };
  const runRedactor = (t: string): void => {
    sink += redactor.redact(t).length;
  };
  for (const t of tweets.slice(0, WARM_UP)) {
    runEngine(t);
    runRedactor(t);
  }
  const pass = (): { engine: number[]; redact: number[] } => {
    const engine: number[] = [];
    const redact: number[] = [];
    tweets.forEach((t, i) => {
      if (i % 2 === 0) {
        engine.push(timeOnce(() => runEngine(t)));
        redact.push(timeOnce(() => runRedactor(t)));
      } else {
        redact.push(timeOnce(() => runRedactor(t)));
        engine.push(timeOnce(() => runEngine(t)));
      }
    });
    return { engine, redact };
  };
  const total = (samples: readonly number[]): string => (samples.reduce((a, b) => a + b, 0) / 1000).toFixed(2);
  const rowsOf = (label: string, run: { engine: number[]; redact: number[] }): Record<string, string | number>[] => {
    const e = summarize(run.engine);
    const r = summarize(run.redact);
    return [
      { run: `${label}: CareTweet analyze()`, tweets: e.n, 'mean ms': ms(e.mean), 'p50 ms': ms(e.p50), 'p95 ms': ms(e.p95), 'max ms': ms(e.max, 1), 'total s': total(run.engine) },
      { run: `${label}: redact-pii SyncRedactor`, tweets: r.n, 'mean ms': ms(r.mean), 'p50 ms': ms(r.p50), 'p95 ms': ms(r.p95), 'max ms': ms(r.max, 1), 'total s': total(run.redact) },
      { run: `${label}: ratio CareTweet / redact-pii`, tweets: '', 'mean ms': times(e.mean, r.mean), 'p50 ms': times(e.p50, r.p50), 'p95 ms': times(e.p95, r.p95), 'max ms': times(e.max, r.max), 'total s': '' },
    ];
  };
  const first = pass();
  const second = pass();
  return {
    title: TITLE,
    rows: [...rowsOf('pass 1', first), ...rowsOf('pass 2 (steady)', second)],
    notes: [
      `${tweets.length.toLocaleString('en-US')} tweets from ${path}; warm-up on the first ${Math.min(WARM_UP, tweets.length)} through both; then the whole set twice, each tweet through both, alternating which runs first.`,
      'redact-pii only replaces patterns; CareTweet also reads context, risk patterns and X\'s count, so the ratio is the price of that.',
      `checksum ${sink}`,
    ],
  };
}
