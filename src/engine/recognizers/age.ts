/**
 * Ages over 89, in English and Spanish: "92-year-old", "age 95", "she is 90", "turned 100",
 * "nonagenarian", "cumplió 95 años", "de 93 años". Safe Harbor groups every age from 90 up as
 * "90 or older" because so few people are that old; ages up to 89 are not identifiers and are
 * never reported.
 */
import type { Doc } from '../doc.js';
import type { Detection, Recognizer } from '../recognizer.js';
import { lowerIncludesAny, wordTest } from '../regex.js';

const ID = 'phi/age';
const OLDEST = 125;

const L = '(?<![\\p{L}\\p{N}$.,#])';
// What may follow an age given as a bare number ("she is 90." / "turned 100 last week"), so that
// "she is 90 percent sure" or "turned 100 pages" stay clean.
const AFTER_BARE = '(?=\\s{0,2}(?:$|[.,;:!?)\\n]|(?:and|years?|yrs?|this|today|yesterday|tomorrow|recently|now|last|next|in|on|with|but|when|y|años|hoy|ayer|este|esta|el|la|en|con|pero|cuando)(?![\\p{L}])))';

type Span = 'number' | 'tail' | 'all';

interface Form {
  readonly regex: RegExp;
  readonly score: number;
  /**
   * Which part to report: the number alone (so "90 or older" reads well in its place), the number
   * and what follows it ("95 años" in "cumplió 95 años"), or the whole match.
   */
  readonly span: Span;
  /** Replacement for the reported span, when one reads well. */
  readonly replacement?: string;
  /** Group holding the number; 0 when the form is a word with no number. */
  readonly group: number;
  /** False when the draft lacks what every match needs: its words (regex.ts wordTest), a digit. */
  readonly possible: (doc: Doc) => boolean;
}

const hasIn = wordTest('in');
const hasNineties = wordTest('nineties');

/** A form with a number in digits and one of `words`. */
function digitsAnd(...words: readonly string[]): (doc: Doc) => boolean {
  const test = wordTest(...words);
  return (doc) => doc.hasDigit && test(doc);
}

const WORD_90 = '(?:ninety(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one hundred(?:(?: and)? (?:one|two|three|four|five))?|a hundred)';
const WORD_90_ES = '(?:noventa(?: y (?:un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve))?|cien|ciento (?:un|uno|una|dos|tres|cuatro|cinco))';

// Matched on the lower-cased text.
const FORMS: readonly Form[] = [
  // "92 years old", "92 years of age": the number and unit together read as "90 or older".
  { regex: new RegExp(`${L}(\\d{2,3})\\s{1,2}(?:years?|yrs?)\\s{1,2}(?:old|of age)(?![\\p{L}-])`, 'gu'), score: 0.85, span: 'all', replacement: '90 or older', group: 1, possible: digitsAnd('year', 'years', 'yr', 'yrs') },
  // "92-year-old", "92 yr old", "92yo", "92 y/o", "92 y.o."
  { regex: new RegExp(`${L}(\\d{2,3})(?:\\s?-\\s?|\\s)?(?:years?|yrs?|yr|y)(?:\\s?-\\s?|\\s)(?:old)(?![\\p{L}])`, 'gu'), score: 0.85, span: 'all', group: 1, possible: digitsAnd('old') },
  { regex: new RegExp(`${L}(\\d{2,3})\\s?(?:yo|y\\.o\\.?|y/o|yof|yom)(?![\\p{L}\\p{N}])`, 'gu'), score: 0.8, span: 'all', group: 1, possible: digitsAnd('y', 'yo', 'yof', 'yom') },
  // "age 95", "aged 101", "at the age of 92", "edad de 95"
  { regex: new RegExp(`(?<![\\p{L}])(?:age|aged|ages|at age|at the age of|edad|edad de|a la edad de|con edad de)\\s{0,2}[:=]?\\s{0,2}(\\d{2,3})(?!\\s{0,2}(?:%|percent|mg|kg|lbs?|units?|ml|min|minutes?|hours?|days?|weeks?|months?|-\\d|\\d))(?![\\p{N}])`, 'gu'), score: 0.8, span: 'number', replacement: '90 or older', group: 1, possible: digitsAnd('age', 'aged', 'ages', 'edad') },
  // Spanish: "de 93 años", "tiene 95 años", "cumplió 95 años", "95 años de edad"
  { regex: new RegExp(`(?<![\\p{L}])(?:de|tiene|tenía|tenia|cumplió|cumplio|cumple|cumplirá|con)\\s{1,2}(\\d{2,3})\\s{1,2}años(?![\\p{L}])`, 'gu'), score: 0.8, span: 'tail', replacement: '90 años o más', group: 1, possible: digitsAnd('años') },
  { regex: new RegExp(`${L}(\\d{2,3})\\s{1,2}años\\s{1,2}de\\s{1,2}edad(?![\\p{L}])`, 'gu'), score: 0.85, span: 'all', replacement: '90 años o más', group: 1, possible: digitsAnd('años') },
  // "she is 90", "who turned 100", "mom just turned 93"
  { regex: new RegExp(`(?<![\\p{L}])(?:he|she|they|who|patient|pt|mom|dad|mother|father|grandma|grandpa|grandmother|grandfather|nana|wife|husband|woman|man|lady|gentleman|aunt|uncle)(?:'s|\\s{1,2}(?:is|was|is now|was now|turned|turns|will turn|just turned|is turning|will be))\\s{1,2}(\\d{2,3})${AFTER_BARE}`, 'gu'), score: 0.7, span: 'number', replacement: '90 or older', group: 1, possible: digitsAnd('he', 'she', 'they', 'who', 'patient', 'pt', 'mom', 'dad', 'mother', 'father', 'grandma', 'grandpa', 'grandmother', 'grandfather', 'nana', 'wife', 'husband', 'woman', 'man', 'lady', 'gentleman', 'aunt', 'uncle') },
  { regex: new RegExp(`(?<![\\p{L}])(?:turned|turns|turning|cumplió|cumple|cumplirá|cumplio|cumplira)\\s{1,2}(\\d{2,3})${AFTER_BARE}`, 'gu'), score: 0.7, span: 'number', replacement: '90 or older', group: 1, possible: digitsAnd('turned', 'turns', 'turning', 'cumplió', 'cumple', 'cumplirá', 'cumplio', 'cumplira') },
  // "her 95th birthday", "su cumpleaños 100"
  { regex: new RegExp(`${L}(\\d{2,3})(?:st|nd|rd|th)\\s{1,2}birthday(?![\\p{L}])`, 'gu'), score: 0.8, span: 'all', group: 1, possible: digitsAnd('birthday') },
  // Words: "ninety-two-year-old", "one hundred years old", "de noventa años"
  { regex: new RegExp(`(?<![\\p{L}])${WORD_90}(?:[\\s-](?:years?|yrs?)[\\s-]old|\\s(?:years?)\\sof\\sage)(?![\\p{L}])`, 'gu'), score: 0.8, span: 'all', group: 0, possible: wordTest('ninety', 'hundred') },
  { regex: new RegExp(`(?<![\\p{L}])(?:de|tiene|tenía|cumplió|cumple)\\s${WORD_90_ES}\\saños(?![\\p{L}])`, 'gu'), score: 0.75, span: 'all', group: 0, possible: wordTest('años') },
  { regex: /(?<![\p{L}])(?:super)?(?:nonagenarian|centenarian)s?(?![\p{L}])/gu, score: 0.8, span: 'all', group: 0, possible: (doc) => lowerIncludesAny(doc, ['nonagenarian', 'centenarian']) },
  { regex: /(?<![\p{L}])(?:nonagenari[oa]s?|centenaria|centenarias|centenarios?(?!\s{1,2}(?:de|del)(?![\p{L}])))(?![\p{L}])/gu, score: 0.7, span: 'all', group: 0, possible: (doc) => lowerIncludesAny(doc, ['nonagenari', 'centenari']) },
  // "in her 90s", "in his nineties", "en sus noventa"
  { regex: /(?<![\p{L}])in\s{1,2}(?:his|her|their|my|our)\s{1,2}(?:late\s{1,2}|early\s{1,2}|mid[\s-]{0,2})?(?:90s|90's|nineties|100s)(?![\p{L}])/gu, score: 0.75, span: 'all', group: 0, possible: (doc) => hasIn(doc) && (doc.hasDigit || hasNineties(doc)) },
  { regex: /(?<![\p{L}])en\s{1,2}sus\s{1,2}noventa(?:s|\s{1,2}y\s{1,2}tantos)?(?![\p{L}])/gu, score: 0.7, span: 'all', group: 0, possible: wordTest('sus') },
];

// Spanish "centenario" is also an anniversary ("el centenario del hospital"); the person reading
// needs an article for a person or a noun of person before it.
const CENTENARIO_PERSON = /(?:un|una|el|la|los|las|paciente|señor|señora|hombre|mujer|abuelo|abuela)\s{1,2}$/u;

const MESSAGE = 'This is an age over 89';
const WHY = 'Ages over 89 are rare enough to help identify someone; privacy rules group them as “90 or older”.';

/**
 * Whether some two or three digits in a row read as a number from 90 to OLDEST ("90", "101",
 * "095"): a form with a number reports nothing without one, and most drafts' digits (a link's,
 * a year, a count) have none.
 */
function holdsAgeNumber(text: string): boolean {
  let run = 0;
  // The last three digits read, as numbers of one, two and three digits.
  let one = 0;
  let two = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) {
      run = 0;
      continue;
    }
    const d = c - 48;
    const three = two * 10 + d;
    two = one * 10 + d;
    one = d;
    run++;
    if ((run >= 2 && two >= 90) || (run >= 3 && three >= 90 && three <= OLDEST)) return true;
  }
  return false;
}

function detect(doc: Doc): Detection[] {
  const lower = doc.lower;
  const out: Detection[] = [];
  let claimed: Uint8Array | undefined;
  let ageNumber: boolean | undefined;
  let m: RegExpExecArray | null;
  for (const form of FORMS) {
    if (!form.possible(doc)) continue;
    if (form.group > 0 && !(ageNumber ??= holdsAgeNumber(lower))) continue;
    form.regex.lastIndex = 0;
    while ((m = form.regex.exec(lower)) !== null) {
      if (form.group > 0) {
        const n = Number(m[form.group]);
        if (!(n >= 90 && n <= OLDEST)) continue;
      } else if (m[0].startsWith('centenari') && !m[0].startsWith('centenaria')) {
        if (!CENTENARIO_PERSON.test(lower.slice(Math.max(0, m.index - 12), m.index))) continue;
      }
      let start = m.index;
      let end = m.index + m[0].length;
      if (form.span !== 'all') {
        const num = m[form.group]!;
        start = m.index + m[0].lastIndexOf(num);
        if (form.span === 'number') end = start + num.length;
      }
      claimed ??= new Uint8Array(lower.length);
      let free = true;
      for (let i = start; i < end; i++) if (claimed[i] === 1) free = false;
      if (!free) continue;
      claimed.fill(1, start, end);
      out.push({
        ruleId: ID,
        category: 'age',
        start,
        end,
        score: form.score,
        strength: 'quasi',
        owner: undefined,
        message: MESSAGE,
        why: WHY,
        replacement: form.replacement,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const recognizer: Recognizer = { id: ID, detect };
export default recognizer;
