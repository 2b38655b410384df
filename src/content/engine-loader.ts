/**
 * The engine (recognizers, lexicons, X's character count) is most of the script's
 * weight, and most visits to x.com never open a composer. It is fetched the first time a
 * composer gets focus or already holds text, not on every page load.
 */
import type * as EngineModule from '../engine/index.js';

export type Engine = typeof EngineModule;

let loading: Promise<Engine> | null = null;
let loaded: Engine | null = null;

/**
 * A made-up draft touching most recognizers. Run once when the engine arrives, while the user
 * is still reaching for the keys, so the JIT's first slow passes over the rules and their regular
 * expressions do not land on a keystroke.
 */
const WARM_UP =
  'Our patient Pat Example (DOB 01/02/1960, age 91) came in yesterday to room 4 at 12 Sample Street, ' +
  'Springfield 00000. Call 555-010-0199 or pat@example.com; MRN 0000000, SSN 000-00-0000. #flu @someone';

function warmUp(engine: Engine): void {
  try {
    engine.analyze(WARM_UP, { kind: 'reply', replyTo: { handle: 'someone', displayName: 'Pat Example', text: 'Is the clinic open?' } });
    engine.analyze(WARM_UP, { kind: 'post' });
  } catch {
    /* only a warm-up */
  }
}

export function loadEngine(): Promise<Engine> {
  loading ??= import('../engine/index.js').then(
    (m) => {
      loaded = m;
      // Idle time after the load, or a short timeout where requestIdleCallback is missing.
      if (typeof requestIdleCallback === 'function') requestIdleCallback(() => warmUp(m), { timeout: 500 });
      else setTimeout(() => warmUp(m), 50);
      return m;
    },
    (err: unknown) => {
      // A failed fetch (the extension was being updated) is retried on the next focus.
      loading = null;
      throw err;
    },
  );
  return loading;
}

/** The engine if it has arrived, else null (then call loadEngine() and try again). */
export function engineNow(): Engine | null {
  return loaded;
}
