/**
 * "Use generalized reply" on the composer's side: the engine's general reply for the draft as the
 * card and the post guard offer it, and the action that puts it into the post.
 */
import type { Generalized } from '../engine/index.js';
import type { GeneralizedPreview, GeneralizeOutcome } from './overlay/overlay.js';
import type { ReplaceResult } from './replace.js';

/** The session's changes to the post under way; one change at a time. */
export interface PostChange {
  /** A suggestion or the generalized reply is being put into the post. */
  busy: boolean;
  /** Our own "Use generalized reply" is changing the text: its input events leave the card open. */
  replacing: boolean;
}

/** The generalized reply as the card and the post guard offer it; null when there is none. */
export function previewOf(generalized: () => Generalized | null, limit: number): GeneralizedPreview | null {
  let g: Generalized | null;
  try {
    g = generalized();
  } catch {
    // The engine must never throw; if it does, the guard and the card simply offer no reply.
    g = null;
  }
  if (g === null || g.unchanged) return null;
  return { text: g.text, weightedLength: g.weightedLength, limit, language: g.language };
}

/**
 * The card's and the post guard's "Use generalized reply": puts the reply into the draft only
 * if `shown` still is the reply for the draft as it is now, so the user gets what they read.
 */
export async function useGeneralizedReply(
  shown: string,
  change: PostChange,
  preview: () => GeneralizedPreview | null,
  setText: (text: string) => Promise<ReplaceResult>,
): Promise<GeneralizeOutcome> {
  if (change.busy) return { kind: 'busy' };
  const now = preview();
  if (now === null || now.text !== shown) return { kind: 'stale', preview: now };
  change.busy = true;
  change.replacing = true;
  try {
    const result = await setText(now.text);
    if (result.ok) return { kind: 'done' };
    return result.copied === true ? { kind: 'copied' } : { kind: 'failed' };
  } finally {
    change.busy = false;
    change.replacing = false;
  }
}

/** Copy, once the reply could not be put into the post. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
