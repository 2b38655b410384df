// Content script entry (x.com, twitter.com): watches X's composers and checks drafts as they are
// typed. The engine itself is loaded on first use (see engine-loader.ts).
import { startContent } from './app.js';
import { contentLifetime, installMessaging } from './messaging.js';

startContent(window);
installMessaging(contentLifetime(document));
