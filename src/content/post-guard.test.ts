// @vitest-environment happy-dom
/**
 * The post guard with the practice's proofreading checklist: a composer stand-in with a real
 * overlay, X's Post button beside it, and the page's own click handler counting what goes out.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding, PostGuardMode, Verdict } from '../engine/index.js';
import { resetFakeBrowser } from '../shared/fake-browser.test-util.js';
import type { ComposerSession } from './composer-session.js';
import type { Overlay, OverlayFinding } from './overlay/overlay.js';
import { homeOverlay, overlayActions, PHONE_FINDING } from './overlay/overlay.test-util.js';
import { installPostGuard, type GuardDeps } from './post-guard.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../shared/fake-browser.test-util.js')).fakeBrowser }));

const finding: Finding = { ...PHONE_FINDING, suggestions: [] };

/** Synthetic checklist points. */
const ITEMS = ['Nobody can be recognized', 'The sign-off is there'];

interface Setup {
  readonly overlay: Overlay;
  readonly button: HTMLButtonElement;
  readonly el: HTMLElement;
  readonly posts: string[];
  readonly onPost: ReturnType<typeof vi.fn>;
  readonly focusDraft: ReturnType<typeof vi.fn>;
  readonly showFirst: ReturnType<typeof vi.fn>;
  readonly state: { verdict: Verdict; mode: PostGuardMode; proofread: { enabled: boolean; items: string[] } };
}

let ctrl: AbortController;

function setup(verdict: Verdict, mode: PostGuardMode, proofread: { enabled: boolean; items: string[] }, kind: 'post' | 'dm' = 'post'): Setup {
  const box = document.createElement('div');
  const el = document.createElement('div');
  el.contentEditable = 'true';
  const button = document.createElement('button');
  button.setAttribute('data-testid', 'tweetButtonInline');
  box.append(el, button);
  document.body.append(box);
  const posts: string[] = [];
  // X's own handler, at its root in the bubble phase: what it sees is what gets posted.
  document.addEventListener('click', (e) => {
    if (e.target === button) posts.push('click');
  }, { signal: ctrl.signal });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && e.ctrlKey) posts.push('keyboard');
  }, { signal: ctrl.signal });
  const overlay = homeOverlay(overlayActions());
  const state = { verdict, mode, proofread };
  const focusDraft = vi.fn();
  const showFirst = vi.fn();
  const findings = (): OverlayFinding[] => (state.verdict === 'error' ? [{ finding, excerpt: '555 010 0199' }] : []);
  const session = {
    el,
    kind,
    overlay,
    needsEngine: () => false,
    current: () => ({ verdict: state.verdict, findings: findings() }),
    generalizedPreview: () => null,
    showFirst,
    focusDraft,
  } as unknown as ComposerSession;
  const onPost = vi.fn();
  const deps: GuardDeps = {
    win: window,
    sessions: () => [session],
    mode: () => state.mode,
    proofread: () => state.proofread,
    ensureEngine: async () => undefined,
    onPost,
  };
  installPostGuard(deps, ctrl.signal);
  return { overlay, button, el, posts, onPost, focusDraft, showFirst, state };
}

const checklistOf = (o: Overlay): HTMLElement | null => o.root.querySelector('[data-caretweet="proofread"]');
const guardOf = (o: Overlay): HTMLElement | null => o.root.querySelector('[data-caretweet="post-guard"]');
const postOf = (d: HTMLElement): HTMLButtonElement => d.querySelector('button[data-action="post"]') as HTMLButtonElement;
const tickAll = (d: HTMLElement): void => {
  for (const b of d.querySelectorAll<HTMLInputElement>('input[data-proofread-item]')) b.click();
};
/** Lets the promise chains behind a choice run. */
const settle = async (): Promise<void> => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

beforeEach(() => {
  resetFakeBrowser();
  ctrl = new AbortController();
});
afterEach(() => {
  ctrl.abort();
  document.body.replaceChildren();
});

describe('the proofreading checklist', () => {
  it('stops a clean post until every point is ticked, then lets it go once', async () => {
    const { overlay, button, posts, onPost } = setup('ok', 'confirm', { enabled: true, items: ITEMS });
    button.click();
    expect(posts).toEqual([]);
    await settle();
    const dialog = checklistOf(overlay) as HTMLElement;
    expect(dialog).not.toBeNull();
    expect(dialog.getAttribute('role')).toBe('alertdialog');
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(overlay.root.getElementById(dialog.getAttribute('aria-labelledby') ?? '')?.textContent).toBe('Before you post');
    expect(overlay.root.getElementById(dialog.getAttribute('aria-describedby') ?? '')?.textContent).toContain('Tick them all');
    const boxes = [...dialog.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    expect(boxes.map((b) => b.getAttribute('data-proofread-item'))).toEqual(['0', '1']);
    expect([...dialog.querySelectorAll('label')].map((l) => l.textContent?.trim())).toEqual(ITEMS);
    expect(overlay.root.activeElement).toBe(boxes[0]);
    expect(overlay.guardIsOpen).toBe(true);

    const post = postOf(dialog);
    expect(post.textContent).toBe('Post');
    expect(post.disabled).toBe(true);
    boxes[0]?.click();
    expect(post.disabled).toBe(true);
    post.click();
    await settle();
    expect(checklistOf(overlay)).not.toBeNull();
    // A second press of X's button while the checklist is open does nothing.
    button.click();
    expect(posts).toEqual([]);
    boxes[1]?.click();
    expect(post.disabled).toBe(false);
    post.click();
    await settle();
    expect(posts).toEqual(['click']);
    expect(onPost).toHaveBeenCalledTimes(1);
    expect(onPost).toHaveBeenCalledWith([expect.anything()], null);
    expect(checklistOf(overlay)).toBeNull();
    expect(overlay.guardIsOpen).toBe(false);
  });

  it('"Back to edit" and Escape post nothing and go back to the draft', async () => {
    const { overlay, button, posts, onPost, focusDraft } = setup('ok', 'confirm', { enabled: true, items: ITEMS });
    button.click();
    await settle();
    let dialog = checklistOf(overlay) as HTMLElement;
    tickAll(dialog);
    const edit = dialog.querySelector('button[data-action="edit"]') as HTMLButtonElement;
    expect(edit.textContent).toBe('Back to edit');
    edit.click();
    await settle();
    expect(checklistOf(overlay)).toBeNull();
    expect(focusDraft).toHaveBeenCalledTimes(1);

    button.click();
    await settle();
    dialog = checklistOf(overlay) as HTMLElement;
    // Ticks do not carry over from the last time.
    expect(postOf(dialog).disabled).toBe(true);
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await settle();
    expect(checklistOf(overlay)).toBeNull();
    expect(focusDraft).toHaveBeenCalledTimes(2);
    expect(posts).toEqual([]);
    expect(onPost).not.toHaveBeenCalled();
  });

  it('posts nothing, and frees the guard, when the composer goes away meanwhile', async () => {
    const { overlay, button, posts, onPost } = setup('ok', 'confirm', { enabled: true, items: ITEMS });
    button.click();
    await settle();
    overlay.destroy();
    await settle();
    expect(posts).toEqual([]);
    expect(onPost).not.toHaveBeenCalled();
    // The next press is handled again, not swallowed as if a dialog were still open.
    button.click();
    await settle();
    expect(posts).toEqual([]);
    expect(overlay.guardIsOpen).toBe(true);
  });

  it('frees the guard when the composer goes away while the guard dialog is open', async () => {
    const { overlay, button, posts, onPost } = setup('error', 'confirm', { enabled: false, items: [] });
    button.click();
    await settle();
    expect(guardOf(overlay)).not.toBeNull();
    const shown = vi.spyOn(overlay, 'showGuard');
    overlay.destroy();
    await settle();
    expect(guardOf(overlay)).toBeNull();
    expect(posts).toEqual([]);
    expect(onPost).not.toHaveBeenCalled();
    // The next press is handled again, not swallowed as if the dialog were still open.
    button.click();
    await settle();
    expect(shown).toHaveBeenCalledTimes(1);
  });

  it('keeps Tab inside the dialog', async () => {
    const { overlay, button } = setup('ok', 'confirm', { enabled: true, items: ITEMS });
    button.click();
    await settle();
    const dialog = checklistOf(overlay) as HTMLElement;
    const first = dialog.querySelector<HTMLInputElement>('[data-proofread-item="0"]') as HTMLInputElement;
    const edit = dialog.querySelector('button[data-action="edit"]') as HTMLButtonElement;
    // Post is disabled: Back to edit is the last stop, and Tab from it wraps to the first point.
    edit.focus();
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    edit.dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(true);
    expect(overlay.root.activeElement).toBe(first);
    const back = new KeyboardEvent('keydown', { key: 'Tab', shiftKey: true, bubbles: true, cancelable: true });
    first.dispatchEvent(back);
    expect(overlay.root.activeElement).toBe(edit);
  });

  it('is not shown when it is off or has no points', () => {
    for (const proofread of [{ enabled: false, items: ITEMS }, { enabled: true, items: [] }, { enabled: true, items: ['  '] }]) {
      const { overlay, button, posts, onPost } = setup('ok', 'confirm', proofread);
      button.click();
      expect(checklistOf(overlay)).toBeNull();
      expect(posts).toEqual(['click']);
      expect(onPost).toHaveBeenCalledTimes(1);
      ctrl.abort();
      ctrl = new AbortController();
      document.body.replaceChildren();
    }
  });

  it('is not shown for a direct message, which is not a post', async () => {
    const { overlay, button, posts } = setup('ok', 'confirm', { enabled: true, items: ITEMS }, 'dm');
    button.click();
    await settle();
    expect(checklistOf(overlay)).toBeNull();
    expect(posts).toEqual(['click']);
  });

  it('comes after the guard dialog, once the user chose to post anyway', async () => {
    const { overlay, button, posts, onPost } = setup('error', 'warn', { enabled: true, items: ITEMS });
    button.click();
    await settle();
    expect(checklistOf(overlay)).toBeNull();
    const guard = guardOf(overlay) as HTMLElement;
    expect(guard).not.toBeNull();
    (guard.querySelector('button[data-action="post-anyway"]') as HTMLButtonElement).click();
    await settle();
    expect(guardOf(overlay)).toBeNull();
    const dialog = checklistOf(overlay) as HTMLElement;
    expect(dialog).not.toBeNull();
    expect(posts).toEqual([]);
    tickAll(dialog);
    postOf(dialog).click();
    await settle();
    expect(posts).toEqual(['click']);
    // The audit log hears of the override exactly as without the checklist.
    expect(onPost).toHaveBeenCalledWith([expect.anything()], {});
  });

  it('is not shown after the guard’s Edit', async () => {
    const { overlay, button, posts, showFirst } = setup('error', 'confirm', { enabled: true, items: ITEMS });
    button.click();
    await settle();
    (guardOf(overlay)?.querySelector('button[data-action="edit"]') as HTMLButtonElement).click();
    await settle();
    expect(showFirst).toHaveBeenCalledWith('error');
    expect(checklistOf(overlay)).toBeNull();
    expect(posts).toEqual([]);
  });

  it('is shown with the post guard off, for a risky draft too', async () => {
    const { overlay, button, posts } = setup('error', 'off', { enabled: true, items: ITEMS });
    button.click();
    await settle();
    expect(guardOf(overlay)).toBeNull();
    const dialog = checklistOf(overlay) as HTMLElement;
    tickAll(dialog);
    postOf(dialog).click();
    await settle();
    expect(posts).toEqual(['click']);
  });

  it('catches Ctrl+Enter the same way', async () => {
    const { overlay, el, posts, onPost } = setup('ok', 'confirm', { enabled: true, items: ITEMS });
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }));
    expect(posts).toEqual([]);
    await settle();
    const dialog = checklistOf(overlay) as HTMLElement;
    expect(dialog).not.toBeNull();
    tickAll(dialog);
    postOf(dialog).click();
    await settle();
    // Released through the composer's Post button.
    expect(posts).toEqual(['click']);
    expect(onPost).toHaveBeenCalledTimes(1);
  });
});
