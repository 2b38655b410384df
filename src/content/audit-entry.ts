/**
 * The audit log's record of a draft as it is posted: which rules it raised and what the user
 * did about them. Rule ids and severities only, never text.
 */
import type { ComposeKind } from '../engine/types.js';
import type { AuditEntry, AuditOutcome, AuditReason } from '../shared/audit-log.js';
import { hasIssue, type Visible } from './visible-findings.js';

/** What a composer knows about its draft when it is posted (text is read here, never kept). */
export interface PostedDraft {
  readonly text: string;
  readonly composerKind: ComposeKind;
  /** The findings in force as it is posted. */
  readonly findings: readonly Visible[];
  /** The draft showed an issue at some point. */
  readonly hadIssues: boolean;
  /** The generalized reply the session put into the draft, if it still holds one. */
  readonly generalizedText: string | null;
}

/** Null for an empty draft; `override` is set when the user posted despite the post guard. */
export function auditEntryFor(draft: PostedDraft, override: { readonly reason?: AuditReason } | null): AuditEntry | null {
  const { findings } = draft;
  if (draft.text.length === 0) return null;
  const generalized = draft.generalizedText !== null && draft.text === draft.generalizedText;
  const outcome: AuditOutcome = override !== null ? 'posted-anyway' : generalized ? 'generalized' : draft.hadIssues && !hasIssue(findings) ? 'edited' : 'clean';
  return {
    time: Date.now(),
    composerKind: draft.composerKind,
    findings: findings.map((v) => ({ ruleId: v.finding.ruleId, severity: v.finding.severity })),
    outcome,
    ...(override?.reason !== undefined ? { reason: override.reason } : {}),
  };
}
