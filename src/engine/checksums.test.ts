import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  isLuhn,
  isRepeatedDigit,
  isValidAbaRouting,
  isValidDea,
  isValidIban,
  isValidImei,
  isValidNpi,
  isValidSsn,
  isValidVin,
} from './checksums.js';

// Published example identifiers (issuer test cards, CMS's NPI example, ISO 13616 examples...),
// none belonging to a person.
const table: readonly (readonly [string, (v: string) => boolean, readonly string[], readonly string[]])[] = [
  ['isLuhn', isLuhn, ['4111111111111111', '4111 1111 1111 1111', '79927398713', '378282246310005'], ['4111111111111112', '', 'abcd', '7', '4111-1111-1111-111x']],
  ['isValidNpi', isValidNpi, ['1234567893'], ['1234567890', '3234567893', '123456789', '1111111111', '12345678930']],
  ['isValidDea', isValidDea, ['AB1234563', 'FN5623740', 'BJ1234563', 'a91234563'], ['AB1234567', 'ZB1234563', 'AB123456', 'AB12345633', '121234563']],
  [
    'isValidSsn',
    isValidSsn,
    ['536-22-1234', '536221234', '001-01-0001', '665-99-9998', '899 45 6780'],
    ['123-45-6789', '987-65-4321', '987-65-4320', '000-12-3456', '666-12-3456', '912-34-5678', '536-00-1234', '536-22-0000', '111-11-1111', '078-05-1120', '219-09-9999', '53622123', '536-22-12345', 'abc-de-fghi'],
  ],
  ['isValidVin', isValidVin, ['1HGCM82633A004352', '1M8GDM9AXKP042788', '1hgcm82633a004352'], ['1HGCM82633A004353', '1HGCM82633A00435', 'IHGCM82633A004352', '1HGCM82O33A004352', '']],
  ['isValidIban', isValidIban, ['GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432', 'DE89 3704 0044 0532 0130 00', 'FR14 2004 1010 0505 0001 3M02 606', 'gb82west12345698765432', 'NO9386011117947'], ['GB82 WEST 1234 5698 7654 33', 'GB82WEST1234569876543', 'DE89370400440532013001', 'XX00', '', 'GB82 WEST 1234 5698 7654 32 1']],
  ['isValidImei', isValidImei, ['490154203237518', '35-209900-176148-1'], ['490154203237519', '49015420323751', '000000000000000']],
  ['isValidAbaRouting', isValidAbaRouting, ['011000015', '021000021', '122105155'], ['011000016', '12345678', '000000000']],
];

describe('checksums', () => {
  for (const [name, fn, valid, invalid] of table) {
    for (const v of valid) it(`${name} accepts ${v}`, () => expect(fn(v)).toBe(true));
    for (const v of invalid) it(`${name} rejects ${JSON.stringify(v)}`, () => expect(fn(v)).toBe(false));
  }

  it('repeated digits are placeholders', () => {
    expect(isRepeatedDigit('0000 0000')).toBe(true);
    expect(isRepeatedDigit('0000 0001')).toBe(false);
  });

  it('never throws, whatever the input', () => {
    const fns = table.map((t) => t[1]);
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        for (const fn of fns) expect(typeof fn(s)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('a single changed digit breaks a Luhn number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
        const base = '4111111111111111';
        const changed = base.slice(0, pos) + String((Number(base[pos]) + delta) % 10) + base.slice(pos + 1);
        expect(isLuhn(changed)).toBe(false);
      }),
    );
  });
});
