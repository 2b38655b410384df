/**
 * Every composer X has: the narrow layout's textarea, the reply box under a post (with the post
 * as context), a thread of three in the /compose/post modal, composers swapped by client-side
 * navigation, and twitter.com.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { applyToText } from '../../src/content/replace.js';
import { CLEAN, expected, itemsOf, RISKY } from './expected.js';
import { editor, launch, modelText, overlay, overlayInfo, posted, type Harness } from './harness.js';

let hx: Harness;
beforeAll(async () => {
  hx = await launch();
});
afterAll(async () => {
  expect(hx.leaks).toEqual([]);
  await hx.close();
});

/** Overlays on the page must match the composers on it one to one: none left behind. */
async function overlaysMatchComposers(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const composers = document.querySelectorAll('[data-testid^="tweetTextarea_"]:is([contenteditable="true"], textarea)').length;
        return { composers, overlays: document.querySelectorAll('caretweet-overlay').length };
      }),
    )
    .toSatisfy((c: { composers: number; overlays: number }) => c.composers === c.overlays);
}

describe('narrow layout (textarea)', () => {
  it('underlines PHI with boxes over the textarea and applies a suggestion through React', async () => {
    const page = await hx.open('https://x.com/home?layout=narrow');
    const ta = page.locator('textarea[data-testid="tweetTextarea_0"]');
    await ta.click();
    await page.keyboard.type(RISKY);
    await expect.poll(() => modelText(page)).toBe(RISKY);
    const want = expected(RISKY);
    await expect.poll(async () => (await overlayInfo(overlay(page))).items).toEqual(itemsOf(want));
    const host = overlay(page);
    // A textarea's text is not in the DOM: the underlines are boxes laid over it.
    const boxes = await host.evaluate((el) => Array.from(el.shadowRoot?.querySelectorAll('.box') ?? []).map((b) => {
      const r = b.getBoundingClientRect();
      return { severity: b.getAttribute('data-severity'), x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width };
    }));
    expect(boxes.length).toBeGreaterThanOrEqual(want.findings.length);
    const taBox = await ta.boundingBox();
    for (const b of boxes) {
      expect(b.w).toBeGreaterThan(0);
      expect(b.y).toBeGreaterThan(taBox?.y ?? 0);
      expect(b.y).toBeLessThan((taBox?.y ?? 0) + (taBox?.height ?? 0));
    }
    const i = want.findings.findIndex((f) => f.severity === 'error');
    const target = boxes.find((b) => b.severity === 'error');
    const suggestion = want.findings[i]?.suggestions[0];
    if (target === undefined || suggestion === undefined) throw new Error('no error box or suggestion');
    await page.mouse.move(target.x - 40, target.y + 60);
    await page.mouse.move(target.x, target.y, { steps: 4 });
    const card = host.locator('.card');
    await expect.poll(() => card.isVisible()).toBe(true);
    await card.locator('button[data-suggestion="0"]').click();
    const after = applyToText(RISKY, suggestion.edits);
    await expect.poll(() => modelText(page)).toBe(after);
    await expect.poll(async () => (await overlayInfo(overlay(page))).items).toEqual(itemsOf(expected(after)));
    await page.close();
  });
});

describe('reply under a post', () => {
  const replyTo = {
    handle: 'jordan_ellery',
    displayName: 'Jordan Ellery',
    text: 'Does the clinic on Birch Street take walk-ins on Saturdays? My knee has been acting up again.',
  };

  it('reads the post being replied to and passes it to the engine as context', async () => {
    const page = await hx.open('https://x.com/jordan_ellery/status/1790000000000000042');
    await editor(page).click();
    const text = 'Great to see you at your appointment yesterday, Jordan!';
    await page.keyboard.type(text);
    await expect.poll(() => modelText(page, 'reply')).toBe(text);
    const host = overlay(page);
    expect(await host.getAttribute('data-kind')).toBe('reply');
    const asReply = expected(text, { kind: 'reply', replyTo });
    await expect.poll(async () => (await overlayInfo(host)).items).toEqual(itemsOf(asReply));
    // The reply's context is what decides here: as a plain post the same words read otherwise.
    const asPost = expected(text, { kind: 'post' });
    if (JSON.stringify(itemsOf(asPost)) !== JSON.stringify(itemsOf(asReply))) {
      expect((await overlayInfo(host)).items).not.toEqual(itemsOf(asPost));
    }
    await page.close();
  });
});

describe('thread in the /compose/post modal', () => {
  it('watches every post of a thread of three, and guards "Post all"', async () => {
    const page = await hx.open('https://x.com/compose/post');
    await editor(page, 'tweetTextarea_0', 'dialog').click();
    await page.keyboard.type(CLEAN);
    const add = page.locator('[data-testid="addButton"]');
    await add.click();
    await add.click();
    await editor(page, 'tweetTextarea_1', 'dialog').click();
    await page.keyboard.type(RISKY);
    await editor(page, 'tweetTextarea_2', 'dialog').click();
    await page.keyboard.type(CLEAN);
    await expect.poll(() => modelText(page, 'dialog-2')).toBe(CLEAN);
    for (const [testid, text] of [['tweetTextarea_0', CLEAN], ['tweetTextarea_1', RISKY], ['tweetTextarea_2', CLEAN]] as const) {
      const host = overlay(page, testid, 'dialog');
      await expect.poll(async () => (await overlayInfo(host)).items).toEqual(itemsOf(expected(text, { kind: 'thread' })));
      expect(await host.getAttribute('data-kind')).toBe('thread');
    }
    // The home composer under the modal keeps its overlay, hidden while covered.
    expect(await overlay(page, 'tweetTextarea_0', 'page').evaluate((el) => (el as HTMLElement).style.visibility)).toBe('hidden');
    await overlaysMatchComposers(page);
    await page.locator('[data-testid="tweetButton"]').click();
    const dialog = overlay(page, 'tweetTextarea_1', 'dialog').locator('[role="alertdialog"][data-caretweet="post-guard"]');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await posted(page)).toEqual([]);
    await dialog.locator('button[data-action="edit"]').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_1');
    await page.close();
  });
});

describe('direct messages', () => {
  it('checks the DM box and guards its Enter-to-send', async () => {
    const page = await hx.open('https://x.com/messages/123-456');
    const dm = page.locator('[data-testid="dmComposerTextInput"][contenteditable="true"]');
    await dm.click();
    await page.keyboard.type(RISKY);
    await expect.poll(() => modelText(page, 'dm')).toBe(RISKY);
    const host = page.locator('caretweet-overlay[data-for="dmComposerTextInput"]');
    expect(await host.getAttribute('data-kind')).toBe('dm');
    const want = expected(RISKY, { kind: 'dm' });
    await expect.poll(async () => (await overlayInfo(host)).items).toEqual(itemsOf(want));
    if (want.verdict === 'error') {
      await page.keyboard.press('Enter');
      const dialog = host.locator('[role="alertdialog"][data-caretweet="post-guard"]');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await posted(page)).toEqual([]);
      await dialog.locator('button[data-action="edit"]').click();
      expect(await modelText(page, 'dm')).toBe(RISKY);
    }
    await page.close();
  });
});

describe('single-page navigation', () => {
  it('follows composers as X swaps them, leaving nothing behind', async () => {
    const page = await hx.open('https://x.com/home');
    await editor(page).click();
    await page.keyboard.type(RISKY);
    await expect.poll(async () => (await overlayInfo(overlay(page))).findings).toBe(expected(RISKY).findings.length);
    // To a post's page: the home composer goes, the reply box comes.
    await page.locator('[data-testid="status-link"]').click();
    await expect.poll(() => overlay(page).getAttribute('data-kind')).toBe('reply');
    await overlaysMatchComposers(page);
    expect(await page.evaluate(() => CSS.highlights.get('caretweet-error')?.size ?? 0)).toBe(0);
    // Open the modal from the side bar, then back to the timeline.
    await page.locator('[data-testid="SideNav_NewTweet_Button"]').click();
    await expect.poll(() => overlay(page, 'tweetTextarea_0', 'dialog').count()).toBe(1);
    await overlaysMatchComposers(page);
    await page.goBack();
    await expect.poll(() => overlay(page).getAttribute('data-kind')).toBe('reply');
    await expect.poll(() => overlay(page, 'tweetTextarea_0', 'dialog').count()).toBe(0);
    await page.locator('[data-testid="AppTabBar_Home_Link"]').click();
    await expect.poll(() => overlay(page).getAttribute('data-kind')).toBe('post');
    await overlaysMatchComposers(page);
    // The new home composer is a fresh draft and works as the first did.
    await editor(page).click();
    await page.keyboard.type(CLEAN);
    await expect.poll(async () => (await overlayInfo(overlay(page))).weightedLength).toBe(CLEAN.length);
    expect((await overlayInfo(overlay(page))).verdict).toBe('ok');
    await page.close();
  });

  it('works the same on twitter.com', async () => {
    const page = await hx.open('https://twitter.com/home');
    await editor(page).click();
    await page.keyboard.type(RISKY);
    await expect.poll(async () => (await overlayInfo(overlay(page))).items).toEqual(itemsOf(expected(RISKY)));
    await page.close();
  });
});
