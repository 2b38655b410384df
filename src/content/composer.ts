/**
 * Finding X's composers as they come and go. X is a single-page app: composers are created and
 * destroyed on navigation, on opening the /compose/post modal, on "Add post" in a thread; and the
 * timeline mutates all the time. One MutationObserver serves the whole page. Its callback only
 * sorts records (edits inside a known editor vs. subtrees added elsewhere); once per animation
 * frame at most, the added subtrees are searched for composers (cost: the size of the change,
 * not of X's page), with a document-wide scan when many were added, when X's test ids seem gone
 * (the fallback chain), and every couple of seconds while the page keeps changing.
 */
import type { BenchHook } from './bench-hook.js';
import { COMPOSER_LEVELS, POST_BUTTON, REGION, type DetectionLevel } from './selectors.js';

export interface WatchHandlers {
  found(el: HTMLElement, level: DetectionLevel): void;
  lost(el: HTMLElement): void;
  /** The editor's content changed (typing, or X itself clearing or filling it). */
  edited(el: HTMLElement): void;
}

export interface ComposerWatcher {
  /** The selector level that found the current composers, or null when none is on the page. */
  readonly level: DetectionLevel | null;
  readonly composers: readonly HTMLElement[];
  scanNow(): void;
}

/** How far above a fallback candidate a post button may be for it to count as a composer. */
const FALLBACK_DEPTH = 12;

/**
 * A composer and its post button share a small container; the search is stopped at the large
 * regions of the page so a search box or a DM field is not adopted because a Post button exists
 * somewhere else in the column.
 */
function nearPostButton(el: Element): boolean {
  let a: Element | null = el.parentElement;
  for (let i = 0; a !== null && i < FALLBACK_DEPTH; i++, a = a.parentElement) {
    if (a.matches(REGION)) return false;
    if (a.querySelector(POST_BUTTON) !== null) return true;
  }
  return false;
}

/** The composers on the page now, by the first selector level that finds any. */
export function findComposers(doc: Document): { level: DetectionLevel | null; els: HTMLElement[] } {
  const [primary, ...fallbacks] = COMPOSER_LEVELS;
  const found = doc.querySelectorAll<HTMLElement>(primary.selector);
  if (found.length > 0) return { level: primary.level, els: Array.from(found) };
  // Fallbacks only where a post button says a composer must be: never a search box or a bio.
  if (doc.querySelector(POST_BUTTON) === null) return { level: null, els: [] };
  for (const f of fallbacks) {
    const els = Array.from(doc.querySelectorAll<HTMLElement>(f.selector)).filter(nearPostButton);
    if (els.length > 0) return { level: f.level, els };
  }
  return { level: null, els: [] };
}

/** More added subtrees than this in one frame: one document-wide query is cheaper. */
const MAX_ROOTS = 64;
/** While the page keeps changing, a document-wide scan at least this often catches the rest. */
const FULL_SCAN_MS = 2000;

export function watchComposers(doc: Document, handlers: WatchHandlers, signal: AbortSignal, bench: BenchHook): ComposerWatcher {
  const known: HTMLElement[] = [];
  const primary = COMPOSER_LEVELS[0].selector;
  let level: DetectionLevel | null = null;
  let raf = 0;
  let roots: Element[] = [];
  let overflow = false;
  let lastFull = -Infinity;

  const adopt = (el: HTMLElement, lvl: DetectionLevel): void => {
    if (known.includes(el)) return;
    known.push(el);
    // The same observer also watches the editor's text, which the page-wide registration
    // (childList only) does not see.
    observer.observe(el, { childList: true, characterData: true, subtree: true });
    handlers.found(el, lvl);
  };

  const drop = (el: HTMLElement): void => {
    const i = known.indexOf(el);
    if (i < 0) return;
    known.splice(i, 1);
    handlers.lost(el);
  };

  /** Every composer on the page, by the selector chain. */
  const fullScan = (): void => {
    lastFull = performance.now();
    const found = findComposers(doc);
    level = found.level;
    const now = new Set(found.els);
    for (const el of [...known]) if (!now.has(el) || !el.isConnected) drop(el);
    for (const el of found.els) adopt(el, found.level as DetectionLevel);
  };

  /**
   * Only what changed: composers that left the page, and composers inside the subtrees added
   * since the last frame. The cost follows the size of the change, not of X's page.
   */
  const partialScan = (added: readonly Element[]): boolean => {
    for (const el of [...known]) if (!el.isConnected) drop(el);
    for (const root of added) {
      if (!root.isConnected) continue;
      if (root.matches(primary)) adopt(root as HTMLElement, 'testid');
      for (const el of root.querySelectorAll<HTMLElement>(primary)) adopt(el, 'testid');
      // A post button with no composer known: maybe X renamed its test ids; the full chain decides.
      if (known.length === 0 && (root.matches(POST_BUTTON) || root.querySelector(POST_BUTTON) !== null)) return false;
    }
    if (known.length > 0) level = 'testid';
    else if (level === 'testid') level = null;
    return true;
  };

  const scan = (): void => {
    raf = 0;
    if (signal.aborted) return;
    const t0 = bench.on ? performance.now() : 0;
    const added = roots;
    roots = [];
    const wide = overflow || (level !== null && level !== 'testid') || performance.now() - lastFull > FULL_SCAN_MS;
    overflow = false;
    if (wide || !partialScan(added)) fullScan();
    if (bench.on) bench.measure('caretweet:scan', t0);
  };

  const scheduleScan = (): void => {
    if (raf === 0 && !signal.aborted) raf = requestAnimationFrame(scan);
  };

  const observer = new MutationObserver((records) => {
    const t0 = bench.on ? performance.now() : 0;
    let structural = false;
    let edited: HTMLElement | null = null;
    for (const r of records) {
      const t = r.target;
      let inEditor: HTMLElement | null = null;
      if (edited !== null && (edited === t || edited.contains(t))) inEditor = edited;
      else for (const el of known) if (el === t || el.contains(t)) inEditor = el;
      if (inEditor !== null) {
        if (inEditor !== edited) handlers.edited(inEditor);
        edited = inEditor;
        continue;
      }
      if (r.type !== 'childList') continue;
      const added = r.addedNodes;
      for (let i = 0; i < added.length; i++) {
        const n = added[i] as Node;
        if (n.nodeType !== Node.ELEMENT_NODE) continue;
        structural = true;
        if (roots.length < MAX_ROOTS) roots.push(n as Element);
        else overflow = true;
      }
      // A removal only matters if it took a composer along; the scan checks the known ones.
      if (!structural && known.length > 0 && r.removedNodes.length > 0) structural = true;
    }
    if (structural) scheduleScan();
    if (bench.on) bench.measure('caretweet:observer', t0);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    if (raf !== 0) cancelAnimationFrame(raf);
    roots = [];
    for (const el of known.splice(0)) handlers.lost(el);
  });
  fullScan();

  return {
    get level() {
      return level;
    },
    get composers() {
      return known;
    },
    scanNow: fullScan,
  };
}
