/**
 * The safety check for watch terms written as regular expressions: the engine runs them on every
 * keystroke, so a pattern that can backtrack for long is refused before it is stored.
 */
import { LIMITS } from './policy-schema.js';

// A bounded repeat larger than this is as slow as an unbounded one on a 25,000-character draft.
const MAX_REPEAT = 100;
// The limits of all repeats multiplied: a bound on the ways one position can be tried.
const MAX_REPEAT_PRODUCT = 1000;

/**
 * Why a watch-term pattern is refused, or undefined when it is safe to run on every keystroke.
 * The engine compiles it with the `giu` flags; a pattern must stay fast on 25,000 characters of
 * hostile input, so repeats must be bounded and a repeated group must not hold a repeat or an
 * alternative ("(a+)+", "(a|aa){1,9}" backtrack exponentially).
 */
export function unsafePattern(source: string): string | undefined {
  if (source.trim().length === 0) return 'is empty';
  if (source.length > LIMITS.watchPattern) return `is ${source.length} characters long; the limit is ${LIMITS.watchPattern}`;
  try {
    new RegExp(source, 'giu');
  } catch (e) {
    return `is not a valid regular expression (${e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : 'syntax error'})`;
  }
  if (new RegExp(source, 'giu').test('')) return 'matches empty text; it would flag every draft';
  // A scan of the pattern: which groups hold a repeat or an alternative, and how each is repeated.
  const open: { hasRepeat: boolean; hasAlt: boolean }[] = [];
  let last: { hasRepeat: boolean; hasAlt: boolean } | 'atom' | undefined;
  let inClass = false;
  let budget = 1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      if (!inClass) last = 'atom';
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        last = 'atom';
      }
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c === '(') {
      open.push({ hasRepeat: false, hasAlt: false });
      if (source[i + 1] === '?') {
        // Skip the group's "?:", "?=", "?!", "?<=", "?<!" or "?<name>".
        const m = /^\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]{0,40}>)/.exec(source.slice(i + 1));
        if (m !== null) i += m[0].length;
      }
      last = undefined;
      continue;
    }
    if (c === ')') {
      const group = open.pop();
      if (group !== undefined && open.length > 0) {
        const parent = open[open.length - 1]!;
        parent.hasRepeat ||= group.hasRepeat;
        parent.hasAlt ||= group.hasAlt;
      }
      last = group;
      continue;
    }
    if (c === '|') {
      if (open.length > 0) open[open.length - 1]!.hasAlt = true;
      last = undefined;
      continue;
    }
    const quant = /^(?:[*+?]|\{(\d{1,6})(,(\d{0,6}))?\})/.exec(source.slice(i));
    if (quant !== null) {
      const unbounded = quant[0] === '*' || quant[0] === '+' || (quant[2] !== undefined && quant[3] === '');
      const max = quant[0] === '?' ? 1 : quant[3] !== undefined && quant[3] !== '' ? Number(quant[3]) : quant[1] !== undefined ? Number(quant[1]) : Infinity;
      if (unbounded) {
        const bounded = quant[0] === '*' ? '{0,50}' : quant[0] === '+' ? '{1,50}' : `{${quant[1]},50}`;
        return `repeats without a limit ("${quant[0]}"); write ${bounded} instead`;
      }
      if (max > MAX_REPEAT) return `repeats up to ${max} times; the limit is ${MAX_REPEAT}`;
      if (max > 1) {
        budget *= max;
        // Repeats side by side ("a{1,50}a{1,50}") try every split of a run at each position.
        if (budget > MAX_REPEAT_PRODUCT) return `combines repeats that allow too many ways to match (${budget}); shorten them so their limits multiply to at most ${MAX_REPEAT_PRODUCT}`;
      }
      if (max > 1 && typeof last === 'object' && (last.hasRepeat || last.hasAlt)) {
        return 'repeats a group that itself repeats or has alternatives, which can freeze the browser; repeat the inner part only';
      }
      if (max > 1 && open.length > 0) open[open.length - 1]!.hasRepeat = true;
      i += quant[0].length - 1;
      if (source[i + 1] === '?') i++; // lazy modifier
      last = undefined;
      continue;
    }
    last = 'atom';
  }
  return undefined;
}
