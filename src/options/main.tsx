import { render } from 'preact';
import { App } from './app.js';
import { t, uiLanguage } from './i18n.js';

document.documentElement.lang = uiLanguage().split('-')[0] ?? 'en';
document.title = t('options_title');
render(<App />, document.getElementById('app')!);
