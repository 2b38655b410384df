// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Finding } from '../../engine/index.js';
import { badgeText, Overlay, type OverlayActions } from './overlay.js';

const finding: Finding = {
  ruleId: 'phi/phone',
  category: 'phone',
  severity: 'error',
  span: { start: 5, end: 17 },
  message: 'This looks like a phone number',
  why: 'A phone number can identify a patient.',
  suggestions: [{ label: 'Remove it', edits: [{ start: 4, end: 17, replacement: '' }] }],
};

function make(): { overlay: Overlay; actions: OverlayActions } {
  const actions: OverlayActions = { apply: vi.fn(), ignore: vi.fn(), activate: vi.fn(), returnToEditor: vi.fn(), next: vi.fn() };
  const overlay = new Overlay(document, { testid: 'tweetTextarea_0', id: 'caretweet-t', kind: 'post', level: 'testid', inDialog: false }, actions);
  return { overlay, actions };
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
