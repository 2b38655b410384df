/**
 * Screen readers read a run-together lower-case hashtag as one long word ("#fluseason"); camel
 * case lets them say each word (#FluSeason). University of Michigan Engineering's accessibility
 * guidance, privacy-rules-research.md §4 "Accessibility". `info`: a courtesy, not a risk.
 *
 * Splitting uses the engine's everyday-word lexicon (SCOWL 10–20 plus Spanish, shared with the
 * name recognizer: src/engine/lexicon.ts) and a shortest-segmentation search. A tag is flagged
 * only when every part is a known word, so an unknown brand or acronym is left alone; words the
 * lexicon knows whole stay whole.
 */
import { HASHTAG_EXTRA_WORDS } from '../data/hashtag-extra-words.js';
import { commonWords } from '../lexicon.js';
import type { Doc } from '../doc.js';
import type { Risk } from '../pipeline.js';
import type { Finding } from '../types.js';

const EXTRA: ReadonlySet<string> = new Set(HASHTAG_EXTRA_WORDS.split(/\s+/).filter(Boolean));
// The lexicon is a Bloom filter: about 1 in 100 strings it never saw answers "yes". A long
// run of letters is then far likelier a false yes than a real word, so long words must be listed.
const LONGEST_FROM_LEXICON = 13;
const WORDS = { has: (w: string): boolean => EXTRA.has(w) || (w.length <= LONGEST_FROM_LEXICON && commonWords.has(w)) };

// Two-letter words are only accepted from this list: other pairs of letters split too much.
const SHORT: ReadonlySet<string> = new Set(
  'my to of in on at is it we us be go do no by or an up me so de el la en tu su mi es un al lo se ya'.split(' '),
);

// Endings that are words on their own but, after another word, are almost always a suffix
// ("accident+al", "account+able").
const SUFFIXES: ReadonlySet<string> = new Set(
  'al or able ible less ness ful ment ments ship ships an en man men ate ates ant ent age ages ly ist ism ous ive ion ions ity do dad mente'.split(' '),
);

const MAX_WORD = 24;
const MAX_TAG = 60;

function known(w: string): boolean {
  if (w.length <= 2) return SHORT.has(w);
  if (WORDS.has(w)) return true;
  // Regular plurals and verb forms of a listed word.
  if (w.length > 3 && w.endsWith('s') && WORDS.has(w.slice(0, -1))) return true;
  if (w.length > 4 && w.endsWith('es') && WORDS.has(w.slice(0, -2))) return true;
  if (w.length > 5 && w.endsWith('ing') && (WORDS.has(w.slice(0, -3)) || WORDS.has(`${w.slice(0, -3)}e`))) return true;
  if (w.length > 4 && w.endsWith('ed') && (WORDS.has(w.slice(0, -2)) || WORDS.has(w.slice(0, -1)))) return true;
  return false;
}

const DIGITS = /^\d+$/;

/**
 * The fewest known words that spell `tag` exactly (digits count as one word), or undefined.
 * Dynamic programming over end positions: O(length × MAX_WORD).
 */
export function segmentHashtag(tag: string): string[] | undefined {
  const n = tag.length;
  if (n === 0 || n > MAX_TAG) return undefined;
  const best: (string[] | undefined)[] = new Array<string[] | undefined>(n + 1).fill(undefined);
  best[0] = [];
  for (let i = 1; i <= n; i++) {
    for (let j = Math.max(0, i - MAX_WORD); j < i; j++) {
      const before = best[j];
      if (before === undefined) continue;
      const w = tag.slice(j, i);
      if (j > 0 && SUFFIXES.has(w)) continue;
      // "a" only inside a tag (#WearAMask), never as its first or last word.
      const ok = known(w) || DIGITS.test(w) || (w === 'a' && j > 0 && i < n);
      if (!ok) continue;
      const current = best[i];
      if (current === undefined || before.length + 1 < current.length) best[i] = [...before, w];
    }
  }
  return best[n];
}

// Tags repeat across drafts (#flu, #health) and splitting one is a search: answers are kept.
const camelAnswers = new Map<string, string | null>();

/** "fluseason" → "FluSeason", or undefined when the tag is one word or cannot be split. */
export function camelCaseHashtag(tag: string): string | undefined {
  const cached = camelAnswers.get(tag);
  if (cached !== undefined) return cached ?? undefined;
  const answer = splitTag(tag);
  if (camelAnswers.size > 5000) camelAnswers.clear();
  camelAnswers.set(tag, answer ?? null);
  return answer;
}

function splitTag(tag: string): string | undefined {
  if (tag !== tag.toLowerCase() || !/\p{L}/u.test(tag) || known(tag)) return undefined;
  const parts = segmentHashtag(tag);
  if (parts === undefined || parts.length < 2) return undefined;
  return parts.map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join('');
}

// A hashtag starts a word; '#' inside a URL or after a letter is not one.
const HASHTAG = /(?<=^|[\s([{"'.,;:!?¡¿])#([\p{L}\p{M}\p{N}]{1,100})(?![\p{L}\p{M}\p{N}_])/gu;

function check(doc: Doc): Finding[] {
  const out: Finding[] = [];
  // Every match starts at a '#': the scan starts at the first one.
  const at = doc.text.indexOf('#');
  if (at < 0) return out;
  HASHTAG.lastIndex = at;
  let m: RegExpExecArray | null;
  while ((m = HASHTAG.exec(doc.text)) !== null && out.length < 50) {
    const tag = m[1]!;
    const camel = camelCaseHashtag(tag);
    if (camel === undefined) continue;
    const start = m.index + 1;
    const end = start + tag.length;
    out.push({
      ruleId: 'voice/hashtag-case',
      category: 'accessibility',
      severity: 'info',
      span: { start: m.index, end },
      message: 'Capitalize each word of this hashtag',
      why: 'Screen readers read a lower-case hashtag as one long word; a capital at each word lets them say the words.',
      // The label stays generic (no draft text); the edit carries the new spelling.
      suggestions: [{ label: 'Capitalize each word', edits: [{ start, end, replacement: camel }] }],
    });
  }
  return out;
}

const risk: Risk = { id: 'voice/hashtag-case', check: ({ doc }) => check(doc) };
export default risk;
