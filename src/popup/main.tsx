import { render } from 'preact';
import { browserClient } from './client.js';
import { t, uiLanguage } from './i18n.js';
import { Popup } from './popup.js';

document.documentElement.lang = uiLanguage().split('-')[0] ?? 'en';
document.title = t('popup_title');
render(<Popup client={browserClient()} />, document.getElementById('app')!);
