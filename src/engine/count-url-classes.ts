/**
 * Character classes of X's URL grammar, shared by the URL scanner (count-urls.ts), the domain
 * label runs (count-domains.ts) and the top-level domains (count-tlds.ts), each a bit of one
 * cached mask per code unit.
 *
 * Character classes are those of twitter-text's regexes, which see UTF-16 code units and ignore
 * case the way non-Unicode JavaScript regexes do; they are evaluated once per code unit and cached.
 */
const LATIN_ACCENTS =
  '\\xC0-\\xD6\\xD8-\\xF6\\xF8-\\xFF\\u0100-\\u024F\\u0253\\u0254\\u0256\\u0257\\u0259\\u025B\\u0263\\u0268' +
  '\\u026F\\u0272\\u0289\\u028B\\u02BB\\u0300-\\u036F\\u1E00-\\u1EFF';
const CYRILLIC = '\\u0400-\\u04FF';

export const DOMAIN = 1; // may appear in a domain label
export const LABEL = 2; // domain character, '-' or '_'
export const PRECEDES = 4; // may stand just before a URL
export const ASCII_DOMAIN = 8; // label character of a domain that counts without a protocol
export const PUNYCODE = 16;
export const PATH = 32;
export const PATH_END = 64;
export const QUERY = 128;
export const QUERY_END = 256;
export const TLD_STOP = 512; // may follow a top-level domain
export const DIGIT = 1024;
const KNOWN = 0x8000;

const CLASS_TESTS: readonly (readonly [number, RegExp])[] = [
  // Everything except ASCII punctuation (but '"' and '`'), spaces, directional marks and U+FFFE/FEFF/FFFF.
  [DOMAIN, /[^!'#%&()*+,\\\-./:;<=>?@[\]^_{|}~$\t-\r \x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFFFE\uFEFF\uFFFF\u202A-\u202E\u061C\u200E\u200F\u2066-\u2069]/],
  [LABEL, /[^!'#%&()*+,\\./:;<=>?@[\]^{|}~$\t-\r \x85\xA0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFFFE\uFEFF\uFFFF\u202A-\u202E\u061C\u200E\u200F\u2066-\u2069]/],
  [PRECEDES, /[^A-Za-z0-9@\uFF20$#\uFF03\uFFFE\uFEFF\uFFFF]/i],
  [ASCII_DOMAIN, new RegExp(`[-a-z0-9${LATIN_ACCENTS}]`, 'i')],
  [PUNYCODE, /[-0-9a-z]/i],
  [PATH, new RegExp(`[a-z${CYRILLIC}0-9!*';:=+,.$/%#[\\]\\-\\u2013_~@|&${LATIN_ACCENTS}]`, 'i')],
  [PATH_END, new RegExp(`[+\\-a-z${CYRILLIC}0-9=_#/${LATIN_ACCENTS}]`, 'i')],
  [QUERY, /[a-z0-9!?*'@();:&=+$/%#[\]\-_.,~|]/i],
  [QUERY_END, /[a-z0-9\-_&=#/]/i],
  [TLD_STOP, /[^0-9a-zA-Z@+-]/i],
  [DIGIT, /[0-9]/],
];

const classCache = new Uint16Array(0x10000);

export function classOf(unit: number): number {
  let bits = classCache[unit] ?? 0;
  if (bits === 0) {
    bits = KNOWN;
    const ch = String.fromCharCode(unit);
    for (const [bit, re] of CLASS_TESTS) if (re.test(ch)) bits |= bit;
    classCache[unit] = bits;
  }
  return bits;
}

export function has(text: string, index: number, bit: number): boolean {
  return index < text.length && (classOf(text.charCodeAt(index)) & bit) !== 0;
}

/** Case folding of a non-Unicode `i` regex: upper case, unless that leaves or enters ASCII oddly. */
export function fold(unit: number): string {
  const ch = String.fromCharCode(unit);
  const upper = ch.toUpperCase();
  return upper.length === 1 && !(unit >= 128 && upper.charCodeAt(0) < 128) ? upper : ch;
}
