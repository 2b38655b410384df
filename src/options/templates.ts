/**
 * Reply templates are posted as they are, so each one is checked by the same engine as a draft:
 * with its slots filled from the policy being edited, as a reply, a template must produce no
 * warning or error. A template that would itself leak is refused, with the engine's reasons.
 */
import { analyze } from '../engine/index.js';
import { currentRotation } from '../engine/rotation.js';
import { signoffText } from '../engine/risks/signoff.js';
import type { Finding } from '../engine/types.js';
import { fillTemplate, type Policy } from '../shared/policy.js';

export interface TemplateCheck {
  /** The template as it would be posted now. */
  readonly filled: string;
  /** Warnings and errors; empty when the template is safe. */
  readonly problems: readonly Finding[];
}

export function slotValues(policy: Policy, now: number): { phone: string; portal: string; signoff: string; emergency: string } {
  const turn = currentRotation(policy, now, new Date(now).getTimezoneOffset());
  return {
    phone: policy.practice.phones[0] ?? '',
    portal: policy.practice.portalUrl,
    signoff: signoffText(policy.signoff.text, turn?.member),
    emergency: policy.emergencyLine.trim().length > 0 ? policy.emergencyLine.trim() : '911',
  };
}

export function checkTemplate(text: string, policy: Policy, now = Date.now()): TemplateCheck {
  const filled = fillTemplate(text, slotValues(policy, now));
  if (filled.trim().length === 0) return { filled, problems: [] };
  const problems = analyze(filled, { kind: 'reply', now }, policy).findings.filter((f) => f.severity !== 'info');
  return { filled, problems };
}
