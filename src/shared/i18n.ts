/**
 * Strings of the extension's own pages and overlay, from public/_locales via browser.i18n
 * (English and Spanish). A key with no message shows the key itself, so a missing translation is
 * visible, not blank.
 */
import browser from 'webextension-polyfill';

export function t(key: string, ...substitutions: (string | number)[]): string {
  let message = '';
  try {
    message = browser.i18n.getMessage(key, substitutions.map(String));
  } catch {
    // No extension context (updated or reloaded, or a test): fall back to the key.
    message = '';
  }
  return message.length > 0 ? message : key;
}

/** The UI language ("es-419", "en-US"), for the page's lang and number formatting. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return 'en';
  }
}
