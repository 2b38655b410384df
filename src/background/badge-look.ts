/**
 * What the toolbar badge shows for a tab's summary. Pure, so the end-to-end tests and the unit
 * tests can import it without the extension APIs.
 */
import type { Summary } from '../shared/messages.js';

export interface BadgeLook {
  readonly text: string;
  /** Background and text colour; null when the badge is empty. */
  readonly color: string | null;
  readonly textColor: string | null;
  /** The toolbar button's tooltip, read out by screen readers. */
  readonly title: string;
}

/**
 * Colours: white on #b3261e is 6.5:1 and #1f1300 on #f2b705 is 10:1 (WCAG AA needs 4.5:1); the
 * amber needs dark text, which Chrome only allows from version 110 (setBadgeTextColor).
 */
export const BADGE_COLORS = {
  error: { color: '#b3261e', textColor: '#ffffff' },
  warning: { color: '#f2b705', textColor: '#1f1300' },
} as const;

/** More than 99 would not fit the badge (four characters at most, two read well). */
const MAX_SHOWN = 99;

export type Translate = (key: string, ...subs: string[]) => string;

export function badgeFor(summary: Summary, t: Translate): BadgeLook {
  const { problems, top } = summary;
  if (problems === 0 || (top !== 'error' && top !== 'warning')) {
    return { text: '', color: null, textColor: null, title: t('badge_title_clean') };
  }
  const look = BADGE_COLORS[top];
  const text = problems > MAX_SHOWN ? `${MAX_SHOWN}+` : String(problems);
  const title = top === 'error' ? t('badge_title_errors', String(problems)) : t('badge_title_warnings', String(problems));
  return { text, color: look.color, textColor: look.textColor, title };
}
