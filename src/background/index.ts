// Background service worker: keeps the toolbar badge in step with the composer of each tab. It
// receives counts only (src/shared/messages.ts) and stores nothing.
import { installBadge } from './badge.js';

installBadge(new AbortController().signal);
