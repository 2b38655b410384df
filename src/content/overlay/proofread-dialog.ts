/**
 * The practice's proofreading checklist: shown before a post goes out when the policy turns it on.
 * Post stays disabled until every point is ticked; Back to edit (or Escape) posts nothing. The
 * points are the practice's own words, shown as written.
 *
 * Test contract: `[role="alertdialog"][data-caretweet="proofread"]`, checkboxes
 * `[data-proofread-item="<index>"]`, buttons `[data-action="post"]` and `[data-action="edit"]`.
 */
import { clear, h, trapTab } from './dom.js';
import { t } from './i18n.js';
import type { OverlayContext } from './types.js';

export class ProofreadDialog {
  readonly layer: HTMLElement;
  open = false;
  /** Answers the open dialog; close() answers "back to edit". */
  private done: (go: boolean) => void = () => undefined;

  constructor(private readonly ctx: OverlayContext) {
    this.layer = h(ctx.doc, 'div', { class: 'guard-layer' });
  }

  /** Resolves true when every point was ticked and the user chose Post. */
  show(items: readonly string[]): Promise<boolean> {
    const doc = this.ctx.doc;
    const id = this.ctx.id;
    clear(this.layer);
    this.open = true;
    const boxes = items.map((_, i) => h(doc, 'input', { type: 'checkbox', 'data-proofread-item': i }));
    const post = h(doc, 'button', { type: 'button', class: 'primary', 'data-action': 'post', disabled: true }, t('overlay_proofread_post'));
    const edit = h(doc, 'button', { type: 'button', 'data-action': 'edit' }, t('overlay_proofread_edit'));
    const dialog = h(
      doc,
      'div',
      { class: 'guard proofread', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': `${id}-pr-title`, 'aria-describedby': `${id}-pr-desc`, 'data-caretweet': 'proofread' },
      h(doc, 'h2', { id: `${id}-pr-title` }, t('overlay_proofread_title')),
      h(doc, 'p', { id: `${id}-pr-desc` }, t('overlay_proofread_intro')),
      ...items.map((item, i) => h(doc, 'label', {}, boxes[i], ` ${item}`)),
      h(doc, 'div', { class: 'actions' }, edit, post),
    );
    const backdrop = h(doc, 'div', { class: 'backdrop' });
    this.layer.append(backdrop, dialog);
    boxes[0]?.focus();

    return new Promise<boolean>((resolve) => {
      const finish = (this.done = (go: boolean): void => {
        this.open = false;
        clear(this.layer);
        resolve(go);
      });
      const back = (): void => finish(false);
      dialog.addEventListener('change', () => {
        post.disabled = !boxes.every((b) => b.checked);
      });
      // A disabled button is never clicked: Post only fires with every point ticked.
      post.addEventListener('click', () => finish(true));
      edit.addEventListener('click', back);
      backdrop.addEventListener('click', back);
      dialog.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          back();
        } else if (e.key === 'Tab') trapTab(e, dialog, this.ctx.root);
      });
    });
  }

  /** The composer went away: nothing is posted, and the post guard is free for the next post. */
  close(): void {
    if (this.open) this.done(false);
  }
}
