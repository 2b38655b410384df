/**
 * Links that point at a person: social profiles and posts (facebook.com/<name>,
 * instagram.com/<name>, x.com/<handle>/status/…, linkedin.com/in/…, tiktok.com/@…),
 * fundraisers and care journals (gofundme.com/f/…, caringbridge.org/visit/…), payment handles,
 * obituaries, personal subdomains (<name>.substack.com) and "~name" home pages. News, health and
 * shortened links are not about a person and are not reported; the practice's own handles are
 * marked as the practice's, its partners' skipped.
 */
import { PERSON_SITES, PERSONAL_SUBDOMAIN_HOSTS, type PersonSite } from '../data/person-sites.js';
import type { Doc } from '../doc.js';
import type { Detection, Recognizer } from '../recognizer.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const BY_HOST = new Map(PERSON_SITES.map((s) => [s.host, s] as const));
const PATH = '(/[^\\s<>"\'()\\[\\]{}|\\\\^`]{1,200})';
// ASCII look-behinds (no 'u' flag) keep the scan fast; hosts and paths are ASCII anyway.
const SITE_URL = new RegExp(
  `(?<![A-Za-z0-9@\\-_./])(?:https?://)?(?:(?:www|m|mobile|web|mbasic|touch|[a-z]{2}(?:-[a-z]{2})?)\\.)?(${PERSON_SITES.map((s) => escape(s.host)).join('|')})${PATH}`,
  'gi',
);
const SUBDOMAIN_URL = new RegExp(
  `(?<![A-Za-z0-9@\\-_./])(?:https?://)?([a-z0-9][a-z0-9-]{0,62})\\.(?:${PERSONAL_SUBDOMAIN_HOSTS.map(escape).join('|')})(?![A-Za-z0-9\\-])(?:/[^\\s<>"'()\\[\\]{}]{0,200})?`,
  'gi',
);
const TILDE_URL = /(?<![A-Za-z0-9@\-_./])(?:https?:\/\/)?(?:[a-z0-9-]{1,63}\.){1,4}[a-z]{2,12}\/~[a-z0-9._-]{2,32}(?:\/[^\s<>"'()[\]{}]{0,120})?/gi;
// Every person site's host ends in one of these followed by a path.
const PERSON_HOST_HINT = /\.(?:com|org|me|app|ee|net)\//i;
// Every personal subdomain link holds one of these hosts' names between dots.
const SUBDOMAIN_HOST_HINT = /\.(?:substack|tumblr|wordpress|blogspot|wixsite|weebly|carrd)\./i;
const TRAILING = /[.,;:!?'")\]]+$/;
const HANDLE = /^[\p{L}\p{N}._-]{1,60}$/u;
const HANDLE_HOSTS = new Set(['x.com', 'twitter.com', 'instagram.com', 'threads.net', 'threads.com', 'tiktok.com', 'facebook.com', 'fb.com']);

const TEXT: Readonly<Record<PersonSite['kind'], readonly [string, string]>> = {
  profile: ["This link points to a person's profile", "A link to someone's profile or post names them as surely as writing their name."],
  fundraiser: ['This link points to a personal fundraiser or care page', 'A fundraiser or care journal is about one named person and usually their illness.'],
  obituary: ['This link points to an obituary', 'An obituary names the person and often the cause and date of death.'],
  payment: ["This link points to a person's payment page", 'A payment link carries the name or handle of the person it pays.'],
};

/** The person-naming path segment of a link, or undefined when the path is the site's own page. */
function personSegment(site: PersonSite, path: string): string | undefined {
  const clean = path.replace(/[?#].*$/, '');
  const segments = clean.split('/').filter((s) => s.length > 0);
  const first = segments[0];
  if (first === undefined) return undefined;
  if (/^profile\.php$/i.test(first) && /[?&]id=\d/.test(path)) return 'profile';
  for (const p of site.paths) {
    if (p === 'first-segment') {
      const reserved = site.reserved ?? [];
      if (HANDLE.test(first) && !first.startsWith('@') && !reserved.includes(first.toLowerCase())) return first;
    } else if (p === 'at-segment') {
      if (first.startsWith('@') && HANDLE.test(first.slice(1))) return first.slice(1);
    } else if (p.after.includes(first.toLowerCase()) && segments[1] !== undefined && HANDLE.test(segments[1])) {
      return segments[1];
    }
  }
  return undefined;
}

function detection(start: number, end: number, kind: PersonSite['kind'], score: number, practice: boolean): Detection {
  const [message, why] = TEXT[kind];
  return {
    ruleId: 'phi/url',
    category: 'url',
    start,
    end,
    score,
    strength: 'direct',
    owner: practice ? 'practice' : undefined,
    message,
    why,
    replacement: undefined,
  };
}

function trimmedEnd(start: number, match: string): number {
  return start + match.replace(TRAILING, '').length;
}

function detect(doc: Doc): Detection[] {
  const text = doc.text;
  const out: Detection[] = [];
  if (!text.includes('/') && !text.includes('.')) return out;
  let m: RegExpExecArray | null;
  if (text.includes('/')) {
    SITE_URL.lastIndex = 0;
    if (!PERSON_HOST_HINT.test(text)) SITE_URL.lastIndex = text.length;
    let own: Set<string> | undefined;
    while ((m = SITE_URL.exec(text)) !== null) {
      const site = BY_HOST.get(m[1]!.toLowerCase());
      if (site === undefined) continue;
      const path = m[2]!.replace(TRAILING, '');
      const person = personSegment(site, path);
      if (person === undefined) continue;
      const handle = person.toLowerCase();
      // X handles are 1-15 letters, digits or underscores; anything else is one of its own pages.
      if ((site.host === 'x.com' || site.host === 'twitter.com') && !/^[a-z0-9_]{1,15}$/.test(handle)) continue;
      if (HANDLE_HOSTS.has(site.host) && doc.policy.partnerHandles.has(handle)) continue;
      if (own === undefined) {
        own = new Set(doc.policy.ownHandles);
        if (doc.context.ownHandle !== undefined) own.add(doc.context.ownHandle.replace(/^@/, '').toLowerCase());
      }
      const practice = HANDLE_HOSTS.has(site.host) && own.has(handle);
      const score = site.kind === 'profile' ? 0.8 : 0.85;
      out.push(detection(m.index, trimmedEnd(m.index, m[0]), site.kind, score, practice));
    }
    TILDE_URL.lastIndex = text.includes('/~') ? 0 : text.length;
    while ((m = TILDE_URL.exec(text)) !== null) out.push(detection(m.index, trimmedEnd(m.index, m[0]), 'profile', 0.6, false));
  }
  SUBDOMAIN_URL.lastIndex = SUBDOMAIN_HOST_HINT.test(text) ? 0 : text.length;
  while ((m = SUBDOMAIN_URL.exec(text)) !== null) {
    if (/^(?:www|m|blog|news|help|support|en|es)$/i.test(m[1]!)) continue;
    out.push(detection(m.index, trimmedEnd(m.index, m[0]), 'profile', 0.7, false));
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/url', detect };
export default recognizer;
