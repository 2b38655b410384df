/**
 * Everything the popup asks of the browser, behind one interface so the components can be tested
 * with a stand-in: which tab it is about, that tab's composer (from the tab's own content
 * script), the practice policy (read-only), and the clipboard.
 */
import browser from 'webextension-polyfill';
import { observeMessages, sendToTab, type ApplyResponse, type StateResponse } from '../shared/messages.js';
import { getEffectivePolicy, type EffectivePolicy } from '../shared/policy-store.js';

/** Pages CareTweet's content script runs on (manifest.json content_scripts.matches). */
const X_HOSTS = new Set(['x.com', 'twitter.com', 'mobile.x.com', 'mobile.twitter.com']);

export interface TargetTab {
  readonly id: number;
  /**
   * Known only where the browser tells the extension (Firefox always; Chrome when the tab's
   * site is one the extension may access). Unknown is not "not X".
   */
  readonly isX: boolean | undefined;
}

export interface PopupClient {
  /** The tab the popup is about: `?tab=<id>`, else the active tab of the popup's window. */
  target(): Promise<TargetTab | null>;
  getState(tabId: number): Promise<StateResponse>;
  select(tabId: number, composerId: string, start: number, end: number): Promise<boolean>;
  apply(tabId: number, composerId: string | null, text: string): Promise<ApplyResponse>;
  policy(): Promise<EffectivePolicy>;
  copy(text: string): Promise<boolean>;
  /** Calls `listener` when tab `tabId`'s content script reports a change (its badge summary). */
  onTabChange(tabId: number, listener: () => void, signal: AbortSignal): void;
}

/** The tab id in `?tab=<id>` (popup.html opened next to a page, as the end-to-end tests do). */
export function tabParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  return Number(raw);
}

export function isXUrl(url: string | undefined): boolean | undefined {
  if (url === undefined || url.length === 0) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && X_HOSTS.has(u.hostname);
  } catch {
    return undefined;
  }
}

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older engines, or a document without focus: the selection-and-copy way.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

export function browserClient(search: string = location.search): PopupClient {
  return {
    async target() {
      const param = tabParam(search);
      if (param !== null) {
        const tab = await browser.tabs.get(param).catch(() => undefined);
        return tab === undefined ? null : { id: param, isX: isXUrl(tab.url) };
      }
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      return tab?.id === undefined ? null : { id: tab.id, isX: isXUrl(tab.url) };
    },
    getState: (tabId) => sendToTab(tabId, { type: 'ct:get-state' }),
    async select(tabId, composerId, start, end) {
      return (await sendToTab(tabId, { type: 'ct:select', composerId, start, end })).ok;
    },
    apply: (tabId, composerId, text) => sendToTab(tabId, { type: 'ct:apply', composerId, text }),
    policy: getEffectivePolicy,
    copy: copyText,
    onTabChange(tabId, listener, signal) {
      observeMessages(['ct:summary'], (_m, sender) => {
        if (sender.tab?.id === tabId) listener();
      }, signal);
    },
  };
}
