// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { offsetOf, pointAt, rangeFor, readEditable } from './text-model.js';

/** Draft.js's DOM for a list of blocks: div[data-contents] > div[data-block] > div > span > span[data-text]. */
function draft(blocks: readonly (readonly string[])[]): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('contenteditable', 'true');
  root.setAttribute('role', 'textbox');
  root.setAttribute('data-testid', 'tweetTextarea_0');
  const contents = document.createElement('div');
  contents.setAttribute('data-contents', 'true');
  blocks.forEach((leaves, b) => {
    const block = document.createElement('div');
    block.setAttribute('data-block', 'true');
    block.setAttribute('data-offset-key', `k${b}-0-0`);
    const wrap = document.createElement('div');
    wrap.setAttribute('data-offset-key', `k${b}-0-0`);
    if (leaves.length === 0) {
      const span = document.createElement('span');
      span.setAttribute('data-offset-key', `k${b}-0-0`);
      const br = document.createElement('br');
      br.setAttribute('data-text', 'true');
      span.append(br);
      wrap.append(span);
    }
    leaves.forEach((text, l) => {
      const span = document.createElement('span');
      span.setAttribute('data-offset-key', `k${b}-${l}-0`);
      const inner = document.createElement('span');
      inner.setAttribute('data-text', 'true');
      inner.textContent = text;
      span.append(inner);
      wrap.append(span);
    });
    block.append(wrap);
    contents.append(block);
  });
  root.append(contents);
  document.body.append(root);
  return root;
}

describe('readEditable on Draft.js', () => {
  it("joins blocks with '\\n' exactly as getPlainText does, empty blocks included", () => {
    const el = draft([['Hello ', '@team'], [], ['Call 555-0100']]);
    const snap = readEditable(el);
    expect(snap.text).toBe('Hello @team\n\nCall 555-0100');
    expect(snap.blocks.map((b) => [b.start, b.end])).toEqual([[0, 11], [12, 12], [13, 26]]);
  });

  it('maps offsets to ranges that cover exactly the span, across leaves and emoji', () => {
    const el = draft([['Hi 👋🏽 ', 'Jane Doe'], ['room 12']]);
    const snap = readEditable(el);
    const text = snap.text;
    expect(text).toBe('Hi 👋🏽 Jane Doe\nroom 12');
    const start = text.indexOf('Jane');
    const r = rangeFor(snap, start, start + 'Jane Doe'.length, document);
    expect(r?.toString()).toBe('Jane Doe');
    // A span from one block into the next.
    const across = rangeFor(snap, text.indexOf('Doe'), text.indexOf('12') + 2, document);
    expect(across?.startContainer.textContent).toBe('Jane Doe');
    expect(across?.endContainer.textContent).toBe('room 12');
    const emoji = rangeFor(snap, 3, 7, document);
    expect(emoji?.toString()).toBe('👋🏽');
  });

  it('puts a range start in the later node and its end in the earlier one at a leaf boundary', () => {
    const el = draft([['ab', 'cd']]);
    const snap = readEditable(el);
    expect(pointAt(snap, 2, 'start')?.node.textContent).toBe('cd');
    expect(pointAt(snap, 2, 'end')?.node.textContent).toBe('ab');
    expect(pointAt(snap, 99, 'end')).toMatchObject({ offset: 2 });
  });

  it('turns DOM positions back into offsets', () => {
    const el = draft([['Hello'], [], ['world']]);
    const snap = readEditable(el);
    const world = snap.segments[1]?.node as Text;
    expect(offsetOf(snap, world, 3)).toBe(10);
    const emptyLeaf = el.querySelectorAll('[data-block]')[1]?.querySelector('span') as Element;
    expect(offsetOf(snap, emptyLeaf, 0)).toBe(6);
    expect(offsetOf(snap, el, el.childNodes.length)).toBe(snap.text.length);
  });
});

describe('readEditable on other editors', () => {
  it('reads paragraphs and <br> as lines', () => {
    const el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
    const p1 = document.createElement('p');
    p1.textContent = 'one';
    const p2 = document.createElement('p');
    p2.append('two', document.createElement('br'), 'three');
    el.append(p1, p2);
    const snap = readEditable(el);
    expect(snap.text).toBe('one\ntwo\nthree');
    const i = snap.text.indexOf('three');
    expect(rangeFor(snap, i, i + 5, document)?.toString()).toBe('three');
  });
});
