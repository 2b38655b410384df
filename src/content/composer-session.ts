/**
 * One watched composer: reads its text on every change, analyses it, and paints the result in
 * the next animation frame. Everything it sets up hangs off one AbortSignal.
 */
import type { Analysis, ComposeContext, Finding, Generalized, ReplyTarget, Severity, Verdict } from '../engine/index.js';
import type { BenchHook } from './bench-hook.js';
import { engineNow, loadEngine } from './engine-loader.js';
import type { HighlightPainter, PaintRange } from './overlay/highlights.js';
import { isNextShortcut, Overlay, type BoxSpec, type GeneralizedPreview, type GeneralizeOutcome, type OverlayFinding } from './overlay/overlay.js';
import { applyEdits, replaceText, type ReplaceResult } from './replace.js';
import { placeOf, readPost, type ComposerPlace } from './reply-context.js';
import type { ComposerState } from './registry.js';
import type { DetectionLevel } from './selectors.js';
import { DIALOG, MODAL } from './selectors.js';
import { createSurface, type Surface } from './surface.js';
import type { AuditEntry, AuditOutcome, AuditReason } from '../shared/audit-log.js';
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

const RANK: Record<Verdict, number> = { ok: 0, info: 1, warning: 2, error: 3 };
/** How long a composer without a post above it waits before looking again (posts load late). */
const PLACE_RETRY_MS = 1000;
const COVER_CHECK_MS = 250;
/** Excerpts in the card and list are cut here; the full text is in the editor anyway. */
const EXCERPT_MAX = 60;

let nextId = 1;

interface Visible {
  readonly finding: Finding;
  readonly excerpt: string;
  readonly key: string;
}

export class ComposerSession {
  readonly id = `caretweet-${nextId++}`;
  readonly testid: string;
  readonly surface: Surface;
  readonly overlay: Overlay;
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
  private place: ComposerPlace;
  private placeCheckedAt = 0;
  private replyTo: ReplyTarget | undefined;
  private active: number | null = null;
  private rects: (DOMRect[] | undefined)[] = [];
  private pointer: { x: number; y: number } | null = null;
  private policyVersion = 0;
  private busy = false;
  /** For the audit log: this draft showed an issue at some point. */
  private hadIssues = false;
  /**
   * For the audit log: the generalized reply this session put into the draft, kept while the
   * draft still is exactly that (typing into it makes the post the user's own again). Only in
   * memory, like the draft itself.
   */
  private generalizedText: string | null = null;
  /** Our own "Use generalized reply" is changing the text: its input events leave the card open. */
  private replacing = false;
  private coveredAt = -Infinity;
  private isCovered = false;
  private reported = '';
  private memo: { key: string; value: Generalized } | null = null;

  constructor(
    readonly el: HTMLElement,
    readonly level: DetectionLevel,
    private readonly deps: SessionDeps,
  ) {
    this.testid = el.getAttribute('data-testid') ?? '';
    this.place = placeOf(el);
    this.placeCheckedAt = performance.now();
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
    const opts = { signal: this.ctrl.signal, passive: true } as const;
    el.addEventListener('input', () => {
      // Typing means the card was read (or is in the way): it goes, as a spell checker's does.
      if (!this.replacing) this.overlay.closeCard();
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
    this.placeCheckedAt = -Infinity;
    this.coveredAt = -Infinity;
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

  private contextNow(): ComposeContext {
    const now = performance.now();
    const stale =
      this.placeCheckedAt < 0 || (this.place.article !== null ? !this.place.article.isConnected : now - this.placeCheckedAt > PLACE_RETRY_MS);
    if (stale) {
      this.place = placeOf(this.el);
      this.placeCheckedAt = now;
      this.replyTo = undefined;
      this.overlay.host.setAttribute('data-kind', this.place.kind);
    }
    if (this.place.article !== null && this.replyTo === undefined) this.replyTo = readPost(this.place.article);
    const ctx: { kind: ComposeContext['kind']; now: number; replyTo?: ReplyTarget } = { kind: this.place.kind, now: Date.now() };
    if (this.replyTo !== undefined) ctx.replyTo = this.replyTo;
    return ctx;
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
    const ctx = this.contextNow();
    const key = `${this.policyVersion}\u0000${this.ignored.size}\u0000${ctx.kind ?? ''}`;
    if (text !== this.text || key !== this.analysedKey || this.analysis === null) {
      this.text = text;
      this.analysedKey = key;
      const t0 = this.deps.bench.on ? performance.now() : 0;
      this.analysis = engine.analyze(text, ctx, this.deps.policy());
      this.deps.bench.measure('caretweet:analyze', t0);
      this.visible = this.analysis.findings
        .map((finding) => {
          const excerpt = text.slice(finding.span.start, finding.span.end);
          return { finding, excerpt, key: `${finding.ruleId}\u0000${excerpt}` };
        })
        .filter((v) => !this.ignored.has(v.key));
      if (this.active !== null && this.active >= this.visible.length) this.active = null;
      if (this.visible.some((v) => v.finding.severity !== 'info')) this.hadIssues = true;
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
    let v: Verdict = 'ok';
    for (const { finding } of this.visible) if (RANK[finding.severity] > RANK[v]) v = finding.severity;
    return v;
  }

  /** Underlines: highlights for a rich editor where the API exists, boxes otherwise. */
  private paint(): void {
    this.rects = [];
    const painter = this.deps.painter;
    if (painter !== null && this.surface.rich) {
      const ranges: PaintRange[] = [];
      let active: Range | null = null;
      this.visible.forEach((v, i) => {
        const range = this.surface.rangeFor(v.finding.span.start, v.finding.span.end);
        if (range === null) return;
        ranges.push({ severity: v.finding.severity, range });
        if (i === this.active) active = range.cloneRange();
      });
      painter.set(this, ranges, active);
    } else {
      this.paintBoxes();
    }
  }

  private paintBoxes(): void {
    const specs: BoxSpec[] = this.visible.map((v, i) => ({
      severity: v.finding.severity,
      rects: this.rectsOf(i),
      active: i === this.active,
    }));
    this.overlay.setBoxes(specs);
  }

  private rectsOf(i: number): DOMRect[] {
    let r = this.rects[i];
    if (r === undefined) {
      const v = this.visible[i];
      r = v === undefined ? [] : this.surface.rectsFor(v.finding.span.start, v.finding.span.end);
      this.rects[i] = r;
    }
    return r;
  }

  /** Moves the badge (and fallback boxes) after scrolling, resizing or the editor growing. */
  private position(): void {
    this.rects = [];
    const rect = this.el.getBoundingClientRect();
    this.overlay.place(this.covered() || !this.el.isConnected ? null : rect);
    if (this.deps.painter === null || !this.surface.rich) this.paintBoxes();
  }

  /**
   * Under a modal (the /compose/post dialog over the home timeline) this composer is covered and
   * its badge must not float over the modal. Looked up at most every 250 ms: it is a
   * document-wide query and positions are updated on every scroll frame.
   */
  private covered(): boolean {
    const now = performance.now();
    if (now - this.coveredAt > COVER_CHECK_MS) {
      this.coveredAt = now;
      const modal = this.deps.doc.querySelector(MODAL);
      this.isCovered = modal !== null && !modal.contains(this.el);
    }
    return this.isCovered;
  }

  private onPointer(e: MouseEvent): void {
    if (this.visible.length === 0) return;
    this.pointer = { x: e.clientX, y: e.clientY };
    this.schedule('hover');
  }

  private hitTest(): void {
    const p = this.pointer;
    if (p === null) return;
    for (let i = 0; i < this.visible.length; i++) {
      const hit = this.rectsOf(i).find((r) => p.x >= r.left - 1 && p.x <= r.right + 1 && p.y >= r.top - 2 && p.y <= r.bottom + 2);
      if (hit !== undefined) {
        this.overlay.openCard(i, hit, false);
        return;
      }
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
    const n = this.visible.length;
    if (n === 0) return;
    let i: number;
    if (from !== null) {
      i = (from + (backwards ? n - 1 : 1)) % n;
    } else {
      const caret = this.surface.selection()?.start ?? 0;
      const starts = this.visible.map((v) => v.finding.span.start);
      if (backwards) {
        const before = starts.map((s, k) => [s, k] as const).filter(([s]) => s < caret);
        i = before.length > 0 ? (before[before.length - 1] as readonly [number, number])[1] : n - 1;
      } else {
        const after = starts.findIndex((s) => s >= caret);
        i = after >= 0 ? after : 0;
      }
    }
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
    if (v === undefined || suggestion === undefined || this.busy) return;
    this.busy = true;
    try {
      this.overlay.cardNote('');
      const result = await applyEdits(this.surface, this.text, suggestion.edits);
      this.afterReplace(result);
    } finally {
      this.busy = false;
    }
  }

  private afterReplace(result: ReplaceResult): void {
    if (result.ok) this.overlay.closeCard();
    else if (result.method === 'clipboard') {
      this.overlay.cardNote(
        result.copied === true
          ? 'CareTweet could not change the text here. The corrected post is on your clipboard: select all in the post and paste.'
          : 'CareTweet could not change the text here. Please edit it by hand.',
      );
    } else this.overlay.cardNote('The post changed meanwhile; look again.');
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
    let g: Generalized | null;
    try {
      g = this.generalized();
    } catch {
      // The engine must never throw; if it does, the guard and the card simply offer no reply.
      g = null;
    }
    if (g === null || g.unchanged) return null;
    return { text: g.text, weightedLength: g.weightedLength, limit: this.analysis?.length.limit ?? 280, language: g.language };
  }

  /**
   * The card's and the post guard's "Use generalized reply": puts the reply into the draft only
   * if `shown` still is the reply for the draft as it is now, so the user gets what they read.
   */
  private async useGeneralized(shown: string): Promise<GeneralizeOutcome> {
    if (this.busy) return { kind: 'busy' };
    const now = this.generalizedPreview();
    if (now === null || now.text !== shown) return { kind: 'stale', preview: now };
    this.busy = true;
    this.replacing = true;
    try {
      const result = await this.setText(now.text);
      if (result.ok) return { kind: 'done' };
      return result.copied === true ? { kind: 'copied' } : { kind: 'failed' };
    } finally {
      this.busy = false;
      this.replacing = false;
    }
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
    const ctx = this.contextNow();
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
    if (this.text.length === 0) return null;
    const generalized = this.generalizedText !== null && this.text === this.generalizedText;
    const outcome: AuditOutcome = override !== null ? 'posted-anyway' : generalized ? 'generalized' : this.hadIssues && !findings.some((v) => v.finding.severity !== 'info') ? 'edited' : 'clean';
    return {
      time: Date.now(),
      composerKind: this.place.kind,
      findings: findings.map((v) => ({ ruleId: v.finding.ruleId, severity: v.finding.severity })),
      outcome,
      ...(override?.reason !== undefined ? { reason: override.reason } : {}),
    };
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
    this.deps.painter?.clear(this);
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

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function shorten(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  if (flat.length <= EXCERPT_MAX) return flat;
  // Cut on a code point boundary.
  const cut = Array.from(flat).slice(0, EXCERPT_MAX).join('');
  return `${cut}…`;
}
