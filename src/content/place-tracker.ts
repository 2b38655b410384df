/**
 * Where one composer is — a new post, a reply under a post, a thread, a DM — and the post it
 * answers, as the engine's ComposeContext; and whether a modal covers it. X renders posts late
 * and moves composers around, so the place is looked up again once its post has left the page,
 * or after a while when it has no post; the post it answers is read once per place.
 */
import type { ComposeContext, ComposeKind, ReplyTarget } from '../engine/index.js';
import { placeOf, readPost, type ComposerPlace } from './reply-context.js';
import { MODAL } from './selectors.js';

/** How long a composer without a post above it waits before looking again (posts load late). */
const PLACE_RETRY_MS = 1000;
const COVER_CHECK_MS = 250;

export class PlaceTracker {
  private place: ComposerPlace;
  private placeCheckedAt: number;
  private replyTo: ReplyTarget | undefined;
  private coveredAt = -Infinity;
  private isCovered = false;

  /** `kindChanged` hears the new kind each time the place is looked up again. */
  constructor(
    private readonly doc: Document,
    private readonly el: HTMLElement,
    private readonly kindChanged: (kind: ComposeKind) => void,
  ) {
    this.place = placeOf(el);
    this.placeCheckedAt = performance.now();
  }

  get kind(): ComposeKind {
    return this.place.kind;
  }

  /** Composers came or went (a post added to a thread, a modal opened): look again next time. */
  invalidate(): void {
    this.placeCheckedAt = -Infinity;
    this.coveredAt = -Infinity;
  }

  contextNow(): ComposeContext {
    const now = performance.now();
    const stale =
      this.placeCheckedAt < 0 || (this.place.article !== null ? !this.place.article.isConnected : now - this.placeCheckedAt > PLACE_RETRY_MS);
    if (stale) {
      this.place = placeOf(this.el);
      this.placeCheckedAt = now;
      this.replyTo = undefined;
      this.kindChanged(this.place.kind);
    }
    if (this.place.article !== null && this.replyTo === undefined) this.replyTo = readPost(this.place.article);
    const ctx: { kind: ComposeContext['kind']; now: number; replyTo?: ReplyTarget } = { kind: this.place.kind, now: Date.now() };
    if (this.replyTo !== undefined) ctx.replyTo = this.replyTo;
    return ctx;
  }

  /**
   * Under a modal (the /compose/post dialog over the home timeline) this composer is covered and
   * its badge must not float over the modal. Looked up at most every 250 ms: it is a
   * document-wide query and positions are updated on every scroll frame.
   */
  covered(): boolean {
    const now = performance.now();
    if (now - this.coveredAt > COVER_CHECK_MS) {
      this.coveredAt = now;
      const modal = this.doc.querySelector(MODAL);
      this.isCovered = modal !== null && !modal.contains(this.el);
    }
    return this.isCovered;
  }
}
