/**
 * Everything CareTweet draws beside one composer, in one `<caretweet-overlay>` element (host.ts):
 * the badge (badge.ts) with its notice (notice.ts), the findings list, also the screen-reader view
 * (findings-list.ts), the hover/focus card (card.ts), fallback underline boxes (boxes.ts), and
 * the post-guard dialog (guard-dialog.ts) and the practice's proofreading checklist
 * (proofread-dialog.ts). This file puts them together and routes the keyboard
 * between them; the composer session talks to the overlay through the class below only.
 */
import type { PostGuardMode } from '../../engine/index.js';
import { Badge } from './badge.js';
import { createBoxLayer, setBoxes } from './boxes.js';
import { Card } from './card.js';
import { h } from './dom.js';
import { FindingsList, indexOf } from './findings-list.js';
import { GuardDialog } from './guard-dialog.js';
import { createHost, isolateKeys, setViewAttrs } from './host.js';
import { Notice } from './notice.js';
import { ProofreadDialog } from './proofread-dialog.js';
import { isNextShortcut } from './shortcuts.js';
import { SHADOW_CSS } from './styles.js';
import type { BoxSpec, GeneralizedPreview, GuardChoice, GuardProblem, OverlayActions, OverlayContext, OverlayIdentity, OverlayView } from './types.js';

export { badgeText } from './badge.js';
export { shortPreview } from './generalize.js';
export { OVERLAY_TAG } from './host.js';
export { isNextShortcut } from './shortcuts.js';
export type {
  BoxSpec,
  GeneralizedPreview,
  GeneralizeOutcome,
  GuardChoice,
  GuardProblem,
  OverlayActions,
  OverlayFinding,
  OverlayIdentity,
  OverlayView,
} from './types.js';

export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  readonly mirrorLayer: HTMLElement;
  private readonly ctx: OverlayContext;
  private readonly badge: Badge;
  private readonly notice: Notice;
  private readonly findings: FindingsList;
  private readonly card: Card;
  private readonly boxLayer: HTMLElement;
  private readonly guard: GuardDialog;
  private readonly proofread: ProofreadDialog;
  private view: OverlayView = { verdict: 'ok', findings: [], weightedLength: 0, limit: 280, hasText: false };

  constructor(doc: Document, identity: OverlayIdentity, actions: OverlayActions) {
    const { host, root } = createHost(doc, identity);
    this.host = host;
    this.root = root;
    this.ctx = { doc, root, id: identity.id, actions, pending: false, notify: (text) => this.notify(text) };
    const panelId = `${identity.id}-findings`;
    this.badge = new Badge(doc, panelId);
    this.findings = new FindingsList(this.ctx, panelId, {
      open: (i) => this.openCard(i, null, true),
      cardOpen: () => this.card.index !== null,
    });
    this.card = new Card(this.ctx, this.findings, this.badge);
    this.boxLayer = createBoxLayer(doc);
    this.guard = new GuardDialog(this.ctx);
    this.proofread = new ProofreadDialog(this.ctx);
    this.notice = new Notice(doc, () => this.badge.rect());
    this.mirrorLayer = h(doc, 'div', { class: 'mirrors', 'aria-hidden': 'true' });
    this.root.append(h(doc, 'style', {}, SHADOW_CSS), this.mirrorLayer, this.boxLayer, this.badge.el, this.findings.panel, this.card.el, this.findings.live, this.notice.el, this.guard.layer, this.proofread.layer);
    setViewAttrs(this.host, this.view);

    this.badge.el.addEventListener('click', () => this.togglePanel());
    isolateKeys(this.root, (e) => this.onKeydown(e));
    (doc.body ?? doc.documentElement).appendChild(this.host);
  }

  private onKeydown(e: KeyboardEvent): void {
    if (this.guardIsOpen) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      const i = this.card.index ?? indexOf(e.target);
      this.closeCard();
      this.setPanel(false);
      this.ctx.actions.returnToEditor(i);
      return;
    }
    if (isNextShortcut(e)) {
      e.preventDefault();
      this.ctx.actions.next(this.card.index ?? indexOf(e.target), e.code === 'KeyP');
      return;
    }
    // A list item is a button for the keyboard too: Enter or Space opens its card.
    const i = indexOf(e.target);
    if ((e.key === 'Enter' || e.key === ' ') && i !== null && e.target instanceof HTMLLIElement) {
      e.preventDefault();
      this.openCard(i, null, true);
    }
  }

  get findingCount(): number {
    return this.view.findings.length;
  }

  render(view: OverlayView): void {
    const before = this.view;
    this.view = view;
    setViewAttrs(this.host, view);
    this.badge.render(view);
    if (!view.hasText) this.setPanel(false);

    const cardIndex = this.card.index;
    if (this.findings.update(view.findings) && cardIndex !== null) {
      // The card's finding moved or went away: close rather than show stale advice.
      const old = before.findings[cardIndex];
      const now = view.findings[cardIndex];
      if (old === undefined || now === undefined || old.finding.ruleId !== now.finding.ruleId || old.excerpt !== now.excerpt) this.closeCard();
    }
    this.findings.announce(view);
  }

  private togglePanel(): void {
    this.setPanel(!this.findings.open);
    if (this.findings.open) this.findings.focusFirst();
  }

  private setPanel(open: boolean): void {
    this.findings.panel.hidden = !open;
    this.badge.el.setAttribute('aria-expanded', String(open));
    if (open) this.findings.place(this.badge.rect());
    // The list's focus marked a finding in the text; with the list gone, so is the mark.
    else if (this.card.index === null) this.ctx.actions.activate(null);
  }

  /** Puts the badge under the composer's bottom-right corner; null hides it (composer hidden). */
  place(editor: DOMRect | null): void {
    if (editor === null || (editor.width === 0 && editor.height === 0)) {
      this.host.style.visibility = 'hidden';
      return;
    }
    this.host.style.visibility = '';
    this.badge.place(editor);
    if (this.findings.open) this.findings.place(this.badge.rect());
    if (this.notice.shown) this.notice.place();
    this.card.reposition();
  }

  /** A short message beside the badge, for a while (see notice.ts). */
  notify(text: string): void {
    this.notice.show(text);
  }

  /** Fallback underlines, drawn as boxes over the text's line boxes. */
  setBoxes(specs: readonly BoxSpec[]): void {
    setBoxes(this.boxLayer, specs);
  }

  get openCardIndex(): number | null {
    return this.card.index;
  }

  /** Opens the card for finding `index` under `anchor` (a line box of the finding). */
  openCard(index: number, anchor: DOMRect | null, focus: boolean): void {
    const f = this.view.findings[index];
    if (f === undefined) return;
    this.card.open(index, f, this.view.verdict, anchor, focus);
  }

  /** Shows a message in the open card (e.g. the text went to the clipboard instead). */
  cardNote(text: string): void {
    this.card.note(text);
  }

  scheduleCardHide(delay = 300): void {
    this.card.scheduleHide(delay);
  }

  cancelCardHide(): void {
    this.card.cancelHide();
  }

  closeCard(): void {
    this.card.close();
  }

  /** True when `node` (an event target, retargeted or not) is part of this overlay. */
  owns(node: EventTarget | null): boolean {
    return node === this.host || (node instanceof Node && this.root.contains(node));
  }

  /** The post guard or the proofreading checklist is open. */
  get guardIsOpen(): boolean {
    return this.guard.open || this.proofread.open;
  }

  /**
   * The post guard (see guard-dialog.ts); it replaces the card and the list while it is open.
   * Resolves with the user's choice; Escape means Edit.
   */
  showGuard(mode: Exclude<PostGuardMode, 'off'>, problems: readonly GuardProblem[], generalized: GeneralizedPreview | null = null): Promise<GuardChoice> {
    this.closeCard();
    this.setPanel(false);
    return this.guard.show(mode, problems, generalized);
  }

  /** The practice's checklist (see proofread-dialog.ts); resolves true to post. */
  showProofread(items: readonly string[]): Promise<boolean> {
    this.closeCard();
    this.setPanel(false);
    return this.proofread.show(items);
  }

  destroy(): void {
    this.card.cancelHide();
    this.proofread.close();
    this.guard.close();
    this.findings.destroy();
    this.host.remove();
  }
}
