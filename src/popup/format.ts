/** X's count as the popup shows it: "143/280 · 137 left", or "290/280 · 10 over". */
import { t } from './i18n.js';

export function countText(weightedLength: number, limit: number): string {
  const left = limit - weightedLength;
  return left >= 0 ? t('popup_count', weightedLength, limit, left) : t('popup_count_over', weightedLength, limit, -left);
}

/**
 * Timing marks for `npm run bench` (scripts/bench/popup.ts): the first time the status and the
 * first time a real count were on screen. Durations only; nothing of the draft.
 */
const marked = new Set<string>();
export function markOnce(name: 'caretweet:popup-status' | 'caretweet:popup-count'): void {
  if (marked.has(name)) return;
  marked.add(name);
  try {
    performance.mark(name);
  } catch {
    /* no performance timeline: only a bench sample is lost */
  }
}
