/**
 * The live composers of this tab, for the popup's message handler (src/shared/messages.ts, to
 * come): "what is the state of the composer" and "put this text into it". States carry offsets
 * and rule ids, never the draft's text.
 */
import type { ComposeKind, Finding, Generalized, Verdict } from '../engine/index.js';
import type { ReplaceResult } from './replace.js';
import type { DetectionLevel } from './selectors.js';

export interface ComposerState {
  readonly id: string;
  /** The composer's data-testid (tweetTextarea_0, …), or '' when found by a fallback selector. */
  readonly testid: string;
  readonly kind: ComposeKind;
  readonly level: DetectionLevel;
  readonly verdict: Verdict;
  readonly weightedLength: number;
  readonly limit: number;
  readonly findings: readonly Finding[];
  readonly hasText: boolean;
  /** Has focus now, or had it last among the composers of the page. */
  readonly focused: boolean;
  /** False until the engine has checked the current text. */
  readonly checked: boolean;
}

export interface ComposerHealth {
  readonly detected: boolean;
  /** Which selector level found the composers: testid is normal; role/textarea mean X changed. */
  readonly level: DetectionLevel | null;
  readonly count: number;
}

export interface ContentRegistry {
  composers(): readonly ComposerState[];
  health(): ComposerHealth;
  /** Replaces the whole text of composer `id` (the last focused one when null) via paste. */
  applyText(id: string | null, text: string): Promise<ReplaceResult>;
  /**
   * The generalized reply for composer `id` (the last focused one when null), from its current
   * text, reply context and the policy in force; null when the composer is gone, its draft is
   * empty, or the engine has not loaded yet.
   */
  generalized(id: string | null): Generalized | null;
  /** Focuses composer `id` and selects [start, end) of its text; false when it could not. */
  select(id: string, start: number, end: number): Promise<boolean>;
  /** Calls `listener` after a composer's verdict or findings change, on focus, and when composers come or go. */
  onChange(listener: () => void, signal: AbortSignal): void;
}

let current: ContentRegistry | null = null;

export function setRegistry(r: ContentRegistry | null): void {
  current = r;
}

export function getRegistry(): ContentRegistry | null {
  return current;
}
