import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../engine/index.js';
import { localSnapshot, resetFakeBrowser, writes } from './fake-browser.test-util.js';
import {
  appendAudit,
  auditToCsv,
  clearAudit,
  csvField,
  expiredKeys,
  listAudit,
  pruneAudit,
  sanitizeAuditEntry,
  type AuditEntry,
} from './audit-log.js';
import { defaults } from './policy.js';
import { savePolicy } from './policy-store.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.test-util.js')).fakeBrowser }));

beforeEach(() => resetFakeBrowser());

const DAY = 86_400_000;
const now = Date.UTC(2025, 5, 1, 12);
const entry = (time: number, over: Partial<AuditEntry> = {}): AuditEntry => ({
  time,
  composerKind: 'reply',
  findings: [{ ruleId: 'phi/name', severity: 'error' }],
  outcome: 'posted-anyway',
  reason: 'consent-on-file',
  ...over,
});

describe('appendAudit and listAudit', () => {
  it('stores entries and lists them oldest first', async () => {
    await appendAudit(entry(now - 2000, { outcome: 'clean', findings: [], reason: undefined }), defaults.audit, now);
    await appendAudit(entry(now - 1000), defaults.audit, now);
    await appendAudit(entry(now - 1000, { composerKind: 'post', outcome: 'edited' }), defaults.audit, now);
    const list = await listAudit();
    expect(list.map((e) => e.outcome)).toEqual(['clean', 'posted-anyway', 'edited']);
    expect(list[0]).toEqual({ time: now - 2000, composerKind: 'reply', findings: [], outcome: 'clean' });
  });

  it('does nothing when the log is off', async () => {
    expect(await appendAudit(entry(now), { ...defaults.audit, enabled: false }, now)).toBe(false);
    expect(await listAudit()).toEqual([]);
  });

  it('drops entries older than the retention and beyond the maximum', async () => {
    const audit = { enabled: true, retentionDays: 30, maxEntries: 10 };
    await appendAudit(entry(now - 31 * DAY), { ...audit, retentionDays: 3650 }, now);
    for (let i = 0; i < 12; i++) await appendAudit(entry(now - i * 1000), audit, now);
    const list = await listAudit();
    expect(list).toHaveLength(10);
    expect(Math.min(...list.map((e) => e.time))).toBe(now - 9000);
  });

  it('prunes on demand after the retention is lowered', async () => {
    for (let d = 0; d < 5; d++) await appendAudit(entry(now - d * DAY - 1), defaults.audit, now);
    expect(await pruneAudit({ enabled: true, retentionDays: 2, maxEntries: 5000 }, now)).toBe(3);
    expect(await listAudit()).toHaveLength(2);
  });

  it('clears everything, including entries that no longer validate', async () => {
    await appendAudit(entry(now), defaults.audit, now);
    await (await import('./fake-browser.test-util.js')).fakeBrowser.storage.local.set({ 'audit:zzz': { broken: true } });
    await savePolicy(defaults);
    await clearAudit();
    expect(Object.keys(localSnapshot()).filter((k) => k.startsWith('audit:'))).toEqual([]);
    expect(localSnapshot()).toHaveProperty('policy');
  });

  it('computes expired keys without touching storage', () => {
    const entries: [string, AuditEntry][] = [['a', entry(now - 40 * DAY)], ['b', entry(now - DAY)], ['c', entry(now)]];
    expect(expiredKeys(entries, { enabled: true, retentionDays: 30, maxEntries: 1 }, now)).toEqual(['a', 'b']);
  });
});

describe('sanitizeAuditEntry', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['no time', { composerKind: 'post', findings: [], outcome: 'clean' }],
    ['an unknown kind', { time: 1, composerKind: 'story', findings: [], outcome: 'clean' }],
    ['an unknown outcome', { time: 1, composerKind: 'post', findings: [], outcome: 'deleted' }],
    ['findings not a list', { time: 1, composerKind: 'post', findings: 'phi/name', outcome: 'clean' }],
  ])('refuses %s', (_, input) => {
    expect(sanitizeAuditEntry(input)).toBeUndefined();
  });

  it('keeps only known fields, valid rule ids, and a reason only for posted-anyway', () => {
    const out = sanitizeAuditEntry({
      time: 5,
      composerKind: 'post',
      outcome: 'edited',
      reason: 'false-alarm',
      text: 'John Smith was seen today',
      findings: [
        { ruleId: 'phi/name', severity: 'error', message: 'John Smith' },
        { ruleId: 'phi/name', severity: 'error' },
        { ruleId: 'phi/John Smith', severity: 'error' },
        { ruleId: 'risk/confirms-patient', severity: 'loud' },
        { ruleId: 'voice/signoff', severity: 'info' },
      ],
    });
    expect(out).toEqual({ time: 5, composerKind: 'post', outcome: 'edited', findings: [{ ruleId: 'phi/name', severity: 'error' }, { ruleId: 'voice/signoff', severity: 'info' }] });
    expect(sanitizeAuditEntry({ ...entry(1), reason: 'because John said so' })).not.toHaveProperty('reason');
  });
});

describe('CSV export', () => {
  it('quotes per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\r\nlines')).toBe('"two\r\nlines"');
  });

  it('writes a header and one CRLF-terminated row per entry', () => {
    const csv = auditToCsv([
      entry(Date.UTC(2025, 0, 2, 3, 4, 5), { findings: [{ ruleId: 'phi/name', severity: 'error' }, { ruleId: 'voice/signoff', severity: 'info' }] }),
      entry(Date.UTC(2025, 0, 3), { outcome: 'clean', findings: [], reason: undefined, composerKind: 'post' }),
    ]);
    expect(csv).toBe(
      'time,composer_kind,outcome,reason,errors,warnings,infos,findings\r\n' +
        '2025-01-02T03:04:05.000Z,reply,posted-anyway,consent-on-file,1,0,1,phi/name:error voice/signoff:info\r\n' +
        '2025-01-03T00:00:00.000Z,post,clean,,0,0,0,\r\n',
    );
  });
});

describe('privacy guard', () => {
  // Invented drafts of the kind the log must never keep.
  const drafts = [
    'Great to see Maria Lopez back after her knee surgery on March 3rd!',
    'Replying to @jdoe88: yes, your MRI results came back, call 555-0199',
    'Our patient in room 12 (the 92-year-old veteran) is recovering well',
    'Sra. Gómez, su biopsia salió bien; llámenos al 555-0142',
  ];

  it('nothing written to storage holds any piece of a draft', async () => {
    for (const [i, text] of drafts.entries()) {
      const findings = analyze(text, { kind: 'reply' }).findings;
      // A careless caller hands over the whole analysis, the draft and a free-text reason.
      const careless = { time: now + i, composerKind: 'reply', outcome: 'posted-anyway', reason: text, text, draft: text, findings: findings.map((f) => ({ ...f, text: text.slice(f.span.start, f.span.end), excerpt: text })) };
      await appendAudit(careless as unknown as AuditEntry, defaults.audit, now);
    }
    await appendAudit(entry(now), defaults.audit, now);
    const blob = JSON.stringify({ writes, snapshot: localSnapshot() });
    // Every string stored is a field name or a value from a closed set.
    const allowed = /^(?:writes|snapshot|time|composerKind|findings|ruleId|severity|outcome|reason|post|reply|quote|thread|dm|info|warning|error|clean|edited|generalized|posted-anyway|not-a-patient|consent-on-file|public-information|false-alarm|other|(?:phi|risk|policy|voice|length|engine)\/[a-z0-9-]+|audit:[0-9a-z]{10}:[0-9a-z]{8})$/;
    const strings = [...blob.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
    expect(strings.filter((x) => !allowed.test(x))).toEqual([]);
    // And no run of draft text survives anywhere, rule ids aside.
    const stored = blob.replace(/(?:phi|risk|policy|voice|length|engine)\/[a-z0-9-]+/g, '').toLowerCase();
    for (const text of drafts) {
      const lower = text.toLowerCase();
      for (let k = 0; k + 6 <= lower.length; k++) {
        const piece = lower.slice(k, k + 6);
        if (/[\p{L}\p{N}]{3}/u.test(piece)) expect(stored.includes(piece), piece).toBe(false);
      }
    }
    expect((await listAudit()).length).toBe(drafts.length + 1);
  });
});
