import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../engine/index.js';
import { main, type CliIo } from './caretweet.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Fake {
  readonly io: CliIo;
  readonly out: () => string;
  readonly err: () => string;
}

function fake(options: { stdin?: string | readonly (string | Uint8Array)[]; tty?: boolean; files?: Record<string, string> } = {}): Fake {
  const out: string[] = [];
  const err: string[] = [];
  const chunks = typeof options.stdin === 'string' ? [options.stdin] : (options.stdin ?? []);
  const files = options.files ?? {};
  return {
    io: {
      stdin: (async function* () {
        for (const c of chunks) yield c;
      })(),
      stdinIsTTY: options.tty ?? options.stdin === undefined,
      stdout: { write: (s: string) => out.push(s) },
      stderr: { write: (s: string) => err.push(s) },
      readFile: async (path: string) => {
        const content = files[path];
        if (content !== undefined) return content;
        throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      },
    },
    out: () => out.join(''),
    err: () => err.join(''),
  };
}

const CLEAN = 'Flu shots are in! Walk in Mon-Fri 9-5.';
const FLAGGED = 'Our patient John Smith (SSN 123-45-6789) was seen yesterday in room 12.';
const NOW = '2025-03-14T12:00:00Z';

describe('caretweet (usage)', () => {
  it('prints help and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['check', '--help']]) {
      const f = fake();
      expect(await main(argv, f.io)).toBe(0);
      expect(f.out()).toContain('Usage:');
    }
  });

  it.each([
    [[], 'no command'],
    [['audit'], 'unknown command'],
    [['check', '--frobnicate', 'x'], 'unknown option --frobnicate'],
    [['check', '--policy'], '--policy needs a value'],
    [['count', '--jsonl'], '--jsonl works with check only'],
    [['check', '--jsonl', 'text'], 'reads its drafts from stdin'],
    [['check', '--long', 'x'], '--long works with count only'],
    [['check', '--json=yes', 'x'], 'takes no value'],
    [['check', '--now', 'someday', 'x'], 'is not a date'],
  ])('rejects %j with exit code 2', async (argv, message) => {
    const f = fake();
    expect(await main(argv, f.io)).toBe(2);
    expect(f.err()).toContain(message);
    expect(f.out()).toBe('');
  });

  it('asks for a draft instead of waiting on a terminal', async () => {
    const f = fake({ tty: true });
    expect(await main(['check'], f.io)).toBe(2);
    expect(f.err()).toContain('no draft given');
  });
});

describe('caretweet check TEXT', () => {
  it('reports a clean draft and exits 0', async () => {
    const f = fake();
    expect(await main(['check', CLEAN], f.io)).toBe(0);
    expect(f.out()).toContain('No findings.');
    expect(f.out()).toContain('Verdict: ok');
    expect(f.out()).toContain(`Length: ${CLEAN.length}/280 weighted characters, ${280 - CLEAN.length} remaining`);
  });

  it('reports each finding with severity, rule, quoted span, message, why and suggestions, then exits 1', async () => {
    const f = fake();
    const code = await main(['check', '--now', NOW, FLAGGED], f.io);
    const analysis = analyze(FLAGGED, { now: Date.parse(NOW) });
    expect(analysis.findings.length).toBeGreaterThan(0);
    expect(code).toBe(1);
    const out = f.out();
    for (const finding of analysis.findings) {
      expect(out).toContain(`${finding.severity.padEnd(8)} ${finding.ruleId}  “${FLAGGED.slice(finding.span.start, finding.span.end)}”`);
      expect(out).toContain(finding.message);
      expect(out).toContain(`Why: ${finding.why}`);
    }
    expect(out).toMatch(/Suggestions: .+/);
    expect(out).toContain(`Verdict: ${analysis.verdict}`);
    expect(out).toContain(`Length: ${analysis.length.weightedLength}/280`);
  });

  it('joins several words into one draft', async () => {
    const f = fake();
    await main(['check', '--json', 'Flu', 'shots', 'today'], f.io);
    expect(JSON.parse(f.out())).toMatchObject({ weightedLength: 'Flu shots today'.length });
  });

  it('reads the draft from stdin when TEXT is omitted or "-", less a final newline', async () => {
    for (const argv of [['check', '--json'], ['check', '--json', '-']]) {
      const f = fake({ stdin: `${CLEAN}\n` });
      expect(await main(argv, f.io)).toBe(0);
      expect(JSON.parse(f.out())).toMatchObject({ verdict: 'ok', weightedLength: CLEAN.length, valid: true });
    }
  });

  it('prints the JSONL record with --json', async () => {
    const f = fake();
    await main(['check', '--json', '--now', NOW, FLAGGED], f.io);
    const record = JSON.parse(f.out()) as Record<string, unknown>;
    expect(Object.keys(record)).toEqual(['verdict', 'findings', 'weightedLength', 'valid']);
    const analysis = analyze(FLAGGED, { now: Date.parse(NOW) });
    expect(record.findings).toEqual(analysis.findings.map((x) => ({ ruleId: x.ruleId, category: x.category, severity: x.severity, start: x.span.start, end: x.span.end })));
  });

  it('checks a reply against the post it answers', async () => {
    const draft = 'Thanks for coming in yesterday, hope the knee feels better!';
    const parent = 'My knee surgery at your clinic went great';
    const f = fake();
    await main(['check', '--json', '--now', NOW, '--reply-to', parent, '--reply-author', '@mary_p', draft], f.io);
    const expected = analyze(draft, { kind: 'reply', replyTo: { text: parent, handle: 'mary_p' }, now: Date.parse(NOW) });
    expect(JSON.parse(f.out())).toMatchObject({ verdict: expected.verdict, findings: expected.findings.map((x) => ({ ruleId: x.ruleId, start: x.span.start })) });
  });
});

describe('caretweet --policy', () => {
  const example = readFileSync(join(REPO, 'examples', 'policy.example.json'), 'utf8');

  it('accepts the example policy exported from the options page', async () => {
    const f = fake({ files: { 'p.json': example } });
    expect(await main(['check', '--policy', 'p.json', CLEAN], f.io)).toBe(0);
    expect(f.err()).toBe('');
  });

  it('applies it: the practice phone is not a finding', async () => {
    const text = 'Questions? Call us at (555) 010-0100.';
    const policy = JSON.parse(example) as Record<string, unknown>;
    const f = fake({ files: { 'p.json': example } });
    await main(['check', '--json', '--policy', 'p.json', text], f.io);
    expect(JSON.parse(f.out())).toMatchObject(analyzeAsRecord(text, policy));
  });

  it.each([
    [{}, 'missing.json', 'policy file missing.json: no such file'],
    [{ 'p.json': '{"staff": [' }, 'p.json', 'policy file p.json is not valid JSON'],
    [{ 'p.json': '[]' }, 'p.json', 'a policy must be a JSON object'],
    [{ 'p.json': '{"staff": "Dr. Lee"}' }, 'p.json', 'staff must be a list'],
    [{ 'p.json': '{"staff": [{"role": "MD"}]}' }, 'p.json', 'staff[0].name must be a string'],
    [{ 'p.json': '{"watchTerms": [{"term": "(", "regex": true, "severity": "error"}]}' }, 'p.json', 'watchTerms[0].term must be a valid regular expression'],
    [{ 'p.json': '{"watchTerms": [{"term": "x", "severity": "fatal"}]}' }, 'p.json', 'watchTerms[0].severity must be'],
    [{ 'p.json': '{"lengthLimit": 500}' }, 'p.json', 'lengthLimit must be 280 or 25000'],
    [{ 'p.json': '{"practice": {"phones": [5550100]}}' }, 'p.json', 'practice.phones[0] must be a string'],
  ])('rejects a bad policy file with a clear message and exit code 2 (%#)', async (files, path, message) => {
    const f = fake({ files });
    expect(await main(['check', '--policy', path, CLEAN], f.io)).toBe(2);
    expect(f.err()).toContain(message);
    expect(f.out()).toBe('');
  });
});

function analyzeAsRecord(text: string, policy: Record<string, unknown>): Record<string, unknown> {
  const a = analyze(text, {}, policy);
  return { verdict: a.verdict, findings: a.findings.map((x) => ({ ruleId: x.ruleId, category: x.category, severity: x.severity, start: x.span.start, end: x.span.end })) };
}

describe('caretweet count', () => {
  it('prints weighted length, limit, remaining and validity', async () => {
    const f = fake();
    expect(await main(['count', 'Open 💉 https://example.org/a/long/path'], f.io)).toBe(0);
    expect(f.out()).toBe(['Weighted length: 31', 'Limit: 280', 'Remaining: 249', 'Valid: yes', ''].join('\n'));
  });

  it('exits 1 over the limit, and counts against 25,000 with --long', async () => {
    const long = 'a'.repeat(300);
    let f = fake();
    expect(await main(['count', long], f.io)).toBe(1);
    expect(f.out()).toContain('Valid: no (over the limit)');
    f = fake();
    expect(await main(['count', '--long', '--json', long], f.io)).toBe(0);
    expect(JSON.parse(f.out())).toEqual({ weightedLength: 300, limit: 25000, remaining: 24700, valid: true });
  });

  it('takes the limit from the policy', async () => {
    const f = fake({ files: { 'p.json': '{"lengthLimit": 25000}' } });
    await main(['count', '--json', '--policy', 'p.json', 'hi'], f.io);
    expect(JSON.parse(f.out())).toMatchObject({ limit: 25000 });
  });

  it('reads stdin', async () => {
    const f = fake({ stdin: '患者\r\n' });
    await main(['count', '--json'], f.io);
    expect(JSON.parse(f.out())).toMatchObject({ weightedLength: 4 });
  });
});

describe('caretweet check --jsonl', () => {
  const encoder = new TextEncoder();

  function outputLines(f: Fake): Record<string, unknown>[] {
    return f
      .out()
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  it('writes exactly one line per input line, in order, with the contract keys', async () => {
    const input = [
      { id: 'a', text: CLEAN },
      { id: 2, text: FLAGGED, context: { now: NOW } },
      { id: 'c', text: '' },
    ];
    const f = fake({ stdin: `${input.map((o) => JSON.stringify(o)).join('\n')}\n` });
    expect(await main(['check', '--jsonl'], f.io)).toBe(1);
    const out = outputLines(f);
    expect(out.map((o) => o.id)).toEqual(['a', 2, 'c']);
    for (const o of out) expect(Object.keys(o)).toEqual(['id', 'verdict', 'findings', 'weightedLength', 'valid']);
    const flagged = analyze(FLAGGED, { now: Date.parse(NOW) });
    expect(out[1]).toEqual({
      id: 2,
      verdict: flagged.verdict,
      findings: flagged.findings.map((x) => ({ ruleId: x.ruleId, category: x.category, severity: x.severity, start: x.span.start, end: x.span.end })),
      weightedLength: flagged.length.weightedLength,
      valid: flagged.length.valid,
    });
    expect(out[2]).toMatchObject({ verdict: 'ok', weightedLength: 0, valid: false });
    expect(f.err()).toBe('');
  });

  it('exits 0 when every draft is clean', async () => {
    const f = fake({ stdin: `${JSON.stringify({ id: 1, text: CLEAN })}\n` });
    expect(await main(['check', '--jsonl'], f.io)).toBe(0);
  });

  it('reports invalid lines on stderr by number, skips them, keeps going and exits 2', async () => {
    const secret = 'Jane Roe SSN 123-45-6789';
    const lines = [
      JSON.stringify({ id: 1, text: CLEAN }),
      `{"id": 2, "text": "${secret}"`, // truncated JSON
      JSON.stringify({ text: secret }),
      JSON.stringify({ id: 4 }),
      '',
      JSON.stringify({ id: null, text: secret }),
      JSON.stringify({ id: 6, text: secret, context: { kind: 'tweet' } }),
      JSON.stringify({ id: 7, text: secret, policy: { staff: 'x' } }),
      JSON.stringify([1, 2]),
      JSON.stringify({ id: 'last', text: CLEAN }),
    ];
    const f = fake({ stdin: lines.join('\r\n') });
    expect(await main(['check', '--jsonl'], f.io)).toBe(2);
    expect(outputLines(f).map((o) => o.id)).toEqual([1, 'last']);
    const err = f.err();
    for (const [n, why] of [
      [2, 'not valid JSON'],
      [3, 'missing "id"'],
      [4, 'missing "text"'],
      [6, '"id" must be a string or a number'],
      [7, '"context.kind" must be one of'],
      [8, '"policy": staff must be a list'],
      [9, 'not a JSON object'],
    ] as const) {
      expect(err).toContain(`line ${n}: ${why}`);
    }
    expect(err).toContain('7 invalid lines skipped');
    expect(err).not.toContain('Jane');
    expect(f.out()).not.toContain('"error"');
  });

  it('honours a line\'s context and policy, and the command-line defaults', async () => {
    const text = 'Questions? Call us at (555) 010-0100.';
    const policy = { practice: { phones: ['(555) 010-0100'] } };
    const f = fake({
      stdin: [JSON.stringify({ id: 'plain', text }), JSON.stringify({ id: 'policy', text, policy }), JSON.stringify({ id: 'dated', text: FLAGGED })].join('\n'),
    });
    await main(['check', '--jsonl', '--now', NOW], f.io);
    const [plain, withPolicy, dated] = outputLines(f);
    expect(plain).toMatchObject(analyzeAsRecord(text, {}));
    expect(withPolicy).toMatchObject(analyzeAsRecord(text, policy));
    const expected = analyze(FLAGGED, { now: Date.parse(NOW) });
    expect(dated).toMatchObject({ findings: expected.findings.map((x) => ({ ruleId: x.ruleId, start: x.span.start, end: x.span.end })) });
  });

  it('reassembles lines and characters split across input chunks', async () => {
    const bytes = encoder.encode(`${JSON.stringify({ id: 'ü', text: '患者 😷 Flu shots' })}\n${JSON.stringify({ id: 'b', text: 'ok' })}`);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.slice(i * 7, i * 7 + 7));
    const f = fake({ stdin: chunks });
    await main(['check', '--jsonl'], f.io);
    expect(outputLines(f)).toMatchObject([{ id: 'ü', weightedLength: 4 + 1 + 2 + 10 }, { id: 'b' }]);
  });

  it('refuses to wait on a terminal', async () => {
    const f = fake({ tty: true });
    expect(await main(['check', '--jsonl'], f.io)).toBe(2);
  });
});
