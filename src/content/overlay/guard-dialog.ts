/**
 * The post-guard dialog: shown when a post about to go out has a problem, it asks the user to
 * edit, to post anyway (with a reason, where the practice wants one), or to use the generalized
 * reply instead.
 *
 * Test contract (design.md): the dialog is `[role="alertdialog"][data-caretweet="post-guard"]`.
 */
import type { PostGuardMode } from '../../engine/index.js';
import type { AuditReason } from '../../shared/audit-log.js';
import { findingText } from '../../shared/finding-text.js';
import { clear, h, trapTab } from './dom.js';
import { generalizeParts } from './generalize.js';
import { t } from './i18n.js';
import { severityLabel, SEVERITY_SYMBOL } from './styles.js';
import type { GeneralizedPreview, GuardChoice, GuardProblem, OverlayContext } from './types.js';

/**
 * The reasons offered for posting anyway, in the audit log's own terms; each one's words are the
 * message overlay_reason_<reason> (dashes as underscores).
 */
const REASONS: readonly AuditReason[] = ['not-a-patient', 'consent-on-file', 'public-information', 'false-alarm', 'other'];

export class GuardDialog {
  /** Where the dialog and its backdrop go; empty while no dialog is open. */
  readonly layer: HTMLElement;
  private isOpen = false;

  constructor(private readonly ctx: OverlayContext) {
    this.layer = h(ctx.doc, 'div', { class: 'guard-layer' });
  }

  get open(): boolean {
    return this.isOpen;
  }

  /** Answers "edit" for an open dialog whose composer went away, so the guard is free again. */
  close(): void {
    if (this.isOpen) this.done({ action: 'edit' });
  }

  private done: (choice: GuardChoice) => void = () => undefined;

  /**
   * The post guard. `warn`: Edit or Post anyway; `confirm`: Post anyway asks for a short reason;
   * `block`: Edit only. With `generalized`, in every mode, a third way: put that reply into the
   * post and go back to it (never posting it). Resolves with the user's choice; Escape means Edit.
   */
  show(mode: Exclude<PostGuardMode, 'off'>, problems: readonly GuardProblem[], generalized: GeneralizedPreview | null): Promise<GuardChoice> {
    const doc = this.ctx.doc;
    clear(this.layer);
    this.isOpen = true;
    const id = this.ctx.id;
    const list = h(doc, 'ul', {});
    for (const p of problems) {
      list.append(h(doc, 'li', { 'data-severity': p.severity }, h(doc, 'span', { class: 'sev' }, `${SEVERITY_SYMBOL[p.severity]} ${severityLabel(p.severity)}: `), findingText(p.message), p.excerpt.length > 0 ? ` — “${p.excerpt}”` : ''));
    }
    const edit = h(doc, 'button', { type: 'button', class: 'primary', 'data-action': 'edit' }, t('overlay_guard_edit'));
    const postAnyway = mode === 'block' ? null : h(doc, 'button', { type: 'button', class: 'danger', 'data-action': 'post-anyway' }, t('overlay_guard_post_anyway'));
    // A reason from a fixed list: the audit log keeps it, and a list keeps free text (which
    // could itself name the patient) out of storage.
    const reasonBox = h(doc, 'fieldset', { hidden: true, class: 'reasons' }, h(doc, 'legend', {}, t('overlay_guard_why')));
    REASONS.forEach((value) => {
      reasonBox.append(
        h(doc, 'label', {}, h(doc, 'input', { type: 'radio', name: `${id}-reason`, value, 'data-reason': value }), ` ${t(`overlay_reason_${value.replace(/-/g, '_')}`)}`),
      );
    });
    const reasonError = h(doc, 'div', { class: 'error', role: 'alert' });
    reasonBox.append(reasonError);
    const intro = mode === 'block' ? t('overlay_guard_intro_block') : t('overlay_guard_intro');
    let finish: (choice: GuardChoice) => void = () => undefined;
    const gen =
      generalized === null
        ? null
        : generalizeParts(this.ctx, 'guard', generalized, t('overlay_guard_generalize_title'), {
            // Nothing else may happen in the dialog while the post is being changed.
            busy: (busy) => {
              for (const b of dialog.querySelectorAll<HTMLButtonElement | HTMLInputElement>('button, input')) b.disabled = busy;
              dialog.toggleAttribute('aria-busy', busy);
            },
            done: () => finish({ action: 'generalized' }),
          });
    const dialog = h(
      doc,
      'div',
      { class: 'guard', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': `${id}-guard-title`, 'aria-describedby': `${id}-guard-desc`, 'data-caretweet': 'post-guard', 'data-mode': mode },
      h(doc, 'h2', { id: `${id}-guard-title` }, t('overlay_guard_title')),
      h(doc, 'div', { id: `${id}-guard-desc` }, h(doc, 'p', {}, intro), list),
      gen?.preview,
      reasonBox,
      h(doc, 'div', { class: 'actions' }, postAnyway, gen?.use, gen?.copy, edit),
      gen?.status,
      gen?.error,
    );
    const backdrop = h(doc, 'div', { class: 'backdrop' });
    this.layer.append(backdrop, dialog);
    edit.focus();

    return new Promise<GuardChoice>((resolve) => {
      finish = this.done = (choice: GuardChoice): void => {
        this.isOpen = false;
        clear(this.layer);
        resolve(choice);
      };
      edit.addEventListener('click', () => finish({ action: 'edit' }));
      backdrop.addEventListener('click', () => {
        if (!this.ctx.pending) finish({ action: 'edit' });
      });
      const submit = (): void => {
        if (mode === 'warn') {
          finish({ action: 'post' });
          return;
        }
        if (reasonBox.hidden) {
          reasonBox.hidden = false;
          if (postAnyway !== null) postAnyway.textContent = t('overlay_guard_post_reason');
          reasonBox.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
          return;
        }
        const picked = reasonBox.querySelector<HTMLInputElement>('input[type="radio"]:checked');
        const r = REASONS.find((value) => value === picked?.value);
        if (r === undefined) {
          reasonError.textContent = t('overlay_guard_pick_reason');
          reasonBox.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
          return;
        }
        finish({ action: 'post', reason: r });
      };
      postAnyway?.addEventListener('click', submit);
      dialog.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          if (!this.ctx.pending) finish({ action: 'edit' });
        } else if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'radio') {
          e.preventDefault();
          submit();
        } else if (e.key === 'Tab') trapTab(e, dialog, this.ctx.root);
      });
    });
  }
}
