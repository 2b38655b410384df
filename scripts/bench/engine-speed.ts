/**
 * Time per tweet over the benign health-news set: CareTweet's analyze() beside redact-pii's
 * SyncRedactor (its default configuration), in the same process and run, on the same inputs.
 * Both first run over the first tweets to warm up; then each tweet is given to both, alternating
 * which goes first, so drift (GC, CPU frequency, other load) falls on both alike.
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
  const e = summarize(engine);
  const r = summarize(redact);
  const total = (samples: readonly number[]): string => (samples.reduce((a, b) => a + b, 0) / 1000).toFixed(2);
  return {
    title: TITLE,
    rows: [
      { run: 'CareTweet analyze()', tweets: e.n, 'mean ms': ms(e.mean), 'p50 ms': ms(e.p50), 'p95 ms': ms(e.p95), 'max ms': ms(e.max, 1), 'total s': total(engine) },
      { run: 'redact-pii SyncRedactor (defaults)', tweets: r.n, 'mean ms': ms(r.mean), 'p50 ms': ms(r.p50), 'p95 ms': ms(r.p95), 'max ms': ms(r.max, 1), 'total s': total(redact) },
      { run: 'ratio CareTweet / redact-pii', tweets: '', 'mean ms': times(e.mean, r.mean), 'p50 ms': times(e.p50, r.p50), 'p95 ms': times(e.p95, r.p95), 'max ms': times(e.max, r.max), 'total s': '' },
    ],
    notes: [
      `${tweets.length.toLocaleString('en-US')} tweets from ${path}; warm-up on the first ${Math.min(WARM_UP, tweets.length)} through both; then each tweet through both, alternating which runs first.`,
      'redact-pii only replaces patterns; CareTweet also reads context, risk patterns and X\'s count, so the ratio is the price of that.',
      `checksum ${sink}`,
    ],
  };
}
