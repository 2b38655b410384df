// @vitest-environment happy-dom
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../../public/_locales/en/messages.json' with { type: 'json' };
import es from '../../../public/_locales/es/messages.json' with { type: 'json' };
import { AUDIT_REASONS } from '../../shared/audit-log.js';
import { resetFakeBrowser, useMessages } from '../../shared/fake-browser.test-util.js';
import { badgeText, shortPreview, type GeneralizedPreview, type GeneralizeOutcome, type Overlay, type OverlayActions } from './overlay.js';
import { homeOverlay, overlayActions, PHONE_FINDING } from './overlay.test-util.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../../shared/fake-browser.test-util.js')).fakeBrowser }));

const finding = PHONE_FINDING;

/** Synthetic: what the engine's generalize() gives, in shape. */
const REPLY: GeneralizedPreview = {
  text: 'Thank you for reaching out. We cannot discuss anyone’s care here; please call the office or use the patient portal and our team will help.',
  weightedLength: 139,
  limit: 280,
  language: 'en',
};

function make(over: Partial<OverlayActions> = {}): { overlay: Overlay; actions: OverlayActions } {
  const actions = overlayActions(REPLY, over);
  return { overlay: homeOverlay(actions), actions };
}

describe('badge', () => {
  it('says how many issues and X’s count', () => {
    expect(badgeText({ findings: [], weightedLength: 57, limit: 280 })).toBe('No privacy issues · 57/280');
    expect(badgeText({ findings: [{ finding, excerpt: '' }], weightedLength: 143, limit: 280 })).toBe('1 privacy issue · 143/280');
    expect(badgeText({ findings: [{ finding, excerpt: '' }, { finding, excerpt: '' }], weightedLength: 143, limit: 280 })).toBe('2 privacy issues · 143/280');
  });
});

describe('Overlay', () => {
  it('carries the test contract on the host and one element per finding', () => {
    const { overlay } = make();
    overlay.render({ verdict: 'error', findings: [{ finding, excerpt: '555 010 0199' }], weightedLength: 30, limit: 280, hasText: true });
    const host = document.querySelector('caretweet-overlay') as HTMLElement;
    expect(host.dataset).toMatchObject({ for: 'tweetTextarea_0', verdict: 'error', findings: '1', weightedLength: '30' });
    const items = overlay.root.querySelectorAll('[data-rule-id]');
    expect(items).toHaveLength(1);
    expect(items[0]?.getAttribute('data-start')).toBe('5');
    expect(items[0]?.getAttribute('data-end')).toBe('17');
    overlay.destroy();
    expect(document.querySelector('caretweet-overlay')).toBeNull();
  });

  it('opens a card whose buttons apply a suggestion or ignore the finding', () => {
    const { overlay, actions } = make();
    overlay.render({ verdict: 'error', findings: [{ finding, excerpt: '555 010 0199' }], weightedLength: 30, limit: 280, hasText: true });
    overlay.openCard(0, null, false);
    const card = overlay.root.querySelector('.card') as HTMLElement;
    expect(card.hidden).toBe(false);
    expect(card.textContent).toContain('This looks like a phone number');
    (card.querySelector('button[data-suggestion="0"]') as HTMLButtonElement).click();
    expect(actions.apply).toHaveBeenCalledWith(0, 0);
    (card.querySelector('button[data-action="ignore"]') as HTMLButtonElement).click();
    expect(actions.ignore).toHaveBeenCalledWith(0);
    overlay.destroy();
  });

  it('opens a finding’s card from the list with the keyboard', () => {
    const { overlay } = make();
    overlay.render({ verdict: 'error', findings: [{ finding, excerpt: '555 010 0199' }], weightedLength: 30, limit: 280, hasText: true });
    const li = overlay.root.querySelector('li[data-index="0"]') as HTMLElement;
    li.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(overlay.openCardIndex).toBe(0);
    expect((overlay.root.querySelector('.card') as HTMLElement).hidden).toBe(false);
    overlay.destroy();
  });

  it('guard (confirm): posting anyway needs a reason from the list', async () => {
    const { overlay } = make();
    const choice = overlay.showGuard('confirm', [{ severity: 'error', message: 'This looks like a phone number', excerpt: '555' }]);
    const dialog = overlay.root.querySelector('[role="alertdialog"][data-caretweet="post-guard"]') as HTMLElement;
    expect(dialog).not.toBeNull();
    const anyway = dialog.querySelector('button[data-action="post-anyway"]') as HTMLButtonElement;
    anyway.click();
    anyway.click();
    expect(dialog.querySelector('.error')?.textContent).toContain('reason');
    (dialog.querySelector('input[data-reason="not-a-patient"]') as HTMLInputElement).checked = true;
    anyway.click();
    await expect(choice).resolves.toEqual({ action: 'post', reason: 'not-a-patient' });
    expect(overlay.root.querySelector('[role="alertdialog"]')).toBeNull();
    overlay.destroy();
  });

  it('guard (block): Edit only; Escape means Edit', async () => {
    const { overlay } = make();
    const choice = overlay.showGuard('block', [{ severity: 'error', message: 'm', excerpt: '' }]);
    const dialog = overlay.root.querySelector('[role="alertdialog"]') as HTMLElement;
    expect(dialog.querySelector('button[data-action="post-anyway"]')).toBeNull();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await expect(choice).resolves.toEqual({ action: 'edit' });
    overlay.destroy();
  });

  it('guard (warn): posting anyway asks nothing more', async () => {
    const { overlay } = make();
    const choice = overlay.showGuard('warn', [{ severity: 'error', message: 'm', excerpt: '' }]);
    (overlay.root.querySelector('button[data-action="post-anyway"]') as HTMLButtonElement).click();
    await expect(choice).resolves.toEqual({ action: 'post' });
    overlay.destroy();
  });
});

const risky = { verdict: 'error', findings: [{ finding, excerpt: '555 010 0199' }], weightedLength: 30, limit: 280, hasText: true } as const;
const card = (o: Overlay): HTMLElement => o.root.querySelector('.card') as HTMLElement;
const q = <T extends Element = HTMLElement>(o: Overlay, sel: string): T | null => o.root.querySelector<T>(sel);
/** Lets the promise chains behind a button press run. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await Promise.resolve();
};

describe('"Use generalized reply" in the card', () => {
  beforeEach(() => resetFakeBrowser());
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('offers the reply, with a short preview and its count, when the draft has a warning or an error', () => {
    const { overlay } = make();
    overlay.render(risky);
    overlay.openCard(0, null, false);
    const use = q<HTMLButtonElement>(overlay, '[data-testid="ct-card-generalize"]');
    expect(use?.textContent).toBe('Use generalized reply');
    const preview = q(overlay, '.gen-preview') as HTMLElement;
    expect(preview.textContent).toBe(shortPreview(REPLY.text));
    expect(preview.textContent?.endsWith('…')).toBe(true);
    expect(preview.getAttribute('title')).toBe(REPLY.text);
    expect(preview.getAttribute('lang')).toBe('en');
    expect(q(overlay, '.gen-count')?.textContent).toBe('139/280 as X counts it');
    // Labelled: the button's description is the preview and the count.
    const described = (use?.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.map((id) => overlay.root.getElementById(id)?.className)).toEqual(['gen-preview', 'gen-count']);
    expect(q(overlay, '.gen')?.getAttribute('aria-labelledby')).toBe(q(overlay, '.gen-title')?.id);
    overlay.destroy();
  });

  it('is not offered for a draft with only notes, or when there is no reply', () => {
    const { overlay } = make();
    overlay.render({ ...risky, verdict: 'info', findings: [{ finding: { ...finding, severity: 'info' }, excerpt: '' }] });
    overlay.openCard(0, null, false);
    expect(q(overlay, '[data-testid="ct-card-generalize"]')).toBeNull();
    overlay.destroy();
    const none = make({ generalized: vi.fn(() => null) }).overlay;
    none.render(risky);
    none.openCard(0, null, false);
    expect(card(none).hidden).toBe(false);
    expect(q(none, '[data-testid="ct-card-generalize"]')).toBeNull();
    none.destroy();
  });

  it('puts the shown reply into the post, then closes the card and says it is done', async () => {
    const { overlay, actions } = make();
    overlay.render(risky);
    overlay.openCard(0, null, false);
    q<HTMLButtonElement>(overlay, '[data-testid="ct-card-generalize"]')?.click();
    expect(actions.useGeneralized).toHaveBeenCalledWith(REPLY.text);
    await settle();
    expect(overlay.openCardIndex).toBeNull();
    expect(card(overlay).hidden).toBe(true);
    const notice = q(overlay, '[data-caretweet="notice"]') as HTMLElement;
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toContain('generalized reply in place');
    overlay.destroy();
  });

  it('keeps the card while the reply goes in, and ignores a second press', async () => {
    let finish: (o: GeneralizeOutcome) => void = () => undefined;
    const useGeneralized = vi.fn(() => new Promise<GeneralizeOutcome>((r) => (finish = r)));
    const { overlay } = make({ useGeneralized });
    overlay.render(risky);
    overlay.openCard(0, null, false);
    const use = q<HTMLButtonElement>(overlay, '[data-testid="ct-card-generalize"]') as HTMLButtonElement;
    use.click();
    use.click();
    expect(useGeneralized).toHaveBeenCalledTimes(1);
    expect(use.disabled).toBe(true);
    expect(q(overlay, '.gen-status')?.textContent).toBe('Putting the reply into the post…');
    vi.useFakeTimers();
    overlay.scheduleCardHide(0);
    vi.runAllTimers();
    vi.useRealTimers();
    expect(card(overlay).hidden).toBe(false);
    finish({ kind: 'copied' });
    await settle();
    expect(use.disabled).toBe(false);
    expect(q(overlay, '.gen-status')?.textContent).toContain('on your clipboard');
    expect(card(overlay).hidden).toBe(false);
    overlay.destroy();
  });

  it('on failure shows the whole reply, an error and a Copy button that copies it', async () => {
    const { overlay, actions } = make({ useGeneralized: vi.fn(async (): Promise<GeneralizeOutcome> => ({ kind: 'failed' })) });
    overlay.render(risky);
    overlay.openCard(0, null, false);
    q<HTMLButtonElement>(overlay, '[data-testid="ct-card-generalize"]')?.click();
    await settle();
    const error = q(overlay, '.gen-error') as HTMLElement;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('could not change the post');
    expect(q(overlay, '.gen-preview')?.textContent).toBe(REPLY.text);
    const copy = q<HTMLButtonElement>(overlay, 'button[data-action="copy-generalized"]') as HTMLButtonElement;
    expect(copy.hidden).toBe(false);
    expect(overlay.root.activeElement).toBe(copy);
    copy.click();
    expect(actions.copy).toHaveBeenCalledWith(REPLY.text);
    await settle();
    expect(q(overlay, '.gen-status')?.textContent).toContain('Copied');
    overlay.destroy();
  });

  it('shows the fresh reply when the draft changed since the card opened', async () => {
    const fresh: GeneralizedPreview = { ...REPLY, text: 'Thanks for your message. Please call the office.', weightedLength: 48 };
    const { overlay } = make({ useGeneralized: vi.fn(async (): Promise<GeneralizeOutcome> => ({ kind: 'stale', preview: fresh })) });
    overlay.render(risky);
    overlay.openCard(0, null, false);
    q<HTMLButtonElement>(overlay, '[data-testid="ct-card-generalize"]')?.click();
    await settle();
    expect(q(overlay, '.gen-preview')?.textContent).toBe(fresh.text);
    expect(q(overlay, '.gen-count')?.textContent).toBe('48/280 as X counts it');
    expect(q(overlay, '.gen-status')?.textContent).toContain('Press the button again');
    overlay.destroy();
  });

  it('speaks Spanish', () => {
    useMessages(es as Parameters<typeof useMessages>[0]);
    const { overlay } = make();
    overlay.render(risky);
    overlay.openCard(0, null, false);
    expect(q(overlay, '[data-testid="ct-card-generalize"]')?.textContent).toBe('Usar la respuesta general');
    expect(q(overlay, '.gen-count')?.textContent).toBe('139/280 según el recuento de X');
    overlay.destroy();
  });
});

describe('"Use generalized reply" in the post guard', () => {
  beforeEach(() => resetFakeBrowser());
  afterEach(() => document.body.replaceChildren());

  const dialogOf = (o: Overlay): HTMLElement => q(o, '[role="alertdialog"][data-caretweet="post-guard"]') as HTMLElement;

  it('is a third action beside Post anyway and Edit; it resolves once the post holds the reply', async () => {
    const { overlay, actions } = make();
    const choice = overlay.showGuard('confirm', [{ severity: 'error', message: 'm', excerpt: '' }], REPLY);
    const dialog = dialogOf(overlay);
    const buttons = Array.from(dialog.querySelectorAll('.actions button:not([hidden])')).map((b) => b.getAttribute('data-action'));
    expect(buttons).toEqual(['post-anyway', 'generalize', 'edit']);
    expect(dialog.querySelector('.gen-preview')?.textContent).toBe(shortPreview(REPLY.text));
    (dialog.querySelector('[data-testid="ct-guard-generalize"]') as HTMLButtonElement).click();
    expect(actions.useGeneralized).toHaveBeenCalledWith(REPLY.text);
    await expect(choice).resolves.toEqual({ action: 'generalized' });
    expect(q(overlay, '[role="alertdialog"]')).toBeNull();
    expect(q(overlay, '[data-caretweet="notice"]')?.textContent).toContain('Read it over, then post');
    overlay.destroy();
  });

  it('is offered in block mode too, and not at all without a reply', async () => {
    const { overlay } = make();
    const blocked = overlay.showGuard('block', [{ severity: 'error', message: 'm', excerpt: '' }], REPLY);
    expect(dialogOf(overlay).querySelector('[data-testid="ct-guard-generalize"]')).not.toBeNull();
    dialogOf(overlay).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await expect(blocked).resolves.toEqual({ action: 'edit' });
    const plain = overlay.showGuard('warn', [{ severity: 'error', message: 'm', excerpt: '' }]);
    expect(dialogOf(overlay).querySelector('[data-testid="ct-guard-generalize"]')).toBeNull();
    dialogOf(overlay).dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await plain;
    overlay.destroy();
  });

  it('waits while the reply goes in (Escape does nothing), and stays open with the error when it fails', async () => {
    let finish: (o: GeneralizeOutcome) => void = () => undefined;
    const { overlay } = make({ useGeneralized: vi.fn(() => new Promise<GeneralizeOutcome>((r) => (finish = r))) });
    const choice = overlay.showGuard('confirm', [{ severity: 'error', message: 'm', excerpt: '' }], REPLY);
    let settled = false;
    void choice.then(() => (settled = true));
    const dialog = dialogOf(overlay);
    (dialog.querySelector('[data-testid="ct-guard-generalize"]') as HTMLButtonElement).click();
    expect((dialog.querySelector('button[data-action="edit"]') as HTMLButtonElement).disabled).toBe(true);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    finish({ kind: 'failed' });
    await settle();
    expect(settled).toBe(false);
    expect(dialog.isConnected).toBe(true);
    expect(dialog.querySelector('.gen-error')?.textContent).toContain('could not change the post');
    expect((dialog.querySelector('button[data-action="copy-generalized"]') as HTMLButtonElement).hidden).toBe(false);
    expect((dialog.querySelector('button[data-action="edit"]') as HTMLButtonElement).disabled).toBe(false);
    (dialog.querySelector('button[data-action="edit"]') as HTMLButtonElement).click();
    await expect(choice).resolves.toEqual({ action: 'edit' });
    overlay.destroy();
  });
});

describe('overlay strings', () => {
  type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
  const locales: Record<string, Messages> = { en: en as Messages, es: es as Messages };
  // node:url and node:path: happy-dom's URL does not take file: URLs.
  const dir = dirname(fileURLToPath(import.meta.url));
  const used = new Set<string>();
  // The overlay's files and the content script's own (the composer session's card notes).
  for (const folder of [dir, dirname(dir)]) {
    for (const file of readdirSync(folder)) {
      if (!file.endsWith('.ts') || file.includes('.test.')) continue;
      const source = readFileSync(join(folder, file), 'utf8');
      for (const m of source.matchAll(/\bt\('(overlay_[a-z_]+)'/g)) used.add(m[1] as string);
      // Keys built from a value: overlay_severity_${severity}, overlay_reason_${reason}.
      if (source.includes('overlay_severity_${')) for (const sev of ['error', 'warning', 'info']) used.add(`overlay_severity_${sev}`);
      if (source.includes('overlay_reason_${')) for (const r of AUDIT_REASONS) used.add(`overlay_reason_${r.replace(/-/g, '_')}`);
    }
  }

  it.each(Object.keys(locales))('every key the overlay uses has a %s message', (lang) => {
    expect(used.size).toBeGreaterThan(40);
    expect(used).toContain('overlay_reason_consent_on_file');
    expect(used).toContain('overlay_replace_stale');
    expect([...used].filter((k) => locales[lang]?.[k] === undefined)).toEqual([]);
  });

  it('English and Spanish have the same overlay keys and placeholders', () => {
    const mine = (m: Messages): string[] => Object.keys(m).filter((k) => k.startsWith('overlay_')).sort();
    expect(mine(es as Messages)).toEqual(mine(en as Messages));
    for (const k of mine(en as Messages)) {
      expect(Object.keys((es as Messages)[k]?.placeholders ?? {}).sort(), k).toEqual(Object.keys((en as Messages)[k]?.placeholders ?? {}).sort());
      for (const [lang, m] of Object.entries(locales)) {
        for (const name of m[k]?.message.match(/\$([a-z_]+)\$/gi) ?? []) {
          expect(m[k]?.placeholders?.[name.slice(1, -1).toLowerCase()], `${lang} ${k} ${name}`).toBeDefined();
        }
      }
    }
  });

  it('cuts the preview at a word, on a code point boundary', () => {
    expect(shortPreview('Short reply.')).toBe('Short reply.');
    const long = `${'word '.repeat(40)}end`;
    const cut = shortPreview(long);
    expect(Array.from(cut).length).toBeLessThanOrEqual(121);
    expect(cut.endsWith('word…')).toBe(true);
    const emoji = '😀'.repeat(130);
    expect(shortPreview(emoji)).toBe(`${'😀'.repeat(120)}…`);
  });
});
