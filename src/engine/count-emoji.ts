/**
 * Emoji sequences for X's weighted count (count.ts). Kept apart from the weights because the
 * sequence grammar and its Unicode tables change with each emoji release, the weights do not.
 *
 * Emoji. X counts one emoji sequence as one character of weight 2 (UTS #51 sequences: keycaps,
 * flags, tag sequences, skin tones, ZWJ sequences). Components written in text style (no U+FE0F)
 * stay separate characters, as in twitter-text; U+FE0F after a character that is already shown as
 * emoji is not absorbed, except after the few listed in Unicode's emoji-variation-sequences.txt.
 */
// Source: Unicode emoji-variation-sequences.txt, the Emoji_Presentation characters it lists.
const PRESENTATION_WITH_VS16 =
  '\\u231A\\u231B\\u25FD\\u25FE\\u2614\\u2615\\u2648-\\u2653\\u267F\\u2693\\u26A1\\u26AA\\u26AB\\u26BD\\u26BE' +
  '\\u26C4\\u26C5\\u26D4\\u26EA\\u26F2\\u26F3\\u26F5\\u26FA\\u26FD\\u2757\\u2B1B\\u2B1C\\u2B50\\u2B55' +
  '\\u{1F004}\\u{1F21A}\\u{1F22F}';
const ELEMENT =
  '\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}' +
  `|(?:(?![#*0-9])(?!\\p{Emoji_Presentation})\\p{Emoji}|[${PRESENTATION_WITH_VS16}])\\uFE0F` +
  '|(?!\\p{Regional_Indicator})\\p{Emoji_Presentation}';
// Each alternative starts on a distinct kind of character and the ZWJ loop consumes a joiner per
// turn, so the scan stays linear.
export const EMOJI = new RegExp(
  '[#*0-9]\\uFE0F?\\u20E3' +
    '|\\p{Regional_Indicator}{2}' +
    '|\\u{1F3F4}[\\u{E0020}-\\u{E007E}]{1,30}\\u{E007F}' +
    // The eye in speech bubble as Unicode 7 wrote it, before its parts took U+FE0F.
    '|\\u{1F441}\\u200D\\u{1F5E8}' +
    `|(?:${ELEMENT})(?:\\u200D(?:${ELEMENT}))*`,
  'gu',
);
/**
 * Every emoji sequence holds one of these: a keycap's U+20E3, a U+FE0F, a character outside the
 * Basic Multilingual Plane, or one of the emoji drawn as emoji by default there (U+231A ⌚ to
 * U+2B55 ⭕). Curly quotes and accented letters, the other non-ASCII of most posts, are not.
 * (Checked against EMOJI for every code unit; see count.test.ts.)
 */
export const MAYBE_EMOJI = /[\u20E3\u231A-\u2B55\uD800-\uDFFF\uFE0F]/;

// Source: Unicode emoji-sequences.txt, RGI_Emoji_Flag_Sequence (region codes with a flag emoji).
const FLAG_REGIONS: ReadonlySet<string> = new Set(
  (
    'AC AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW ' +
    'BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CP CQ CR CU CV CW CX CY CZ DE DG DJ DK DM DO DZ EA EC EE EG EH ER ' +
    'ES ET EU FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU IC ID ' +
    'IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA ' +
    'MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA ' +
    'PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST ' +
    'SV SX SY SZ TA TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM UN US UY UZ VA VC VE VG VI VN VU WF ' +
    'WS XK YE YT ZA ZM ZW'
  ).split(' '),
);

function isFlag(pair: string): boolean {
  const a = (pair.codePointAt(0) ?? 0) - 0x1f1e6;
  const b = (pair.codePointAt(2) ?? 0) - 0x1f1e6;
  return FLAG_REGIONS.has(String.fromCharCode(65 + a, 65 + b));
}

/** Emoji sequences as [start, length] pairs in text order. */
export function extractEmoji(text: string): [number, number][] {
  const found: [number, number][] = [];
  if (!MAYBE_EMOJI.test(text)) return found;
  EMOJI.lastIndex = 0;
  for (let m = EMOJI.exec(text); m !== null; m = EMOJI.exec(text)) {
    const first = m[0].codePointAt(0) ?? 0;
    if (m[0].length === 4 && first >= 0x1f1e6 && first <= 0x1f1ff && !isFlag(m[0])) {
      // Two letters that make no flag are two characters; the second may start a flag itself.
      found.push([m.index, 2]);
      EMOJI.lastIndex = m.index + 2;
      continue;
    }
    found.push([m.index, m[0].length]);
  }
  return found;
}
