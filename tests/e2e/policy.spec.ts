/**
 * The practice policy end to end: edited in the options page and followed by the composer, the
 * audit log written by the post guard and read back in the options page, a broken import that
 * changes nothing, and a policy deployed by an administrator as Chromium on Linux reads it
 * (a JSON file under /etc/chromium/policies/managed) shown locked and enforced.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { parsePolicyJson, type Policy } from '../../src/shared/policy.js';
import { frames, launch, overlay, overlayInfo, posted, ROOT, type Harness } from './harness.js';
import {
  auditEntries,
  clearStorage,
  draft,
  expectedUnder,
  EXTENSION_ID,
  guardDialog,
  itemsUnder,
  notice,
  openOptions,
  policyOf,
  postButton,
  ruleIdsOn,
  section,
  setLocal,
  storageOf,
  strings,
  writeManagedPolicy,
  type ManagedPolicyFile,
} from './policy-helpers.js';

/** An announcement with the practice's own number in it and an offer the practice watches for. */
const ANNOUNCEMENT = 'Flu clinic opens Monday. Call 555-010-0142 to book a free consultation.';
/** The practice's number as the manager types it: written differently from the draft's. */
const PRACTICE_PHONE = '(555) 010-0142';
const WATCH_TERM = 'free consultation';
/** A made-up patient named in a care context: an error in every mode. */
const RISKY_DRAFT = 'Great to see our patient Marguerite Lindqvist back on her feet after the knee surgery yesterday!';
/** Parts of RISKY_DRAFT that must never reach storage, an export or a log. */
const DRAFT_PARTS = ['Marguerite', 'Lindqvist', 'knee surgery', 'back on her feet', 'Great to see our patient'];

const defaultsPolicy = policyOf({});

/** The rule/severity pairs the audit log keeps for `text`: distinct, errors first, then by id. */
function auditPairs(text: string, policy: Policy): { ruleId: string; severity: string }[] {
  const order = ['error', 'warning', 'info'];
  const seen = new Map<string, { ruleId: string; severity: string }>();
  for (const f of expectedUnder(text, policy).findings) seen.set(`${f.ruleId}|${f.severity}`, { ruleId: f.ruleId, severity: f.severity });
  return [...seen.values()].sort((a, b) => order.indexOf(a.severity) - order.indexOf(b.severity) || a.ruleId.localeCompare(b.ruleId));
}

function expectNoDraftText(where: string, haystack: string): void {
  expect(haystack, `${where} holds the draft`).not.toContain(RISKY_DRAFT);
  for (const part of DRAFT_PARTS) expect(haystack, `${where} holds "${part}" from the draft`).not.toContain(part);
  for (const f of expectedUnder(RISKY_DRAFT, defaultsPolicy).findings) {
    expect(haystack, `${where} holds a finding's text`).not.toContain(RISKY_DRAFT.slice(f.span.start, f.span.end));
  }
}

describe("the practice's own policy (options page, composer, audit log)", () => {
  let hx: Harness;
  const pages: Page[] = [];
  const open = async (p: Promise<Page>): Promise<Page> => {
    const page = await p;
    pages.push(page);
    return page;
  };

  beforeAll(async () => {
    hx = await launch();
    // Chromium answers storage.managed only once its policy service has loaded, seconds after
    // start; the options page shows nothing until then. Wait here so each test's clock is fair.
    await hx.worker.evaluate(async () => {
      await (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<unknown> } } } }).chrome.storage.managed.get();
    });
  });
  beforeEach(async () => {
    await clearStorage(hx);
  });
  afterEach(async () => {
    for (const p of pages.splice(0)) await p.close();
  });
  afterAll(async () => {
    expect(hx.leaks).toEqual([]);
    await hx.close();
  });

  it('follows the options page: an allow-listed phone is no longer flagged, a watch term is', async () => {
    // Before: the number is flagged as a phone number and the offer is not a finding.
    const composer = await open(draft(hx, ANNOUNCEMENT));
    await expect.poll(async () => (await overlayInfo(overlay(composer))).items).toEqual(itemsUnder(ANNOUNCEMENT, defaultsPolicy));
    expect(await ruleIdsOn(composer)).toContain('phi/phone');
    expect(await ruleIdsOn(composer)).not.toContain('policy/watch-term');

    // The practice manager edits the policy through the page's own inputs and saves.
    const options = await open(openOptions(hx));
    expect(await section(options, 'practice').getAttribute('data-locked')).toBeNull();
    await options.locator('textarea[name="practice.phones"]').fill(PRACTICE_PHONE);
    await section(options, 'watchTerms').getByRole('button', { name: 'Add', exact: true }).click();
    await options.locator('input[name="watchTerms[0].term"]').fill(WATCH_TERM);
    await options.locator('select[name="watchTerms[0].severity"]').selectOption('warning');
    await options.locator('input[name="watchTerms[0].note"]').fill('Offers are checked with the manager first.');
    const save = options.locator('[data-testid="opt-save"]');
    await expect.poll(() => save.isEnabled()).toBe(true);
    await save.click();
    await expect.poll(() => notice(options).getAttribute('data-kind')).toBe('ok');

    // What was saved is exactly what was typed, on top of the defaults.
    const want = policyOf({
      practice: { phones: [PRACTICE_PHONE] },
      watchTerms: [{ term: WATCH_TERM, regex: false, severity: 'warning', note: 'Offers are checked with the manager first.' }],
    });
    expect((await storageOf(hx, 'local'))['policy']).toEqual(want);

    // The open composer follows without a reload.
    await composer.bringToFront();
    const after = itemsUnder(ANNOUNCEMENT, want);
    await expect.poll(async () => (await overlayInfo(overlay(composer))).items, { timeout: 10000 }).toEqual(after);
    expect(after.map((i) => i.ruleId)).not.toContain('phi/phone');
    const watched = after.find((i) => i.ruleId === 'policy/watch-term');
    expect(watched && ANNOUNCEMENT.slice(watched.start, watched.end)).toBe(WATCH_TERM);
    expect(watched?.severity).toBe('warning');

    // A composer opened afterwards starts with the new policy.
    const fresh = await open(draft(hx, ANNOUNCEMENT));
    await expect.poll(async () => (await overlayInfo(overlay(fresh))).items).toEqual(after);
  });

  it('logs a post made "anyway" without its text, and the options page shows and exports it', async () => {
    const composer = await open(draft(hx, RISKY_DRAFT));
    await expect.poll(async () => (await overlayInfo(overlay(composer))).items).toEqual(itemsUnder(RISKY_DRAFT, defaultsPolicy));
    expect(expectedUnder(RISKY_DRAFT, defaultsPolicy).verdict).toBe('error');

    const before = Date.now();
    await postButton(composer).click();
    const dialog = guardDialog(composer);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getAttribute('data-mode')).toBe('confirm');
    await dialog.locator('button[data-action="post-anyway"]').click();
    await dialog.locator('input[data-reason="consent-on-file"]').check();
    await dialog.locator('button[data-action="post-anyway"]').click();
    await expect.poll(() => posted(composer)).toEqual([{ button: 'tweetButtonInline', texts: [RISKY_DRAFT] }]);
    await expect.poll(async () => (await auditEntries(hx)).length).toBe(1);
    const afterPost = Date.now();

    // The entry: when, where, what fired, what the person did and why. Nothing else.
    const [entry] = await auditEntries(hx);
    const pairs = auditPairs(RISKY_DRAFT, defaultsPolicy);
    expect(pairs.some((p) => p.severity === 'error')).toBe(true);
    expect(entry).toEqual({ time: expect.any(Number), composerKind: 'post', findings: pairs, outcome: 'posted-anyway', reason: 'consent-on-file' });
    const time = entry?.['time'] as number;
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(afterPost);

    // No draft text anywhere the extension stores things.
    const local = await storageOf(hx, 'local');
    const session = await storageOf(hx, 'session');
    expectNoDraftText('storage.local', JSON.stringify(local));
    expectNoDraftText('storage.session', JSON.stringify(session));
    // And no stored string is a piece of the draft (beyond words any policy or log would use).
    for (const s of [...strings(local), ...strings(session)]) {
      if (s.length >= 8) expect(RISKY_DRAFT, `stored "${s}" comes from the draft`).not.toContain(s);
    }

    // The compliance officer's view.
    const options = await open(openOptions(hx));
    const rows = options.locator('[data-testid="opt-audit-row"]');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().getAttribute('data-outcome')).toBe('posted-anyway');
    const row = (await rows.first().textContent()) ?? '';
    expect(row).toContain('post');
    expect(row).toContain('posted-anyway (consent-on-file)');
    for (const p of pairs) expect(row).toContain(p.ruleId);
    expect(await rows.first().locator('time').getAttribute('datetime')).toBe(new Date(time).toISOString());
    expect(await options.locator('[data-testid="opt-audit-count"]').textContent()).toContain('1');
    expectNoDraftText('the audit viewer', (await options.locator('[data-testid="opt-audit"]').textContent()) ?? '');

    const [download] = await Promise.all([options.waitForEvent('download'), options.locator('[data-testid="opt-audit-export"]').click()]);
    expect(download.suggestedFilename()).toMatch(/^caretweet-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    const count = (sev: string): number => pairs.filter((p) => p.severity === sev).length;
    expect(csv).toBe(
      'time,composer_kind,outcome,reason,errors,warnings,infos,findings\r\n' +
        `${new Date(time).toISOString()},post,posted-anyway,consent-on-file,${count('error')},${count('warning')},${count('info')},${pairs.map((p) => `${p.ruleId}:${p.severity}`).join(' ')}\r\n`,
    );
    expectNoDraftText('the CSV export', csv);
  });

  it('refuses a broken file with a clear message and keeps the policy in force', async () => {
    // A good file first: the example an administrator would start from, imported through the page.
    const example = readFileSync(join(ROOT, 'examples', 'policy.example.json'), 'utf8');
    const parsed = parsePolicyJson(example);
    if (!parsed.ok) throw new Error(`examples/policy.example.json is invalid: ${parsed.errors.join('; ')}`);
    const inForce = parsed.policy;
    const phone = inForce.practice.phones[0] ?? '';
    // The draft writes the practice's number in another common form.
    const digits = phone.replace(/\D/g, '');
    const text = `Flu shots every weekday. Questions? Call ${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}.`;
    expect(itemsUnder(text, defaultsPolicy).map((i) => i.ruleId)).toContain('phi/phone');

    const options = await open(openOptions(hx));
    const importer = options.locator('[data-testid="opt-import"]');
    await importer.setInputFiles({ name: 'riverside.json', mimeType: 'application/json', buffer: Buffer.from(example) });
    await expect.poll(() => notice(options).getAttribute('data-kind')).toBe('ok');
    expect((await storageOf(hx, 'local'))['policy']).toEqual(inForce);
    expect(await options.locator('textarea[name="practice.phones"]').inputValue()).toBe(inForce.practice.phones.join('\n'));

    const composer = await open(draft(hx, text));
    const allowed = itemsUnder(text, inForce);
    expect(allowed.map((i) => i.ruleId)).not.toContain('phi/phone');
    await expect.poll(async () => (await overlayInfo(overlay(composer))).items).toEqual(allowed);

    // Broken files: not JSON at all, and JSON whose values are wrong.
    const broken = [
      { name: 'truncated.json', body: '{"postGuard": "block", "practice": {"phones": ["(555) 010-0100"', says: ['truncated.json', 'not valid JSON'] },
      {
        name: 'bad-values.json',
        body: JSON.stringify({ postGuard: 'sometimes', practice: { phones: [] }, watchTerms: [{ term: '(a+)+', regex: true }] }),
        says: ['bad-values.json', 'postGuard: must be one of', 'watchTerms[0].term: the pattern'],
      },
    ];
    await options.bringToFront();
    for (const file of broken) {
      await importer.setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.body) });
      const box = notice(options);
      await expect.poll(() => box.getAttribute('data-kind')).toBe('error');
      await expect.poll(async () => (await box.textContent()) ?? '').toContain(file.name);
      expect(await box.getAttribute('role')).toBe('alert');
      const said = (await box.textContent()) ?? '';
      for (const words of file.says) expect(said).toContain(words);
      expect(said).toContain('your current policy is unchanged');
      // Nothing was written, and the form still shows the policy in force.
      expect((await storageOf(hx, 'local'))['policy']).toEqual(inForce);
      expect(await options.locator('textarea[name="practice.phones"]').inputValue()).toBe(inForce.practice.phones.join('\n'));
      expect(await options.locator('select[name="postGuard"]').inputValue()).toBe(inForce.postGuard);
      expect(await options.locator('[data-testid="opt-save"]').isDisabled()).toBe(true);
    }

    // The composer that was open, and a new one, still treat the number as the practice's.
    await composer.bringToFront();
    await frames(composer, 4);
    expect((await overlayInfo(overlay(composer))).items).toEqual(allowed);
    const fresh = await open(draft(hx, text));
    await expect.poll(async () => (await overlayInfo(overlay(fresh))).items).toEqual(allowed);
  });
});

/**
 * Runs last and alone: the policy file is machine-wide, so it is written only once the browser
 * above is closed, read by this browser alone, and removed before the file ends.
 */
describe("the organization's policy (Chromium's managed-policy folder)", () => {
  let hx: Harness | undefined;
  let file: ManagedPolicyFile | undefined;
  const managed = {
    postGuard: 'block',
    practice: { name: 'Riverside Family Medicine', phones: ['(555) 010-0177'], handles: ['RiversideFM'] },
  };
  /** The person's own settings: the organization's keys override them, the rest stay theirs. */
  const user = { postGuard: 'off', practice: { phones: [] }, watchTerms: [{ term: 'knee clinic', severity: 'info' }] };
  const inForce = policyOf({ ...user, ...managed });
  const TEXT = `${RISKY_DRAFT} Call (555) 010-0177 for our knee clinic.`;

  beforeAll(async () => {
    file = writeManagedPolicy(EXTENSION_ID, managed);
    hx = await launch();
    // The managed policy is keyed by the id in the docs; the build must have that id.
    expect(hx.extensionId).toBe(EXTENSION_ID);
    await setLocal(hx, { policy: user });
  });
  afterAll(async () => {
    try {
      if (hx !== undefined) {
        expect(hx.leaks).toEqual([]);
        await hx.close();
      }
    } finally {
      file?.remove();
    }
  });

  it('shows the deployed settings locked and enforces them in the composer', async () => {
    if (hx === undefined) throw new Error('no browser');
    const h = hx;
    // Chromium reads the folder at start and hands the extension its part when asked.
    await expect
      .poll(async () => (await storageOf(h, 'managed'))['postGuard'], { timeout: 30000, message: `Chromium did not pass ${file?.path} to the extension (see chrome://policy)` })
      .toBe('block');

    const options = await openOptions(h);
    // The policy store applies the last policy at once and the managed one when it arrives.
    await expect.poll(() => section(options, 'postGuard').getAttribute('data-locked'), { timeout: 30000 }).toBe('true');
    for (const name of ['postGuard', 'practice']) {
      const fs = section(options, name);
      expect(await fs.getAttribute('data-locked')).toBe('true');
      expect(await fs.locator('legend').textContent()).toContain('Set by your organization');
      expect(await fs.evaluate((el) => (el as HTMLFieldSetElement).disabled)).toBe(true);
    }
    // The organization's values are shown, not the person's; their fields cannot be edited.
    const mode = options.locator('select[name="postGuard"]');
    expect(await mode.inputValue()).toBe('block');
    expect(await mode.evaluate((el) => el.matches(':disabled'))).toBe(true);
    expect(await options.locator('textarea[name="practice.phones"]').inputValue()).toBe('(555) 010-0177');
    // What the organization left out stays the person's to edit.
    for (const name of ['watchTerms', 'signoff', 'audit']) expect(await section(options, name).getAttribute('data-locked')).toBeNull();
    expect(await options.locator('input[name="watchTerms[0].term"]').inputValue()).toBe('knee clinic');
    expect(await options.locator('input[name="watchTerms[0].term"]').isEditable()).toBe(true);
    // The person's own choice is kept underneath, not overwritten by the organization's.
    expect((await storageOf(h, 'local'))['policy']).toMatchObject({ postGuard: 'off' });
    await options.close();

    // The composer: the managed practice number is the practice's, the person's watch term still
    // counts, and a risky draft cannot be posted at all.
    const composer = await draft(h, TEXT);
    const want = itemsUnder(TEXT, inForce);
    expect(want.map((i) => i.ruleId)).not.toContain('phi/phone');
    expect(want.map((i) => i.ruleId)).toContain('policy/watch-term');
    await expect.poll(async () => (await overlayInfo(overlay(composer))).items).toEqual(want);
    await postButton(composer).click();
    const dialog = guardDialog(composer);
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.getAttribute('data-mode')).toBe('block');
    expect(await dialog.locator('button[data-action="post-anyway"]').count()).toBe(0);
    // Nor a reason to give: there is nothing to post "anyway".
    expect(await dialog.locator('input[data-reason]').filter({ visible: true }).count()).toBe(0);
    expect(await dialog.textContent()).toContain('does not allow posting');
    // Ctrl+Enter is no way around it either.
    await dialog.locator('button[data-action="edit"]').click();
    await expect.poll(() => dialog.count()).toBe(0);
    // Edit goes back to the draft and, on a timer, selects the first error and opens its card.
    // Wait for that card, as a person sees it: a dialog opened before the timer fires loses its
    // focus to the editor when the selection is made (ComposerSession.showFirst).
    await expect.poll(() => overlay(composer).locator('.card').isVisible()).toBe(true);
    await composer.keyboard.press('Control+Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    expect(await dialog.locator('button[data-action="post-anyway"]').count()).toBe(0);
    await composer.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await posted(composer)).toEqual([]);
    await composer.close();
  });
});
