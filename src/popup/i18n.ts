// The popup's strings: keys prefixed popup_ and badge_ in public/_locales.
export { t, uiLanguage } from '../shared/i18n.js';
