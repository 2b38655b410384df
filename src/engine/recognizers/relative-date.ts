/**
 * Relative dates in English and Spanish: "yesterday", "last night", "3 weeks ago", "on Monday",
 * "ayer", "el martes pasado", "hace 3 días". On X every post carries its timestamp, so these
 * turn into exact dates (privacy-rules-research.md §1 C); a moderate score lets the care context
 * decide whether they matter.
 */
import { MONTHS_EN, WEEKDAYS_EN, WEEKDAYS_ES } from '../data/calendar-words.js';
import type { Doc } from '../doc.js';
import type { Detection, Recognizer } from '../recognizer.js';
import { wordTest } from '../regex.js';

const ID = 'phi/relative-date';

const WD_EN = Object.keys(WEEKDAYS_EN).join('|');
const WD_ES = Object.keys(WEEKDAYS_ES).join('|');
const MONTH_FULL_EN = Object.keys(MONTHS_EN).filter((m) => m.length > 4 || m === 'june' || m === 'july').join('|');
const COUNT_EN = '(?:\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|few|several|a couple of|a couple|couple of)';
const COUNT_ES = '(?:\\d{1,3}|un|una|unos|unas|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|pocos|pocas|varios|varias|algunos|algunas)';
const PART_EN = '(?:morning|afternoon|evening|night)';
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';

interface Phrase {
  readonly regex: RegExp;
  readonly score: number;
  /** False when the draft holds none of the words every match needs (see regex.ts wordTest). */
  readonly possible: (doc: Doc) => boolean;
}

const WEEKDAY_WORDS_EN = Object.keys(WEEKDAYS_EN);

// Matched on the lower-cased text. Longer phrases come first so they win over their parts.
const PHRASES: readonly Phrase[] = [
  // English
  { regex: new RegExp(`${L}(?:the day before yesterday|the day after tomorrow|the other day|earlier today|later today|earlier this (?:morning|week|month)|over the weekend|this past (?:week|weekend|month|${WD_EN})|(?:yesterday|tomorrow) ${PART_EN}|last ${PART_EN}|last (?:week|weekend|month)|this (?:morning|afternoon|evening|week|weekend|month)|(?:last|this|next|past|this coming|on) (?:${WD_EN})(?: ${PART_EN})?|(?:last|this past|this|next) (?:${MONTH_FULL_EN})|(?:${WD_EN}) ${PART_EN}|${COUNT_EN} (?:hours?|hrs?|days?|weeks?|wks?|months?|mos?) ago|(?:a|one|an) (?:hour|day|week|month) ago)${R}`, 'gu'), score: 0.65,
    possible: wordTest('day', 'today', 'morning', 'week', 'month', 'weekend', 'past', 'yesterday', 'tomorrow', 'last', 'afternoon', 'evening', 'ago', ...WEEKDAY_WORDS_EN, ...MONTH_FULL_EN.split('|')) },
  { regex: new RegExp(`${L}(?:yesterday|last night|tonight|overnight)${R}`, 'gu'), score: 0.65, possible: wordTest('yesterday', 'night', 'tonight', 'overnight') },
  { regex: new RegExp(`${L}(?:today|tomorrow|tmrw|tmw)${R}`, 'gu'), score: 0.55, possible: wordTest('today', 'tomorrow', 'tmrw', 'tmw') },
  // Spanish
  { regex: new RegExp(`${L}(?:el otro día|la semana pasada|el mes pasado|el fin de semana(?: pasado)?|este fin de semana|esta (?:mañana|tarde|noche|semana)|este mes|(?:ayer|hoy|mañana) (?:por la |en la )?(?:mañana|tarde|noche)|(?:el|este) (?:pasado |próximo )?(?:${WD_ES})(?: pasado| próximo| que viene)?|hace ${COUNT_ES} (?:horas?|días?|dias|semanas?|meses|mes)|la noche anterior|anteanoche)${R}`, 'gu'), score: 0.65,
    possible: wordTest('otro', 'semana', 'mes', 'fin', 'esta', 'tarde', 'noche', 'mañana', 'hace', 'anteanoche', ...Object.keys(WEEKDAYS_ES)) },
  { regex: new RegExp(`${L}(?:ayer|anteayer|antier|anoche)${R}`, 'gu'), score: 0.65, possible: wordTest('ayer', 'anteayer', 'antier', 'anoche') },
  { regex: new RegExp(`${L}(?:hoy)${R}(?! (?:en )?d[ií]a)`, 'gu'), score: 0.55, possible: wordTest('hoy') },
];

// "mañana" alone is tomorrow; after an article it is "the morning".
const MANANA = /(?<![\p{L}\p{N}])mañana(?![\p{L}\p{N}])/gu;
const MANANA_ARTICLE = /(?:la|las|una|cada|esta|por|de|en)\s{1,2}$/u;
// A weekday on its own still dates the post: "Monday she came in".
const BARE_WEEKDAY = new RegExp(`${L}(?:${WD_EN})${R}`, 'gu');
const hasWeekday = wordTest(...WEEKDAY_WORDS_EN);

const MESSAGE = 'This is a relative date';
const WHY = 'With the post’s timestamp, “yesterday” or “last Tuesday” becomes an exact date tied to someone’s care.';

function detection(start: number, end: number, score: number): Detection {
  return {
    ruleId: ID,
    category: 'date',
    start,
    end,
    score,
    strength: 'quasi',
    owner: undefined,
    message: MESSAGE,
    why: WHY,
    replacement: 'recently',
  };
}

/**
 * The matches kept so far. A mask of claimed characters keeps the overlap test proportional to
 * the match, not to the number of earlier matches; it is made at the first match, as most drafts
 * have none.
 */
class Taken {
  readonly list: { start: number; end: number; score: number }[] = [];
  private claimed: Uint8Array | undefined;

  constructor(private readonly length: number) {}

  overlaps(s: number, e: number): boolean {
    const claimed = this.claimed;
    if (claimed === undefined) return false;
    for (let i = s; i < e; i++) if (claimed[i] === 1) return true;
    return false;
  }

  take(s: number, e: number, score: number): void {
    (this.claimed ??= new Uint8Array(this.length)).fill(1, s, e);
    this.list.push({ start: s, end: e, score });
  }
}

function detect(doc: Doc): Detection[] {
  const lower = doc.lower;
  const taken = new Taken(lower.length);
  let m: RegExpExecArray | null;
  for (const p of PHRASES) {
    if (!p.possible(doc)) continue;
    p.regex.lastIndex = 0;
    while ((m = p.regex.exec(lower)) !== null) {
      const s = m.index;
      const e = s + m[0].length;
      // "USA Today", "the Today show" are names, not dates.
      if (m[0] === 'today' && (/usa\s$/u.test(lower.slice(Math.max(0, s - 4), s)) || doc.text.slice(s, e) === 'Today' && /^\s(?:show|programme|program)/u.test(lower.slice(e, e + 10)))) continue;
      if (!taken.overlaps(s, e)) taken.take(s, e, p.score);
    }
  }
  MANANA.lastIndex = !doc.words.ascii && lower.includes('mañana') ? 0 : lower.length;
  while ((m = MANANA.exec(lower)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    if (MANANA_ARTICLE.test(lower.slice(Math.max(0, s - 8), s)) || taken.overlaps(s, e)) continue;
    taken.take(s, e, 0.55);
  }
  BARE_WEEKDAY.lastIndex = hasWeekday(doc) ? 0 : lower.length;
  while ((m = BARE_WEEKDAY.exec(lower)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    // Capitalized, the way a day is written; "monday" in lower case is usually a hashtag word.
    if (taken.overlaps(s, e) || !/^\p{Lu}/u.test(doc.text[s] ?? '')) continue;
    taken.take(s, e, 0.5);
  }
  return taken.list.sort((a, b) => a.start - b.start).map((t) => detection(t.start, t.end, t.score));
}

const recognizer: Recognizer = { id: ID, detect };
export default recognizer;
