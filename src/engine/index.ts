/**
 * CareTweet's rule engine: the only public surface. Pure functions of their arguments (plus the
 * clock when no `now` is given); no DOM, no browser, no I/O.
 */
import { count as countImpl, type CountResult } from './count.js';
import { generalizeDraft } from './generalize.js';
import { runPipeline } from './pipeline.js';
import type { Analysis, ComposeContext, EnginePolicy, Generalized } from './types.js';

export type * from './types.js';
export type { CountResult } from './count.js';
export { LONG_POST_LIMIT, STANDARD_LIMIT } from './count.js';

/**
 * Checks a draft for anything that could identify a patient. Never throws: if a rule fails on
 * some unforeseen input, the draft is reported as not fully checked rather than as clean.
 */
export function analyze(text: string, context?: ComposeContext, policy?: EnginePolicy): Analysis {
  const input = typeof text === 'string' ? text : String(text ?? '');
  try {
    return runPipeline(input, context ?? {}, policy);
  } catch {
    const counted = safeCount(input, policy?.lengthLimit);
    return {
      verdict: 'warning',
      findings: [
        {
          ruleId: 'engine/not-checked',
          category: 'engine',
          severity: 'warning',
          span: { start: 0, end: input.length },
          message: 'CareTweet could not check this draft',
          why: 'An internal error stopped the check, so this draft has not been reviewed for patient details.',
          suggestions: [],
        },
      ],
      length: {
        weightedLength: counted.weightedLength,
        limit: counted.limit,
        valid: counted.valid,
        remaining: counted.remaining,
        permillage: counted.permillage,
      },
    };
  }
}

function safeCount(text: string, limit?: number): CountResult {
  try {
    return countImpl(text, limit);
  } catch {
    return { weightedLength: text.length, valid: false, permillage: 0, validRangeStart: 0, validRangeEnd: 0, displayRangeStart: 0, displayRangeEnd: 0, limit: limit ?? 280, remaining: (limit ?? 280) - text.length };
  }
}

/**
 * A reply that answers in general terms and invites a private channel; it always passes
 * analyze() with no warning or error. Never throws: on an internal error it returns the
 * shortest safe reply.
 */
export function generalize(text: string, context?: ComposeContext, policy?: EnginePolicy): Generalized {
  const input = typeof text === 'string' ? text : String(text ?? '');
  try {
    return generalizeDraft(input, context ?? {}, policy);
  } catch {
    const fallback = 'Please call our office.';
    return { text: fallback, intent: 'general', language: 'en', emergencyLine: false, keptSentences: 0, unchanged: false, weightedLength: fallback.length };
  }
}

export { classifyIntent } from './intent.js';

/** X's weighted length of `text`, by the rules of twitter-text's parseTweet (see count.ts). */
export function count(text: string, limit?: number): CountResult {
  return countImpl(text, limit);
}
