/**
 * The overlay's strings that are localized (English and Spanish), from public/_locales via
 * browser.i18n, under keys prefixed `overlay_`. A key with no message shows the key itself, so a
 * missing translation is visible, not blank (as in the popup and the options page).
 */
import browser from 'webextension-polyfill';

export function t(key: `overlay_${string}`, ...substitutions: (string | number)[]): string {
  let message = '';
  try {
    message = browser.i18n.getMessage(key, substitutions.map(String));
  } catch {
    // The extension context is gone (updated or reloaded): the script is being torn down anyway.
    message = '';
  }
  return message.length > 0 ? message : key;
}
