/**
 * The popup next to the X fixture: popup.html?tab=<id> shows the composer of that tab (status,
 * X's count, findings with rule ids), selects a finding in the page, and "Use generalized reply"
 * puts the engine's generalized reply into the composer — Draft.js's own state and the narrow
 * layout's textarea (React state) — after which the overlay turns clean. The toolbar badge
 * follows the composer's problems and clears on navigation. No request leaves the browser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze, generalize } from '../../src/engine/index.js';
import { defaults } from '../../src/shared/policy.js';
import { BADGE_COLORS } from '../../src/background/badge-look.js';
import { expected } from './expected.js';
import { CONTEXT, RISKY_REPLY, STATUS } from './reply-scenario.js';
import { editor, launch, modelText, overlay, overlayInfo, type Harness } from './harness.js';
import { badgeOf, openPopup, popupFindings, selectedText, tabIdOf } from './popup-helpers.js';

let hx: Harness;
beforeAll(async () => {
  hx = await launch();
});
afterAll(async () => {
  // Nothing from the page, the content script, the worker or the popup went to the network.
  expect(hx.leaks).toEqual([]);
  await hx.close();
});

function hex(rgb: readonly number[]): string {
  return `#${rgb.slice(0, 3).map((n) => n.toString(16).padStart(2, '0')).join('')}`;
}

async function typeReply(layout: 'draft' | 'narrow'): Promise<{ page: Page; tabId: number }> {
  const page = await hx.open(layout === 'narrow' ? `${STATUS}?layout=narrow` : STATUS);
  await editor(page).click();
  await page.keyboard.type(RISKY_REPLY);
  await expect.poll(() => modelText(page, 'reply')).toBe(RISKY_REPLY);
  const want = expected(RISKY_REPLY, CONTEXT);
  await expect.poll(async () => (await overlayInfo(overlay(page))).findings).toBe(want.findings.length);
  return { page, tabId: await tabIdOf(hx, page) };
}

for (const layout of ['draft', 'narrow'] as const) {
  describe(`popup beside a reply (${layout === 'draft' ? 'Draft.js' : 'textarea'})`, () => {
    it('shows status, count and findings, selects a finding, and puts the generalized reply into the composer', async () => {
      const { page, tabId } = await typeReply(layout);
      const want = expected(RISKY_REPLY, CONTEXT);
      expect(want.verdict).toBe('error');
      const problems = want.findings.filter((f) => f.severity !== 'info').length;

      // The badge: the number of problems, red for an error.
      await expect.poll(async () => (await badgeOf(hx, tabId)).text).toBe(String(problems));
      const badge = await badgeOf(hx, tabId);
      expect(hex(badge.color)).toBe(BADGE_COLORS.error.color);
      expect(badge.title).toContain(String(problems));

      const popup = await openPopup(hx, tabId);
      const status = popup.locator('[data-testid="ct-status"]');
      await expect.poll(() => status.getAttribute('data-state')).toBe('detected');
      const count = popup.locator('[data-testid="ct-count"]');
      const w = want.length.weightedLength;
      await expect.poll(() => count.textContent()).toBe(`${w}/280 · ${280 - w} left`);

      // One entry per finding, grouped by severity (errors first), with the engine's rule ids.
      const order = { error: 0, warning: 1, info: 2 } as const;
      const items = want.findings
        .map((f) => ({ ruleId: f.ruleId, severity: f.severity, start: f.span.start, end: f.span.end }))
        .sort((a, b) => order[a.severity] - order[b.severity]);
      await expect.poll(() => popupFindings(popup)).toEqual(items);
      for (const f of want.findings) expect(await popup.locator(`[data-testid="ct-finding"][data-rule-id="${f.ruleId}"]`).count()).toBeGreaterThan(0);
      // Every finding says why.
      const whys = await popup.locator('[data-testid="ct-finding"] .why').allTextContents();
      expect(whys.every((s) => s.length > 10)).toBe(true);

      // "Show in the post" selects exactly the finding's words in the page.
      const first = items[0];
      if (first === undefined) throw new Error('no finding');
      await popup.locator('[data-testid="ct-finding"]').first().locator('[data-testid="ct-select"]').click();
      await expect.poll(() => popup.locator('[data-testid="ct-notice"]').getAttribute('data-kind')).toBe('ok');
      expect(await selectedText(page)).toBe(RISKY_REPLY.slice(first.start, first.end));

      // The generalized reply: the engine's, for this reply's context; its own count.
      const reply = generalize(RISKY_REPLY, { ...CONTEXT, now: Date.now() }, defaults);
      const preview = popup.locator('[data-testid="ct-generalized"]');
      await expect.poll(() => preview.textContent()).toBe(reply.text);
      expect(await popup.locator('[data-testid="ct-generalized-count"]').textContent()).toBe(`${reply.weightedLength}/280 · ${280 - reply.weightedLength} left`);

      // Keyboard: the button is reachable and pressed with Enter.
      const use = popup.locator('[data-testid="ct-generalize"]');
      await use.focus();
      await popup.keyboard.press('Enter');
      const notice = popup.locator('[data-testid="ct-notice"][data-for="apply"]');
      await expect.poll(() => notice.getAttribute('data-kind')).toBe('ok');

      // The editor's own state holds the reply; the overlay, the popup and the badge turn clean.
      await expect.poll(() => modelText(page, 'reply')).toBe(reply.text);
      await expect.poll(() => overlay(page).getAttribute('data-verdict')).toMatch(/^(ok|info)$/);
      expect(analyze(reply.text, { ...CONTEXT, now: Date.now() }, defaults).findings.filter((f) => f.severity !== 'info')).toEqual([]);
      await expect.poll(() => count.textContent()).toBe(`${reply.weightedLength}/280 · ${280 - reply.weightedLength} left`);
      await expect.poll(() => popup.locator('[data-testid="ct-finding"][data-severity="error"]').count()).toBe(0);
      await expect.poll(async () => (await badgeOf(hx, tabId)).text).toBe('');
      await popup.close();
      await page.close();
    });
  });
}

describe('badge and edge states', () => {
  it('clears the badge when the tab loads another page', async () => {
    const { page, tabId } = await typeReply('draft');
    await expect.poll(async () => (await badgeOf(hx, tabId)).text).not.toBe('');
    await page.goto('https://x.com/home');
    await expect.poll(async () => (await badgeOf(hx, tabId)).text).toBe('');
    await page.close();
  });

  it('says so when the tab has no CareTweet (not X, or not reachable)', async () => {
    const other = await hx.context.newPage();
    const tabId = await tabIdOf(hx, other);
    const popup = await openPopup(hx, tabId);
    await expect.poll(() => popup.locator('[data-testid="ct-status"]').getAttribute('data-state')).toBe('unreachable');
    expect(await popup.locator('[data-testid="ct-count"]').count()).toBe(0);
    await popup.close();
    await other.close();
  });

  it('is keyboard operable and labelled', async () => {
    const { page, tabId } = await typeReply('draft');
    const popup = await openPopup(hx, tabId);
    await expect.poll(() => popup.locator('[data-testid="ct-generalize"]').count()).toBe(1);
    // Every button has an accessible name; Tab reaches them in reading order.
    const names = await popup.locator('button').evaluateAll((bs) => bs.map((b) => b.getAttribute('aria-label') ?? b.textContent ?? ''));
    expect(names.every((n) => n.trim().length > 0)).toBe(true);
    const reached: string[] = [];
    for (let i = 0; i < 12; i++) {
      await popup.keyboard.press('Tab');
      reached.push(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''));
    }
    expect(reached).toContain('ct-select');
    expect(reached).toContain('ct-generalize');
    expect(reached.indexOf('ct-select')).toBeLessThan(reached.indexOf('ct-generalize'));
    expect(await popup.locator('main').getAttribute('aria-labelledby')).toBe('ct-title');
    // Light and dark themes follow the system.
    const background = (): Promise<string> => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await popup.emulateMedia({ colorScheme: 'light' });
    expect(await background()).toBe('rgb(255, 255, 255)');
    await popup.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(21, 32, 43)');
    await popup.close();
    await page.close();
  });
});
