/**
 * The `<caretweet-overlay>` element: one per composer, with an open shadow root, appended to
 * <body> (outside X's React tree, so X's re-renders never meet it).
 *
 * Test contract (design.md): the host carries data-for / data-verdict / data-findings /
 * data-weighted-length; data-composer, data-kind, data-level and data-scope say which composer it
 * serves.
 */
import type { OverlayIdentity, OverlayView } from './types.js';

export const OVERLAY_TAG = 'caretweet-overlay';

export function createHost(doc: Document, identity: OverlayIdentity): { readonly host: HTMLElement; readonly root: ShadowRoot } {
  const host = doc.createElement(OVERLAY_TAG);
  host.setAttribute('data-for', identity.testid);
  host.setAttribute('data-composer', identity.id);
  host.setAttribute('data-kind', identity.kind);
  host.setAttribute('data-level', identity.level);
  host.setAttribute('data-scope', identity.inDialog ? 'dialog' : 'page');
  const root = host.attachShadow({ mode: 'open' });
  return { host, root };
}

export function setViewAttrs(host: HTMLElement, v: OverlayView): void {
  host.setAttribute('data-verdict', v.verdict);
  host.setAttribute('data-findings', String(v.findings.length));
  host.setAttribute('data-weighted-length', String(v.weightedLength));
}

/** Hands `keydown` to `onKeydown`, then stops every key event at the shadow root. */
export function isolateKeys(root: ShadowRoot, onKeydown: (e: KeyboardEvent) => void): void {
  // Keys typed in the overlay must not reach X's page-wide shortcuts (n, j, k, l, r, …).
  for (const type of ['keydown', 'keypress', 'keyup'] as const) {
    root.addEventListener(type, (e) => {
      if (type === 'keydown') onKeydown(e as KeyboardEvent);
      e.stopPropagation();
    });
  }
}
