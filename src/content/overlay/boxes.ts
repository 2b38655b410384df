/**
 * Fallback underlines, where the Custom Highlight API is missing or the editor is a plain
 * textarea: boxes over the text's line boxes, in a layer of the overlay.
 */
import type { Severity } from '../../engine/index.js';
import { h } from './dom.js';
import type { BoxSpec } from './types.js';

export function createBoxLayer(doc: Document): HTMLElement {
  return h(doc, 'div', { class: 'boxes', 'aria-hidden': 'true' });
}

/** Draws `specs` into `layer`, reusing its boxes. */
export function setBoxes(layer: HTMLElement, specs: readonly BoxSpec[]): void {
  const boxes: { severity: Severity; rect: DOMRect; active: boolean }[] = [];
  for (const s of specs) for (const rect of s.rects) boxes.push({ severity: s.severity, rect, active: s.active });
  while (layer.children.length > boxes.length) layer.lastElementChild?.remove();
  while (layer.children.length < boxes.length) layer.append(h(layer.ownerDocument, 'div', { class: 'box' }));
  boxes.forEach((b, i) => {
    const el = layer.children[i] as HTMLElement;
    el.setAttribute('data-severity', b.severity);
    el.toggleAttribute('data-active', b.active);
    el.style.left = `${b.rect.left}px`;
    el.style.top = `${b.rect.top}px`;
    el.style.width = `${b.rect.width}px`;
    el.style.height = `${b.rect.height + 2}px`;
  });
}
