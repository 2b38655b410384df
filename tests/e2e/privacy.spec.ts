/**
 * No request leaves the extension. Every spec routes all of the browser's traffic and fails on
 * anything but the fixture; this one also drives the extension's own pages and checks that
 * nothing the user typed reaches the extension's storage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RISKY } from './expected.js';
import { editor, launch, modelText, overlay, overlayInfo, type Harness } from './harness.js';

let hx: Harness;
beforeAll(async () => {
  hx = await launch();
});
afterAll(async () => {
  await hx.close();
});

describe('privacy', () => {
  it('makes no network request from the page, the content script, the worker or the popup', async () => {
    const page = await hx.open('https://x.com/home');
    await editor(page).click();
    await page.keyboard.type(RISKY);
    await expect.poll(() => modelText(page)).toBe(RISKY);
    await expect.poll(async () => (await overlayInfo(overlay(page))).findings).toBeGreaterThan(0);
    await page.locator('[data-testid="tweetButtonInline"]').click();
    const popup = await hx.context.newPage();
    await popup.goto(`chrome-extension://${hx.extensionId}/src/popup/popup.html`);
    await popup.waitForLoadState('load');
    await popup.waitForTimeout(500);
    expect(hx.leaks).toEqual([]);
    const stored = JSON.stringify(
      await hx.worker.evaluate(async () => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<unknown> } } } }).chrome.storage.local.get(null)),
    );
    expect(stored).not.toContain('John');
    expect(stored).not.toContain('123-45-6789');
    expect(stored).not.toContain('Our patient');
    await popup.close();
    await page.close();
  });

  it('keeps draft text out of the console', async () => {
    const page = await hx.context.newPage();
    const lines: string[] = [];
    page.on('console', (m) => lines.push(m.text()));
    await page.goto('https://x.com/home');
    await editor(page).click();
    await page.keyboard.type(RISKY);
    await expect.poll(async () => (await overlayInfo(overlay(page))).findings).toBeGreaterThan(0);
    expect(lines.filter((l) => l.includes('John') || l.includes('patient'))).toEqual([]);
    await page.close();
  });
});
