// Background service worker. Holds no draft text; see src/shared/messages.ts for what it receives.
import browser from 'webextension-polyfill';

browser.runtime.onInstalled.addListener(() => {
  /* nothing to set up yet */
});
