/**
 * The toolbar badge: how many problems (warnings and errors) the focused composer of a tab has,
 * red when one is an error, amber when the worst is a warning, nothing for info alone. Content
 * scripts send counts (src/shared/messages.ts, `ct:summary`); the badge is set per tab and
 * cleared when the tab loads another page. Nothing is stored: a tab's badge lives in the browser's
 * per-tab action state, which goes away with the tab.
 */
import browser from 'webextension-polyfill';
import { handleMessages } from '../shared/messages.js';
import { badgeFor, type BadgeLook, type Translate } from './badge-look.js';

const translate: Translate = (key, ...subs) => {
  try {
    const m = browser.i18n.getMessage(key, subs);
    return m.length > 0 ? m : 'CareTweet';
  } catch {
    return 'CareTweet';
  }
};

/** Sets tab `tabId`'s badge; a tab closed meanwhile rejects, which is not an error here. */
export async function showBadge(tabId: number, look: BadgeLook): Promise<void> {
  const action = browser.action;
  const calls: Promise<void>[] = [action.setBadgeText({ tabId, text: look.text }), action.setTitle({ tabId, title: look.title })];
  if (look.color !== null) calls.push(action.setBadgeBackgroundColor({ tabId, color: look.color }));
  // Chrome 110+ / Firefox: elsewhere the badge keeps its default (white) text.
  if (look.textColor !== null && typeof action.setBadgeTextColor === 'function') calls.push(action.setBadgeTextColor({ tabId, color: look.textColor }));
  await Promise.allSettled(calls);
}

export function clearBadge(tabId: number): Promise<void> {
  return showBadge(tabId, badgeFor({ problems: 0, top: 'ok' }, translate));
}

/**
 * Listens for summaries and navigations until `signal` aborts. Registered synchronously at the
 * worker's start, as MV3 requires for events that wake it.
 */
export function installBadge(signal: AbortSignal): void {
  handleMessages(
    {
      'ct:summary': async (summary, sender) => {
        // Only a content script in a tab has a badge to set; frames other than the top one do not
        // run CareTweet (the manifest does not ask for all_frames).
        const tabId = sender.tab?.id;
        if (tabId === undefined || tabId < 0 || (sender.frameId !== undefined && sender.frameId !== 0)) return null;
        await showBadge(tabId, badgeFor({ problems: summary.problems, top: summary.top }, translate));
        return null;
      },
    },
    signal,
  );
  const onUpdated = (tabId: number, change: browser.Tabs.OnUpdatedChangeInfoType): void => {
    // A page load (or, with the "tabs" permission, any URL change) starts with no composer: the
    // new page's content script sends its own summary once it finds one.
    if (change.status === 'loading' || change.url !== undefined) void clearBadge(tabId);
  };
  browser.tabs.onUpdated.addListener(onUpdated);
  signal.addEventListener('abort', () => browser.tabs.onUpdated.removeListener(onUpdated), { once: true });
}
