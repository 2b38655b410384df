/**
 * What the overlay and its composer session exchange: the view it draws, the actions it asks
 * for, and what the post guard and "Use generalized reply" report back. Also the few things the
 * overlay's parts (badge, list, card, dialog) share with one another.
 */
import type { Finding, Severity, Verdict } from '../../engine/index.js';
import type { AuditReason } from '../../shared/audit-log.js';

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

/** Fallback underlines for one finding: its line boxes, drawn as boxes over the text. */
export interface BoxSpec {
  readonly severity: Severity;
  readonly rects: readonly DOMRect[];
  readonly active: boolean;
}

/** What the overlay's parts share: built once by the overlay and handed to each part. */
export interface OverlayContext {
  readonly doc: Document;
  readonly root: ShadowRoot;
  /** The composer's id (the host's data-composer): keeps element ids apart between composers. */
  readonly id: string;
  readonly actions: OverlayActions;
  /** A "Use generalized reply" is under way: the card stays and the dialog waits for it. */
  pending: boolean;
  /** The notice under the badge (see notice.ts). */
  notify(text: string): void;
}
