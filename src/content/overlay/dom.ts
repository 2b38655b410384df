/** A small element builder for the overlay's shadow DOM. Text always goes in as text, never HTML. */

type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? doc.createTextNode(c) : c);
  }
  return el;
}

export function clear(el: Element): void {
  while (el.firstChild !== null) el.firstChild.remove();
}

/** Tab and Shift+Tab cycle through the dialog's enabled, visible buttons and inputs. */
export function trapTab(e: KeyboardEvent, dialog: HTMLElement, root: ShadowRoot): void {
  const items = Array.from(dialog.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')).filter((x) => !x.disabled && x.closest('[hidden]') === null);
  const first = items[0];
  const last = items[items.length - 1];
  const active = root.activeElement;
  if (first === undefined || (e.shiftKey ? active === first : active === last)) {
    e.preventDefault();
    (e.shiftKey ? last : first)?.focus();
  }
}
