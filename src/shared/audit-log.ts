/**
 * The compliance officer's local record of posts made from a guarded composer: when, from which
 * kind of composer, which rules fired at which severity, and what the person did. Never any
 * draft text: an entry is rebuilt field by field from closed sets (rule ids must look like rule
 * ids, outcomes and reasons come from fixed lists), so nothing a caller passes by mistake can
 * reach storage.
 *
 * Each entry is its own storage key ("audit:<time>:<nonce>"), so two tabs posting at the same
 * moment never overwrite each other's entries with a read-modify-write.
 */
import browser from 'webextension-polyfill';
import type { ComposeKind, RuleId, Severity } from '../engine/types.js';
import { defaults, type Policy } from './policy.js';

export type AuditOutcome = 'clean' | 'edited' | 'generalized' | 'posted-anyway';

/** Why someone posted despite a warning; a fixed list so that no free text is ever stored. */
export const AUDIT_REASONS = ['not-a-patient', 'consent-on-file', 'public-information', 'false-alarm', 'other'] as const;
export type AuditReason = (typeof AUDIT_REASONS)[number];

export interface AuditFinding {
  readonly ruleId: RuleId;
  readonly severity: Severity;
}

export interface AuditEntry {
  /** Milliseconds since the epoch. */
  readonly time: number;
  readonly composerKind: ComposeKind;
  /** Distinct rule/severity pairs found in the draft that was posted. */
  readonly findings: readonly AuditFinding[];
  readonly outcome: AuditOutcome;
  readonly reason?: AuditReason;
}

export const AUDIT_KEY_PREFIX = 'audit:';

const OUTCOMES: readonly AuditOutcome[] = ['clean', 'edited', 'generalized', 'posted-anyway'];
const KINDS: readonly ComposeKind[] = ['post', 'reply', 'quote', 'thread', 'dm'];
const SEVERITIES: readonly Severity[] = ['info', 'warning', 'error'];
const RULE_ID = /^(?:phi|risk|policy|voice|length|engine)\/[a-z0-9]+(?:-[a-z0-9]+){0,8}$/;
const MAX_FINDINGS = 60;
const DAY_MS = 86_400_000;

/**
 * The entry as it may be stored, or undefined when it is not one. Only known fields with known
 * values survive; anything else (a `text` field, a message, a rule id carrying words) is dropped.
 */
export function sanitizeAuditEntry(input: unknown): AuditEntry | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const e = input as Record<string, unknown>;
  const time = e.time;
  if (typeof time !== 'number' || !Number.isFinite(time) || time < 0) return undefined;
  if (!KINDS.includes(e.composerKind as ComposeKind)) return undefined;
  if (!OUTCOMES.includes(e.outcome as AuditOutcome)) return undefined;
  if (!Array.isArray(e.findings)) return undefined;
  const seen = new Set<string>();
  const findings: AuditFinding[] = [];
  for (const f of e.findings as unknown[]) {
    if (typeof f !== 'object' || f === null) continue;
    const { ruleId, severity } = f as Record<string, unknown>;
    if (typeof ruleId !== 'string' || ruleId.length > 60 || !RULE_ID.test(ruleId)) continue;
    if (!SEVERITIES.includes(severity as Severity)) continue;
    const key = `${ruleId}|${String(severity)}`;
    if (seen.has(key) || findings.length >= MAX_FINDINGS) continue;
    seen.add(key);
    findings.push({ ruleId: ruleId as RuleId, severity: severity as Severity });
  }
  findings.sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || a.ruleId.localeCompare(b.ruleId));
  const reason = e.outcome === 'posted-anyway' && AUDIT_REASONS.includes(e.reason as AuditReason) ? (e.reason as AuditReason) : undefined;
  return {
    time: Math.round(time),
    composerKind: e.composerKind as ComposeKind,
    findings,
    outcome: e.outcome as AuditOutcome,
    ...(reason !== undefined ? { reason } : {}),
  };
}

let sequence = 0;

function keyFor(time: number): string {
  // Base-36 time padded to a fixed width sorts keys in time order; the sequence keeps this
  // context's entries of one millisecond in order, the nonce keeps other tabs' apart.
  sequence = (sequence + 1) % 36 ** 4;
  const nonce = Math.floor(Math.random() * 36 ** 4).toString(36).padStart(4, '0');
  return `${AUDIT_KEY_PREFIX}${Math.round(time).toString(36).padStart(10, '0')}:${sequence.toString(36).padStart(4, '0')}${nonce}`;
}

async function readAll(): Promise<[string, AuditEntry][]> {
  const all = await browser.storage.local.get(null);
  const out: [string, AuditEntry][] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(AUDIT_KEY_PREFIX)) continue;
    const entry = sanitizeAuditEntry(value);
    if (entry !== undefined) out.push([key, entry]);
  }
  return out.sort((a, b) => a[1].time - b[1].time || (a[0] < b[0] ? -1 : 1));
}

/** Keys to delete so that the log keeps within the policy's retention. */
export function expiredKeys(entries: readonly (readonly [string, AuditEntry])[], retention: Policy['audit'], now: number): string[] {
  const cutoff = now - retention.retentionDays * DAY_MS;
  const sorted = [...entries].sort((a, b) => a[1].time - b[1].time);
  const expired = sorted.filter(([, e]) => e.time < cutoff).map(([k]) => k);
  const kept = sorted.filter(([, e]) => e.time >= cutoff);
  const excess = Math.max(0, kept.length - retention.maxEntries);
  return [...expired, ...kept.slice(0, excess).map(([k]) => k)];
}

/**
 * Records one post. Returns false when the log is off or the entry is not valid. `audit` is the
 * policy's audit settings; pass it when the caller already has the policy in force.
 */
export async function appendAudit(entry: AuditEntry, audit: Policy['audit'] = defaults.audit, now = Date.now()): Promise<boolean> {
  if (!audit.enabled) return false;
  const clean = sanitizeAuditEntry(entry);
  if (clean === undefined) return false;
  await browser.storage.local.set({ [keyFor(clean.time)]: clean });
  const expired = expiredKeys(await readAll(), audit, now);
  if (expired.length > 0) await browser.storage.local.remove(expired);
  return true;
}

/** Every entry, oldest first. */
export async function listAudit(): Promise<AuditEntry[]> {
  return (await readAll()).map(([, e]) => e);
}

/** Applies the retention now (the options page calls it after the retention is lowered). */
export async function pruneAudit(audit: Policy['audit'], now = Date.now()): Promise<number> {
  const expired = expiredKeys(await readAll(), audit, now);
  if (expired.length > 0) await browser.storage.local.remove(expired);
  return expired.length;
}

export async function clearAudit(): Promise<void> {
  const keys = (await readAll()).map(([k]) => k);
  const all = await browser.storage.local.get(null);
  // Also remove entries that did not validate: "clear" means nothing is left.
  for (const k of Object.keys(all)) if (k.startsWith(AUDIT_KEY_PREFIX) && !keys.includes(k)) keys.push(k);
  if (keys.length > 0) await browser.storage.local.remove(keys);
}

/** One CSV field, quoted per RFC 4180 when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export const CSV_HEADER = ['time', 'composer_kind', 'outcome', 'reason', 'errors', 'warnings', 'infos', 'findings'] as const;

/** The log as CSV (RFC 4180: CRLF line ends, a header row), for the compliance officer. */
export function auditToCsv(entries: readonly AuditEntry[]): string {
  const rows = [CSV_HEADER.join(',')];
  for (const e of entries) {
    const count = (s: Severity): string => String(e.findings.filter((f) => f.severity === s).length);
    rows.push(
      [
        new Date(e.time).toISOString(),
        e.composerKind,
        e.outcome,
        e.reason ?? '',
        count('error'),
        count('warning'),
        count('info'),
        e.findings.map((f) => `${f.ruleId}:${f.severity}`).join(' '),
      ]
        .map(csvField)
        .join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}
