/**
 * The engine writes its findings in English (message, why, suggestion labels). This shows them in
 * the UI's language: each English text has a message in public/_locales under a key derived from
 * the text itself, so the translations cost the x.com bundle nothing but this file. Texts built
 * around a value (a quoted replacement, a count, initials) have one message each, with the value
 * as a substitution. A text with no message (a practice's own watch-term note) is shown as it is.
 */
import { fnv1a } from '../engine/fnv.js';
import { t } from './i18n.js';

/**
 * Texts with a value in them: the pattern, its key, and the substitution. `Usar “…”` is the
 * engine's own Spanish label for a Spanish draft; it is the same button as `Replace with “…”`.
 * The quoted part is what goes into the draft, so it stays as it is.
 */
const DYNAMIC: readonly (readonly [RegExp, string])[] = [
  [/^Replace with “(.+)”$/su, 'ft_replace_with'],
  [/^Usar “(.+)”$/su, 'ft_replace_with'],
  [/^Add “(.+)”$/su, 'ft_add'],
  [/^Your practice watches for “(.+)”$/su, 'ft_watch_term'],
  [/^Over X's limit by (.+)$/su, 'ft_over_limit'],
  [/^(1) character left$/u, 'ft_characters_left_one'],
  [/^(.+) characters left$/su, 'ft_characters_left'],
  [/^X will not post more than (.+) weighted characters; links count as 23 and emoji as 2\.$/su, 'ft_limit_why'],
  [/^This turn's sign-off is missing \((.+)\)$/su, 'ft_signoff_turn'],
];

/** FNV-1a over UTF-16 code units, base 36: short, stable, and the same in the test and the build. */
export function hashText(text: string): string {
  return fnv1a(text).toString(36);
}

/** The message key for an English engine text and its substitutions (fixed texts have none). */
export function findingTextKey(english: string): { readonly key: string; readonly substitutions: readonly string[] } {
  for (const [pattern, key] of DYNAMIC) {
    const m = pattern.exec(english);
    if (m !== null) return { key, substitutions: m.slice(1).map((s) => s ?? '') };
  }
  return { key: `ft_${hashText(english)}`, substitutions: [] };
}

/** `english` (a finding's message or why, or a suggestion's label) in the UI's language. */
export function findingText(english: string): string {
  if (english.length === 0) return english;
  const { key, substitutions } = findingTextKey(english);
  const shown = t(key, ...substitutions);
  return shown === key ? english : shown;
}
