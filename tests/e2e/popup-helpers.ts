/**
 * Helpers for driving the popup next to the X fixture: which tab a page is (asked of the
 * extension's service worker, since the test cannot see Chrome's tab ids), the popup opened as
 * `popup.html?tab=<id>`, and the toolbar badge of a tab.
 */
import type { Page } from 'playwright-core';
import type { Harness } from './harness.js';

interface ChromeLike {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
    getTitle(d: { tabId: number }): Promise<string>;
  };
}

/** Chrome's id of `page`'s tab: the page is brought to the front, then the active tab is asked for. */
export async function tabIdOf(hx: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await hx.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id ?? -1;
  });
  if (id < 0) throw new Error('no active tab');
  return id;
}

/** popup.html for tab `tabId`, in a tab of its own. */
export async function openPopup(hx: Harness, tabId: number | null): Promise<Page> {
  const popup = await hx.context.newPage();
  const query = tabId === null ? '' : `?tab=${tabId}`;
  await popup.goto(`chrome-extension://${hx.extensionId}/src/popup/popup.html${query}`);
  return popup;
}

export interface BadgeInfo {
  readonly text: string;
  readonly color: readonly number[];
  readonly title: string;
}

export async function badgeOf(hx: Harness, tabId: number): Promise<BadgeInfo> {
  return hx.worker.evaluate(async (id) => {
    const chrome = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    return {
      text: await chrome.action.getBadgeText({ tabId: id }),
      color: await chrome.action.getBadgeBackgroundColor({ tabId: id }),
      title: await chrome.action.getTitle({ tabId: id }),
    };
  }, tabId);
}

/** The popup's findings as rule id / severity / offsets, in the order shown. */
export async function popupFindings(popup: Page): Promise<{ ruleId: string; severity: string; start: number; end: number }[]> {
  return popup.locator('[data-testid="ct-finding"]').evaluateAll((els) =>
    els.map((el) => ({
      ruleId: el.getAttribute('data-rule-id') ?? '',
      severity: el.getAttribute('data-severity') ?? '',
      start: Number(el.getAttribute('data-start')),
      end: Number(el.getAttribute('data-end')),
    })),
  );
}

/** The text selected in the page: the document selection, or a textarea's selected range. */
export async function selectedText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el instanceof HTMLTextAreaElement) return el.value.slice(el.selectionStart, el.selectionEnd);
    return document.getSelection()?.toString() ?? '';
  });
}
