/**
 * Changing the text of X's composer without touching its DOM. Draft.js keeps its own model of the
 * text; writing to the DOM (textContent, innerHTML) desynchronises it and X then posts the old
 * text or crashes. What Draft does accept is a paste: select the range, let the selection reach
 * Draft (it reads `selectionchange`), dispatch a synthetic `paste` carrying text/plain, then check
 * the result. If that did not work: `execCommand('insertText')` (which a textarea and React
 * understand), and last the clipboard with a message, so the user is never left with a half-edit.
 */
import type { Edit } from '../engine/index.js';
import type { Surface } from './surface.js';

export type ReplaceMethod = 'paste' | 'insert-text' | 'keyboard' | 'clipboard' | 'none';

export interface ReplaceResult {
  readonly ok: boolean;
  readonly method: ReplaceMethod;
  /** On failure: whether the intended text could be put on the clipboard for a manual paste. */
  readonly copied?: boolean;
}

/** How long to wait for Draft to see a new selection (toolchain.md: ~50 ms is enough). */
const SELECTION_WAIT_MS = 50;
/** How long to wait for the editor to re-render after a paste before judging the result. */
const SETTLE_MS = 250;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function waitForSelection(doc: Document): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      doc.removeEventListener('selectionchange', onChange);
      // One more task so every selectionchange listener (Draft's too) has run.
      setTimeout(resolve, 0);
    };
    const onChange = (): void => finish();
    doc.addEventListener('selectionchange', onChange);
    setTimeout(finish, SELECTION_WAIT_MS);
  });
}

/** Polls until the editor's text is `expected` or stops changing. */
async function settle(surface: Surface, expected: string): Promise<string> {
  const deadline = performance.now() + SETTLE_MS;
  let text = surface.read();
  while (text !== expected && performance.now() < deadline) {
    await sleep(16);
    text = surface.read();
  }
  return text;
}

/** Applies `edits` (offsets into `before`) to `before`. */
export function applyToText(before: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let out = before;
  for (const e of sorted) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return out;
}

/**
 * The one contiguous replacement that turns `before` into `after`: the span between their common
 * prefix and suffix. A paste replaces one selection, so several edits become one paste.
 */
export function coveringEdit(before: string, after: string): Edit {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before.charCodeAt(p) === after.charCodeAt(p)) p++;
  let s = 0;
  while (s < max - p && before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
  // Never split a surrogate pair: move the cut points outwards to code point boundaries.
  const isLow = (str: string, i: number): boolean => i > 0 && i < str.length && (str.charCodeAt(i) & 0xfc00) === 0xdc00;
  while (p > 0 && (isLow(before, p) || isLow(after, p))) p--;
  let bEnd = before.length - s;
  let aEnd = after.length - s;
  while (s > 0 && (isLow(before, bEnd) || isLow(after, aEnd))) {
    s--;
    bEnd++;
    aEnd++;
  }
  return { start: p, end: bEnd, replacement: after.slice(p, aEnd) };
}

/**
 * A paste of nothing is ignored by Draft, so a pure deletion takes one neighbouring character
 * along and pastes it back.
 */
export function nonEmptyEdit(before: string, edit: Edit): Edit {
  if (edit.replacement.length > 0 || before.length === 0) return edit;
  if (edit.end < before.length) {
    const cp = before.codePointAt(edit.end) ?? 0;
    const next = cp > 0xffff ? 2 : 1;
    return { start: edit.start, end: edit.end + next, replacement: before.slice(edit.end, edit.end + next) };
  }
  if (edit.start > 0) {
    const low = (before.charCodeAt(edit.start - 1) & 0xfc00) === 0xdc00;
    const prev = low && edit.start >= 2 ? 2 : 1;
    return { start: edit.start - prev, end: edit.end, replacement: before.slice(edit.start - prev, edit.start) };
  }
  return edit;
}

async function selectAndWait(surface: Surface, start: number, end: number): Promise<boolean> {
  surface.el.focus({ preventScroll: true });
  surface.read();
  if (!surface.select(start, end)) return false;
  await waitForSelection(surface.el.ownerDocument);
  return true;
}

function dispatchPaste(el: HTMLElement, text: string): void {
  const data = new DataTransfer();
  data.setData('text/plain', text);
  const ev = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(ev);
}

function dispatchBackspace(el: HTMLElement): void {
  const init = { key: 'Backspace', code: 'Backspace', keyCode: 8, which: 8, bubbles: true, cancelable: true, composed: true };
  el.dispatchEvent(new KeyboardEvent('keydown', init));
  el.dispatchEvent(new KeyboardEvent('keyup', init));
}

async function copyToClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Makes the editor's text `after`. Only the part that differs from the current text is selected
 * and replaced, so X's own formatting (mentions, links) elsewhere in the draft survives.
 */
export async function replaceText(surface: Surface, after: string): Promise<ReplaceResult> {
  const before = surface.read();
  if (before === after) return { ok: true, method: 'none' };
  const doc = surface.el.ownerDocument;

  // 1. Paste (the only way Draft.js takes text from outside reliably).
  let edit = coveringEdit(before, after);
  if (after.length === 0 && surface.rich) {
    // Emptying the editor: a paste of nothing does nothing; Draft deletes a selection on Backspace.
    if (await selectAndWait(surface, 0, before.length)) {
      dispatchBackspace(surface.el);
      if ((await settle(surface, after)) === after) return { ok: true, method: 'keyboard' };
    }
  } else {
    edit = nonEmptyEdit(before, edit);
    if (await selectAndWait(surface, edit.start, edit.end)) {
      dispatchPaste(surface.el, edit.replacement);
      const now = await settle(surface, after);
      if (now === after) return { ok: true, method: 'paste' };
      if (now !== before) return recoverWhole(surface, now, after);
    }
  }

  // 2. execCommand('insertText'): native editing, seen by React's onChange and by textareas.
  if (await selectAndWait(surface, edit.start, edit.end)) {
    const ok = edit.replacement.length > 0 ? doc.execCommand('insertText', false, edit.replacement) : doc.execCommand('delete');
    if (ok) {
      const now = await settle(surface, after);
      if (now === after) return { ok: true, method: 'insert-text' };
      if (now !== before) return recoverWhole(surface, now, after);
    }
  }

  // 3. The clipboard: the user pastes it themselves.
  return { ok: false, method: 'clipboard', copied: await copyToClipboard(after) };
}

/**
 * Something changed but not into what was intended (an editor that transformed the paste): one
 * more paste over the whole text, then the clipboard.
 */
async function recoverWhole(surface: Surface, now: string, after: string): Promise<ReplaceResult> {
  const fix = nonEmptyEdit(now, coveringEdit(now, after));
  if (await selectAndWait(surface, fix.start, fix.end)) {
    dispatchPaste(surface.el, fix.replacement);
    if ((await settle(surface, after)) === after) return { ok: true, method: 'paste' };
  }
  return { ok: false, method: 'clipboard', copied: await copyToClipboard(after) };
}

/** Applies a suggestion's edits, given the text they were computed on. */
export async function applyEdits(surface: Surface, analysed: string, edits: readonly Edit[]): Promise<ReplaceResult> {
  if (surface.read() !== analysed) return { ok: false, method: 'none' };
  return replaceText(surface, applyToText(analysed, edits));
}
