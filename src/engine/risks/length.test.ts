import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';

const lengthFindings = (text: string, limit?: number) =>
  analyze(text, {}, limit === undefined ? undefined : { lengthLimit: limit }).findings.filter((f) => f.ruleId === 'length/over-limit');

describe('length/over-limit', () => {
  it('says nothing far from the limit', () => {
    expect(lengthFindings('Flu shots available today.')).toEqual([]);
  });
  it('warns near the limit, as info', () => {
    const [f] = lengthFindings('a'.repeat(270));
    expect(f?.severity).toBe('info');
    expect(f?.message).toBe('10 characters left');
  });
  it('marks the overflow from the first character past 280', () => {
    const text = 'b'.repeat(285);
    const [f] = lengthFindings(text);
    expect(f?.message).toBe("Over X's limit by 5");
    expect(f?.span).toEqual({ start: 280, end: 285 });
  });
  it('counts emoji as two and follows the long-post limit', () => {
    expect(lengthFindings('😀'.repeat(141))[0]?.message).toBe("Over X's limit by 2");
    expect(lengthFindings('c'.repeat(1000), 25000)).toEqual([]);
  });
});
