/** The edits offered for an identifier: remove it, or put a safe generic phrase in its place. */
import type { Doc } from './doc.js';
import type { Detection } from './recognizer.js';
import type { Edit, Suggestion } from './types.js';

const CLOSING_PUNCTUATION = /[.,;:!?)]/;

/** Removing a word should not leave a double space behind. */
export function removalEdit(doc: Doc, start: number, end: number): Edit {
  const before = doc.text[start - 1];
  const after = doc.text[end];
  if (before === ' ' && (after === ' ' || after === undefined || CLOSING_PUNCTUATION.test(after))) {
    return { start: start - 1, end, replacement: '' };
  }
  if (start === 0 && after === ' ') return { start, end: end + 1, replacement: '' };
  return { start, end, replacement: '' };
}

export function suggestionsFor(doc: Doc, det: Detection): Suggestion[] {
  // Array literals of their exact length: a list grown by push reserves room for 17.
  const remove: Suggestion = { label: 'Remove it', edits: [removalEdit(doc, det.start, det.end)] };
  if (det.replacement !== undefined && det.replacement.length > 0) {
    return [{ label: `Replace with “${det.replacement}”`, edits: [{ start: det.start, end: det.end, replacement: det.replacement }] }, remove];
  }
  return [remove];
}
