/**
 * The post guard: a risky draft does not go out on a click or on Ctrl+Enter without a decision;
 * a clean one goes out on the first click. Modes come from the practice policy in storage.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CLEAN, expected, RISKY } from './expected.js';
import { editor, launch, modelText, overlay, overlayInfo, posted, type Harness } from './harness.js';

let hx: Harness;
beforeAll(async () => {
  hx = await launch();
  expect(expected(RISKY).verdict).toBe('error');
  // Chromium answers storage.managed only once its policy service has loaded, seconds after
  // start; until then the policy store has no policy to give and the default mode (confirm)
  // applies. Wait for it here so the mode tests below see the policy they set.
  await hx.worker.evaluate(async () => {
    await (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<unknown> } } } }).chrome.storage.managed.get();
  });
});
afterEach(async () => {
  await setPolicy(null);
});
afterAll(async () => {
  expect(hx.leaks).toEqual([]);
  await hx.close();
});

async function setPolicy(policy: Record<string, unknown> | null): Promise<void> {
  await hx.worker.evaluate(async (p) => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void>; remove(k: string[]): Promise<void> } } } }).chrome;
    if (p === null) await c.storage.local.remove(['policy', 'policyLastGood']);
    else await c.storage.local.set({ policy: p });
  }, policy);
}

async function storage(): Promise<Record<string, unknown>> {
  return hx.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome;
    return c.storage.local.get(null);
  });
}

async function auditEntries(): Promise<Record<string, unknown>[]> {
  const all = await storage();
  return Object.entries(all)
    .filter(([k]) => k.startsWith('audit:'))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, v]) => v as Record<string, unknown>);
}

async function draft(text: string): Promise<Page> {
  const page = await hx.open('https://x.com/home');
  await editor(page).click();
  await page.keyboard.type(text);
  await expect.poll(() => modelText(page)).toBe(text);
  await expect.poll(async () => (await overlayInfo(overlay(page))).weightedLength).toBe(expected(text).length.weightedLength);
  return page;
}

const dialogOf = (page: Page) => overlay(page).locator('[role="alertdialog"][data-caretweet="post-guard"]');
const postButton = (page: Page) => page.locator('[data-testid="tweetButtonInline"]');

describe('post guard', () => {
  it('stops a risky post and lists the problems; Edit goes back to the draft', async () => {
    const page = await draft(RISKY);
    await postButton(page).click();
    const dialog = dialogOf(page);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const errors = expected(RISKY).findings.filter((f) => f.severity === 'error');
    for (const f of errors) expect(await dialog.textContent()).toContain(f.message);
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    expect(await posted(page)).toEqual([]);
    await dialog.locator('button[data-action="edit"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await posted(page)).toEqual([]);
    expect(await modelText(page)).toBe(RISKY);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('tweetTextarea_0');
    await page.close();
  });

  it('lets a clean post through on the first click', async () => {
    const before = (await auditEntries()).length;
    const page = await draft(CLEAN);
    await postButton(page).click();
    await expect.poll(() => posted(page)).toEqual([{ button: 'tweetButtonInline', texts: [CLEAN] }]);
    expect(await dialogOf(page).count()).toBe(0);
    // X empties the composer after posting, and the overlay follows.
    await expect.poll(async () => (await overlayInfo(overlay(page))).weightedLength).toBe(0);
    await expect.poll(async () => (await auditEntries()).length).toBe(before + 1);
    expect((await auditEntries()).at(-1)).toMatchObject({ outcome: 'clean', composerKind: 'post', findings: [] });
    await page.close();
  });

  it('"Post anyway" asks for a reason, then posts and logs it without any draft text', async () => {
    const page = await draft(RISKY);
    await postButton(page).click();
    const dialog = dialogOf(page);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await dialog.locator('button[data-action="post-anyway"]').click();
    // No reason picked yet: nothing goes out.
    await dialog.locator('button[data-action="post-anyway"]').click();
    expect(await dialog.locator('.error').textContent()).toContain('reason');
    expect(await posted(page)).toEqual([]);
    await dialog.locator('input[data-reason="consent-on-file"]').check();
    await dialog.locator('button[data-action="post-anyway"]').click();
    await expect.poll(() => posted(page)).toEqual([{ button: 'tweetButtonInline', texts: [RISKY] }]);
    await expect.poll(async () => (await auditEntries()).at(-1)?.['outcome']).toBe('posted-anyway');
    const entry = (await auditEntries()).at(-1);
    expect(entry).toMatchObject({ reason: 'consent-on-file', composerKind: 'post' });
    const ruleIds = new Set<string>(expected(RISKY).findings.map((f) => f.ruleId));
    for (const f of entry?.['findings'] as { ruleId: string }[]) expect(ruleIds.has(f.ruleId)).toBe(true);
    // Nothing the user typed is anywhere in the extension's storage.
    const stored = JSON.stringify(await storage());
    for (const f of expected(RISKY).findings) expect(stored).not.toContain(RISKY.slice(f.span.start, f.span.end));
    expect(stored).not.toContain('Our patient');
    await page.close();
  });

  it('catches Ctrl+Enter too, and lets a clean draft go with it', async () => {
    const page = await draft(RISKY);
    await page.keyboard.press('Control+Enter');
    const dialog = dialogOf(page);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await posted(page)).toEqual([]);
    await editor(page).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(CLEAN);
    await expect.poll(() => modelText(page)).toBe(CLEAN);
    await expect.poll(async () => (await overlayInfo(overlay(page))).verdict).toBe('ok');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => posted(page)).toEqual([{ button: 'keyboard', texts: [CLEAN] }]);
    expect(await dialogOf(page).count()).toBe(0);
    await page.close();
  });

  it('follows the policy: block offers no way through, warn posts without a reason, off does not ask', async () => {
    await setPolicy({ version: 3, postGuard: 'block' });
    let page = await draft(RISKY);
    await postButton(page).click();
    await expect.poll(() => dialogOf(page).isVisible()).toBe(true);
    expect(await dialogOf(page).getAttribute('data-mode')).toBe('block');
    expect(await dialogOf(page).locator('button[data-action="post-anyway"]').count()).toBe(0);
    await dialogOf(page).locator('button[data-action="edit"]').click();
    expect(await posted(page)).toEqual([]);
    await page.close();

    await setPolicy({ version: 3, postGuard: 'warn' });
    page = await draft(RISKY);
    await postButton(page).click();
    await expect.poll(() => dialogOf(page).isVisible()).toBe(true);
    await dialogOf(page).locator('button[data-action="post-anyway"]').click();
    await expect.poll(() => posted(page)).toEqual([{ button: 'tweetButtonInline', texts: [RISKY] }]);
    await page.close();

    await setPolicy({ version: 3, postGuard: 'off' });
    page = await draft(RISKY);
    await postButton(page).click();
    await expect.poll(() => posted(page)).toEqual([{ button: 'tweetButtonInline', texts: [RISKY] }]);
    expect(await dialogOf(page).count()).toBe(0);
    await page.close();
  });
});
