/**
 * Dates more specific than a year, in English and Spanish: "April 12th, 2023", "5th Nov 2020",
 * "12 de marzo de 2023", "02/14/2023", "2023-03-14", "July 2021", "on the 12th", "Tue 3/14",
 * and a time of day attached to one. A year alone is allowed by Safe Harbor and never reported;
 * short forms that are also fractions or scores ("3/4", "at 3pm") need a cue around them.
 */
import { MONTHS_EN, MONTHS_ES, WEEKDAYS_EN, WEEKDAYS_ES, WEEKDAY_ABBREVIATIONS_EN } from '../data/calendar-words.js';
import type { Doc } from '../doc.js';
import { hasContext, type Detection, type Recognizer } from '../recognizer.js';
import { wordTest } from '../regex.js';

const ID = 'phi/date';

const MONTH_WORDS = [...Object.keys(MONTHS_EN), ...Object.keys(MONTHS_ES)].sort((a, b) => b.length - a.length);
// Only an abbreviation takes a period ("Feb.", "Sept."); after a full name it ends the sentence.
const MONTH = `(?:${MONTH_WORDS.map((w) => (w.length <= 4 && w !== 'may' && w !== 'june' && w !== 'july' ? `${w}\\.?` : w)).join('|')})`;
const WEEKDAY_WORDS = [...Object.keys(WEEKDAYS_EN), ...Object.keys(WEEKDAYS_ES), ...Object.keys(WEEKDAY_ABBREVIATIONS_EN)].sort(
  (a, b) => b.length - a.length,
);
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|º|°|ro|er)?';
const YEAR = "(?:(?:19|20)\\d{2}|['’]\\d{2})";
// Letters and digits on either side would make the match part of a longer word or number.
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

// Month words that are everyday words in lower case ("we may", "march on", "el mar").
const LOWERCASE_WORDS = new Set(['may', 'march', 'mar', 'sept', 'dic', 'ene', 'abr', 'ago']);

/** Month then day: "April 12, 2023", "Feb 10th 2023", "Jan 22, '24", "March 3rd", "Feb-15-2023". */
const MONTH_DAY = new RegExp(`${L}(${MONTH})[\\s\\-]{1,2}(${DAY})${R}(?:(?:,\\s{0,2}|[\\s\\-]{1,2})(${YEAR})${R})?`, 'giu');
/** Day then month: "5th Nov 2020", "12 March", "the 4th of July 2022", "17-Feb-2023", "12 de marzo de 2023". */
const DAY_MONTH = new RegExp(
  `${L}(${DAY})(?:\\s{1,2}of|\\s{1,2}de)?[\\s\\-/]{1,2}(${MONTH})(?!\\p{L})(?:(?:,\\s{0,2}|[\\s\\-/]{1,2}|\\s{1,2}(?:de|del)\\s{1,2})(${YEAR})${R})?`,
  'giu',
);
/** Month and year: "July 2021", "Dec. 2022", "marzo de 2023". */
const MONTH_YEAR = new RegExp(`${L}(${MONTH})(?:\\s{1,2}of|\\s{1,2}de|\\s{1,2}del|,)?\\s{1,2}((?:19|20)\\d{2})${R}`, 'giu');
/** Numeric day, month and year in any order the separators allow: "02/14/2023", "14.03.2023", "10-04-23". */
// A day or month may be typed with a space inside ("0 2 / 1 4 / 2023") to dodge filters.
const NUMERIC = /(?<![\p{L}\p{N}/.\-:$])(\d(?: ?\d)?)\s?([/.\-])\s?(\d(?: ?\d)?)\s?\2\s?(\d{4}|\d{2})(?![\p{N}/\-]|[.,]\d)/gu;
/** Year first: "2023-03-14", "2023/03/14", optionally with a time ("2003-08-28 12:13:52"). */
const ISO = /(?<![\p{L}\p{N}/.\-])((?:19|20)\d{2})([/.\-])(\d{1,2})\2(\d{1,2})(?![\p{N}/\-]|[.,]\d)(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?/gu;
/** Month and day only: "3/14" — also a fraction or a score, so it needs a cue. */
const MONTH_SLASH_DAY = /(?<![\p{L}\p{N}/.\-:$])(\d{1,2})\/(\d{1,2})(?![\p{N}/%]|[.,]\d)/gu;
/** A day by its ordinal after a preposition: "on the 12th", "by the 3rd". */
const ORDINAL_DAY = /(?<![\p{L}])(?:on|by|since|until|till|before|after|from|el día|el dia)\s{1,2}(?:the\s{1,2})?((?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)(?![\p{L}\p{N}])/giu;
/** A time of day: "3:15 am", "3pm", "15:30". */
const TIME = /(?<![\p{L}\p{N}:/.$])(?:at\s{1,2}|@\s?|a las\s{1,2})?(\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?m\.?(?![\p{L}]))?|\d{1,2}\s?[ap]\.?m\.?(?![\p{L}])|\d{1,2}\s?o'clock)(?![\p{N}:])/giu;

const WEEKDAY_BEFORE = new RegExp(`${L}(?:${WEEKDAY_WORDS.join('|')})\\.?,?\\s{1,2}(?:the\\s{1,2}|el\\s{1,2})?$`, 'iu');
const TIME_AFTER = /^(?:,?\s{1,2}(?:at|@|a las|around|about)?\s{0,2})(\d{1,2}:[0-5]\d(?::[0-5]\d)?(?:\s?[ap]\.?m\.?(?![\p{L}]))?|\d{1,2}\s?[ap]\.?m\.?(?![\p{L}]))/iu;

// Words near a short form ("3/14", "at 3pm", "on the 12th") that make it a date in a narrative.
const DATE_CUES = [
  'on', 'since', 'from', 'until', 'till', 'by', 'dob', 'd.o.b', 'born', 'birthday', 'admitted',
  'admission', 'discharged', 'discharge', 'seen', 'visit', 'visited', 'appt', 'appointment',
  'surgery', 'procedure', 'scheduled', 'date', 'dated', 'due', 'last seen', 'died', 'passed',
  'deceased', 'delivered', 'el', 'desde', 'hasta', 'fecha', 'nació', 'ingresó', 'cita',
  ...Object.keys(WEEKDAYS_EN), ...Object.keys(WEEKDAY_ABBREVIATIONS_EN), ...Object.keys(WEEKDAYS_ES),
];
// A time alone is a date element only in a story about someone's care.
const TIME_CUES = [
  'admitted', 'arrived', 'came in', 'brought in', 'presented', 'seen', 'coded', 'code', 'died',
  'passed', 'pronounced', 'born', 'delivered', 'discharged', 'er', 'ed', 'icu', 'shift', 'patient',
  'pt', 'last night', 'this morning', 'tonight', 'yesterday', 'ambulance', '911', 'intubated',
  'surgery', 'overdose', 'seizure', 'collapsed', 'transferred', 'triage', 'trauma', 'labor',
  'paciente', 'llegó', 'ingresó', 'falleció', 'nació', 'anoche', 'ayer', 'urgencias',
];
// "on the 12th" ends there, or goes on with a clause; "on the 12th floor" goes on with a noun.
const DAY_ENDS_AFTER = /^(?:\s{0,2}(?:$|[.,;:!?)\n"])|\s{1,2}(?:at|and|when|after|before|for|in|we|i|he|she|they|so|but|or|around|about|a las|y|cuando|of (?:this|last|next) month)(?![\p{L}]))/iu;
// A version number or a score, not a date: "v2.3.2023", "scored 3/4".
const VERSION_BEFORE = /(?:\bv|version|ver\.?|release|build|rev\.?|score[ds]?|scored|rated|ratio|odds|rating)\s{0,2}$/iu;

// What every match of the patterns below holds besides digits (see regex.ts wordTest), and
// the characters around a digit that every match of the numeric ones holds. A link's digits
// ("…/1McB2mr") satisfy none of these, and most drafts' digits are a link's.
const hasMonth = wordTest(...MONTH_WORDS);
const hasOrdinalCue = wordTest('on', 'by', 'since', 'until', 'till', 'before', 'after', 'from', 'el');
const hasDia = wordTest('día', 'dia');
/** NUMERIC and ISO: digits on both sides of a separator (with a space at most around it). */
const DIGIT_SEPARATOR_DIGIT = /\d\s?[/.\-]\s?\d/;
const DIGIT_SLASH_DIGIT = /\d\/\d/;
/** ORDINAL_DAY in English reports only a day written with its suffix ("the 12th"). */
const ORDINAL = /\d(?:st|nd|rd|th)/i;
/** TIME: "3:15", "3pm", "3 a.m.", "3 o'clock". */
const TIME_SHAPE = /\d:[0-5]\d|\d\s?[ap]\.?m|\d\s?o'clock/i;

const BIRTH_LABEL = /(?:\bdob|\bd\.o\.b\.?|date of birth|birth ?date|\bborn(?: on)?|fecha de nacimiento|\bf\. ?nac\.?|\bnaci[óo](?: el)?)\s*[:#-]?\s*$/u;

const MESSAGE = 'This looks like a date';
const WHY = "A date tied to someone's care — a visit, an admission, a birth — helps identify them; only the year is safe.";

function monthOk(word: string): boolean {
  const bare = word.replace(/\.$/, '');
  const lower = bare.toLowerCase();
  // "May 5" yes, "may 5" no; an all-lower-case month is fine unless it is also a common word.
  return !(LOWERCASE_WORDS.has(lower) && bare === lower);
}

function validDayMonth(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

interface Candidate {
  start: number;
  end: number;
  score: number;
}

function push(out: Candidate[], start: number, end: number, score: number): void {
  out.push({ start, end, score });
}

/** Extends a date over a weekday before it ("Tue 3/14") and a time after it ("… at 3:15 am"). */
function extend(doc: Doc, c: Candidate): Candidate {
  let { start, end } = c;
  const before = doc.text.slice(Math.max(0, start - 16), start);
  const w = WEEKDAY_BEFORE.exec(before);
  if (w !== null) start -= w[0].length;
  const t = TIME_AFTER.exec(doc.text.slice(end, end + 20));
  if (t !== null) end += t[0].length;
  return { start, end, score: c.score };
}

function detect(doc: Doc): Detection[] {
  const text = doc.text;
  const found: Candidate[] = [];
  let m: RegExpExecArray | null;
  // Every date and time holds a digit.
  if (!doc.hasDigit) return [];
  const month = hasMonth(doc);

  MONTH_DAY.lastIndex = month ? 0 : text.length;
  while ((m = MONTH_DAY.exec(text)) !== null) {
    if (!monthOk(m[1]!)) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (m[3] === undefined && /^\s{0,2}(?:%|percent|mg|kg|lbs?|million|billion|people|patients|cases|deaths)/iu.test(after)) continue;
    push(found, m.index, m.index + m[0].length, m[3] === undefined ? 0.75 : 0.85);
  }
  DAY_MONTH.lastIndex = month ? 0 : text.length;
  while ((m = DAY_MONTH.exec(text)) !== null) {
    if (!monthOk(m[2]!)) continue;
    push(found, m.index, m.index + m[0].length, m[3] === undefined ? 0.75 : 0.85);
  }
  MONTH_YEAR.lastIndex = month ? 0 : text.length;
  while ((m = MONTH_YEAR.exec(text)) !== null) {
    if (!monthOk(m[1]!)) continue;
    push(found, m.index, m.index + m[0].length, 0.65);
  }
  const separated = DIGIT_SEPARATOR_DIGIT.test(text);
  NUMERIC.lastIndex = separated ? 0 : text.length;
  while ((m = NUMERIC.exec(text)) !== null) {
    const a = Number(m[1]!.replace(' ', ''));
    const b = Number(m[3]!.replace(' ', ''));
    const sep = m[2]!;
    const yearDigits = m[4]!.length;
    if (!validDayMonth(b, a) && !validDayMonth(a, b)) continue;
    if (VERSION_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const year = Number(m[4]);
    if (yearDigits === 4 && (year < 1900 || year > 2099)) continue;
    // Dotted two-digit years look like version numbers and IPs: only with a cue.
    let score = 0.8;
    if (yearDigits === 2 && sep === '.') score = hasContext(doc, m.index, m.index + m[0].length, DATE_CUES, 24) ? 0.7 : 0.3;
    push(found, m.index, m.index + m[0].length, score);
  }
  ISO.lastIndex = separated ? 0 : text.length;
  while ((m = ISO.exec(text)) !== null) {
    if (!validDayMonth(Number(m[4]), Number(m[3]))) continue;
    push(found, m.index, m.index + m[0].length, 0.85);
  }
  MONTH_SLASH_DAY.lastIndex = DIGIT_SLASH_DIGIT.test(text) ? 0 : text.length;
  while ((m = MONTH_SLASH_DAY.exec(text)) !== null) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (!validDayMonth(b, a) && !validDayMonth(a, b)) continue;
    const s = m.index;
    const e = s + m[0].length;
    if (/^\s{0,2}(?:of|cup|tsp|tbsp|inch|in\b|mile|lb|oz|dose|tablet|pill)/iu.test(text.slice(e, e + 10))) continue;
    if (VERSION_BEFORE.test(text.slice(Math.max(0, s - 12), s))) continue;
    if ((a === 24 && b === 7) || (a === 24 && b === 365)) continue;
    const weekday = WEEKDAY_BEFORE.test(text.slice(Math.max(0, s - 16), s));
    // "1/4", "2/3": a small fraction is a date only right after a weekday or "on".
    const fraction = a < b && b <= 8;
    const cue = weekday || (fraction ? /(?:^|\s)(?:on|el)\s{1,2}$/iu.test(text.slice(Math.max(0, s - 6), s)) : hasContext(doc, s, e, DATE_CUES, 20));
    push(found, s, e, cue ? 0.7 : 0.3);
  }
  ORDINAL_DAY.lastIndex = hasOrdinalCue(doc) && (ORDINAL.test(text) || hasDia(doc)) ? 0 : text.length;
  while ((m = ORDINAL_DAY.exec(text)) !== null) {
    const e = m.index + m[0].length;
    const hasSuffix = /[a-z]$/iu.test(m[1]!);
    const bare = m[0].toLowerCase();
    // "on the 12th" — the plain number needs "el día" ("el día 12") to be a day.
    if (!hasSuffix && !bare.startsWith('el d')) continue;
    if (!DAY_ENDS_AFTER.test(text.slice(e, e + 24))) continue;
    push(found, m.index, e, 0.6);
  }
  TIME.lastIndex = TIME_SHAPE.test(text) ? 0 : text.length;
  while ((m = TIME.exec(text)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    if (/^\s?\/\s?7/u.test(text.slice(e, e + 4))) continue;
    const cue = hasContext(doc, s, e, TIME_CUES, 60);
    if (!cue) continue;
    push(found, s, e, 0.6);
  }

  // Keep the longest of overlapping candidates, then grow it over a weekday or a time.
  found.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: Detection[] = [];
  let last: Candidate | undefined;
  const kept: Candidate[] = [];
  for (const c of found) {
    if (c.score < 0.5) continue;
    if (last !== undefined && c.start < last.end) {
      if (c.end > last.end) {
        last.end = c.end;
        last.score = Math.max(last.score, c.score);
      } else {
        last.score = Math.max(last.score, c.score);
      }
      continue;
    }
    last = { ...c };
    kept.push(last);
  }
  for (const k of kept) {
    const c = extend(doc, k);
    out.push({
      ruleId: ID,
      category: 'date',
      start: c.start,
      end: c.end,
      score: c.score,
      // A date of birth belongs to one person whatever surrounds it.
      strength: BIRTH_LABEL.test(doc.lower.slice(Math.max(0, c.start - 24), c.start)) ? 'direct' : 'quasi',
      owner: undefined,
      message: MESSAGE,
      why: WHY,
      replacement: 'recently',
    });
  }
  return out;
}

const recognizer: Recognizer = { id: ID, detect };
export default recognizer;
