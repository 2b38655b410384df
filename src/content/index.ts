// Content script entry (x.com, twitter.com): watches X's composers and checks drafts as they are
// typed. The engine itself is loaded on first use (see engine-loader.ts).
import { startContent } from './app.js';
import { installMessaging } from './messaging.js';

// Messaging lives exactly as long as the composer watcher it reports on.
installMessaging(startContent(window).signal);
