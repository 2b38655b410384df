/**
 * Issuer identification number (IIN) ranges and lengths of payment cards, from ISO/IEC 7812 as
 * tabulated in Wikipedia's "Payment card number" article (section "Issuer identification
 * number (IIN)", 2024). Where editions of that table differ (Maestro's ranges, JCB's legacy
 * 15-digit 1800 and 2131 ranges) the wider reading is kept: a Luhn-valid number is already
 * strong evidence, and a missed card costs more than a flagged one.
 * Each row: first prefix, last prefix (same length, inclusive), shortest and longest length.
 */
export type IssuerRange = readonly [from: string, to: string, minLength: number, maxLength: number];

export const CARD_ISSUERS: readonly IssuerRange[] = [
  ['4', '4', 13, 19], // Visa (13, 16, 19; Visa Electron within)
  ['51', '55', 16, 16], // Mastercard
  ['2221', '2720', 16, 16], // Mastercard 2-series
  ['34', '34', 15, 15], // American Express
  ['37', '37', 15, 15],
  ['6011', '6011', 16, 19], // Discover
  ['644', '649', 16, 19],
  ['65', '65', 16, 19],
  ['622126', '622925', 16, 19], // Discover / UnionPay co-brand
  ['62', '62', 16, 19], // UnionPay
  ['300', '305', 14, 19], // Diners Club Carte Blanche / International
  ['309', '309', 14, 19],
  ['36', '36', 14, 19],
  ['38', '39', 14, 19],
  ['3528', '3589', 16, 19], // JCB
  ['1800', '1800', 15, 15], // JCB legacy
  ['2131', '2131', 15, 15],
  ['1', '1', 15, 15], // UATP
  ['2200', '2204', 16, 19], // Mir
  ['50', '50', 12, 19], // Maestro
  ['56', '69', 12, 19], // Maestro and national schemes (RuPay, Verve, Troy ranges fall inside)
  ['60', '60', 16, 16], // RuPay
  ['81', '82', 16, 16],
  ['9792', '9792', 16, 16], // Troy
  ['5019', '5019', 16, 16], // Dankort
];
