/**
 * IP addresses: dotted IPv4 with every octet 0-255 (not version numbers such as "1.2.3" or
 * dotted dates, whose parts are too few or too large), and IPv6 in full or "::"-compressed
 * form, validated group by group (not clock times or MAC addresses).
 */
import { labelIndex, standsAlone } from '../labels.js';
import type { Doc } from '../doc.js';
import { MIN_SCORE, type Detection, type Recognizer } from '../recognizer.js';

const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`\\b${OCTET}(?:\\.${OCTET}){3}\\b`, 'g');
const IPV6 = /(?<![A-Za-z0-9_:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![A-Za-z0-9_:])/g;

/** /:[0-9A-Fa-f]{0,4}:/.test(text), from each colon: up to four hex digits, then a colon. */
function hasTwoColons(text: string): boolean {
  for (let at = text.indexOf(':'); at >= 0; at = text.indexOf(':', at + 1)) {
    let j = at + 1;
    while (j < at + 5 && isHexCode(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) === 0x3a) return true;
  }
  return false;
}

/** /\d\.\d/.test(text), from each dot. */
function hasDigitDotDigit(text: string): boolean {
  for (let at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
    if (isDigitCode(text.charCodeAt(at - 1)) && isDigitCode(text.charCodeAt(at + 1))) return true;
  }
  return false;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isHexCode(c: number): boolean {
  const l = c | 32;
  return isDigitCode(c) || (l >= 97 && l <= 102);
}

const VERSION_WORDS =
  /(?:version|ver\.?|v|release|build|firmware|ios|android|chrome|firefox|windows|section|sec\.?|§|rule|step|figure|fig\.?|table|chapter|ch\.?|article|art\.?|paragraph|para\.?|appendix|item|no\.?)\s*$/i;

const MESSAGE = 'This looks like an IP address';
const WHY = "An IP address can be traced to a person's home or device.";

/** Whether a colon-separated candidate is a well-formed IPv6 address, and how many groups it has. */
function ipv6Groups(s: string): number {
  if (s.includes(':::')) return 0;
  const compressed = s.split('::').length - 1;
  if (compressed > 1) return 0;
  if (compressed === 0) {
    const groups = s.split(':');
    return groups.length === 8 && groups.every((g) => g.length > 0) ? 8 : 0;
  }
  if ((s.startsWith(':') && !s.startsWith('::')) || (s.endsWith(':') && !s.endsWith('::'))) return 0;
  const groups = s.split(':').filter((g) => g.length > 0);
  return groups.length <= 7 ? Math.max(1, groups.length) : 0;
}

function push(doc: Doc, out: Detection[], start: number, end: number, base: number): void {
  const score = Math.min(1, base + (labelIndex(doc).near('ip', start, end, 40, 14) ? 0.35 : 0));
  if (score >= MIN_SCORE) out.push({ ruleId: 'phi/ip-address', category: 'ip', start, end, score, strength: 'direct', owner: undefined, message: MESSAGE, why: WHY, replacement: undefined });
}

function detect(doc: Doc): Detection[] {
  const text = doc.text;
  const out: Detection[] = [];
  const hasDots = text.includes('.');
  const hasColons = text.includes(':');
  if (!hasDots && !hasColons) return out;
  let m: RegExpExecArray | null;
  // A dotted address has a digit on each side of a dot.
  if (hasDots && hasDigitDotDigit(text)) {
    IPV4.lastIndex = 0;
    while ((m = IPV4.exec(text)) !== null) {
      const start = m.index;
      // A port may follow ("…:8080"); anything else glued on makes it part of a longer string.
      if (!standsAlone(text, start, start + m[0].length, '.-/') || text[start - 1] === ':') continue;
      if (VERSION_WORDS.test(text.slice(Math.max(0, start - 12), start))) continue;
      // "3.10.2.1" reads like a section or version number unless IP words are near.
      const outline = m[0].split('.').every((o) => Number(o) <= 20);
      push(doc, out, start, start + m[0].length, outline ? 0.3 : 0.6);
    }
  }
  // Every IPv6 candidate holds two colons with at most four hex digits between them; links
  // ("https://…") hold a colon but rarely that.
  if (hasColons && hasTwoColons(text)) {
    IPV6.lastIndex = 0;
    while ((m = IPV6.exec(text)) !== null) {
      const groups = ipv6Groups(m[0]);
      if (groups === 0) continue;
      const hexLetter = /[a-f]/i.test(m[0]);
      push(doc, out, m.index, m.index + m[0].length, groups >= 3 && (hexLetter || groups === 8) ? 0.6 : 0.3);
    }
  }
  return out;
}

const recognizer: Recognizer = { id: 'phi/ip-address', detect };
export default recognizer;
