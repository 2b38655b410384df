import { describe, expect, it } from 'vitest';
import { decodeBase85, encodeBase85 } from './base85.js';
import { PLACES_PACKED } from './data/gazetteer.generated.js';
import { TLDS_PACKED } from './data/x-tlds.generated.js';
import { packText, unpackText } from './packed-text.js';

describe('packed text', () => {
  it('gives back exactly what was packed, accents and scripts included', () => {
    for (const text of ['', 'a', '0Abilene|1goura Hills\n0Ada|1guascalientes', 'Cañon City|Española|嘉里大酒店|한국|مصر', 'x'.repeat(10000)]) {
      expect(unpackText(packText(text))).toBe(text);
    }
  });
  it('round-trips base-85 for every length, the last group padded', () => {
    for (let n = 0; n < 12; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + 13) & 255);
      expect([...decodeBase85(encodeBase85(bytes)).subarray(0, n)]).toEqual([...bytes]);
    }
  });
  it('holds the generated tables: three place lists, two TLD lists', () => {
    expect(unpackText(PLACES_PACKED).split('\n')).toHaveLength(3);
    const [generic, country] = unpackText(TLDS_PACKED).split('\n');
    expect(generic).toMatch(/^0aaa\|/);
    expect(country!.split(' ')).toContain('uk');
  });
});
