/** The overlay's localized strings: keys prefixed overlay_ in public/_locales. */
import { t as message } from '../../shared/i18n.js';

export function t(key: `overlay_${string}`, ...substitutions: (string | number)[]): string {
  return message(key, ...substitutions);
}
