/**
 * The practice policy's say: its own phones, emails, domains, addresses, handles and staff are
 * not a patient's; its watch terms are findings of their own.
 */
import type { Doc } from './doc.js';
import { addressKey, bareDomain, digitsKey } from './policy.js';
import type { Detection } from './recognizer.js';
import type { Finding } from './types.js';

// Each test below is false when the policy lists nothing of its kind; checking that first spares
// drafts with many identifiers (and practices without a policy) the string work.
function ownedByPractice(doc: Doc, d: Detection): boolean {
  const p = doc.policy;
  switch (d.category) {
    case 'phone':
    case 'fax':
      return p.phones.size > 0 && p.phones.has(digitsKey(doc.text.slice(d.start, d.end)));
    case 'email': {
      if (p.emails.size === 0 && p.domains.length === 0) return false;
      const email = doc.text.slice(d.start, d.end).toLowerCase();
      const domain = email.split('@')[1] ?? '';
      return p.emails.has(email) || p.domains.some((dom) => domain === dom || domain.endsWith(`.${dom}`));
    }
    case 'url': {
      if (p.domains.length === 0) return false;
      const host = bareDomain(doc.text.slice(d.start, d.end));
      return p.domains.some((dom) => host === dom || host.endsWith(`.${dom}`));
    }
    case 'geography': {
      if (p.addresses.length === 0) return false;
      const key = addressKey(doc.text.slice(d.start, d.end));
      return key.length > 0 && p.addresses.some((a) => a.includes(key) || key.includes(a));
    }
    default:
      return false;
  }
}

function isStaff(doc: Doc, d: Detection): boolean {
  if (d.category !== 'name' || doc.policy.staff.length === 0) return false;
  const words = addressKey(doc.text.slice(d.start, d.end)).split(' ').filter((w) => w.length > 1);
  if (words.length === 0) return false;
  // A staff member written as first name, last name, or both.
  return doc.policy.staff.some((staff) => words.every((w) => staff.includes(w)));
}

function toDetections(doc: Doc, detections: readonly Detection[]): readonly Detection[] {
  // Without anything of the practice's to recognize, every detection stays as it is.
  const p = doc.policy;
  if (p.phones.size === 0 && p.emails.size === 0 && p.domains.length === 0 && p.addresses.length === 0 && p.staff.length === 0) return detections;
  return detections.map((d) => {
    if (ownedByPractice(doc, d)) return { ...d, owner: 'practice' as const };
    if (isStaff(doc, d)) return { ...d, owner: 'provider' as const };
    return d;
  });
}

function watchTermFindings(doc: Doc): Finding[] {
  const out: Finding[] = [];
  for (const term of doc.policy.watchTerms) {
    term.regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    let guard = 0;
    while ((m = term.regex.exec(doc.text)) !== null && guard++ < 1000) {
      if (m[0].length === 0) {
        term.regex.lastIndex++;
        continue;
      }
      out.push({
        ruleId: 'policy/watch-term',
        category: 'watch-term',
        severity: term.severity,
        span: { start: m.index, end: m.index + m[0].length },
        message: `Your practice watches for “${term.label}”`,
        why: term.note.length > 0 ? term.note : 'Your practice asked to be warned about this term.',
        suggestions: [{ label: 'Remove it', edits: [{ start: m.index, end: m.index + m[0].length, replacement: '' }] }],
      });
    }
  }
  return out;
}

function toFindings(doc: Doc, findings: readonly Finding[]): readonly Finding[] {
  if (doc.policy.watchTerms.length === 0) return findings;
  return [...findings, ...watchTermFindings(doc)];
}

export const applyPolicy = { toDetections, toFindings };
