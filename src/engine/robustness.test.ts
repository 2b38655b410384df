/**
 * The engine never throws and never reports a span outside the text, whatever the string:
 * random Unicode (lone surrogates included), adversarial runs, and the 25,000-character limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, count } from './index.js';
import type { Analysis } from './types.js';

function wellFormed(text: string, a: Analysis): void {
  expect(['ok', 'info', 'warning', 'error']).toContain(a.verdict);
  expect(a.findings.every((f) => f.ruleId !== 'engine/not-checked')).toBe(true);
  for (const f of a.findings) {
    expect(f.span.start).toBeGreaterThanOrEqual(0);
    expect(f.span.end).toBeLessThanOrEqual(text.length);
    expect(f.span.start).toBeLessThanOrEqual(f.span.end);
    for (const s of f.suggestions) {
      for (const e of s.edits) {
        expect(e.start).toBeGreaterThanOrEqual(0);
        expect(e.end).toBeLessThanOrEqual(text.length);
        expect(e.start).toBeLessThanOrEqual(e.end);
      }
    }
  }
}

const pieces = fc.constantFrom(
  'patient ', 'John Smith ', 'Dr. ', '555-123-4567 ', 'SSN 123-45-6789 ', 'yesterday ', 'room 12 ',
  '@jane ', '#FluSeason ', 'http://x.com/a ', '😀', '\u200B', 'Ｊｏｈｎ', 'مرحبا ', '\u202E', '\uD800',
  '. ', '...', '@@@', '0000000', 'AAAA ', 'the the ', '\n', 'MRN: ', 'Apt. 4 ', '92-year-old ',
);

describe('robustness', () => {
  it('never throws and keeps spans inside the text on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        wellFormed(text, analyze(text));
      }),
      { numRuns: 300 },
    );
  });
  it('never throws on texts built from risky pieces, with any context', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), fc.boolean(), fc.string({ maxLength: 80 }), (parts, isReply, parent) => {
        const text = parts.join('');
        wellFormed(text, analyze(text, isReply ? { kind: 'reply', replyTo: { text: parent, handle: 'x', displayName: parent } } : {}));
      }),
      { numRuns: 300 },
    );
  });
  it('handles 25,000-character adversarial drafts', () => {
    for (const unit of ['9', '.', '@', 'A', 'the ', '😀', '\u200B', 'a.', '1-', 'Ab ', '-', 'x@y.', 'مر']) {
      const text = unit.repeat(Math.ceil(25000 / unit.length)).slice(0, 25000);
      wellFormed(text, analyze(text, {}, { lengthLimit: 25000 }));
    }
  });
  it('accepts non-string input without throwing', () => {
    expect(analyze(undefined as unknown as string).verdict).toBe('ok');
    expect(count('').weightedLength).toBe(0);
  });
});
