/**
 * Check digits and range rules of structured identifiers. A passing checksum turns a run of
 * digits that could be anything into an identifier that is almost certainly what it looks like;
 * a failing one usually means a typo'd or invented number (which still matters when the words
 * around it say what it is, so recognizers decide what a failure means).
 *
 * Every function takes the identifier as typed (spaces and dashes allowed where the format has
 * them), never throws, and returns false for anything malformed.
 */
import { IBAN_LENGTHS } from './data/iban-lengths.js';

/** Digits only, or undefined when anything but digits, spaces and dashes is present. */
function digitsOf(value: string): string | undefined {
  // A loop rather than regexes: recognizers call this for every candidate in a text.
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) out += value[i];
    else if (c !== 32 && c !== 45 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return undefined;
  }
  return out.length > 0 ? out : undefined;
}

/** The Luhn (mod 10) sum of a digit string, doubling every second digit from the right. */
function luhnSum(digits: string, doubleFirst: boolean): number {
  let sum = 0;
  let double = doubleFirst;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum;
}

/** Luhn check (ISO/IEC 7812-1 annex B): payment cards, IMEI, NPI (with its prefix). */
export function isLuhn(value: string): boolean {
  const digits = digitsOf(value);
  if (digits === undefined || digits.length < 2) return false;
  return luhnSum(digits, false) % 10 === 0;
}

/** Every digit the same ("0000000000", "1111-1111"): placeholders, never real identifiers. */
export function isRepeatedDigit(value: string): boolean {
  let first = -1;
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (first === -1) first = c;
    else if (c !== first) return false;
    count++;
  }
  return count > 1;
}

/**
 * National Provider Identifier: 10 digits starting with 1 or 2, whose Luhn check runs over the
 * card-issuer prefix "80840" followed by the NPI (CMS, "Requirements for NPI check digit").
 */
export function isValidNpi(value: string): boolean {
  const digits = digitsOf(value);
  if (digits === undefined || digits.length !== 10 || !/^[12]/.test(digits)) return false;
  if (isRepeatedDigit(digits)) return false;
  return luhnSum(`80840${digits}`, false) % 10 === 0;
}

/**
 * DEA registration number: two letters and seven digits; (d1+d3+d5) + 2*(d2+d4+d6) ends in d7.
 * The first letter is the registrant type, the second a letter (or 9 for some business names).
 */
export function isValidDea(value: string): boolean {
  const m = /^([A-Za-z])([A-Za-z9])(\d{7})$/.exec(value.trim());
  if (m === null) return false;
  if (!/[ABCDEFGHJKLMPRSTUX]/i.test(m[1]!)) return false;
  const d = m[3]!.split('').map(Number);
  const total = d[0]! + d[2]! + d[4]! + 2 * (d[1]! + d[3]! + d[5]!);
  return total % 10 === d[6];
}

// Numbers the Social Security Administration never issues or that circulated in advertising
// (SSA, "Social Security Number Randomization" FAQ; Woolworth wallet card 078-05-1120;
// the 987-65-4320..4329 block reserved for advertisements).
const KNOWN_FAKE_SSNS: ReadonlySet<string> = new Set(['078051120', '219099999', '123456789']);

/**
 * Whether a nine-digit number could be an issued SSN: area (first three) not 000, 666 or
 * 900-999; group (middle two) not 00; serial (last four) not 0000; not one repeated digit and
 * not a widely published fake.
 */
export function isValidSsn(value: string): boolean {
  const digits = digitsOf(value);
  if (digits === undefined || digits.length !== 9) return false;
  const area = Number(digits.slice(0, 3));
  if (area === 0 || area === 666 || area >= 900) return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  if (isRepeatedDigit(digits) || KNOWN_FAKE_SSNS.has(digits)) return false;
  return true;
}

// North American VIN transliteration (49 CFR 565.15): letters to digits; I, O, Q never occur.
const VIN_VALUES: Readonly<Record<string, number>> = {
  A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9,
  S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9,
};
const VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2] as const;

/** VIN check digit (position 9): weighted sum of the transliterated characters mod 11, 10 = X. */
export function isValidVin(value: string): boolean {
  const vin = value.trim().toUpperCase();
  if (!/^[A-HJ-NPR-Z0-9]{17}$/.test(vin)) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const ch = vin[i]!;
    const v = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : VIN_VALUES[ch];
    if (v === undefined) return false;
    sum += v * VIN_WEIGHTS[i]!;
  }
  const check = sum % 11;
  return vin[8] === (check === 10 ? 'X' : String(check));
}

/**
 * IBAN (ISO 13616): country code, two check digits, then the national account number; moving
 * the first four characters to the end and reading letters as 10..35 gives a number ≡ 1 mod 97.
 * The length must match the country's registered length when the country is known.
 */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined && iban.length !== expected) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  // Piecewise mod 97 keeps every intermediate value far below 2^53.
  let rest = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const n = code <= 57 ? code - 48 : code - 55;
    rest = n >= 10 ? (rest * 100 + n) % 97 : (rest * 10 + n) % 97;
  }
  return rest === 1;
}

/** Whether the IBAN's country is one whose registered length is known. */
export function isIbanCountry(code: string): boolean {
  return IBAN_LENGTHS[code.toUpperCase()] !== undefined;
}

/** IMEI: 15 digits whose last is a Luhn check digit (3GPP TS 23.003 annex B). */
export function isValidImei(value: string): boolean {
  const digits = digitsOf(value);
  if (digits === undefined || digits.length !== 15 || isRepeatedDigit(digits)) return false;
  return luhnSum(digits, false) % 10 === 0;
}

/** ABA routing transit number: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 mod 10. */
export function isValidAbaRouting(value: string): boolean {
  const digits = digitsOf(value);
  if (digits === undefined || digits.length !== 9 || isRepeatedDigit(digits)) return false;
  const d = digits.split('').map(Number);
  const total = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  return total % 10 === 0;
}
