/**
 * Everything CareTweet draws beside one composer, in one `<caretweet-overlay>` element with an
 * open shadow root, appended to <body> (outside X's React tree, so X's re-renders never meet it):
 * the badge (verdict and X's weighted count), the findings list (also the screen-reader view),
 * the hover/focus card, fallback underline boxes, and the post-guard dialog.
 *
 * Test contract (design.md): the host carries data-for / data-verdict / data-findings /
 * data-weighted-length; each finding is one `[data-rule-id][data-severity][data-start][data-end]`
 * element; the guard is `[role="alertdialog"][data-caretweet="post-guard"]`. "Use generalized
 * reply" is `[data-testid="ct-card-generalize"]` in a card and `[data-testid="ct-guard-generalize"]`
 * in the guard, its preview `ct-card-generalized` / `ct-guard-generalized` (full text in `title`).
 */
import type { Finding, PostGuardMode, Severity, Verdict } from '../../engine/index.js';
import type { AuditReason } from '../../shared/audit-log.js';
import { clear, h } from './dom.js';
import { t } from './i18n.js';
import { SEVERITY_LABEL, SEVERITY_SYMBOL, SHADOW_CSS } from './styles.js';

export const OVERLAY_TAG = 'caretweet-overlay';

export interface OverlayFinding {
  readonly finding: Finding;
  /** The flagged words, shown in the card and list only (never stored or sent). */
  readonly excerpt: string;
}

export interface OverlayView {
  readonly verdict: Verdict;
  readonly findings: readonly OverlayFinding[];
  readonly weightedLength: number;
  readonly limit: number;
  readonly hasText: boolean;
}

export interface OverlayActions {
  apply(index: number, suggestion: number): void;
  ignore(index: number): void;
  /** A finding got the user's attention (hover, focus in the list): mark it in the text. */
  activate(index: number | null): void;
  /** Leave the overlay for the editor, with the caret after finding `index` if given. */
  returnToEditor(index: number | null): void;
  /** The "next finding" shortcut pressed inside the overlay. */
  next(from: number | null, backwards: boolean): void;
  /** The generalized reply for the draft as it is now; null when there is none to offer. */
  generalized(): GeneralizedPreview | null;
  /**
   * Puts `shown` (a reply this overlay showed) into the composer, provided it still is the
   * generalized reply for the draft as it is now.
   */
  useGeneralized(shown: string): Promise<GeneralizeOutcome>;
  /** Puts `text` on the clipboard (Copy, after the reply could not be put into the post). */
  copy(text: string): Promise<boolean>;
}

/**
 * The engine's generalized reply as the overlay shows it. Safe to show and to copy: generalize()
 * builds it from CareTweet's own wording and the draft's general sentences, and it passes analyze().
 */
export interface GeneralizedPreview {
  readonly text: string;
  readonly weightedLength: number;
  readonly limit: number;
  readonly language: 'en' | 'es';
}

/** What became of "Use generalized reply". */
export type GeneralizeOutcome =
  /** The post holds the reply (read back and checked). */
  | { readonly kind: 'done' }
  /** The post could not be changed; the reply is on the clipboard for a manual paste. */
  | { readonly kind: 'copied' }
  /** The post could not be changed, nor the clipboard written. */
  | { readonly kind: 'failed' }
  /** The draft changed since the reply was shown: here is the reply for it now (null: none). */
  | { readonly kind: 'stale'; readonly preview: GeneralizedPreview | null }
  /** Another change to the post (a suggestion, the popup) is still under way. */
  | { readonly kind: 'busy' };

export interface OverlayIdentity {
  readonly testid: string;
  readonly id: string;
  readonly kind: string;
  readonly level: string;
  readonly inDialog: boolean;
}

export interface GuardProblem {
  readonly severity: Severity;
  readonly message: string;
  readonly excerpt: string;
}

export type GuardChoice =
  | { readonly action: 'edit' }
  | { readonly action: 'post'; readonly reason?: AuditReason }
  /** The draft now holds the generalized reply; nothing was posted. */
  | { readonly action: 'generalized' };

/** The reasons offered for posting anyway, in the audit log's own terms. */
const REASONS: readonly (readonly [AuditReason, string])[] = [
  ['not-a-patient', 'The person is not a patient'],
  ['consent-on-file', 'The patient gave written consent'],
  ['public-information', 'It is already public information'],
  ['false-alarm', 'CareTweet is wrong here (false alarm)'],
  ['other', 'Another reason'],
];

export interface BoxSpec {
  readonly severity: Severity;
  readonly rects: readonly DOMRect[];
  readonly active: boolean;
}

/** Alt+Shift+N (next) and Alt+Shift+P (previous): moves between findings. */
export function isNextShortcut(e: KeyboardEvent): boolean {
  return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyN' || e.code === 'KeyP');
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** The preview of the generalized reply is cut here (code points); the full reply is its title. */
const PREVIEW_MAX = 120;
/** How long a notice under the badge stays (the outcome of a change the card or dialog made). */
const NOTICE_MS = 6000;

/** The first PREVIEW_MAX code points of `text`, cut at a word where one is near, with "…". */
export function shortPreview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const cps = Array.from(flat);
  if (cps.length <= PREVIEW_MAX) return flat;
  const cut = cps.slice(0, PREVIEW_MAX).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space >= PREVIEW_MAX * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/u, '')}…`;
}

/** The parts of a "Use generalized reply" block; the card and the dialog lay them out. */
interface GeneralizeParts {
  /** Title, preview and count. */
  readonly preview: HTMLElement;
  readonly use: HTMLButtonElement;
  readonly copy: HTMLButtonElement;
  /** Progress and outcome (polite) and errors (assertive). */
  readonly status: HTMLElement;
  readonly error: HTMLElement;
}

export function badgeText(view: Pick<OverlayView, 'findings' | 'weightedLength' | 'limit'>): string {
  const n = view.findings.length;
  const issues = n === 0 ? 'No privacy issues' : plural(n, 'privacy issue', 'privacy issues');
  return `${issues} · ${view.weightedLength}/${view.limit}`;
}

export class Overlay {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  private readonly doc: Document;
  private readonly badge: HTMLButtonElement;
  private readonly badgeSym: HTMLSpanElement;
  private readonly badgeLabel: HTMLSpanElement;
  private readonly panel: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly card: HTMLElement;
  private readonly live: HTMLElement;
  private readonly boxLayer: HTMLElement;
  private readonly guardLayer: HTMLElement;
  private readonly notice: HTMLElement;
  readonly mirrorLayer: HTMLElement;
  private view: OverlayView = { verdict: 'ok', findings: [], weightedLength: 0, limit: 280, hasText: false };
  private listSignature = '';
  private cardIndex: number | null = null;
  private cardHideTimer: ReturnType<typeof setTimeout> | undefined;
  private liveTimer: ReturnType<typeof setTimeout> | undefined;
  private lastAnnounced = '';
  private anchor: DOMRect | null = null;
  private guardOpen = false;
  /** A "Use generalized reply" is under way: the card stays and the dialog waits for it. */
  private pending = false;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(doc: Document, identity: OverlayIdentity, private readonly actions: OverlayActions) {
    this.doc = doc;
    this.host = doc.createElement(OVERLAY_TAG);
    this.host.setAttribute('data-for', identity.testid);
    this.host.setAttribute('data-composer', identity.id);
    this.host.setAttribute('data-kind', identity.kind);
    this.host.setAttribute('data-level', identity.level);
    this.host.setAttribute('data-scope', identity.inDialog ? 'dialog' : 'page');
    this.root = this.host.attachShadow({ mode: 'open' });
    const panelId = `${identity.id}-findings`;
    this.badgeSym = h(doc, 'span', { class: 'sym', 'aria-hidden': 'true' }, SEVERITY_SYMBOL.ok);
    this.badgeLabel = h(doc, 'span', { class: 'label' });
    this.badge = h(doc, 'button', { class: 'badge', type: 'button', 'aria-expanded': 'false', 'aria-controls': panelId, hidden: true }, this.badgeSym, this.badgeLabel);
    this.list = h(doc, 'ol', { 'aria-label': 'Privacy issues in this draft' });
    this.panel = h(
      doc,
      'section',
      { class: 'panel', id: panelId, 'aria-label': 'CareTweet: privacy issues in this draft', hidden: true },
      h(doc, 'h2', {}, 'CareTweet'),
      this.list,
      h(doc, 'p', { class: 'hint' }, 'Alt+Shift+N: next issue · Esc: back to the post'),
    );
    this.card = h(doc, 'div', { class: 'card', role: 'dialog', 'aria-modal': 'false', hidden: true });
    this.live = h(doc, 'div', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
    this.boxLayer = h(doc, 'div', { class: 'boxes', 'aria-hidden': 'true' });
    this.guardLayer = h(doc, 'div', { class: 'guard-layer' });
    // Always in the tree (empty when idle) so that screen readers announce what is put in it.
    this.notice = h(doc, 'div', { class: 'notice', role: 'status', 'data-caretweet': 'notice' });
    this.mirrorLayer = h(doc, 'div', { class: 'mirrors', 'aria-hidden': 'true' });
    this.root.append(h(doc, 'style', {}, SHADOW_CSS), this.mirrorLayer, this.boxLayer, this.badge, this.panel, this.card, this.live, this.notice, this.guardLayer);
    this.setAttrs();

    this.badge.addEventListener('click', () => this.togglePanel());
    this.list.addEventListener('click', (e) => {
      const i = this.indexOf(e.target);
      if (i !== null) this.openCard(i, null, true);
    });
    this.list.addEventListener('focusin', (e) => {
      const i = this.indexOf(e.target);
      if (i !== null) this.actions.activate(i);
    });
    this.list.addEventListener('focusout', (e) => {
      if (this.cardIndex === null && !this.list.contains(e.relatedTarget as Node | null)) this.actions.activate(null);
    });
    this.card.addEventListener('pointerenter', () => clearTimeout(this.cardHideTimer));
    this.card.addEventListener('pointerleave', () => this.scheduleCardHide());
    // Keys typed in the overlay must not reach X's page-wide shortcuts (n, j, k, l, r, …).
    for (const type of ['keydown', 'keypress', 'keyup'] as const) {
      this.root.addEventListener(type, (e) => {
        if (type === 'keydown') this.onKeydown(e as KeyboardEvent);
        e.stopPropagation();
      });
    }
    (doc.body ?? doc.documentElement).appendChild(this.host);
  }

  private indexOf(target: EventTarget | null): number | null {
    if (!(target instanceof Element)) return null;
    const li = target.closest('li[data-index]');
    const i = li === null ? NaN : Number(li.getAttribute('data-index'));
    return Number.isInteger(i) ? i : null;
  }

  private onKeydown(e: KeyboardEvent): void {
    if (this.guardOpen) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      const i = this.cardIndex ?? this.indexOf(e.target);
      this.closeCard();
      this.setPanel(false);
      this.actions.returnToEditor(i);
      return;
    }
    if (isNextShortcut(e)) {
      e.preventDefault();
      this.actions.next(this.cardIndex ?? this.indexOf(e.target), e.code === 'KeyP');
      return;
    }
    // A list item is a button for the keyboard too: Enter or Space opens its card.
    const i = this.indexOf(e.target);
    if ((e.key === 'Enter' || e.key === ' ') && i !== null && e.target instanceof HTMLLIElement) {
      e.preventDefault();
      this.openCard(i, null, true);
    }
  }

  private setAttrs(): void {
    const v = this.view;
    this.host.setAttribute('data-verdict', v.verdict);
    this.host.setAttribute('data-findings', String(v.findings.length));
    this.host.setAttribute('data-weighted-length', String(v.weightedLength));
  }

  get findingCount(): number {
    return this.view.findings.length;
  }

  render(view: OverlayView): void {
    const before = this.view;
    this.view = view;
    this.setAttrs();
    const label = badgeText(view);
    if (this.badgeLabel.textContent !== label) this.badgeLabel.textContent = label;
    const sym = SEVERITY_SYMBOL[view.verdict];
    if (this.badgeSym.textContent !== sym) this.badgeSym.textContent = sym;
    this.badge.setAttribute('data-verdict', view.verdict);
    this.badge.toggleAttribute('data-over', view.weightedLength > view.limit);
    this.badge.setAttribute('aria-label', `CareTweet: ${label.replace('·', ',')}. Show the list.`);
    this.badge.hidden = !view.hasText;
    if (!view.hasText) this.setPanel(false);

    const signature = view.findings.map((f) => `${f.finding.ruleId}:${f.finding.severity}:${f.finding.span.start}:${f.finding.span.end}:${f.excerpt}`).join('|');
    if (signature !== this.listSignature) {
      this.listSignature = signature;
      this.renderList();
      if (this.cardIndex !== null) {
        // The card's finding moved or went away: close rather than show stale advice.
        const old = before.findings[this.cardIndex];
        const now = view.findings[this.cardIndex];
        if (old === undefined || now === undefined || old.finding.ruleId !== now.finding.ruleId || old.excerpt !== now.excerpt) this.closeCard();
      }
    }
    this.announce(view);
  }

  private renderList(): void {
    const doc = this.doc;
    clear(this.list);
    this.view.findings.forEach((f, i) => {
      const { finding } = f;
      this.list.append(
        h(
          doc,
          'li',
          {
            'data-index': i,
            'data-rule-id': finding.ruleId,
            'data-severity': finding.severity,
            'data-start': finding.span.start,
            'data-end': finding.span.end,
            tabindex: 0,
          },
          h(doc, 'span', { class: 'sev' }, `${SEVERITY_SYMBOL[finding.severity]} ${SEVERITY_LABEL[finding.severity]}: `),
          finding.message,
          f.excerpt.length > 0 ? h(doc, 'span', { class: 'excerpt' }, ` — “${f.excerpt}”`) : null,
        ),
      );
    });
  }

  /** Tells screen readers about a change in the count once typing pauses, not on every key. */
  private announce(view: OverlayView): void {
    const n = view.findings.length;
    const msg = !view.hasText ? '' : n === 0 ? 'CareTweet: no privacy issues' : `CareTweet: ${plural(n, 'privacy issue', 'privacy issues')}`;
    clearTimeout(this.liveTimer);
    this.liveTimer = setTimeout(() => {
      if (msg !== this.lastAnnounced) {
        this.lastAnnounced = msg;
        this.live.textContent = msg;
      }
    }, 1200);
  }

  private togglePanel(): void {
    this.setPanel(this.panel.hidden !== false);
    if (this.panel.hidden === false) (this.list.querySelector('li') as HTMLElement | null)?.focus();
  }

  private setPanel(open: boolean): void {
    this.panel.hidden = !open;
    this.badge.setAttribute('aria-expanded', String(open));
    if (open) this.placePanel();
    // The list's focus marked a finding in the text; with the list gone, so is the mark.
    else if (this.cardIndex === null) this.actions.activate(null);
  }

  /** Puts the badge under the composer's bottom-right corner; null hides it (composer hidden). */
  place(editor: DOMRect | null): void {
    if (editor === null || (editor.width === 0 && editor.height === 0)) {
      this.host.style.visibility = 'hidden';
      return;
    }
    this.host.style.visibility = '';
    const width = this.badge.offsetWidth;
    const left = Math.max(4, editor.right - width);
    this.badge.style.left = `${left}px`;
    this.badge.style.top = `${editor.bottom + 4}px`;
    if (this.panel.hidden === false) this.placePanel();
    if (this.notice.textContent !== '') this.placeNotice();
    if (this.cardIndex !== null && this.anchor !== null) this.placeCard(this.anchor);
  }

  /**
   * Left of the badge, on its row and growing upwards: below it is X's toolbar with the Post
   * button, which the user is about to need.
   */
  private placeNotice(): void {
    const b = this.badge.getBoundingClientRect();
    // One line where the row beside the badge allows (past the composer's edge if need be).
    this.notice.style.maxWidth = `${Math.max(180, Math.min(480, b.left - 10))}px`;
    const w = this.notice.offsetWidth;
    const h = this.notice.offsetHeight;
    this.notice.style.left = `${Math.max(4, b.left - 6 - w)}px`;
    this.notice.style.top = `${Math.max(4, b.bottom - h)}px`;
  }

  /**
   * A short message under the badge, for a while: the outcome of a change made from a card or
   * the dialog that has closed meanwhile. It is a status region, so screen readers say it.
   */
  notify(text: string): void {
    clearTimeout(this.noticeTimer);
    this.notice.textContent = text;
    this.placeNotice();
    this.noticeTimer = setTimeout(() => {
      this.notice.textContent = '';
    }, NOTICE_MS);
  }

  private placePanel(): void {
    const b = this.badge.getBoundingClientRect();
    const vw = this.doc.documentElement.clientWidth;
    this.panel.style.left = `${Math.max(4, Math.min(b.right - 320, vw - 324))}px`;
    this.panel.style.top = `${b.bottom + 4}px`;
  }

  /** Fallback underlines, drawn as boxes over the text's line boxes. */
  setBoxes(specs: readonly BoxSpec[]): void {
    const boxes: { severity: Severity; rect: DOMRect; active: boolean }[] = [];
    for (const s of specs) for (const rect of s.rects) boxes.push({ severity: s.severity, rect, active: s.active });
    while (this.boxLayer.children.length > boxes.length) this.boxLayer.lastElementChild?.remove();
    while (this.boxLayer.children.length < boxes.length) this.boxLayer.append(h(this.doc, 'div', { class: 'box' }));
    boxes.forEach((b, i) => {
      const el = this.boxLayer.children[i] as HTMLElement;
      el.setAttribute('data-severity', b.severity);
      el.toggleAttribute('data-active', b.active);
      el.style.left = `${b.rect.left}px`;
      el.style.top = `${b.rect.top}px`;
      el.style.width = `${b.rect.width}px`;
      el.style.height = `${b.rect.height + 2}px`;
    });
  }

  get openCardIndex(): number | null {
    return this.cardIndex;
  }

  /** Opens the card for finding `index` under `anchor` (a line box of the finding). */
  openCard(index: number, anchor: DOMRect | null, focus: boolean): void {
    const f = this.view.findings[index];
    if (f === undefined) return;
    clearTimeout(this.cardHideTimer);
    const doc = this.doc;
    const { finding } = f;
    if (this.cardIndex !== index) {
      clear(this.card);
      const titleId = `${this.host.getAttribute('data-composer') ?? 'ct'}-card-title`;
      this.card.setAttribute('aria-labelledby', titleId);
      this.card.setAttribute('data-severity', finding.severity);
      const actions = h(doc, 'div', { class: 'actions' });
      finding.suggestions.forEach((s, si) => {
        const b = h(doc, 'button', { type: 'button', 'data-suggestion': si }, s.label);
        b.addEventListener('click', () => this.actions.apply(index, si));
        actions.append(b);
      });
      const ignore = h(doc, 'button', { type: 'button', class: 'secondary', 'data-action': 'ignore' }, 'Ignore once');
      ignore.addEventListener('click', () => this.actions.ignore(index));
      actions.append(ignore);
      this.card.append(
        h(doc, 'div', { class: 'sev' }, `${SEVERITY_SYMBOL[finding.severity]} ${SEVERITY_LABEL[finding.severity]}`),
        h(doc, 'div', { class: 'what', id: titleId }, finding.message),
        ...(f.excerpt.length > 0 ? [h(doc, 'div', { class: 'excerpt' }, `“${f.excerpt}”`)] : []),
        h(doc, 'div', { class: 'why' }, finding.why),
        actions,
        h(doc, 'div', { class: 'note', role: 'alert' }),
      );
      this.cardIndex = index;
      // The way out of the whole draft at once, where a warning or an error calls for one.
      const preview = this.view.verdict === 'warning' || this.view.verdict === 'error' ? this.safePreview() : null;
      if (preview !== null) this.card.append(this.cardGeneralize(preview));
    }
    for (const li of this.list.querySelectorAll('li')) li.setAttribute('aria-current', String(li.getAttribute('data-index') === String(index)));
    this.card.hidden = false;
    this.anchor = anchor ?? this.badge.getBoundingClientRect();
    this.placeCard(this.anchor);
    this.actions.activate(index);
    if (focus) (this.card.querySelector('button') as HTMLButtonElement | null)?.focus();
  }

  private placeCard(anchor: DOMRect): void {
    const vw = this.doc.documentElement.clientWidth;
    const vh = this.doc.documentElement.clientHeight;
    const height = this.card.offsetHeight;
    const left = Math.max(4, Math.min(anchor.left, vw - 308));
    const below = anchor.bottom + 6;
    const top = below + height > vh && anchor.top - height - 6 > 0 ? anchor.top - height - 6 : below;
    this.card.style.left = `${left}px`;
    this.card.style.top = `${top}px`;
  }

  /** Shows a message in the open card (e.g. the text went to the clipboard instead). */
  cardNote(text: string): void {
    const note = this.card.querySelector('.note');
    if (note !== null) note.textContent = text;
  }

  scheduleCardHide(delay = 300): void {
    clearTimeout(this.cardHideTimer);
    this.cardHideTimer = setTimeout(() => {
      // Keep it while the keyboard is in it, or while its generalized reply goes into the post.
      if (this.pending || this.card.contains(this.root.activeElement)) return;
      this.closeCard();
    }, delay);
  }

  cancelCardHide(): void {
    clearTimeout(this.cardHideTimer);
  }

  closeCard(): void {
    clearTimeout(this.cardHideTimer);
    if (this.cardIndex === null) return;
    this.cardIndex = null;
    this.anchor = null;
    this.card.hidden = true;
    clear(this.card);
    for (const li of this.list.querySelectorAll('li')) li.removeAttribute('aria-current');
    this.actions.activate(null);
  }

  /** The generalized reply to offer, or null (none, or the engine failed on this draft). */
  private safePreview(): GeneralizedPreview | null {
    try {
      return this.actions.generalized();
    } catch {
      return null;
    }
  }

  /**
   * The pieces of "Use generalized reply": a short preview with its count, the button, a Copy
   * button for when the post cannot be changed, and where the outcome is said. `scope` names
   * the test id (ct-card-generalize, ct-guard-generalize) and keeps ids apart.
   */
  private generalizeParts(scope: 'card' | 'guard', first: GeneralizedPreview, title: string, on: {
    readonly busy: (busy: boolean) => void;
    readonly done: () => void;
  }): GeneralizeParts {
    const doc = this.doc;
    const base = `${this.host.getAttribute('data-composer') ?? 'ct'}-${scope}-gen`;
    const quote = h(doc, 'blockquote', { class: 'gen-preview', id: `${base}-preview`, 'data-testid': `ct-${scope}-generalized` });
    const count = h(doc, 'div', { class: 'gen-count', id: `${base}-count` });
    let current = first;
    // Short as a preview; whole once the user may have to select and copy it by hand.
    const fill = (p: GeneralizedPreview, whole = false): void => {
      current = p;
      quote.textContent = whole ? p.text : shortPreview(p.text);
      quote.setAttribute('lang', p.language);
      quote.setAttribute('title', p.text);
      quote.setAttribute('data-weighted-length', String(p.weightedLength));
      count.textContent = t('overlay_generalize_count', p.weightedLength, p.limit);
    };
    fill(first);
    const preview = h(
      doc,
      'section',
      { class: 'gen', 'aria-labelledby': `${base}-title` },
      h(doc, 'div', { class: 'gen-title', id: `${base}-title` }, title),
      quote,
      count,
    );
    const use = h(
      doc,
      'button',
      { type: 'button', class: 'gen-use', 'data-action': 'generalize', 'data-testid': `ct-${scope}-generalize`, 'aria-describedby': `${base}-preview ${base}-count` },
      t('overlay_generalize_use'),
    );
    const copy = h(doc, 'button', { type: 'button', class: 'secondary', 'data-action': 'copy-generalized', hidden: true }, t('overlay_generalize_copy'));
    const status = h(doc, 'div', { class: 'gen-status', role: 'status' });
    const error = h(doc, 'div', { class: 'gen-error', role: 'alert' });
    const say = (message: string, isError = false): void => {
      // Once the card or the dialog has gone, the notice under the badge says it.
      if (!status.isConnected) {
        this.notify(message);
        return;
      }
      status.textContent = isError ? '' : message;
      error.textContent = isError ? message : '';
    };

    use.addEventListener('click', () => {
      if (this.pending) return;
      this.pending = true;
      on.busy(true);
      copy.hidden = true;
      say(t('overlay_generalize_busy'));
      const shown = current.text;
      this.actions
        .useGeneralized(shown)
        .catch((): GeneralizeOutcome => ({ kind: 'failed' }))
        .then((outcome) => {
          this.pending = false;
          on.busy(false);
          switch (outcome.kind) {
            case 'done':
              say('');
              on.done();
              this.notify(t('overlay_generalize_done'));
              break;
            case 'copied':
              say(t('overlay_generalize_copied'));
              break;
            case 'failed':
              say(t('overlay_generalize_failed'), true);
              fill(current, true);
              copy.hidden = false;
              if (copy.isConnected) copy.focus();
              break;
            case 'stale':
              if (outcome.preview === null) {
                use.hidden = true;
                say(t('overlay_generalize_gone'));
              } else {
                fill(outcome.preview);
                say(t('overlay_generalize_stale'));
              }
              break;
            case 'busy':
              say(t('overlay_generalize_busy_other'));
              break;
          }
        });
    });
    copy.addEventListener('click', () => {
      const text = current.text;
      void this.actions
        .copy(text)
        .catch(() => false)
        .then((ok) => say(ok ? t('overlay_generalize_copy_done') : t('overlay_generalize_copy_failed'), !ok));
    });
    return { preview, use, copy, status, error };
  }

  private cardGeneralize(first: GeneralizedPreview): HTMLElement {
    const doc = this.doc;
    const parts = this.generalizeParts('card', first, t('overlay_generalize_title'), {
      busy: (busy) => {
        parts.use.disabled = busy;
        this.card.toggleAttribute('aria-busy', busy);
      },
      done: () => this.closeCard(),
    });
    parts.preview.append(h(doc, 'div', { class: 'actions' }, parts.use, parts.copy), parts.status, parts.error);
    return parts.preview;
  }

  /** True when `node` (an event target, retargeted or not) is part of this overlay. */
  owns(node: EventTarget | null): boolean {
    return node === this.host || (node instanceof Node && this.root.contains(node));
  }

  get guardIsOpen(): boolean {
    return this.guardOpen;
  }

  /**
   * The post guard. `warn`: Edit or Post anyway; `confirm`: Post anyway asks for a short reason;
   * `block`: Edit only. With `generalized`, in every mode, a third way: put that reply into the
   * post and go back to it (never posting it). Resolves with the user's choice; Escape means Edit.
   */
  showGuard(mode: Exclude<PostGuardMode, 'off'>, problems: readonly GuardProblem[], generalized: GeneralizedPreview | null = null): Promise<GuardChoice> {
    const doc = this.doc;
    this.closeCard();
    this.setPanel(false);
    clear(this.guardLayer);
    this.guardOpen = true;
    const id = this.host.getAttribute('data-composer') ?? 'ct';
    const list = h(doc, 'ul', {});
    for (const p of problems) {
      list.append(h(doc, 'li', { 'data-severity': p.severity }, h(doc, 'span', { class: 'sev' }, `${SEVERITY_SYMBOL[p.severity]} ${SEVERITY_LABEL[p.severity]}: `), p.message, p.excerpt.length > 0 ? ` — “${p.excerpt}”` : ''));
    }
    const edit = h(doc, 'button', { type: 'button', class: 'primary', 'data-action': 'edit' }, 'Edit');
    const postAnyway = mode === 'block' ? null : h(doc, 'button', { type: 'button', class: 'danger', 'data-action': 'post-anyway' }, 'Post anyway');
    // A reason from a fixed list: the audit log keeps it, and a list keeps free text (which
    // could itself name the patient) out of storage.
    const reasonBox = h(doc, 'fieldset', { hidden: true, class: 'reasons' }, h(doc, 'legend', {}, 'Why post anyway?'));
    REASONS.forEach(([value, label]) => {
      reasonBox.append(
        h(doc, 'label', {}, h(doc, 'input', { type: 'radio', name: `${id}-reason`, value, 'data-reason': value }), ` ${label}`),
      );
    });
    const reasonError = h(doc, 'div', { class: 'error', role: 'alert' });
    reasonBox.append(reasonError);
    const intro =
      mode === 'block'
        ? 'Your practice does not allow posting this. Edit the post to remove:'
        : 'This post may identify a patient. Look again at:';
    let finish: (choice: GuardChoice) => void = () => undefined;
    const gen =
      generalized === null
        ? null
        : this.generalizeParts('guard', generalized, t('overlay_guard_generalize_title'), {
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
      h(doc, 'h2', { id: `${id}-guard-title` }, 'Check before posting'),
      h(doc, 'div', { id: `${id}-guard-desc` }, h(doc, 'p', {}, intro), list),
      gen?.preview,
      reasonBox,
      h(doc, 'div', { class: 'actions' }, postAnyway, gen?.use, gen?.copy, edit),
      gen?.status,
      gen?.error,
    );
    const backdrop = h(doc, 'div', { class: 'backdrop' });
    this.guardLayer.append(backdrop, dialog);
    edit.focus();

    return new Promise<GuardChoice>((resolve) => {
      finish = (choice: GuardChoice): void => {
        this.guardOpen = false;
        clear(this.guardLayer);
        resolve(choice);
      };
      edit.addEventListener('click', () => finish({ action: 'edit' }));
      backdrop.addEventListener('click', () => {
        if (!this.pending) finish({ action: 'edit' });
      });
      const submit = (): void => {
        if (mode === 'warn') {
          finish({ action: 'post' });
          return;
        }
        if (reasonBox.hidden) {
          reasonBox.hidden = false;
          if (postAnyway !== null) postAnyway.textContent = 'Post with this reason';
          reasonBox.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
          return;
        }
        const picked = reasonBox.querySelector<HTMLInputElement>('input[type="radio"]:checked');
        const r = REASONS.find(([value]) => value === picked?.value)?.[0];
        if (r === undefined) {
          reasonError.textContent = 'Please pick a reason.';
          reasonBox.querySelector<HTMLInputElement>('input[type="radio"]')?.focus();
          return;
        }
        finish({ action: 'post', reason: r });
      };
      postAnyway?.addEventListener('click', submit);
      dialog.addEventListener('keydown', (e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          if (!this.pending) finish({ action: 'edit' });
        } else if (e.key === 'Enter' && e.target instanceof HTMLInputElement && e.target.type === 'radio') {
          e.preventDefault();
          submit();
        } else if (e.key === 'Tab') {
          // Keep focus inside the dialog while it is open.
          const items = Array.from(dialog.querySelectorAll<HTMLElement>('button, input')).filter((x) => !x.closest('[hidden]'));
          const first = items[0];
          const last = items[items.length - 1];
          const active = this.root.activeElement;
          if (e.shiftKey && active === first) {
            e.preventDefault();
            last?.focus();
          } else if (!e.shiftKey && active === last) {
            e.preventDefault();
            first?.focus();
          }
        }
      });
    });
  }

  destroy(): void {
    clearTimeout(this.cardHideTimer);
    clearTimeout(this.liveTimer);
    this.host.remove();
  }
}
