/**
 * One consistent voice: when the practice requires a sign-off, a post should end with it — the
 * practice's sign-off text, or the initials of this turn's physician ("^JS", "-JS", "— JS").
 * A convention, not a privacy matter (privacy-rules-research.md §4, "Consistency of voice"),
 * hence `info`.
 */
import type { Doc } from '../doc.js';
import { normalize } from '../normalize.js';
import type { Risk } from '../pipeline.js';
import { currentRotation } from '../rotation.js';
import type { Finding, RotationMember } from '../types.js';

// Marks people put before initials to sign a post.
const INITIALS_MARKS = '~\\-/=*^';
// What may follow a sign-off: hashtags, links and closing punctuation.
const TRAILER = /(?:\s+(?:#[\p{L}\p{N}_]{1,100}|https?:\/\/\S{1,300}))*[\s.!)]*$/u;

function squash(s: string): string {
  return normalize(s).text.toLowerCase().replace(/\s+/g, '');
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The sign-off to suggest: the policy's text with its slots filled, or "^XY" for the rotation. */
export function signoffText(template: string, member: RotationMember | undefined): string {
  const initials = member?.initials.trim() ?? '';
  if (template.trim().length === 0) return initials.length > 0 ? `^${initials}` : '';
  if (/\{(?:initials|name)\}/.test(template) && member === undefined) return '';
  return template.replace(/\{initials\}/g, initials).replace(/\{name\}/g, member?.name.trim() ?? '');
}

function endsWithSignoff(body: string, signoff: string, initials: string): boolean {
  const tail = squash(body.slice(-400));
  const text = squash(signoff);
  if (text.length > 0 && tail.endsWith(text)) return true;
  if (initials.length === 0) return false;
  const re = new RegExp(`[${INITIALS_MARKS}]${escapeRegex(squash(initials))}$`, 'u');
  return re.test(tail);
}

function check(doc: Doc): Finding[] {
  const policy = doc.policy;
  if (!policy.signoffRequired || doc.context.kind === 'dm') return [];
  const body = doc.text.replace(TRAILER, '');
  if (body.trim().length === 0) return [];
  const turn = currentRotation(policy.source, doc.now, new Date(doc.now).getTimezoneOffset());
  const member = turn?.member;
  const suggestion = signoffText(policy.signoff, member);
  if (suggestion.length === 0 && member === undefined) return [];
  if (endsWithSignoff(body, suggestion, member?.initials.trim() ?? '')) return [];

  // Underline the last word before any trailing hashtags: that is where the sign-off belongs.
  const end = body.trimEnd().length;
  const lastWord = doc.tokens.filter((t) => t.end <= end).pop();
  const start = lastWord?.start ?? end - 1;
  // Insert after that last character. The edit replaces the character with itself plus the
  // sign-off, because an empty edit at the very end would not map back to the original text.
  const at = end - 1;
  const original = doc.original.slice(doc.norm.starts[at] ?? 0, doc.norm.ends[at] ?? 0);
  return [
    {
      ruleId: 'voice/signoff',
      category: 'voice',
      severity: 'info',
      span: { start, end },
      message: member !== undefined ? `This turn's sign-off is missing (${member.initials.trim()})` : 'The practice sign-off is missing',
      why: 'Your practice signs every post so followers know who wrote it and the account keeps one voice.',
      suggestions:
        suggestion.length > 0
          ? [{ label: `Add “${suggestion}”`, edits: [{ start: at, end: at + 1, replacement: `${original} ${suggestion}` }] }]
          : [],
    },
  ];
}

const risk: Risk = { id: 'voice/signoff', check: ({ doc }) => check(doc) };
export default risk;
