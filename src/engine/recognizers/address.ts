/**
 * Street addresses, US and international: "123 Main St", "Rua Diadema 1903", "Villacher Strasse
 * 89", "Koskikatu 25 Apt. 864", "Calle Mayor 5, 2º", "PO Box 123", "PSC 5217, Box 4854 APO AP
 * 43617", "Apt. 425", "the corner of 5th and Main", and the lines of a postal block that follow
 * a street line. Hospital rooms, beds and units are not addresses (a risk pattern reads those).
 */
import {
  AMBIGUOUS_PREFIXES,
  FAMOUS_STREETS,
  RISKY_SUFFIXES,
  STREET_PREFIXES,
  STREET_SUFFIXES,
  STREET_TYPES_AFTER,
  STREET_WORD_ENDINGS,
  STREET_WORD_EXCEPTIONS,
} from '../data/street-words.js';
import type { Doc, Token } from '../doc.js';
import type { Detection, Recognizer } from '../recognizer.js';
import { inSet } from '../lexemes.js';
import { includesAny, wordTest } from '../regex.js';

const ID = 'phi/address';

/** A word in Title, lower or UPPER case, as addresses are written all three ways. */
function anyCase(words: readonly string[]): string {
  const forms = new Set<string>();
  for (const w of words) {
    forms.add(w);
    forms.add(w.toUpperCase());
    forms.add(w[0]!.toUpperCase() + w.slice(1));
  }
  return [...forms]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

const L = '(?<![\\p{L}\\p{N}\\-/.,])';
const NUM = '\\d{1,6}[A-Za-z]?(?:-\\d{1,4})?';
const CAPW = "(?:[dDlL]['’])?\\p{Lu}[\\p{L}\\p{M}'’.\\-]{0,25}";
const ORD = '\\d{1,3}(?:st|nd|rd|th)';
const NAMEW = `(?:${CAPW}|${ORD})`;
const PARTICLE = '(?:de|del|de la|des|du|da|do|dos|das|di|dei|della|delle|al|el|la|le|les|van|von|der|den|y|e)';
const HOUSE = '\\d{1,5}[A-Za-z]?\\.?(?![\\p{N}]|[\\-/:]\\d)';
const DIRECTION = '(?:(?:[NSEW]|NE|NW|SE|SW|North|South|East|West)\\.?\\s{1,2})';

/** "123 Main St", "9858 92 Hounslow Rd", "1600 West 57th Street NW". */
const US_STREET = new RegExp(
  `${L}(${NUM})(?:\\s{1,2}\\d{1,5})?\\s{1,2}${DIRECTION}?(?:${NAMEW})(?:\\s{1,2}${NAMEW}){0,3}\\s{1,2}(${anyCase(STREET_SUFFIXES)})\\.?(?![\\p{L}])(?:\\s{1,2}(?:NE|NW|SE|SW|N|S|E|W)\\.?(?![\\p{L}]))?`,
  'uy',
);
/** "123 main st" typed in lower case: a plain suffix and no units in between. */
const US_STREET_LOWER = /(?<![\p{L}\p{N}\-/.,])(\d{2,6})\s{1,2}((?:[a-z][a-z'\-]{1,20}\s{1,2}){1,3})(street|st|avenue|ave|road|rd|boulevard|blvd|drive|lane|ln)\.?(?![\p{L}])/uy;
const LOWER_STOP = new Set(['mg', 'ml', 'kg', 'lbs', 'lb', 'per', 'of', 'the', 'and', 'a', 'in', 'at', 'to', 'on', 'for', 'is', 'are', 'was', 'my', 'our', 'your', 'times', 'days', 'years', 'hours', 'minutes', 'people', 'patients']);

const PREFIX_ALT = anyCase(STREET_PREFIXES);
const PLAIN_PREFIXES = STREET_PREFIXES.filter((w) => !AMBIGUOUS_PREFIXES.has(w));
const LOOSE_WORD = "[\\p{L}][\\p{L}\\p{M}'’.\\-]{0,25}";
/** "Rua Diadema 1903", "Calle Mayor 5", "Via dei Fiorentini 17", "Λεωφόρος Συγγρού 119". */
const PREFIX_STREET = new RegExp(
  `(?:${NUM}\\s{1,2})?(?:${PREFIX_ALT}|C/)\\.?\\s{0,2}(?:(?:${PARTICLE}|${CAPW}|${ORD}|\\d{1,3})\\s{1,2}){0,4}${CAPW}\\s{1,2}${HOUSE}`,
  'uy',
);
/** The same with words in any case, for the types that never start an English phrase ("rue du centre 320"). */
const PREFIX_STREET_LOOSE = new RegExp(
  `(?:${NUM}\\s{1,2})?(?:${anyCase(PLAIN_PREFIXES)})\\.?\\s{1,2}(?:${LOOSE_WORD}\\s{1,2}){0,4}${LOOSE_WORD}\\s{1,2}${HOUSE}`,
  'uy',
);
// Number first, no house number after: only the types that cannot start an everyday phrase.
const NUM_PREFIX_TYPES = STREET_PREFIXES.filter((w) => !AMBIGUOUS_PREFIXES.has(w) || w === 'avenue');
/** "31 Rue Al Imam Al Bakri", "137 Avenue Teboulbi", "36 rue de pologne". */
const NUM_PREFIX_STREET = new RegExp(
  `${NUM}\\s{1,2}(?:${anyCase(NUM_PREFIX_TYPES)})\\.?\\s{1,2}(?:${PARTICLE}\\s{1,2}){0,2}${LOOSE_WORD}(?:\\s{1,2}(?:${PARTICLE}\\s{1,2})?${LOOSE_WORD}){0,4}`,
  'uy',
);
const AFTER_TYPES = STREET_TYPES_AFTER.filter((w) => w !== 'u');
/** "Villacher Strasse 89", "Erzsébet tér 19.", "Árpád fejedelem útja 62.", "Piroska u. 97." */
const TYPE_AFTER_STREET = new RegExp(
  `(?:${NUM}\\s{1,2})?${CAPW}(?:\\s{1,2}(?:${CAPW}|[\\p{Ll}]{2,20})){0,3}\\s{1,2}(?:(?:${anyCase(AFTER_TYPES)})\\.?|u\\.|gate)\\s{1,2}${HOUSE}`,
  'uy',
);
/** One-word street names: "Koskikatu 25", "Populierenstraat 374", "Magrethevej 298". */
const COMPOUND_STREET = new RegExp(
  `(?:${NUM}\\s{1,2})?(\\p{Lu}[\\p{L}\\p{M}]{1,30})\\s{1,2}${HOUSE}`,
  'uy',
);

// Asked of every word of a draft, once per word (lexemes.ts).
const isStreetPrefix = inSet(new Set(STREET_PREFIXES));
const isStreetTypeAfter = inSet(new Set(STREET_TYPES_AFTER.filter((w) => w !== 'u')));
function endsLikeStreet(word: string): boolean {
  for (const e of STREET_WORD_ENDINGS) if (word.length > e.length + 1 && word.endsWith(e)) return true;
  return false;
}
function gapIsSpaces(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 2) return false;
  for (let i = from; i < to; i++) if (text[i] !== ' ' && text[i] !== '\t') return false;
  return true;
}
/** Asked of every word, most of which hold no digit at all. */
function startsWithDigit(t: Token | undefined): boolean {
  if (t === undefined || !t.hasDigit) return false;
  const c = t.text.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Words that say an address follows (matched on the lower-cased text). */
const ADDRESS_CUE = /(?<![\p{L}])(?:(?:new |home |billing |mailing |shipping |street )?address(?:es)?(?:\s{1,2}(?:is|was|to|with)|\s{1,2}of\s{1,2}[^\n?.]{1,60}?\s{1,2}is|\?\s{0,2}(?:it\s{1,2}is|it's|it is))?|addr|lives?\s{1,2}(?:at|on|in)|living\s{1,2}(?:at|on|in)|resides?\s{1,2}(?:at|on|in)|residing\s{1,2}(?:at|on|in)|located\s{1,2}(?:at|on|in)|moved\s{1,2}(?:to|into)|move\s{1,2}(?:to|into)|meet\s{1,2}(?:me|you|us|them)\s{1,2}at|sent\s{1,2}to|send\s{1,2}(?:it\s{1,2}|this\s{1,2}|them\s{1,2})?to|ship(?:ped)?\s{1,2}to|deliver(?:ed)?\s{1,2}to|return(?:ed)?\s{1,2}to|drops?\s{1,2}you\s{1,2}off\s{1,2}at|stop\s{1,2}at|enter\s{1,2}on|(?:office|house|home|apartment|place|restaurant|clinic|station|shop|store|hotel)\s{1,2}is\s{1,2}(?:at|on|in)|side\s{1,2}of|arrived\s{1,2}at|taxi\s{1,2}to|dirección(?:\s{1,2}es)?|direccion|domicilio(?:\s{1,2}en)?|vive\s{1,2}en|reside\s{1,2}en)\s{0,2}[:\-]?[ \t]{0,6}\n?[ \t>]{0,6}/gu;
/** What may follow an address cue: words and a number, in any case ("74678 midtvollen 130"). */
const CUED_BODY = new RegExp(
  `(?:${NUM}\\s{1,2}){0,2}(?:(?:${CAPW}|${PARTICLE}|[\\p{Ll}][\\p{L}\\p{M}'’.\\-]{1,25})\\s{1,2}){0,4}${CAPW}\\s{1,2}${HOUSE}|${NUM}\\s{1,2}(?:${NUM}\\s{1,2})?${CAPW}(?:\\s{1,2}${CAPW}){0,4}|\\d{3,6}[A-Za-z]?\\s{1,2}(?:${NUM}\\s{1,2})?[\\p{Ll}][\\p{L}\\p{M}'’\\-]{2,25}(?:\\s{1,2}[\\p{Ll}][\\p{L}\\p{M}'’\\-]{1,25}){0,2}(?:\\s{1,2}${HOUSE})?`,
  'uy',
);

const PO_BOX = /(?<![\p{L}])(?:p\.?\s?o\.?\s?box|post\s{1,2}office\s{1,2}box|apartado(?:\s{1,2}(?:postal|de\s{1,2}correos))?|casilla(?:\s{1,2}postal)?)\s{0,2}#?\s{0,2}\d{1,6}(?![\p{N}])/gu;
const MILITARY = /(?<![\p{L}])(?:psc|unit|cmr)\s{1,2}\d{3,5},?\s{1,2}box\s{1,2}\d{3,5}(?:[\s,]{1,4}(?:apo|fpo|dpo)\s{1,2}(?:aa|ae|ap)\s{1,2}\d{5})?(?![\p{N}])/gu;
const SHIP = /(?<![\p{L}])(?:usns|usnv|uss|uscgc)\s{1,2}[\p{L}][\p{L}'\-]{1,25}(?:\s{1,2}[\p{L}][\p{L}'\-]{1,25})?[\s,]{1,4}(?:apo|fpo|dpo)\s{1,2}(?:aa|ae|ap)\s{1,2}\d{5}(?![\p{N}])/gu;
const APO = /(?<![\p{L}])(?:apo|fpo|dpo)\s{1,2}(?:aa|ae|ap)\s{1,2}\d{5}(?![\p{N}])/gu;
const SIDE = "[\\p{Lu}\\p{N}][\\p{L}\\p{M}\\p{N}'’.\\-]{0,25}(?:\\s{1,2}[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}'’.\\-]{0,25}){0,4}";
const CORNER = new RegExp(
  `(?<![\\p{L}])(?:(?:[Tt]he\\s{1,2})?(?:[Cc]orner|[Ii]ntersection)\\s{1,2}of|(?:[Ll]a\\s{1,2})?[Ee]squina\\s{1,2}(?:de\\s{1,2})?)\\s{1,2}${SIDE}\\s{1,2}(?:and|&|y|con)\\s{1,2}${SIDE}`,
  'gu',
);
const UNIT = /(?<![\p{L}])(?:Apt|APT|apt|Apartment|APARTMENT|Suite|SUITE|Ste|STE|Apto|Depto|Dpto|Departamento|Apartamento)\.?\s{0,2}#?\s{0,2}[A-Za-z]?\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])/gu;
/**
 * A street named with a locative cue but no number: "lives on Marina Fort Street", "an accident
 * on Maple St.". An abbreviation followed by a capital is a saint's name ("at St. Mary's").
 */
const NAMED_STREET = /(?<![\p{L}])(?:on|at|off|along|near|down|up|onto|in|en|from)\s{1,2}((?:\p{Lu}[\p{L}\p{M}'’\-]{1,25}\s{1,2}){1,3}(?:Street|Avenue|Road|Boulevard|Lane|Drive|(?:St|Ave|Rd|Blvd|Ln)\.?(?!\s{0,2}\p{Lu})))(?![\p{L}])/gu;

/** A numbered road after a locative cue: "on Route 9", "off I-95", "along Hwy 287". */
const NUMBERED_ROAD = /(?<![\p{L}])(?:on|at|off|along|near|onto|from)\s{1,2}((?:Route|Rte\.?|Highway|Hwy\.?|Interstate|I|US|State Route|SR|County Road|CR|Farm Road|FM)[- ]?\d{1,4}[A-Z]?)(?![\p{L}\p{N}])/gu;
const hasRoadWord = wordTest('route', 'rte', 'highway', 'hwy', 'interstate', 'i', 'us', 'sr', 'cr', 'fm');

// Extensions over what completes an address after the street.
const UNIT_AFTER = /,?\s{1,2}(?:apt|apartment|suite|ste|unit|fl|floor|bldg|building|rm|piso|depto|dpto|apto|puerta|#)\.?\s{0,2}#?\s{0,2}[A-Za-z]?\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])/iuy;
// NFKC turns "º" and "ª" into "o" and "a": "2º" arrives as "2o".
const FLOOR_AFTER = /,\s{0,2}\d{1,2}\s?(?:[º°ªoa]|er|do|ro)(?![\p{L}])(?:\s?[A-Za-z](?![\p{L}]))?/uy;
const PLACE_AFTER = /,\s{0,2}\p{Lu}[\p{L}\p{M}'’.\-]{0,25}(?:\s\p{Lu}[\p{L}\p{M}'’.\-]{0,25}){0,3}(?:,?\s{1,2}[A-Z]{2}(?![\p{L}]))?(?:\s{1,2}\d{4,6}(?:-\d{3,4})?(?![\p{N}]))?/uy;
const ZIP_AFTER = /,?\s{1,2}\d{5}(?:-\d{4})?(?![\p{N}])/uy;
const NEXT_LINE = /[ \t]{0,4}\n(?:[ \t>?*|]{0,6}\n)?[ \t>?*|]{0,6}/uy;
// Words that end a sentence's run of words, not a street name ("… Thomazo and then").
const TRAILING_WORDS = /(?:\s{1,2}(?:and|then|for|the|to|in|on|at|with|is|was|it|a|an|of|or|but|so|last|next|today|street|st))+$/iu;
// A line of a postal block: a unit, a town, a region code, a country, a postal code.
const BLOCK_LINE = /^(?:(?:apt|apartment|suite|ste|unit|box|p\.?o\.?\s?box)\.?\s{0,2}#?\s{0,2}[A-Za-z]?\d{1,6}[A-Za-z]?|,?\s{0,2}[\p{Lu}\p{N}][\p{L}\p{M}'’.\-]{0,25}(?:[ ,]{1,2}[\p{L}\p{M}\p{N}'’.()\-]{1,25}){0,4}|,\s{0,2}[\p{L}]{2,4}(?:\s{1,2}\d{4,6})?)$/iu;

// What every match of each pattern holds (see regex.ts wordTest and includesAny): most drafts
// hold none of it and skip the scan. "address", "dirección" and "domicilio" may run on into a
// longer word ("addressing"), so they are searched for as substrings.
// A cue's first word stands alone (a non-letter before it, a space after it). Where that word is
// an everyday one ("home", "side"), the next word, when it too stands alone, or the phrase itself
// is the sharper test.
const hasCueVerb = wordTest(
  'live', 'lives', 'living', 'reside', 'resides', 'residing', 'located', 'moved', 'move', 'sent', 'send', 'ship',
  'shipped', 'deliver', 'delivered', 'return', 'returned', 'stop', 'enter', 'arrived', 'taxi', 'vive',
);
const hasPlaceNoun = wordTest('office', 'house', 'home', 'apartment', 'place', 'restaurant', 'clinic', 'station', 'shop', 'store', 'hotel');
const hasIs = wordTest('is');
const hasMeet = wordTest('meet');
const hasObjectPronoun = wordTest('me', 'you', 'us', 'them');
const hasDrop = wordTest('drop', 'drops');
const hasYou = wordTest('you');
const hasOff = wordTest('off');
const hasSide = wordTest('side');
const SIDE_OF = /side\s{1,2}of/;
const hasCueWord = (doc: Doc): boolean =>
  hasCueVerb(doc) ||
  (hasPlaceNoun(doc) && hasIs(doc)) ||
  (hasMeet(doc) && hasObjectPronoun(doc)) ||
  (hasDrop(doc) && hasYou(doc) && hasOff(doc)) ||
  (hasSide(doc) && SIDE_OF.test(doc.lower));
// Substrings, searched for one by one: a native search per stem beats one pattern that tries
// every stem at every character.
const CUE_STEMS = ['addr', 'direccion', 'domicilio'] as const;
const hasCueStem = (doc: Doc): boolean => includesAny(doc.lower, CUE_STEMS) || (!doc.words.ascii && doc.lower.includes('dirección'));
const hasBoxWord = wordTest('apartado', 'casilla');
const hasForcesPost = wordTest('apo', 'fpo', 'dpo');
const hasCornerWord = wordTest('corner', 'intersection', 'esquina');
// "AptB4" glues a letter to the unit word, so these are substrings too ("dep": Depto, Departamento).
const UNIT_STEMS = ['apt', 'apart', 'suite', 'ste', 'dpto', 'dep'] as const;
const hasStreetType = wordTest('street', 'avenue', 'road', 'boulevard', 'lane', 'drive', 'st', 'ave', 'rd', 'blvd', 'ln');

const MESSAGE = 'This looks like a street address';
const WHY = 'A street address points to one home or building; anything smaller than a state can identify someone.';

interface Candidate {
  start: number;
  end: number;
  score: number;
  /** A street line, after which a unit, a town or the lines of a postal block may follow. */
  street: boolean;
}

function extend(text: string, c: Candidate): Candidate {
  let end = c.end;
  for (let round = 0; round < 6; round++) {
    const at = end;
    for (const re of [UNIT_AFTER, FLOOR_AFTER, ZIP_AFTER, PLACE_AFTER]) {
      re.lastIndex = end;
      const m = re.exec(text);
      if (m !== null) {
        end += m[0].length;
        break;
      }
    }
    if (end === at) break;
  }
  if (!c.street) return { ...c, end };
  // A postal block: up to four short lines that look like its parts.
  for (let line = 0; line < 4; line++) {
    NEXT_LINE.lastIndex = end;
    const nl = NEXT_LINE.exec(text);
    if (nl === null) break;
    const from = end + nl[0].length;
    // Look no further than a short line's length: a long line is not part of a postal block.
    const window = text.slice(from, from + 62);
    const nlAt = window.indexOf('\n');
    const to = nlAt >= 0 ? from + nlAt : from + window.length;
    if (to - from > 60 || to === from || (nlAt < 0 && from + window.length < text.length)) break;
    const content = text.slice(from, to).replace(/\s+$/u, '');
    if (!BLOCK_LINE.test(content) || /[:@/]|https?/u.test(content)) break;
    end = from + content.length;
  }
  return { ...c, end };
}

// Token tests without regular expressions: growUnit runs once per unit, so it must stay cheap.
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** "46", "12B", "20789". */
function isHouseNumber(t: Token): boolean {
  const n = t.text.length;
  if (n === 0 || n > 6 || !isDigit(t.text.charCodeAt(0))) return false;
  for (let i = 1; i < n; i++) if (!isDigit(t.text.charCodeAt(i)) && i !== n - 1) return false;
  return true;
}
const isWordish = (t: Token): boolean => !t.hasDigit && t.text.length >= 2;
const STREETISH = new Set([...STREET_SUFFIXES, ...STREET_PREFIXES, ...STREET_TYPES_AFTER, 'de', 'del', 'la', 'du', 'des', 'da', 'do', 'dos', 'di', 'dei', 'van', 'von', 'der', 'den']);
/** A word that can be part of a street's name: capitalized, or a street word ("gate", "rue", "du"). */
const isNameWord = (t: Token): boolean => isWordish(t) && (t.isCap || STREETISH.has(t.lower));
const GAP_CHARS = ' \t,.>?*|';
function sameLineGap(doc: Doc, a: Token, b: Token): boolean {
  const n = b.start - a.end;
  if (n < 1 || n > 4) return false;
  for (let i = a.end; i < b.start; i++) if (!GAP_CHARS.includes(doc.text[i]!)) return false;
  return true;
}

/**
 * Grows a unit ("Suite 501") over the street written beside it ("Pagari 18 Suite 932", "Suite 541
 * 6343 Skogstien 106") or on the line above it, the way postal blocks are written. Token walks,
 * bounded to a few words, keep this linear.
 */
function growUnit(doc: Doc, c: Candidate): void {
  const tokens = doc.tokens;
  const first = doc.tokenIndexAt(c.start);
  // Before, on the same line: "… Words 18 Suite 932".
  const k = first - 1;
  if (k >= 0 && isHouseNumber(tokens[k]!) && sameLineGap(doc, tokens[k]!, tokens[first]!)) {
    // Name words, then at most two numbers before them ("20789 Allika 46", "9858 92 Hounslow Rd").
    let start = k;
    let words = 0;
    let numbers = 0;
    for (let j = k - 1; j >= 0 && k - j <= 6 && sameLineGap(doc, tokens[j]!, tokens[j + 1]!); j--) {
      const w = tokens[j]!;
      if (numbers === 0 && isNameWord(w)) words++;
      else if (words > 0 && numbers < 2 && w.isNumber && w.text.length <= 6) numbers++;
      else break;
      start = j;
    }
    if (words > 0) {
      c.start = tokens[start]!.start;
      c.street = true;
    }
  }
  // After, on the same line: "Suite 541 6343 Skogstien 106".
  const last = doc.tokenIndexAt(c.end);
  let words = 0;
  let end = -1;
  for (let j = last; j < tokens.length && j - last < 5 && sameLineGap(doc, tokens[j - 1]!, tokens[j]!); j++) {
    if (isNameWord(tokens[j]!)) words++;
    else if (words === 0 && j === last && tokens[j]!.isNumber) continue;
    else if (isHouseNumber(tokens[j]!)) {
      if (words > 0) {
        end = tokens[j]!.end;
        break;
      }
    } else break;
  }
  if (end > 0) {
    c.end = end;
    c.street = true;
  }
  // The line above, when the unit starts its own line: "20789 Allika 46⏎ Suite 501".
  if (!c.street && first > 0) {
    const gap = doc.text.slice(tokens[first - 1]!.end, c.start);
    if (/^[ \t]{0,4}\n[ \t>?*|]{0,6}$/u.test(gap)) {
      let hasNumber = false;
      let hasWord = false;
      let j = first - 1;
      let start = j;
      for (; j >= 0 && first - j <= 8; j--) {
        const t = tokens[j]!;
        if (isWordish(t)) hasWord = true;
        else if (isHouseNumber(t)) hasNumber = true;
        else break;
        start = j;
        if (j === 0 || doc.text.slice(tokens[j - 1]!.end, t.start).includes('\n')) break;
      }
      const line = doc.text.slice(tokens[start]!.start, tokens[first - 1]!.end);
      if (hasNumber && hasWord && line.length <= 60 && !/[:@/]|https?/u.test(line) && (j < 0 || j === start)) {
        c.start = tokens[start]!.start;
        c.street = true;
      }
    }
  }
}

// Helpers of detect() live out here rather than as closures in it: detect runs on every draft,
// and a closure is an allocation per call (and a name to set, under tsx's keepNames).
function trimmedEnd(start: number, matched: string): number {
  return start + matched.replace(TRAILING_WORDS, '').length;
}

/** Whether an address cue ends at `start` or up to two characters before it. */
function cued(cueEnds: ReadonlySet<number> | undefined, start: number): boolean {
  if (cueEnds === undefined) return false;
  for (let k = start; k >= Math.max(0, start - 2); k--) if (cueEnds.has(k)) return true;
  return false;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Start of the house number right before token `i`, or -1. */
function numberBefore(tokens: readonly Token[], text: string, i: number): number {
  const p = tokens[i - 1];
  return p !== undefined && startsWithDigit(p) && gapIsSpaces(text, p.end, tokens[i]!.start) ? p.start : -1;
}

function detect(doc: Doc): Detection[] {
  const text = doc.text;
  const lower = doc.lower;
  const found: Candidate[] = [];
  let m: RegExpExecArray | null;

  // Address cues first: they decide how sure the patterns after them are.
  let cueEnds: Set<number> | undefined;
  ADDRESS_CUE.lastIndex = hasCueWord(doc) || hasCueStem(doc) ? 0 : lower.length;
  while ((m = ADDRESS_CUE.exec(lower)) !== null) {
    const at = m.index + m[0].length;
    (cueEnds ??= new Set<number>()).add(at);
    CUED_BODY.lastIndex = at;
    const b = CUED_BODY.exec(text);
    if (b !== null) {
      const end = trimmedEnd(at, b[0].trimEnd());
      // "is on Channel 4": a single word and a number after a weak cue is not an address.
      if (end > at) found.push({ start: at, end, score: 0.75, street: true });
    }
  }

  // Numbered streets start at a number followed by a word: try the patterns only there.
  for (let i = 0; i + 1 < doc.tokens.length; i++) {
    const t = doc.tokens[i]!;
    const next = doc.tokens[i + 1]!;
    if (!startsWithDigit(t) || next.start - t.end > 2) continue;
    US_STREET.lastIndex = t.start;
    m = US_STREET.exec(text);
    if (m !== null) {
      const suffix = m[2]!.toLowerCase();
      if (!(RISKY_SUFFIXES.has(suffix) && /^\d{1,2}$/u.test(m[1]!) && !cued(cueEnds, t.start))) found.push({ start: t.start, end: t.start + m[0].length, score: 0.85, street: true });
      continue;
    }
    US_STREET_LOWER.lastIndex = t.start;
    m = US_STREET_LOWER.exec(text);
    if (m !== null && !m[2]!.trim().split(/\s+/u).some((w) => LOWER_STOP.has(w))) found.push({ start: t.start, end: t.start + m[0].length, score: 0.7, street: true });
  }
  // Streets named by a type word: the patterns are tried only where such a word stands, so the
  // cost follows the number of candidates, not the length of the text.
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const key = t.lower;
    const nextIsNumber = startsWithDigit(tokens[i + 1]);
    if (isStreetPrefix(t) || (key === 'c' && text[t.end] === '/')) {
      const numStart = numberBefore(tokens, text, i);
      const starts = numStart >= 0 ? [numStart, t.start] : [t.start];
      let done = false;
      for (const at of starts) {
        for (const [re, score] of [
          [PREFIX_STREET, 0.75],
          [PREFIX_STREET_LOOSE, 0.7],
        ] as const) {
          const m = sticky(re, text, at);
          if (m !== null) {
            found.push({ start: at, end: at + m[0].length, score: cued(cueEnds, at) ? 0.85 : score, street: true });
            done = true;
            break;
          }
        }
        if (done) break;
      }
      if (!done && numStart >= 0) {
        const m = sticky(NUM_PREFIX_STREET, text, numStart);
        if (m !== null) found.push({ start: numStart, end: trimmedEnd(numStart, m[0]), score: cued(cueEnds, numStart) ? 0.85 : 0.75, street: true });
      }
    }
    if (nextIsNumber && (isStreetTypeAfter(t) || (key === 'u' && text[t.end] === '.') || t.text === 'gate')) {
      // From the farthest capitalized word that can start the name, up to the type word.
      for (let back = Math.max(0, i - 4); back < i; back++) {
        if (!tokens[back]!.isCap) continue;
        const numStart = numberBefore(tokens, text, back);
        const at = numStart >= 0 ? numStart : tokens[back]!.start;
        const m = sticky(TYPE_AFTER_STREET, text, at);
        if (m !== null && at + m[0].length > t.end) {
          found.push({ start: at, end: at + m[0].length, score: cued(cueEnds, at) ? 0.85 : 0.7, street: true });
          break;
        }
      }
    }
    if (nextIsNumber && t.isCap && t.text.length >= 4 && !t.hasDigit && endsLikeStreet(key) && !STREET_WORD_EXCEPTIONS.has(key)) {
      const numStart = numberBefore(tokens, text, i);
      const at = numStart >= 0 ? numStart : t.start;
      const m = sticky(COMPOUND_STREET, text, at);
      if (m !== null) found.push({ start: at, end: at + m[0].length, score: cued(cueEnds, at) ? 0.85 : 0.6, street: true });
    }
  }
  // Each of these holds a number.
  if (doc.hasDigit) {
    const box = lower.includes('box');
    const forces = hasForcesPost(doc);
    for (const [re, score, possible] of [
      [PO_BOX, 0.85, box || hasBoxWord(doc)],
      [MILITARY, 0.9, box],
      [SHIP, 0.9, forces],
      [APO, 0.8, forces],
    ] as const) {
      if (!possible) continue;
      re.lastIndex = 0;
      while ((m = re.exec(lower)) !== null) found.push({ start: m.index, end: m.index + m[0].length, score, street: true });
    }
  }
  CORNER.lastIndex = hasCornerWord(doc) ? 0 : text.length;
  while ((m = CORNER.exec(text)) !== null) found.push({ start: m.index, end: trimmedEnd(m.index, m[0]), score: 0.7, street: false });
  UNIT.lastIndex = doc.hasDigit && includesAny(lower, UNIT_STEMS) ? 0 : text.length;
  while ((m = UNIT.exec(text)) !== null) {
    const c: Candidate = { start: m.index, end: m.index + m[0].length, score: 0.6, street: false };
    growUnit(doc, c);
    if (c.street) c.score = 0.8;
    found.push(c);
  }
  NUMBERED_ROAD.lastIndex = doc.hasDigit && hasRoadWord(doc) ? 0 : text.length;
  while ((m = NUMBERED_ROAD.exec(text)) !== null) {
    const s = m.index + m[0].length - m[1]!.length;
    found.push({ start: s, end: s + m[1]!.length, score: 0.55, street: false });
  }
  NAMED_STREET.lastIndex = hasStreetType(doc) ? 0 : text.length;
  while ((m = NAMED_STREET.exec(text)) !== null) {
    const name = m[1]!;
    if (FAMOUS_STREETS.has(name.toLowerCase().replace(/\s+/gu, ' ')) || /^The\s/u.test(name)) continue;
    const s = m.index + m[0].length - name.length;
    found.push({ start: s, end: s + name.length, score: 0.55, street: false });
  }

  // Overlapping candidates become one address (a street, its unit and its town together).
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Candidate[] = [];
  for (const c of found) {
    const last = merged[merged.length - 1];
    // Touching or overlapping, or separated only by a comma and spaces: one address.
    if (last !== undefined && c.start <= last.end + 2 && /^[,\s]*$/u.test(text.slice(last.end, Math.max(last.end, c.start)))) {
      last.end = Math.max(last.end, c.end);
      last.score = Math.max(last.score, c.score);
      last.street = last.street || c.street;
      continue;
    }
    merged.push({ ...c });
  }
  const out: Detection[] = [];
  for (const c of merged) {
    const e = extend(text, c);
    out.push({
      ruleId: ID,
      category: 'geography',
      start: e.start,
      end: e.end,
      score: e.score,
      strength: 'quasi',
      owner: undefined,
      message: MESSAGE,
      why: WHY,
      replacement: undefined,
    });
  }
  return out;
}

const recognizer: Recognizer = { id: ID, detect };
export default recognizer;
