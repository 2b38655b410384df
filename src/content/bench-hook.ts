/**
 * Timing marks for `npm run bench`. Off in normal use: only a page that opts in with
 * `<html data-caretweet-bench>` (the project's own fixture) turns them on. They record durations
 * only, never text.
 */

export interface BenchHook {
  readonly on: boolean;
  /** Records `name` from `start` (a performance.now() value) to now. */
  measure(name: string, start: number): void;
}

const OFF: BenchHook = { on: false, measure: () => undefined };

export function benchHook(doc: Document): BenchHook {
  if (!doc.documentElement.hasAttribute('data-caretweet-bench')) return OFF;
  return {
    on: true,
    measure(name, start) {
      try {
        performance.measure(name, { start, end: performance.now() });
      } catch {
        /* a full or missing timeline only loses a sample */
      }
    },
  };
}
