import { describe, expect, it } from 'vitest';
import { tokenize } from './doc.js';
import { inSet, wordFact } from './lexemes.js';

describe('word facts', () => {
  it('answer once per word, for every token of it', () => {
    let asked = 0;
    const length = wordFact((w) => {
      asked++;
      return w.length;
    });
    const tokens = tokenize('Alpha beta alpha ALPHA beta');
    expect(tokens.map(length)).toEqual([5, 4, 5, 5, 4]);
    // "Alpha", "alpha" and "ALPHA" are written differently: one answer each, and one for "beta".
    expect(asked).toBe(4);
    tokenize('beta alpha').forEach(length);
    expect(asked).toBe(4);
  });

  it('remember an answer of undefined', () => {
    let asked = 0;
    const nothing = wordFact(() => {
      asked++;
      return undefined;
    });
    const [t] = tokenize('gamma');
    expect(nothing(t!)).toBeUndefined();
    expect(nothing(t!)).toBeUndefined();
    expect(asked).toBe(1);
  });

  it('ask of the lower-case word, and keep words with digits out of the shared lexicon', () => {
    const isHead = inSet(new Set(['clinic']));
    expect(tokenize('Clinic CLINIC clinic clinics').map(isHead)).toEqual([true, true, true, false]);
    const [a] = tokenize('1McB2mr');
    const [b] = tokenize('1McB2mr');
    expect(a!.lexeme).not.toBe(b!.lexeme);
    expect(a!.lower).toBe('1mcb2mr');
  });
});
