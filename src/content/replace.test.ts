import { describe, expect, it } from 'vitest';
import { applyToText, coveringEdit, nonEmptyEdit } from './replace.js';

describe('edits', () => {
  it('applies several edits given in offsets of the original text', () => {
    expect(applyToText('Jane Doe came in Monday', [{ start: 0, end: 8, replacement: 'A patient' }, { start: 17, end: 23, replacement: 'recently' }])).toBe(
      'A patient came in recently',
    );
  });

  it('finds the one contiguous replacement between two texts', () => {
    expect(coveringEdit('Jane Doe came in', 'A patient came in')).toEqual({ start: 0, end: 8, replacement: 'A patient' });
    expect(coveringEdit('Call 555-0100 now', 'Call us now')).toEqual({ start: 5, end: 13, replacement: 'us' });
    expect(coveringEdit('same', 'same')).toEqual({ start: 4, end: 4, replacement: '' });
  });

  it('never cuts a surrogate pair', () => {
    // 😀 is \uD83D\uDE00 and 😃 is \uD83D\uDE03: they share the high surrogate.
    const e = coveringEdit('a😀b', 'a😃b');
    expect(e).toEqual({ start: 1, end: 3, replacement: '😃' });
  });

  it('turns a deletion into a paste of the next (or previous) character', () => {
    expect(nonEmptyEdit('ab cd', { start: 2, end: 4, replacement: '' })).toEqual({ start: 2, end: 5, replacement: 'd' });
    expect(nonEmptyEdit('ab cd', { start: 2, end: 5, replacement: '' })).toEqual({ start: 1, end: 5, replacement: 'b' });
    expect(nonEmptyEdit('x 😀', { start: 0, end: 2, replacement: '' })).toEqual({ start: 0, end: 4, replacement: '😀' });
    expect(nonEmptyEdit('😀 x', { start: 2, end: 4, replacement: '' })).toEqual({ start: 0, end: 4, replacement: '😀' });
  });
});
