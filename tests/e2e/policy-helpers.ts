/**
 * Helpers for the practice-policy tests: the options page next to the X fixture, the extension's
 * storage read through its service worker, what the engine says under a given policy, and a
 * managed-policy file written where Chromium on Linux reads the administrator's policies.
 */
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { analyze, type Analysis } from '../../src/engine/index.js';
import { validatePolicy, type Policy } from '../../src/shared/policy.js';
import { editor, modelText, overlay, overlayInfo, type Harness } from './harness.js';

/** The id the manifest's `key` gives the extension; the managed policy is keyed by it. */
export const EXTENSION_ID = 'anfgegnndmdmllodiekajlendbphbjmc';

// ---- the engine's view, computed in node -------------------------------------------------------

/** A policy as the store would hold it: missing keys take the defaults; a bad one is a test bug. */
export function policyOf(input: Record<string, unknown>): Policy {
  const r = validatePolicy(input);
  if (!r.ok) throw new Error(`test policy is invalid: ${r.errors.join('; ')}`);
  return r.policy;
}

export function expectedUnder(text: string, policy: Policy): Analysis {
  return analyze(text, { now: Date.now(), kind: 'post' }, policy);
}

export function itemsUnder(text: string, policy: Policy): { ruleId: string; severity: string; start: number; end: number }[] {
  return expectedUnder(text, policy).findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, start: f.span.start, end: f.span.end }));
}

// ---- the fixture composer ----------------------------------------------------------------------

/** x.com/home with `text` typed into the home composer, analysed and counted. */
export async function draft(hx: Harness, text: string): Promise<Page> {
  const page = await hx.open('https://x.com/home');
  await editor(page).click();
  await page.keyboard.type(text);
  await expect.poll(() => modelText(page)).toBe(text);
  await expect.poll(async () => (await overlayInfo(overlay(page))).weightedLength).toBeGreaterThan(0);
  return page;
}

export async function ruleIdsOn(page: Page): Promise<string[]> {
  return (await overlayInfo(overlay(page))).items.map((i) => i.ruleId);
}

export const guardDialog = (page: Page): Locator => overlay(page).locator('[role="alertdialog"][data-caretweet="post-guard"]');
export const postButton = (page: Page): Locator => page.locator('[data-testid="tweetButtonInline"]');

// ---- the options page --------------------------------------------------------------------------

/** The options page in a tab of its own, once it has read the policy and shows the form. */
export async function openOptions(hx: Harness): Promise<Page> {
  const page = await hx.open(`chrome-extension://${hx.extensionId}/src/options/options.html`);
  // The page shows "loading" until the policy store answers, which waits for storage.managed.
  await page.locator('fieldset[data-section="practice"]').waitFor({ state: 'visible', timeout: 30000 });
  return page;
}

export const section = (page: Page, name: string): Locator => page.locator(`fieldset[data-section="${name}"]`);
export const notice = (page: Page): Locator => page.locator('[data-testid="opt-notice"]');

// ---- the extension's storage -------------------------------------------------------------------

type Area = 'local' | 'session' | 'managed';

interface StorageArea {
  get(keys: null): Promise<Record<string, unknown>>;
  set(items: object): Promise<void>;
  clear(): Promise<void>;
}

export async function storageOf(hx: Harness, area: Area): Promise<Record<string, unknown>> {
  return hx.worker.evaluate(async (a) => {
    const chrome = (globalThis as unknown as { chrome: { storage: Record<string, StorageArea> } }).chrome;
    return (await chrome.storage[a]?.get(null)) ?? {};
  }, area);
}

export async function setLocal(hx: Harness, items: Record<string, unknown>): Promise<void> {
  await hx.worker.evaluate(async (v) => {
    const chrome = (globalThis as unknown as { chrome: { storage: Record<string, StorageArea> } }).chrome;
    await chrome.storage['local']?.set(v);
  }, items);
}

/** Empties local and session storage: no policy, no last good policy, no audit log. */
export async function clearStorage(hx: Harness): Promise<void> {
  await hx.worker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: Record<string, StorageArea> } }).chrome;
    await chrome.storage['local']?.clear();
    await chrome.storage['session']?.clear();
  });
}

export async function auditEntries(hx: Harness): Promise<Record<string, unknown>[]> {
  const all = await storageOf(hx, 'local');
  return Object.entries(all)
    .filter(([k]) => k.startsWith('audit:'))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, v]) => v as Record<string, unknown>);
}

/** Every key and string value in `value`, however deep. */
export function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

// ---- the administrator's policy file -----------------------------------------------------------

/** Where Debian's Chromium reads mandatory policies (one JSON object per file, merged). */
export const MANAGED_DIR = process.env['CARETWEET_MANAGED_POLICY_DIR'] ?? '/etc/chromium/policies/managed';
const FILE_PREFIX = 'caretweet-e2e-';

export interface ManagedPolicyFile {
  readonly path: string;
  /** Removes the file, and the folders this test created if they are empty. */
  remove(): void;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Writes `policy` as the administrator's policy for `extensionId`. The folder is machine-wide and
 * needs root; when it cannot be written the test fails saying so, rather than passing without
 * having tested anything. Files left by an earlier run that was killed are removed first.
 */
export function writeManagedPolicy(extensionId: string, policy: Record<string, unknown>): ManagedPolicyFile {
  const created: string[] = [];
  const path = join(MANAGED_DIR, `${FILE_PREFIX}${process.pid}-${Date.now().toString(36)}.json`);
  try {
    // Record the folders made here, outermost first, to remove them afterwards.
    const missing: string[] = [];
    for (let d = MANAGED_DIR; !existsSync(d); d = join(d, '..')) missing.unshift(d);
    mkdirSync(MANAGED_DIR, { recursive: true, mode: 0o755 });
    created.push(...missing);
    for (const name of readdirSync(MANAGED_DIR)) {
      const pid = new RegExp(`^${FILE_PREFIX}(\\d+)-`).exec(name)?.[1];
      if (pid !== undefined && !pidAlive(Number(pid))) rmSync(join(MANAGED_DIR, name), { force: true });
    }
    const body = { '3rdparty': { extensions: { [extensionId]: policy } } };
    writeFileSync(path, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o644 });
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new Error(
      `Cannot write the managed policy file ${path} (${err.code ?? err.message}). Chromium reads an ` +
        `administrator's extension policy only from ${MANAGED_DIR}, a machine-wide folder that needs root: ` +
        `run the end-to-end tests as root (as .ci/run does), or this test cannot check managed policies.`,
    );
  }
  return {
    path,
    remove() {
      rmSync(path, { force: true });
      for (const dir of [...created].reverse()) {
        try {
          if (readdirSync(dir).length === 0) rmdirSync(dir);
        } catch {
          // Someone else put files there meanwhile: leave the folder.
        }
      }
    },
  };
}
