/**
 * What the engine itself says about a text, computed here in node from the same source the
 * extension was built from. The e2e tests compare the page against it rather than against a
 * hand-written list, so they test the content script (offsets, painting, wiring), not rules that
 * are still being written.
 */
import { analyze, type Analysis, type ComposeContext } from '../../src/engine/index.js';
import { defaults } from '../../src/shared/policy.js';

export function expected(text: string, context: ComposeContext = { kind: 'post' }): Analysis {
  return analyze(text, { now: Date.now(), ...context }, defaults);
}

export function itemsOf(a: Analysis): { ruleId: string; severity: string; start: number; end: number }[] {
  return a.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, start: f.span.start, end: f.span.end }));
}

/**
 * Synthetic texts. RISKY names a made-up patient in a care context (the name recognizer makes
 * it an error); CLEAN is a practice announcement with nothing personal.
 */
export const RISKY = 'Our patient John Smith, SSN 123-45-6789, came in yesterday';
export const CLEAN = 'Flu shots are available every weekday. Walk-ins welcome!';
