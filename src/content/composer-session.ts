/**
 * One watched composer: reads its text on every change, analyses it, and paints the result in
 * the next animation frame. Everything it sets up hangs off one AbortSignal.
 */
import type { Analysis, ComposeContext, Generalized, Severity, Verdict } from '../engine/index.js';
import { auditEntryFor } from './audit-entry.js';
import type { BenchHook } from './bench-hook.js';
import { engineNow, loadEngine } from './engine-loader.js';
import { nextIndex } from './finding-navigation.js';
import { copyText, previewOf, useGeneralizedReply, type PostChange } from './generalized-reply.js';
import type { HighlightPainter } from './overlay/highlights.js';
import { t } from './overlay/i18n.js';
import { isNextShortcut, Overlay, type GeneralizedPreview, type GeneralizeOutcome, type OverlayFinding } from './overlay/overlay.js';
import { PlaceTracker } from './place-tracker.js';
import { applyEdits, replaceText, type ReplaceResult } from './replace.js';
import type { ComposerState } from './registry.js';
import type { DetectionLevel } from './selectors.js';
import { DIALOG } from './selectors.js';
import { createSurface, type Surface } from './surface.js';
import { Underlines } from './underlines.js';
import { hasIssue, shorten, verdictOf, visibleFindings, type Visible } from './visible-findings.js';
import type { AuditEntry, AuditReason } from '../shared/audit-log.js';
import type { EffectivePolicy } from '../shared/policy-store.js';

export interface SessionDeps {
  readonly doc: Document;
  /** Null where the Highlight API is missing: underlines are then boxes in the overlay. */
  readonly painter: HighlightPainter | null;
  readonly policy: () => EffectivePolicy;
  readonly bench: BenchHook;
  /** False once the extension context is gone; the session then does nothing more. */
  readonly alive: () => boolean;
  readonly focused: (s: ComposerSession) => void;
  /** The verdict or the findings changed (for the popup and the toolbar badge). */
  readonly changed: () => void;
}

let nextId = 1;

export class ComposerSession {
  readonly id = `caretweet-${nextId++}`;
  readonly testid: string;
  readonly surface: Surface;
  readonly overlay: Overlay;
  private readonly underlines: Underlines;
  private readonly place: PlaceTracker;
  private readonly ctrl = new AbortController();
  private text = '';
  private analysis: Analysis | null = null;
  private analysedKey = '';
  private visible: readonly Visible[] = [];
  private readonly ignored = new Set<string>();
  private raf = 0;
  private wantAnalysis = true;
  private wantPlace = true;
  private wantHover = false;
  private active: number | null = null;
  private pointer: { x: number; y: number } | null = null;
  private policyVersion = 0;
  private readonly change: PostChange = { busy: false, replacing: false };
  /** For the audit log: this draft showed an issue at some point. */
  private hadIssues = false;
  /**
   * For the audit log: the generalized reply this session put into the draft, kept while the
   * draft still is exactly that (typing into it makes the post the user's own again). Only in
   * memory, like the draft itself.
   */
  private generalizedText: string | null = null;
  private reported = '';
  private memo: { key: string; value: Generalized } | null = null;

  constructor(
    readonly el: HTMLElement,
    readonly level: DetectionLevel,
    private readonly deps: SessionDeps,
  ) {
    this.testid = el.getAttribute('data-testid') ?? '';
    this.place = new PlaceTracker(deps.doc, el, (kind) => this.overlay.host.setAttribute('data-kind', kind));
    this.overlay = new Overlay(
      deps.doc,
      { testid: this.testid, id: this.id, kind: this.place.kind, level, inDialog: el.closest(DIALOG) !== null },
      {
        apply: (i, s) => void this.apply(i, s),
        ignore: (i) => this.ignore(i),
        activate: (i) => this.activate(i),
        returnToEditor: (i) => this.returnToEditor(i),
        next: (from, back) => this.next(from, back),
        generalized: () => this.generalizedPreview(),
        useGeneralized: (shown) => this.useGeneralized(shown),
        copy: (text) => copyText(text),
      },
    );
    this.surface = createSurface(el, () => this.overlay.mirrorLayer);
    this.underlines = new Underlines(this.surface, deps.painter, this.overlay);
    const opts = { signal: this.ctrl.signal, passive: true } as const;
    el.addEventListener('input', () => {
      // Typing means the card was read (or is in the way): it goes, as a spell checker's does.
      if (!this.change.replacing) this.overlay.closeCard();
      this.schedule('analyze');
    }, opts);
    el.addEventListener('focus', () => this.onFocus(), opts);
    // The pointer on its way to the composer buys the engine a head start over the first key.
    el.addEventListener('pointerenter', () => void loadEngine(), opts);
    el.addEventListener('scroll', () => this.schedule('place'), opts);
    el.addEventListener('mousemove', (e) => this.onPointer(e), opts);
    el.addEventListener('mouseleave', () => {
      this.pointer = null;
      this.overlay.scheduleCardHide();
    }, opts);
    el.addEventListener('keydown', (e) => this.onKeydown(e), { signal: this.ctrl.signal });
    if (deps.doc.activeElement === el) this.onFocus();
    // A draft X restored (or a reply X pre-filled) is checked without waiting for focus.
    if (this.surface.read().length > 0) void loadEngine().then(() => this.schedule('analyze'));
    this.schedule('analyze');
  }

  get kind(): ComposeContext['kind'] {
    return this.place.kind;
  }

  private onFocus(): void {
    this.deps.focused(this);
    void loadEngine().then(() => this.schedule('analyze'));
  }

  /** Asks for work in the next frame; several requests in one frame cost one update. */
  schedule(what: 'analyze' | 'place' | 'hover'): void {
    if (this.ctrl.signal.aborted) return;
    if (what === 'analyze') this.wantAnalysis = true;
    else if (what === 'place') this.wantPlace = true;
    else this.wantHover = true;
    if (this.raf === 0) this.raf = requestAnimationFrame(() => this.frame());
  }

  /** Composers came or went (a post added to a thread, a modal opened): look at the page again. */
  placeChanged(): void {
    this.place.invalidate();
    this.schedule('analyze');
  }

  policyChanged(): void {
    this.policyVersion++;
    this.schedule('analyze');
  }

  private frame(): void {
    this.raf = 0;
    if (this.ctrl.signal.aborted || !this.deps.alive()) return;
    const t0 = performance.now();
    const analysed = this.wantAnalysis;
    if (this.wantAnalysis) {
      this.wantAnalysis = false;
      this.wantPlace = true;
      this.refresh();
    }
    if (this.wantPlace) {
      this.wantPlace = false;
      this.position();
    }
    // Analysis and painting together: the per-keystroke cost `npm run bench` reports.
    if (analysed) this.deps.bench.measure('caretweet:update', t0);
    if (this.wantHover) {
      this.wantHover = false;
      this.hitTest();
    }
  }

  /** Re-reads and (if anything changed) re-analyses the text. Returns false without the engine. */
  private refresh(): boolean {
    const text = this.surface.read();
    if (text.length === 0) {
      // A new draft (X empties the composer after posting).
      this.ignored.clear();
      this.hadIssues = false;
    }
    if (this.generalizedText !== null && text !== this.generalizedText) this.generalizedText = null;
    const engine = engineNow();
    if (engine === null) {
      if (text.length > 0) void loadEngine().then(() => this.schedule('analyze'));
      return false;
    }
    const ctx = this.place.contextNow();
    const key = `${this.policyVersion}\u0000${this.ignored.size}\u0000${ctx.kind ?? ''}`;
    if (text !== this.text || key !== this.analysedKey || this.analysis === null) {
      this.text = text;
      this.analysedKey = key;
      const t0 = this.deps.bench.on ? performance.now() : 0;
      this.analysis = engine.analyze(text, ctx, this.deps.policy());
      this.deps.bench.measure('caretweet:analyze', t0);
      this.visible = visibleFindings(this.analysis.findings, text, this.ignored);
      if (this.active !== null && this.active >= this.visible.length) this.active = null;
      if (hasIssue(this.visible)) this.hadIssues = true;
    }
    this.paint();
    const a = this.analysis;
    const report = `${this.verdict()}|${this.visible.map((v) => `${v.finding.ruleId}:${v.finding.severity}:${v.finding.span.start}:${v.finding.span.end}`).join(',')}`;
    if (report !== this.reported) {
      this.reported = report;
      this.deps.changed();
    }
    this.overlay.render({
      verdict: this.verdict(),
      findings: this.visible.map((v): OverlayFinding => ({ finding: v.finding, excerpt: shorten(v.excerpt) })),
      weightedLength: a.length.weightedLength,
      limit: a.length.limit,
      hasText: text.length > 0,
    });
    return true;
  }

  private verdict(): Verdict {
    return verdictOf(this.visible);
  }

  private paint(): void {
    this.underlines.paint(this.visible, this.active);
  }

  private rectsOf(i: number): DOMRect[] {
    return this.underlines.rectsOf(this.visible, i);
  }

  /** Moves the badge (and fallback boxes) after scrolling, resizing or the editor growing. */
  private position(): void {
    const rect = this.el.getBoundingClientRect();
    this.overlay.place(this.place.covered() || !this.el.isConnected ? null : rect);
    this.underlines.moved(this.visible, this.active);
  }

  private onPointer(e: MouseEvent): void {
    if (this.visible.length === 0) return;
    this.pointer = { x: e.clientX, y: e.clientY };
    this.schedule('hover');
  }

  private hitTest(): void {
    const p = this.pointer;
    if (p === null) return;
    const hit = this.underlines.hit(this.visible, p);
    if (hit !== null) {
      this.overlay.openCard(hit.index, hit.rect, false);
      return;
    }
    if (this.overlay.openCardIndex !== null) this.overlay.scheduleCardHide();
  }

  private onKeydown(e: KeyboardEvent): void {
    if (!isNextShortcut(e)) return;
    e.preventDefault();
    e.stopPropagation();
    this.next(null, e.code === 'KeyP');
  }

  /** Opens the card of the next finding after the caret (or after finding `from`), with focus. */
  next(from: number | null, backwards: boolean): void {
    if (this.visible.length === 0) return;
    const starts = this.visible.map((v) => v.finding.span.start);
    const i = nextIndex(starts, from, () => this.surface.selection()?.start ?? 0, backwards);
    const anchor = this.rectsOf(i)[0] ?? null;
    this.overlay.openCard(i, anchor, true);
  }

  private activate(i: number | null): void {
    if (this.active === i) return;
    this.active = i;
    this.paint();
  }

  private returnToEditor(i: number | null): void {
    const v = i === null ? undefined : this.visible[i];
    this.el.focus({ preventScroll: true });
    if (v !== undefined) {
      // After Draft's own focus handling has put back its selection.
      setTimeout(() => this.surface.select(v.finding.span.end, v.finding.span.end), 0);
    }
  }

  private ignore(i: number): void {
    const v = this.visible[i];
    if (v === undefined) return;
    this.ignored.add(v.key);
    this.overlay.closeCard();
    this.schedule('analyze');
    this.returnToEditor(null);
  }

  private async apply(i: number, s: number): Promise<void> {
    const v = this.visible[i];
    const suggestion = v?.finding.suggestions[s];
    if (v === undefined || suggestion === undefined || this.change.busy) return;
    this.change.busy = true;
    try {
      this.overlay.cardNote('');
      const result = await applyEdits(this.surface, this.text, suggestion.edits);
      this.afterReplace(result);
    } finally {
      this.change.busy = false;
    }
  }

  private afterReplace(result: ReplaceResult): void {
    if (result.ok) this.overlay.closeCard();
    else if (result.method === 'clipboard') {
      this.overlay.cardNote(result.copied === true ? t('overlay_replace_copied') : t('overlay_replace_failed'));
    } else this.overlay.cardNote(t('overlay_replace_stale'));
    this.schedule('analyze');
  }

  /** Replaces the whole text (the popup's "use the generalized reply"). */
  async setText(text: string): Promise<ReplaceResult> {
    const result = await replaceText(this.surface, text);
    if (result.ok) this.generalizedText = text;
    this.schedule('analyze');
    return result;
  }

  /** The generalized reply as the card and the post guard offer it; null when there is none. */
  generalizedPreview(): GeneralizedPreview | null {
    return previewOf(() => this.generalized(), this.analysis?.length.limit ?? 280);
  }

  /** "Use generalized reply" from the card or the post guard (see generalized-reply.ts). */
  private useGeneralized(shown: string): Promise<GeneralizeOutcome> {
    return useGeneralizedReply(shown, this.change, () => this.generalizedPreview(), (text) => this.setText(text));
  }

  /** Back to the editor, e.g. after the post guard put the generalized reply in, to read it over. */
  focusDraft(): void {
    if (this.ctrl.signal.aborted || !this.el.isConnected) return;
    if (this.deps.doc.activeElement !== this.el) this.el.focus({ preventScroll: true });
  }

  /** The generalized reply for the current draft; null while empty or before the engine loads. */
  generalized(): Generalized | null {
    const engine = engineNow();
    if (engine === null) return null;
    const text = this.surface.read();
    if (text.trim().length === 0) return null;
    const ctx = this.place.contextNow();
    // The popup asks every second or so: recompute only when an input changed.
    const key = `${this.policyVersion}\u0000${ctx.kind ?? ''}\u0000${JSON.stringify(ctx.replyTo ?? null)}\u0000${text}`;
    if (this.memo?.key !== key) this.memo = { key, value: engine.generalize(text, ctx, this.deps.policy()) };
    return this.memo.value;
  }

  /** Focuses the editor and selects [start, end) (the popup's "show me"). */
  async selectSpan(start: number, end: number): Promise<boolean> {
    this.el.focus({ preventScroll: true });
    this.el.scrollIntoView({ block: 'nearest' });
    // After the editor's own focus handling has put back its selection.
    await new Promise((r) => setTimeout(r, 0));
    if (this.ctrl.signal.aborted || end > this.surface.read().length || start > end) return false;
    return this.surface.select(start, end);
  }

  /** True when the text has not been checked and needs the engine first. */
  needsEngine(): boolean {
    return engineNow() === null && this.surface.read().length > 0;
  }

  /**
   * The findings in force right now, analysing synchronously if the text moved on since the last
   * frame (the post guard cannot wait for one).
   */
  current(): { verdict: Verdict; findings: readonly Visible[] } {
    if (engineNow() !== null && this.surface.read() !== this.text) this.refresh();
    return { verdict: this.verdict(), findings: this.visible };
  }

  /** After the guard's "Edit": back to the editor with the first problem's card open. */
  showFirst(severity: Severity): void {
    const i = this.visible.findIndex((v) => v.finding.severity === severity);
    this.el.focus({ preventScroll: true });
    if (i < 0) return;
    const v = this.visible[i] as Visible;
    setTimeout(() => {
      // A new post-guard dialog (Ctrl+Enter right after Edit) or a click elsewhere has taken
      // focus since: selecting now would pull it back into the editor behind the dialog.
      if (this.overlay.guardIsOpen || this.el.ownerDocument.activeElement !== this.el) return;
      this.surface.select(v.finding.span.start, v.finding.span.end);
      this.overlay.openCard(i, this.rectsOf(i)[0] ?? null, false);
    }, 0);
  }

  /** What the audit log keeps about this draft as it is posted: rule ids, never text. */
  auditEntry(override: { readonly reason?: AuditReason } | null): AuditEntry | null {
    const { findings } = this.current();
    return auditEntryFor(
      { text: this.text, composerKind: this.place.kind, findings, hadIssues: this.hadIssues, generalizedText: this.generalizedText },
      override,
    );
  }

  state(focused: boolean): ComposerState {
    const a = this.analysis;
    return {
      id: this.id,
      testid: this.testid,
      kind: this.place.kind,
      level: this.level,
      verdict: this.verdict(),
      weightedLength: a?.length.weightedLength ?? 0,
      limit: a?.length.limit ?? 280,
      findings: this.visible.map((v) => v.finding),
      hasText: this.text.length > 0,
      focused,
      checked: a !== null && this.surface.read() === this.text,
    };
  }

  destroy(): void {
    if (this.ctrl.signal.aborted) return;
    this.ctrl.abort();
    if (this.raf !== 0) cancelAnimationFrame(this.raf);
    this.underlines.destroy();
    this.surface.destroy();
    this.overlay.destroy();
    this.ignored.clear();
    this.text = '';
    this.visible = [];
    this.analysis = null;
    this.memo = null;
    this.generalizedText = null;
  }
}
