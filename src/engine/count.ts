/**
 * X's weighted character count. X's own twitter-text package is the reference implementation;
 * see docs/decisions.md for why it is used instead of a re-implementation.
 */
// @ts-expect-error twitter-text ships no type declarations; the shape used is declared below.
import parseTweetImpl from 'twitter-text/dist/esm/parseTweet.js';

interface ParsedTweet {
  readonly weightedLength: number;
  readonly valid: boolean;
  readonly permillage: number;
  readonly validRangeStart: number;
  readonly validRangeEnd: number;
  readonly displayRangeStart: number;
  readonly displayRangeEnd: number;
}

const parseTweet = parseTweetImpl as (text: string, config?: object) => ParsedTweet;

export interface CountResult extends ParsedTweet {
  readonly limit: number;
  readonly remaining: number;
}

/** Accounts allowed long posts may use up to this many weighted characters. */
export const LONG_POST_LIMIT = 25000;
export const STANDARD_LIMIT = 280;

export function count(text: string, limit: number = STANDARD_LIMIT): CountResult {
  const parsed = parseTweet(text);
  if (limit === STANDARD_LIMIT) {
    return { ...parsed, limit, remaining: limit - parsed.weightedLength };
  }
  // X counts long posts with the same weights; only the ceiling moves.
  const weightedLength = parsed.weightedLength;
  return {
    ...parsed,
    // parseTweet's own validity fails past 280; keep its other reasons (empty, invalid characters).
    valid: weightedLength > 0 && weightedLength <= limit && !/[\uFFFE\uFEFF\uFFFF]/.test(text),
    permillage: Math.floor((weightedLength / limit) * 1000),
    limit,
    remaining: limit - weightedLength,
  };
}
