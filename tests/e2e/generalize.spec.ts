/**
 * "Use generalized reply" from the page itself: in a finding's card (hover or keyboard) and as
 * the post guard's third action. The reply goes into Draft.js's own state (or the narrow layout's
 * textarea, through React), the overlay turns clean, nothing is posted by CareTweet, and a post
 * made afterwards is logged as 'generalized' without any text in storage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { analyze, generalize } from '../../src/engine/index.js';
import { defaults } from '../../src/shared/policy.js';
import { expected } from './expected.js';
import { CONTEXT, RISKY_REPLY, STATUS } from './reply-scenario.js';
import { editor, hoverHighlight, launch, modelText, overlay, overlayInfo, posted, type Harness } from './harness.js';

let hx: Harness;
beforeAll(async () => {
  hx = await launch();
});
afterAll(async () => {
  // Nothing went to the network on the way.
  expect(hx.leaks).toEqual([]);
  await hx.close();
});

const replyOf = (text: string) => generalize(text, { ...CONTEXT, now: Date.now() }, defaults);
const dialogOf = (page: Page) => overlay(page).locator('[role="alertdialog"][data-caretweet="post-guard"]');
const replyButton = (page: Page) => page.locator('[data-testid="tweetButtonInline"]');

async function storage(): Promise<Record<string, unknown>> {
  return hx.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    return c.storage.local.get(null);
  });
}

async function auditEntries(): Promise<Record<string, unknown>[]> {
  return Object.entries(await storage())
    .filter(([k]) => k.startsWith('audit:'))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, v]) => v as Record<string, unknown>);
}

async function typeReply(layout: 'draft' | 'narrow'): Promise<Page> {
  const page = await hx.open(layout === 'narrow' ? `${STATUS}?layout=narrow` : STATUS);
  await editor(page).click();
  await page.keyboard.type(RISKY_REPLY);
  await expect.poll(() => modelText(page, 'reply')).toBe(RISKY_REPLY);
  const want = expected(RISKY_REPLY, CONTEXT);
  expect(want.verdict).toBe('error');
  await expect.poll(async () => (await overlayInfo(overlay(page))).findings).toBe(want.findings.length);
  await expect.poll(() => overlay(page).getAttribute('data-verdict')).toBe('error');
  return page;
}

/** The reply must be a real change, and clean by the engine's own account. */
function checkReply(text: string): void {
  expect(text).not.toBe(RISKY_REPLY);
  expect(analyze(text, { ...CONTEXT, now: Date.now() }, defaults).findings.filter((f) => f.severity !== 'info')).toEqual([]);
}

describe('"Use generalized reply" in the card (Draft.js)', () => {
  it('shows a preview with its count and puts the reply into Draft’s own state; the overlay turns clean', async () => {
    const page = await typeReply('draft');
    const reply = replyOf(RISKY_REPLY);
    checkReply(reply.text);
    await hoverHighlight(page, 'error');
    const card = overlay(page).locator('.card');
    await expect.poll(() => card.isVisible()).toBe(true);
    const use = card.locator('[data-testid="ct-card-generalize"]');
    expect(await use.textContent()).toBe('Use generalized reply');
    // The preview is the engine's reply (whole in its title) with X's count of it.
    const preview = card.locator('[data-testid="ct-card-generalized"]');
    expect(await preview.getAttribute('title')).toBe(reply.text);
    expect(await preview.getAttribute('data-weighted-length')).toBe(String(reply.weightedLength));
    expect(await card.locator('.gen-count').textContent()).toBe(`${reply.weightedLength}/280 as X counts it`);
    await use.click();

    await expect.poll(() => modelText(page, 'reply')).toBe(reply.text);
    await expect.poll(() => overlay(page).getAttribute('data-verdict')).toMatch(/^(ok|info)$/);
    await expect.poll(() => card.isVisible()).toBe(false);
    expect(await overlay(page).locator('[data-caretweet="notice"]').textContent()).toContain('generalized reply in place');
    expect(await posted(page)).toEqual([]);
    // The user is left in the composer.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
    await page.close();
  });
});

describe('"Use generalized reply" in the post guard (Draft.js)', () => {
  it('replaces the draft, closes the dialog without posting; the post made afterwards is logged as generalized', async () => {
    const before = (await auditEntries()).length;
    const page = await typeReply('draft');
    const reply = replyOf(RISKY_REPLY);
    await replyButton(page).click();
    const dialog = dialogOf(page);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // Three ways out, side by side.
    expect(await dialog.locator('.actions button:visible').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-action')))).toEqual([
      'post-anyway',
      'generalize',
      'edit',
    ]);
    expect(await dialog.locator('[data-testid="ct-guard-generalized"]').getAttribute('title')).toBe(reply.text);
    await dialog.locator('[data-testid="ct-guard-generalize"]').click();

    await expect.poll(() => dialog.count()).toBe(0);
    await expect.poll(() => modelText(page, 'reply')).toBe(reply.text);
    expect(await posted(page)).toEqual([]);
    await expect.poll(() => overlay(page).getAttribute('data-verdict')).toMatch(/^(ok|info)$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
    // Nothing was logged: nothing was posted.
    expect((await auditEntries()).length).toBe(before);

    // The user reads it over and posts it; the guard lets it through on the first click.
    await replyButton(page).click();
    await expect.poll(() => posted(page)).toEqual([{ button: 'tweetButtonInline', texts: [reply.text] }]);
    expect(await dialog.count()).toBe(0);
    await expect.poll(async () => (await auditEntries()).length).toBe(before + 1);
    expect((await auditEntries()).at(-1)).toMatchObject({ outcome: 'generalized', composerKind: 'reply' });

    // Neither the draft nor the reply is anywhere in the extension's storage.
    const stored = JSON.stringify(await storage());
    for (const f of expected(RISKY_REPLY, CONTEXT).findings) {
      const words = RISKY_REPLY.slice(f.span.start, f.span.end);
      if (words.length > 3) expect(stored).not.toContain(words);
    }
    expect(stored).not.toContain('Jordan');
    expect(stored).not.toContain(reply.text);
    expect(stored).not.toContain(reply.text.slice(0, 24));
    await page.close();
  });

  it('a post edited by typing after the reply went in is not logged as generalized', async () => {
    const page = await typeReply('draft');
    const reply = replyOf(RISKY_REPLY);
    await replyButton(page).click();
    await expect.poll(() => dialogOf(page).isVisible()).toBe(true);
    await dialogOf(page).locator('[data-testid="ct-guard-generalize"]').click();
    await expect.poll(() => modelText(page, 'reply')).toBe(reply.text);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Thanks!');
    await expect.poll(() => modelText(page, 'reply')).toBe(`${reply.text} Thanks!`);
    await expect.poll(() => overlay(page).getAttribute('data-verdict')).toMatch(/^(ok|info)$/);
    const before = (await auditEntries()).length;
    await replyButton(page).click();
    await expect.poll(async () => (await auditEntries()).length).toBe(before + 1);
    expect((await auditEntries()).at(-1)?.['outcome']).toBe('edited');
    await page.close();
  });
});

describe('"Use generalized reply" in the card (textarea layout), from the keyboard', () => {
  it('reaches the button with Alt+Shift+N and Tab, presses it with Enter, and React’s state holds the reply', async () => {
    const page = await typeReply('narrow');
    const reply = replyOf(RISKY_REPLY);
    const host = overlay(page);
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => host.locator('.card').isVisible()).toBe(true);
    const active = (): Promise<string | null> => host.evaluate((el) => el.shadowRoot?.activeElement?.getAttribute('data-testid') ?? null);
    for (let i = 0; i < 8 && (await active()) !== 'ct-card-generalize'; i++) await page.keyboard.press('Tab');
    expect(await active()).toBe('ct-card-generalize');
    await page.keyboard.press('Enter');

    await expect.poll(() => modelText(page, 'reply')).toBe(reply.text);
    await expect.poll(() => host.getAttribute('data-verdict')).toMatch(/^(ok|info)$/);
    expect(await page.locator('textarea[data-testid="tweetTextarea_0"]').inputValue()).toBe(reply.text);
    expect(await posted(page)).toEqual([]);
    await page.close();
  });
});
