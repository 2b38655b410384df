// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findComposers, watchComposers } from './composer.js';

const OFF = { on: false, measure: () => undefined };
const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('findComposers', () => {
  it("takes X's test ids first, and only the editable element", () => {
    document.body.innerHTML = `
      <label data-testid="tweetTextarea_0_label"></label>
      <div data-testid="tweetTextarea_0RichTextInputContainer"><div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"></div></div>
      <textarea data-testid="tweetTextarea_1"></textarea>
      <div role="textbox" contenteditable="true" id="other"></div>`;
    const found = findComposers(document);
    expect(found.level).toBe('testid');
    expect(found.els.map((e) => e.getAttribute('data-testid'))).toEqual(['tweetTextarea_0', 'tweetTextarea_1']);
  });

  it('falls back to role=textbox, then textarea, but only near a post button', () => {
    document.body.innerHTML = `<div><div role="textbox" contenteditable="true" id="a"></div><div><button data-testid="tweetButtonInline">Post</button></div></div>
      <form role="search"><div role="textbox" contenteditable="true" id="search"></div></form>`;
    expect(findComposers(document)).toMatchObject({ level: 'role' });
    expect(findComposers(document).els.map((e) => e.id)).toEqual(['a']);
    document.body.innerHTML = '<div><textarea id="t"></textarea><button data-testid="tweetButton">Post</button></div>';
    expect(findComposers(document)).toMatchObject({ level: 'textarea' });
    document.body.innerHTML = '<div><textarea id="bio"></textarea></div>';
    expect(findComposers(document)).toEqual({ level: null, els: [] });
  });
});

describe('watchComposers', () => {
  let ctrl: AbortController;
  afterEach(() => ctrl.abort());

  it('reports composers as the page adds and removes them, and edits inside them', async () => {
    ctrl = new AbortController();
    const log: string[] = [];
    const watcher = watchComposers(
      document,
      {
        found: (el, level) => log.push(`found ${el.getAttribute('data-testid')} ${level}`),
        lost: (el) => log.push(`lost ${el.getAttribute('data-testid')}`),
        edited: (el) => log.push(`edited ${el.getAttribute('data-testid')}`),
      },
      ctrl.signal,
      OFF,
    );
    expect(watcher.level).toBe(null);
    const host = document.createElement('div');
    host.innerHTML = '<div data-testid="tweetTextarea_0" contenteditable="true" role="textbox"><span>hi</span></div>';
    document.body.append(host);
    await frame();
    expect(log).toEqual(['found tweetTextarea_0 testid']);
    expect(watcher.level).toBe('testid');
    const span = host.querySelector('span') as HTMLElement;
    (span.firstChild as Text).data = 'hi there';
    span.append(document.createElement('b'));
    await frame();
    expect(log.slice(1)).toContain('edited tweetTextarea_0');
    // Timeline churn elsewhere finds nothing new.
    for (let i = 0; i < 5; i++) document.body.append(document.createElement('article'));
    await frame();
    expect(log.filter((l) => l.startsWith('found'))).toHaveLength(1);
    host.remove();
    await frame();
    expect(log.at(-1)).toBe('lost tweetTextarea_0');
    expect(watcher.composers).toEqual([]);
  });

  it('finds composers deep in added subtrees, and falls back when X drops its test ids', async () => {
    ctrl = new AbortController();
    const found: string[] = [];
    const watcher = watchComposers(document, { found: (el, level) => found.push(`${el.id} ${level}`), lost: () => undefined, edited: () => undefined }, ctrl.signal, OFF);
    const modal = document.createElement('div');
    modal.innerHTML = '<div><div><div data-testid="tweetTextarea_0" contenteditable="true" id="deep"></div></div></div>';
    document.body.append(modal);
    await frame();
    expect(found).toEqual(['deep testid']);
    modal.remove();
    await frame();
    // A composer without test ids, next to a post button: found by role.
    const box = document.createElement('div');
    box.innerHTML = '<div role="textbox" contenteditable="true" id="bare"></div><button data-testid="tweetButton">Post</button>';
    document.body.append(box);
    await frame();
    expect(found).toEqual(['deep testid', 'bare role']);
    expect(watcher.level).toBe('role');
  });

  it('lets go of everything on abort', async () => {
    ctrl = new AbortController();
    document.body.innerHTML = '<div data-testid="tweetTextarea_0" contenteditable="true"></div>';
    const lost: string[] = [];
    watchComposers(document, { found: () => undefined, lost: (el) => lost.push(el.tagName), edited: () => undefined }, ctrl.signal, OFF);
    ctrl.abort();
    expect(lost).toEqual(['DIV']);
  });
});
