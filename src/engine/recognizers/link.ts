/**
 * Any other link. Most links in a practice's posts are harmless (a health agency, the news, the
 * practice's own site), but a link can lead to a photo, a record or a page about one person, and
 * a link with a token in it ("…/reset/12345") is an identifier in itself. So links are noted
 * (`info`), and looked at harder in a post about someone's care (`warning`, see severity.ts).
 * Links to public-health, government, university and news sites are not reported at all; the
 * practice's own domains are removed by the policy; links to a person's profile or fundraiser
 * are url.ts's, and outrank this one. A link that carries an identifier (a number in its path,
 * an id= parameter, credentials, a bare IP address) is scored higher: severity makes it a warning
 * in a post about someone's care.
 */
import type { Doc } from '../doc.js';
import type { Detection, Recognizer } from '../recognizer.js';

// A scheme ("https://", "myapp://") or "www.", then a host and an optional path. Bounded runs and
// an ASCII look-behind keep the scan linear.
const LINK = /(?<![A-Za-z0-9@\-_./:])(?:[a-z][a-z0-9+.-]{1,15}:\/\/[^\s<>"'(){}[\]|\\^`]{1,300}|www\.[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5}(?::\d{1,5})?(?:[/?#][^\s<>"'(){}[\]|\\^`]{0,300})?)/gi;
const TRAILING_CHARS = '.,;:!?\'")]';

// Hosts of public sources: a link there is information, not a person.
const PUBLIC_SUFFIXES = ['.gov', '.edu', '.mil', '.int', '.gov.uk', '.nhs.uk', '.gc.ca', '.gob.mx', '.gob.es'];
const PUBLIC_HOSTS = new Set([
  'who.int', 'paho.org', 'mayoclinic.org', 'clevelandclinic.org', 'hopkinsmedicine.org', 'webmd.com',
  'healthline.com', 'heart.org', 'cancer.org', 'diabetes.org', 'lung.org', 'alz.org', 'aap.org',
  'acog.org', 'ada.org', 'ama-assn.org', 'aafp.org', 'kidshealth.org', 'healthychildren.org',
  'nytimes.com', 'nyti.ms', 'cnn.com', 'cnn.it', 'reuters.com', 'reut.rs', 'apnews.com', 'npr.org',
  'n.pr', 'bbc.com', 'bbc.co.uk', 'bbc.in', 'washingtonpost.com', 'wapo.st', 'wsj.com', 'on.wsj.com',
  'theguardian.com', 'statnews.com', 'kff.org', 'khn.org', 'kffhealthnews.org', 'khne.ws',
  'latimes.com', 'lat.ms', 'usatoday.com', 'nbcnews.com', 'cbsnews.com', 'abcnews.go.com', 'cbc.ca',
  'wikipedia.org', 'medlineplus.gov', 'mplus.com', 'vaccines.gov', 'healthcare.gov',
]);

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * The host of a link, lower case, without "www.": what dropping /^[a-z][a-z0-9+.-]*:\/\//, then
 * /^[^@/]*@/, then /[:/?#].*$/, then /^www\./ leaves, read by character codes (every link of
 * every draft is asked). Each pattern's run stops at the one character that may follow it, so
 * the first place it can end is the only one.
 */
function hostOf(url: string): string {
  const lower = url.toLowerCase();
  // "." does not cross a line break, so there the patterns themselves decide (links hold none).
  if (LINE_TERMINATOR.test(lower)) return hostByPatterns(lower);
  const n = lower.length;
  let from = 0;
  if (n > 0 && isSmallLetter(lower.charCodeAt(0))) {
    let j = 1;
    while (j < n && isSchemeCode(lower.charCodeAt(j))) j++;
    if (lower.startsWith('://', j)) from = j + 3;
  }
  for (let k = from; k < n; k++) {
    const c = lower.charCodeAt(k);
    if (c === 0x40) {
      from = k + 1;
      break;
    }
    if (c === 0x2f) break;
  }
  let to = n;
  for (let k = from; k < n; k++) {
    const c = lower.charCodeAt(k);
    if (c === 0x3a || c === 0x2f || c === 0x3f || c === 0x23) {
      to = k;
      break;
    }
  }
  if (lower.startsWith('www.', from) && from + 4 <= to) from += 4;
  return lower.slice(from, to);
}

function hostByPatterns(lower: string): string {
  return lower
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^[^@/]*@/, '')
    .replace(/[:/?#].*$/, '')
    .replace(/^www\./, '');
}

function isSmallLetter(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** [a-z0-9+.-] */
function isSchemeCode(c: number): boolean {
  return isSmallLetter(c) || (c >= 48 && c <= 57) || c === 0x2b || c === 0x2e || c === 0x2d;
}

// "…/reset/12345", "?id=998877", "user@host", "http://10.0.0.5/": the link names something unique.
const CARRIES_ID = /(?:\/[^/?#\s]*\d{4,}[^/?#\s]*|[?&](?:id|uid|user|patient|mrn|token)=|^[a-z][a-z0-9+.-]*:\/\/[^/@\s]+@|^[a-z][a-z0-9+.-]*:\/\/\d{1,3}(?:\.\d{1,3}){3})/i;

/**
 * What every match of CARRIES_ID holds, read by character codes: four digits in a row, a '?',
 * '&' or '@', or a digit right after "://". Most links have none of them.
 */
function mayCarryId(url: string): boolean {
  let digits = 0;
  for (let i = 0; i < url.length; i++) {
    const c = url.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (++digits >= 4) return true;
      continue;
    }
    digits = 0;
    if (c === 0x3f || c === 0x26 || c === 0x40) return true;
  }
  const scheme = url.indexOf('://');
  return scheme >= 0 && url.charCodeAt(scheme + 3) >= 48 && url.charCodeAt(scheme + 3) <= 57;
}

const PUBLIC_SUFFIX_SET: ReadonlySet<string> = new Set(PUBLIC_SUFFIXES);

/**
 * A public host, a subdomain of one, or a host under a public suffix. Both end the host after one
 * of its dots, so each dot is asked once: a host has a few dots, the lists have dozens of entries.
 */
export function isPublicSource(url: string): boolean {
  const host = hostOf(url);
  if (PUBLIC_HOSTS.has(host)) return true;
  for (let dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
    if (PUBLIC_HOSTS.has(host.slice(dot + 1)) || PUBLIC_SUFFIX_SET.has(host.slice(dot))) return true;
  }
  return false;
}

/** `raw` without trailing punctuation, as /[.,;:!?'")\]]+$/ would strip it. */
export function trimTrailing(raw: string): string {
  let end = raw.length;
  while (end > 0 && TRAILING_CHARS.includes(raw[end - 1]!)) end--;
  return end === raw.length ? raw : raw.slice(0, end);
}

function detect(doc: Doc): Detection[] {
  const text = doc.text;
  // Every link starts at most 16 characters before a "://" (its scheme) or at a "www.", so the
  // scan starts there. doc.lower has the letters of text in the same places ("WWW." too).
  const scheme = text.indexOf('://');
  const www = doc.lower.indexOf('www.');
  if (scheme < 0 && www < 0) return [];
  const out: Detection[] = [];
  LINK.lastIndex = Math.min(scheme < 0 ? text.length : Math.max(0, scheme - 16), www < 0 ? text.length : www);
  let m: RegExpExecArray | null;
  while ((m = LINK.exec(text)) !== null) {
    const raw = trimTrailing(m[0]);
    if (raw.length < 8) continue;
    out.push({
      ruleId: 'phi/link',
      category: 'url',
      start: m.index,
      end: m.index + raw.length,
      score: mayCarryId(raw) && CARRIES_ID.test(raw) ? 0.65 : 0.55,
      strength: 'quasi',
      owner: isPublicSource(raw) ? 'public' : undefined,
      message: 'A link',
      why: 'Check that the link does not lead to a patient’s photo, record or page — a link can identify someone as surely as a name.',
      replacement: undefined,
    });
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/link', detect };
export default recognizer;
