import { describe, expect, it } from 'vitest';
import { normalize, toOriginal } from './normalize.js';

const back = (text: string, needle: string) => {
  const n = normalize(text);
  const at = n.text.indexOf(needle);
  expect(at, `"${needle}" in "${n.text}"`).toBeGreaterThanOrEqual(0);
  const span = toOriginal(n, at, at + needle.length);
  return text.slice(span.start, span.end);
};

describe('normalize', () => {
  it('leaves plain ASCII alone', () => {
    expect(normalize('Call 555-0100 today').text).toBe('Call 555-0100 today');
  });
  it('folds full-width letters and digits', () => {
    expect(normalize('ＳＳＮ １２３-４５-６７８９').text).toBe('SSN 123-45-6789');
    expect(back('ＳＳＮ １２３-４５-６７８９', '123-45-6789')).toBe('１２３-４５-６７８９');
  });
  it('drops zero-width and bidi characters but maps spans over them', () => {
    const text = 'Jo\u200Bhn Sm\u200Dith 555\u2060-0100 \u202Eok';
    expect(normalize(text).text).toBe('John Smith 555-0100 ok');
    expect(back(text, 'John Smith')).toBe('Jo\u200Bhn Sm\u200Dith');
  });
  it('joins spaced-out letters and digits', () => {
    expect(normalize('call 5 5 5 8 6 7 5 3 0 9 now').text).toBe('call 5558675309 now');
    expect(back('pt J o h n  here', 'John')).toBe('J o h n');
    expect(normalize('steps 1 2 3 done').text).toBe('steps 1 2 3 done');
    expect(normalize('J. S. came in').text).toBe('J. S. came in');
  });
  it('keeps a group separator between spaced-out digits, without the spaces around it', () => {
    expect(normalize('call 5 5 5 - 2 0 1 - 3 3 4 4').text).toBe('call 555-201-3344');
    expect(back('seen 0 3 / 1 4 / 2 0 2 5 ok', '03/14/2025')).toBe('0 3 / 1 4 / 2 0 2 5');
    expect(normalize('grades A - B - C - D').text).toBe('grades A - B - C - D');
  });
  it('joins dotted and dashed single characters', () => {
    expect(normalize('s.m.i.t.h').text).toBe('smith');
    expect(normalize('1-2-3-4-5').text).toBe('12345');
    expect(normalize('DNS 1.1.1.1 and 8.8.8.8').text).toBe('DNS 1.1.1.1 and 8.8.8.8');
  });
  it('folds look-alike Cyrillic letters inside Latin words only', () => {
    expect(normalize('Jоhn').text).toBe('John');
    expect(normalize('Привет мир').text).toBe('Привет мир');
  });
  it('folds typographic quotes and dashes', () => {
    expect(normalize('O’Brien — 555–0100').text).toBe("O'Brien - 555-0100");
  });
  it('keeps emoji and right-to-left text, with exact spans', () => {
    const text = '😀 مرحبا 555-0100';
    const n = normalize(text);
    expect(n.text).toBe(text);
    expect(back(text, '555-0100')).toBe('555-0100');
  });
  it('maps every normalized unit inside the original text', () => {
    const text = 'ｆｕｌｌ\u200b ﬁle ＠ 😀 ẞ';
    const n = normalize(text);
    for (let i = 0; i < n.text.length; i++) {
      expect(n.starts[i]).toBeLessThan(n.ends[i]!);
      expect(n.ends[i]).toBeLessThanOrEqual(text.length);
    }
  });
});
