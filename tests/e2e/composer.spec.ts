/**
 * The desktop composer (real Draft.js) on x.com/home: underlines, badge, card, suggestions,
 * keyboard access, and the text model's offsets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { applyToText } from '../../src/content/replace.js';
import { CLEAN, expected, itemsOf, RISKY } from './expected.js';
import { editor, frames, highlighted, hoverHighlight, launch, modelText, overlay, overlayInfo, type Harness } from './harness.js';

let hx: Harness;
beforeAll(async () => {
  hx = await launch();
});
afterAll(async () => {
  expect(hx.leaks).toEqual([]);
  await hx.close();
});

async function home(): Promise<Page> {
  const page = await hx.open('https://x.com/home');
  await editor(page).click();
  return page;
}

async function typed(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text);
  await expect.poll(() => modelText(page)).toBe(text);
  await expect.poll(async () => (await overlayInfo(overlay(page))).weightedLength).toBe(expected(text).length.weightedLength);
  await frames(page);
}

describe('desktop composer (Draft.js) on x.com', () => {
  it('underlines PHI as it is typed, with the rule ids the engine gives, and updates the badge', async () => {
    const page = await home();
    await typed(page, RISKY);
    const want = expected(RISKY);
    expect(want.findings.length).toBeGreaterThan(0);
    const info = await overlayInfo(overlay(page));
    expect(info.items).toEqual(itemsOf(want));
    expect(info.verdict).toBe(want.verdict);
    expect(info.findings).toBe(want.findings.length);
    expect(info.badge).toContain(`${want.findings.length} privacy issue`);
    expect(info.badge).toContain(`${want.length.weightedLength}/280`);
    // Each finding is painted over exactly its own words.
    const painted = await highlighted(page);
    for (const sev of ['error', 'warning', 'info'] as const) {
      const slices = want.findings.filter((f) => f.severity === sev).map((f) => RISKY.slice(f.span.start, f.span.end));
      expect(painted[sev]?.sort()).toEqual(slices.sort());
    }
    // The editor's DOM is X's alone: nothing of ours inside it.
    expect(await editor(page).evaluate((el) => el.querySelectorAll('caretweet-overlay, [data-caretweet], mark').length)).toBe(0);
    await page.close();
  });

  it('leaves clean text alone', async () => {
    const page = await home();
    await typed(page, CLEAN);
    expect(expected(CLEAN).findings).toEqual([]);
    const info = await overlayInfo(overlay(page));
    expect(info).toMatchObject({ verdict: 'ok', findings: 0, items: [] });
    expect(info.badge).toContain(`No privacy issues · ${CLEAN.length}/280`);
    expect(await highlighted(page)).toEqual({ error: [], warning: [], info: [] });
    await page.close();
  });

  it('clears the underline when the PHI is edited away', async () => {
    const page = await home();
    await typed(page, RISKY);
    expect((await overlayInfo(overlay(page))).findings).toBeGreaterThan(0);
    // Delete everything after "Our patient" with the keyboard, as a person would.
    const keep = 'Our patient';
    for (let i = RISKY.length; i > keep.length; i--) await page.keyboard.press('Backspace');
    await page.keyboard.type(' is doing well.');
    const now = `${keep} is doing well.`;
    await expect.poll(() => modelText(page)).toBe(now);
    await expect.poll(async () => (await overlayInfo(overlay(page))).items).toEqual(itemsOf(expected(now)));
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect.poll(async () => (await overlayInfo(overlay(page))).findings).toBe(0);
    expect(await highlighted(page)).toEqual({ error: [], warning: [], info: [] });
    await page.close();
  });

  it("applies a suggestion through Draft.js's own state, not only the DOM", async () => {
    const page = await home();
    await typed(page, RISKY);
    const want = expected(RISKY);
    const first = want.findings.find((f) => f.severity === 'error');
    if (first === undefined) throw new Error('the engine no longer flags the risky sample as an error');
    const suggestion = first.suggestions[0];
    if (suggestion === undefined) throw new Error('no suggestion offered');
    await hoverHighlight(page, 'error');
    const card = overlay(page).locator('.card');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toContain(first.message);
    await card.locator('button[data-suggestion="0"]').click();
    const after = applyToText(RISKY, suggestion.edits);
    await expect.poll(() => modelText(page)).toBe(after);
    await expect.poll(async () => (await overlayInfo(overlay(page))).items).toEqual(itemsOf(expected(after)));
    // Draft keeps working afterwards: typing goes on at the caret.
    await editor(page).press('End');
    await page.keyboard.type('!');
    await expect.poll(() => modelText(page)).toBe(`${after}!`);
    await page.close();
  });

  it('maps offsets exactly across blocks, emoji and skin-tone modifiers', async () => {
    const page = await home();
    await page.keyboard.type('Hello 👋🏽 team!');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type(`🎉 ${RISKY}`);
    const text = `Hello 👋🏽 team!\n\n🎉 ${RISKY}`;
    await expect.poll(() => modelText(page)).toBe(text);
    const want = expected(text);
    expect(want.findings.length).toBeGreaterThan(0);
    await expect.poll(async () => (await overlayInfo(overlay(page))).items).toEqual(itemsOf(want));
    const painted = await highlighted(page);
    const errors = want.findings.filter((f) => f.severity === 'error').map((f) => text.slice(f.span.start, f.span.end));
    expect(painted['error']?.sort()).toEqual(errors.sort());
    expect((await overlayInfo(overlay(page))).weightedLength).toBe(want.length.weightedLength);
    await page.close();
  });

  it('offers the findings as a list and moves between them from the keyboard', async () => {
    const page = await home();
    await typed(page, RISKY);
    const n = expected(RISKY).findings.length;
    const host = overlay(page);
    // Alt+Shift+N from the editor opens the first finding's card with focus in it.
    await page.keyboard.press('Home');
    await page.keyboard.press('Alt+Shift+N');
    const card = host.locator('.card');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await host.evaluate((el) => el.shadowRoot?.activeElement?.closest('.card') !== null)).toBe(true);
    // Escape goes back to the editor, with the text unchanged.
    await page.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
    expect(await modelText(page)).toBe(RISKY);
    // The badge opens the accessible list: one item per finding.
    const badge = host.locator('button.badge');
    expect(await badge.getAttribute('aria-expanded')).toBe('false');
    await badge.click();
    expect(await badge.getAttribute('aria-expanded')).toBe('true');
    expect(await host.locator('.panel li[data-rule-id]').count()).toBe(n);
    expect(await host.locator('.panel').getAttribute('aria-label')).toContain('privacy issues');
    await page.close();
  });

  it('"Ignore once" hides a finding for this draft only', async () => {
    const page = await home();
    await typed(page, RISKY);
    const n = expected(RISKY).findings.length;
    await hoverHighlight(page, 'error');
    const card = overlay(page).locator('.card');
    await expect.poll(() => card.isVisible()).toBe(true);
    await card.locator('button[data-action="ignore"]').click();
    await expect.poll(async () => (await overlayInfo(overlay(page))).findings).toBe(n - 1);
    expect(await modelText(page)).toBe(RISKY);
    // A new draft starts with nothing ignored.
    await editor(page).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await expect.poll(async () => (await overlayInfo(overlay(page))).findings).toBe(0);
    await page.keyboard.type(RISKY);
    await expect.poll(async () => (await overlayInfo(overlay(page))).findings).toBe(n);
    await page.close();
  });
});
