/**
 * International calling codes (ITU-T Recommendation E.164, "List of ITU-T Recommendation E.164
 * assigned country codes", 2024 edition). Codes are 1-3 digits and prefix-free: "1" and "7" are
 * whole zones, these two-digit codes are assigned, and the remaining two-digit prefixes below
 * start three-digit codes ("+800" is the international freephone). The two-digit prefixes in
 * neither list (28, 83, 89) are unassigned.
 */
export const TWO_DIGIT_CODES: ReadonlySet<string> = new Set([
  '20', '27', '30', '31', '32', '33', '34', '36', '39', '40', '41', '43', '44', '45', '46', '47', '48', '49',
  '51', '52', '53', '54', '55', '56', '57', '58', '60', '61', '62', '63', '64', '65', '66', '81', '82', '84',
  '86', '90', '91', '92', '93', '94', '95', '98',
]);

export const THREE_DIGIT_PREFIXES: ReadonlySet<string> = new Set([
  '21', '22', '23', '24', '25', '26', '29', '35', '37', '38', '42', '50', '59', '67', '68', '69', '80', '85', '87',
  '88', '96', '97', '99',
]);

/** Whether the digits after '+' start with an assigned calling code and have a plausible length. */
export function isPlausibleE164(digits: string): boolean {
  if (digits.length < 8 || digits.length > 15) return false;
  // North America (+1) and Russia/Kazakhstan (+7) use ten national digits.
  if (digits.startsWith('1') || digits.startsWith('7')) return digits.length === 11;
  const two = digits.slice(0, 2);
  return TWO_DIGIT_CODES.has(two) || THREE_DIGIT_PREFIXES.has(two);
}
