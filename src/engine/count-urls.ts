/**
 * The URLs of X's weighted count (count.ts): where each link X would shorten to t.co starts and
 * how long it is. The domain machinery it builds on (label runs, top-level domains, character
 * classes) lives in count-domains.ts, count-tlds.ts and count-url-classes.ts.
 *
 * URLs. The grammar is X's (twitter-text 3.1.0 extractUrlsWithIndices): an optional http(s)://,
 * labels separated by dots ending in a listed top-level domain, an optional port, path and query;
 * without a protocol only the ASCII part of the domain counts, and never after - _ . or /.
 * twitter-text finds them with one backtracking regex; here the same matches come from runs of
 * label characters computed once, so each character is looked at a bounded number of times.
 */
import { asciiDomains, domainEnd, LabelArrays, labelRuns, labelsFitDns, type Labels } from './count-domains.js';
import { DIGIT, DOMAIN, has, LABEL, PATH, PATH_END, PRECEDES, QUERY, QUERY_END } from './count-url-classes.js';
import { tldLength } from './count-tlds.js';

// extractUrls' labels, refilled for each stretch (asciiDomains, called while they are in use,
// makes its own). Counting is synchronous and never re-entered.
const urlLabels = new LabelArrays();

function pathEnd(text: string, slash: number): number {
  let pos = slash + 1;
  let last = pos;
  for (;;) {
    if (has(text, pos, PATH)) {
      pos++;
      if (has(text, pos - 1, PATH_END)) last = pos;
    } else if (text.charCodeAt(pos) === 0x28) {
      const close = parensEnd(text, pos);
      if (close < 0) return last;
      pos = close;
      last = pos;
    } else {
      return last;
    }
  }
}

/** Balanced parentheses in a path, one level of nesting: "(a)" or "(a(b)c)". */
function parensEnd(text: string, open: number): number {
  let i = open + 1;
  const first = i;
  while (has(text, i, PATH)) i++;
  if (text.charCodeAt(i) === 0x29 && i > first) return i + 1;
  if (text.charCodeAt(i) !== 0x28) return -1;
  const inner = ++i;
  while (has(text, i, PATH)) i++;
  if (i === inner || text.charCodeAt(i) !== 0x29) return -1;
  i++;
  while (has(text, i, PATH)) i++;
  return text.charCodeAt(i) === 0x29 ? i + 1 : -1;
}

/** End of "?query" ending in a query-ending character, or -1. */
function queryEnd(text: string, question: number, bound: number): number {
  let last = -1;
  for (let i = question + 1; i < bound && has(text, i, QUERY); i++) if (has(text, i, QUERY_END)) last = i + 1;
  return last;
}

function protocolLength(text: string, at: number): number {
  if ((text.charCodeAt(at) | 0x20) !== 0x68) return 0;
  const head = text.slice(at, at + 8).toLowerCase();
  return head.startsWith('https://') ? 8 : head.startsWith('http://') ? 7 : 0;
}

const MAX_URL_LENGTH = 4096;
const MAX_TCO_SLUG = 40;

/**
 * [start, length in code units] of each URL X would shorten to a t.co link.
 *
 * Every URL's domain holds a dot after a domain character with a listed top-level domain after
 * it, and its labels run from there over label characters and dots only: its domain lies in the
 * stretch of such characters around such a dot. Elsewhere X's regex finds no domain, so the text
 * is read stretch by stretch: the labels of each, and the starts from a protocol's length before
 * it to its end, in text order. Most posts hold one link, a few words long; a long draft of
 * dotted words reads each stretch once.
 */
export function extractUrls(text: string): [number, number][] {
  const found: [number, number][] = [];
  const n = text.length;
  let from = 0;
  let dot = nextTldDot(text, 1);
  while (dot >= 0) {
    const lo = stretchStart(text, dot);
    let hi = stretchEnd(text, dot);
    // Stretches a few characters apart ("a@b.co a@b.co") are read together, gap and all: the
    // gap's runs end in no top-level domain, and one pass costs less than many small ones.
    dot = nextTldDot(text, hi + 1);
    while (dot >= 0 && stretchStart(text, dot) - hi <= NEAR_STRETCHES) {
      hi = stretchEnd(text, dot);
      dot = nextTldDot(text, hi + 1);
    }
    if (from >= hi) continue;
    const labels = labelRuns(text, lo, hi, LABEL, true, n, urlLabels);
    // A match starts at most a protocol's length before its domain, and after one character.
    let at = Math.max(from, lo - 'https://'.length - 1);
    for (;;) {
      const match = nextMatch(text, labels, at);
      if (match === undefined) break;
      at = from = match.end;
      accept(text, match, found);
    }
  }
  return found;
}

const NEAR_STRETCHES = 32;

/** The first dot at or after `from` with a domain character before it and a top-level domain after it, or -1. */
function nextTldDot(text: string, from: number): number {
  for (let dot = text.indexOf('.', Math.max(1, from)); dot >= 0; dot = text.indexOf('.', dot + 1)) if (isTldDot(text, dot)) return dot;
  return -1;
}

/** Start and end of the stretch of label characters and dots around `at`. */
function stretchStart(text: string, at: number): number {
  let lo = at;
  while (lo > 0 && inStretch(text, lo - 1)) lo--;
  return lo;
}

function stretchEnd(text: string, at: number): number {
  let hi = at + 1;
  while (hi < text.length && inStretch(text, hi)) hi++;
  return hi;
}

function isTldDot(text: string, dot: number): boolean {
  return has(text, dot - 1, DOMAIN) && tldLength(text, dot + 1, text.length) > 0;
}

function inStretch(text: string, i: number): boolean {
  return text.charCodeAt(i) === 0x2e || has(text, i, LABEL);
}

interface UrlMatch {
  readonly start: number;
  readonly protocol: number;
  readonly domainEnd: number;
  readonly hasPath: boolean;
  readonly end: number;
  /** The character before the URL, or -1 at the start of the text. */
  readonly before: number;
}

/** The first match at or after `from`, tried in the regex's order. */
function nextMatch(text: string, labels: Labels, from: number): UrlMatch | undefined {
  // A domain starts inside the labels read, so a match starts before their end.
  const stop = Math.min(text.length, labels.to);
  for (let p = from; p < stop; p++) {
    if (has(text, p, PRECEDES)) {
      const m = matchAt(text, labels, p + 1, text.charCodeAt(p));
      if (m !== undefined) return m;
    }
    if (p === 0) {
      const m = matchAt(text, labels, 0, -1);
      if (m !== undefined) return m;
    }
  }
  return undefined;
}

function matchAt(text: string, labels: Labels, start: number, before: number): UrlMatch | undefined {
  if (!has(text, start, LABEL)) return undefined;
  const protocol = protocolLength(text, start);
  const domainStart = start + protocol;
  if (domainStart >= text.length) return undefined;
  const dEnd = domainEnd(text, labels, domainStart, true);
  if (dEnd < 0) return undefined;
  let end = dEnd;
  if (text.charCodeAt(end) === 0x3a && has(text, end + 1, DIGIT)) {
    end += 2;
    while (has(text, end, DIGIT)) end++;
  }
  const hasPath = text.charCodeAt(end) === 0x2f;
  if (hasPath) end = pathEnd(text, end);
  if (text.charCodeAt(end) === 0x3f) {
    const q = queryEnd(text, end, text.length);
    if (q > 0) end = q;
  }
  return { start, protocol, domainEnd: dEnd, hasPath, end, before };
}

function accept(text: string, m: UrlMatch, found: [number, number][]): void {
  const domainStart = m.start + m.protocol;
  if (!labelsFitDns(text, domainStart, m.domainEnd)) return;
  if ((m.protocol || 'https://'.length) + (m.end - m.start) > MAX_URL_LENGTH) return;
  if (m.protocol > 0) {
    const tco = tcoLength(text, m);
    if (tco !== 0) found.push([m.start, tco > 0 ? tco : m.end - m.start]);
    return;
  }
  // Without a protocol, "-", "_", "." or "/" just before means it is part of something else.
  if (m.before === 0x2d || m.before === 0x5f || m.before === 0x2e || m.before === 0x2f) return;
  const parts = asciiDomains(text, domainStart, m.domainEnd);
  const pathLength = m.hasPath ? m.end - m.domainEnd : 0;
  const whole = parts[0];
  if (parts.length === 1 && whole !== undefined && whole[0] === domainStart) {
    found.push([domainStart, whole[1] - whole[0] + pathLength]);
    return;
  }
  // X locates each part by searching the domain text again (which can land on an earlier copy).
  const domain = text.slice(domainStart, m.domainEnd);
  let searchFrom = 0;
  parts.forEach(([s, e], i) => {
    const piece = text.slice(s, e);
    const at = domain.indexOf(piece, searchFrom);
    searchFrom = at + piece.length;
    found.push([domainStart + at, i === parts.length - 1 ? piece.length + pathLength : piece.length]);
  });
}

/**
 * t.co links keep only their slug (and query): returns that length, 0 to drop a slug over 40
 * characters, or -1 when the URL is not a t.co link.
 */
function tcoLength(text: string, m: UrlMatch): number {
  const host = m.start + m.protocol;
  if (text.slice(host, host + 5).toLowerCase() !== 't.co/') return -1;
  let i = host + 5;
  while (i < m.end && isAsciiAlnum(text.charCodeAt(i))) i++;
  const slug = i - host - 5;
  if (slug === 0) return -1;
  if (slug > MAX_TCO_SLUG) return 0;
  if (text.charCodeAt(i) === 0x3f && i < m.end) {
    const q = queryEnd(text, i, m.end);
    if (q > 0) i = q;
  }
  return i - m.start;
}

function isAsciiAlnum(unit: number): boolean {
  return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a);
}
