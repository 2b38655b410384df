// The options page's strings: keys prefixed options_ and policy_ in public/_locales.
export { t, uiLanguage } from '../shared/i18n.js';
