/**
 * When the extension is updated or reloaded, the copy of the content script already in the page
 * loses its extension ("Extension context invalidated"). It must take everything it drew with it
 * rather than leave stale underlines and a dead post guard on X.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expected, RISKY } from './expected.js';
import { editor, launch, modelText, overlay, overlayInfo, posted, type Harness } from './harness.js';

let hx: Harness;
beforeAll(async () => {
  hx = await launch();
});
afterAll(async () => {
  expect(hx.leaks).toEqual([]);
  await hx.close();
});

describe('extension context invalidated', () => {
  it('removes overlays and highlights, and stops guarding, once the extension reloads', async () => {
    const page = await hx.open('https://x.com/home');
    await editor(page).click();
    await page.keyboard.type(RISKY);
    await expect.poll(async () => (await overlayInfo(overlay(page))).findings).toBe(expected(RISKY).findings.length);
    expect(await page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);

    const gone = new Promise<void>((resolve) => hx.worker.once('close', () => resolve()));
    await hx.worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
    await gone;
    await page.waitForTimeout(500);

    // The next keystroke finds the extension gone and tears down.
    await editor(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ok');
    await expect.poll(() => modelText(page)).toBe(`${RISKY} ok`);
    await expect.poll(() => page.locator('caretweet-overlay').count()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('style[data-caretweet]').length)).toBe(0);
    // X keeps working on its own: the post goes out without the old guard in the way.
    await page.locator('[data-testid="tweetButtonInline"]').click();
    await expect.poll(() => posted(page)).toEqual([{ button: 'tweetButtonInline', texts: [`${RISKY} ok`] }]);
    await page.close();
  });
});
