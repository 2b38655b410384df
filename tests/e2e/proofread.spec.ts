/**
 * The practice's proofreading checklist in the real browser: with it turned on in the policy, a
 * clean post on the Draft.js composer waits for every point to be ticked, then goes out once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN } from './expected.js';
import { launch, overlay, posted, type Harness } from './harness.js';
import { auditEntries, draft, postButton, setLocal } from './policy-helpers.js';

/** Synthetic checklist points, as a practice would write them. */
const ITEMS = ['Nobody in the post can be recognized', 'The sign-off is there'];

let hx: Harness;
beforeAll(async () => {
  hx = await launch();
  // Chromium answers storage.managed only once its policy service has loaded; until then the
  // policy store has no policy to give (see post-guard.spec.ts).
  await hx.worker.evaluate(async () => {
    await (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<unknown> } } } }).chrome.storage.managed.get();
  });
  await setLocal(hx, { policy: { version: 3, proofread: { enabled: true, items: ITEMS } } });
});
afterAll(async () => {
  expect(hx.leaks).toEqual([]);
  await hx.close();
});

describe('proofreading checklist', () => {
  it('holds a clean post until every point is ticked, then posts it once', async () => {
    const before = (await auditEntries(hx)).length;
    const page = await draft(hx, CLEAN);
    await postButton(page).click();
    const dialog = overlay(page).locator('[role="alertdialog"][data-caretweet="proofread"]');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect((await dialog.locator('label').allTextContents()).map((x) => x.trim())).toEqual(ITEMS);
    // Focus is in the dialog, on the first point.
    expect(await overlay(page).evaluate((host) => host.shadowRoot?.activeElement?.getAttribute('data-proofread-item'))).toBe('0');
    const post = dialog.locator('button[data-action="post"]');
    expect(await post.isDisabled()).toBe(true);
    expect(await posted(page)).toEqual([]);

    await dialog.locator('[data-proofread-item="0"]').check();
    expect(await post.isDisabled()).toBe(true);
    await dialog.locator('[data-proofread-item="1"]').check();
    expect(await post.isEnabled()).toBe(true);
    await post.click();

    await expect.poll(() => posted(page)).toEqual([{ button: 'tweetButtonInline', texts: [CLEAN] }]);
    expect(await dialog.count()).toBe(0);
    // The audit log keeps the post as it always did, and none of the checklist's words.
    await expect.poll(async () => (await auditEntries(hx)).length).toBe(before + 1);
    const entry = (await auditEntries(hx)).at(-1);
    expect(entry).toMatchObject({ outcome: 'clean', composerKind: 'post', findings: [] });
    for (const item of ITEMS) expect(JSON.stringify(entry)).not.toContain(item);
    // Give a second release a moment to show up: there must be none.
    await page.waitForTimeout(300);
    expect(await posted(page)).toHaveLength(1);
    await page.close();
  });
});
