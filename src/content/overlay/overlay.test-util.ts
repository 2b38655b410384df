/**
 * What the overlay's tests share: a phone-number finding, the overlay's actions as spies, and an
 * overlay for the home composer. (Each test file still mocks webextension-polyfill itself: vitest
 * hoists vi.mock only within the file that calls it.)
 */
import { vi } from 'vitest';
import type { Finding } from '../../engine/index.js';
import { Overlay, type GeneralizedPreview, type GeneralizeOutcome, type OverlayActions } from './overlay.js';

export const PHONE_FINDING: Finding = {
  ruleId: 'phi/phone',
  category: 'phone',
  severity: 'error',
  span: { start: 5, end: 17 },
  message: 'This looks like a phone number',
  why: 'A phone number can identify a patient.',
  suggestions: [{ label: 'Remove it', edits: [{ start: 4, end: 17, replacement: '' }] }],
};

/** Every action a spy; `generalized` answers `reply`. */
export function overlayActions(reply: GeneralizedPreview | null = null, over: Partial<OverlayActions> = {}): OverlayActions {
  return {
    apply: vi.fn(),
    ignore: vi.fn(),
    activate: vi.fn(),
    returnToEditor: vi.fn(),
    next: vi.fn(),
    generalized: vi.fn(() => reply),
    useGeneralized: vi.fn(async (): Promise<GeneralizeOutcome> => ({ kind: 'done' })),
    copy: vi.fn(async () => true),
    ...over,
  };
}

/** An overlay for the home timeline's composer. */
export function homeOverlay(actions: OverlayActions): Overlay {
  return new Overlay(document, { testid: 'tweetTextarea_0', id: 'caretweet-t', kind: 'post', level: 'testid', inDialog: false }, actions);
}
