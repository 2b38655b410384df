/**
 * What kind of post a composer writes, and — for a reply — the post it answers, read from the
 * page: X shows the post being replied to as an `article[data-testid="tweet"]` above the reply
 * box (on a post's page) or above the composer in the reply modal. The engine uses it to notice a
 * reply that confirms someone is a patient or echoes their details back.
 */
import type { ComposeKind, ReplyTarget } from '../engine/index.js';
import { DIALOG, DM_TESTID, PAGE_SCOPE, POST_ARTICLE, POST_AUTHOR, POST_TEXT, THREAD_TESTID } from './selectors.js';

export interface ComposerPlace {
  readonly kind: ComposeKind;
  /** The post being replied to, if the composer is a reply. */
  readonly article: Element | null;
}

/** The part of the page a composer belongs to: its modal, else the centre column. */
export function scopeOf(el: Element): Element {
  return el.closest(DIALOG) ?? el.closest(PAGE_SCOPE) ?? el.ownerDocument.body;
}

/** The last post that comes before `el` in its scope, i.e. the one it sits under. */
function articleAbove(el: Element, scope: Element): Element | null {
  const articles = scope.querySelectorAll(POST_ARTICLE);
  let found: Element | null = null;
  for (const a of articles) {
    // Posts after the composer (a timeline under the home composer, replies below the reply
    // box) are not what it answers.
    if (a.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) found = a;
    else break;
  }
  return found;
}

export function placeOf(el: Element): ComposerPlace {
  const testid = el.getAttribute('data-testid') ?? '';
  if (testid === DM_TESTID) return { kind: 'dm', article: null };
  const scope = scopeOf(el);
  const article = articleAbove(el, scope);
  if (article !== null) return { kind: 'reply', article };
  const m = THREAD_TESTID.exec(testid);
  const inThread = (m !== null && m[1] !== '0') || scope.querySelector('[data-testid="tweetTextarea_1"]') !== null;
  return { kind: inThread ? 'thread' : 'post', article: null };
}

function clean(s: string | null | undefined): string | undefined {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t.length > 0 ? t : undefined;
}

/** Author handle, display name and text of a post, as X renders them. */
export function readPost(article: Element): ReplyTarget {
  const author = article.querySelector(POST_AUTHOR);
  let handle: string | undefined;
  let displayName: string | undefined;
  if (author !== null) {
    // The author block holds the display name first, then "@handle", then the time.
    const walker = article.ownerDocument.createTreeWalker(author, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const t = clean(n.textContent);
      if (t === undefined) continue;
      if (handle === undefined && /^@\w{1,15}$/.test(t)) handle = t.slice(1);
      else if (displayName === undefined && handle === undefined && t !== '·') displayName = t;
    }
    if (handle === undefined) {
      // Fall back to the profile link: href="/handle".
      const link = author.querySelector('a[href^="/"]');
      const m = /^\/(\w{1,15})$/.exec(link?.getAttribute('href') ?? '');
      if (m !== null) handle = m[1];
    }
  }
  const textEl = article.querySelector(POST_TEXT);
  const text = clean(textEl?.textContent);
  const out: { handle?: string; displayName?: string; text?: string } = {};
  if (handle !== undefined) out.handle = handle;
  if (displayName !== undefined) out.displayName = displayName;
  if (text !== undefined) out.text = text;
  return out;
}
