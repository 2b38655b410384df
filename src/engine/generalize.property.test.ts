/**
 * generalize() over the evaluation sets and over generated drafts: the reply always passes
 * analyze() with no warning or error, fits the limit, and generalizing it again changes nothing.
 * The evaluation data is read from ../shared/eval (or $CARETWEET_EVAL_DIR), never copied.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, generalize } from './index.js';
import type { ComposeContext, EnginePolicy } from './types.js';

const EVAL = process.env.CARETWEET_EVAL_DIR ?? resolve(__dirname, '../../../shared/eval');
const POLICY: EnginePolicy = { practice: { phones: ['(555) 201-3344'], portalUrl: 'https://portal.example-clinic.com', domains: ['example-clinic.com'] }, signoff: { required: true, text: '^RC' } };

function texts(file: string, key = 'text', every = 1): string[] {
  const path = resolve(EVAL, file);
  if (!existsSync(path)) return [];
  const raw = readFileSync(path, 'utf8');
  const rows: Record<string, unknown>[] = raw.trimStart().startsWith('[') ? JSON.parse(raw) : raw.split('\n').filter(Boolean).map((l) => JSON.parse(l));
  return rows.filter((_, i) => i % every === 0).map((r) => String(r[key] ?? ''));
}

function check(draft: string, context: ComposeContext, policy?: EnginePolicy): void {
  const g = generalize(draft, context, policy);
  const a = analyze(g.text, context, policy);
  const problems = a.findings.filter((f) => f.severity !== 'info').map((f) => `${f.ruleId}: ${g.text.slice(f.span.start, f.span.end)}`);
  expect(problems, `${draft}\n→ ${g.text}`).toEqual([]);
  expect(a.length.valid, g.text).toBe(true);
  expect(generalize(g.text, context, policy).text, g.text).toBe(g.text);
}

const sets = [
  ['ASQ-PHI', texts('phi/asq-phi.dev.jsonl')],
  ['presidio (1 in 5)', texts('phi/presidio-synth-v2.jsonl', 'text', 5)],
  ['health news (1 in 20)', texts('benign/health-news-tweets.dev.jsonl', 'text', 20)],
  ['redact-pii cases', texts('peer-suites/redact-pii-cases.json', 'input')],
] as const;

describe.skipIf(!existsSync(EVAL))('generalize over the evaluation sets', () => {
  for (const [name, list] of sets) {
    it(`${name}: ${list.length} drafts, as posts and as replies to themselves`, () => {
      for (const t of list) {
        const risky = analyze(t).verdict === 'error' || analyze(t).verdict === 'warning';
        if (!risky) continue;
        check(t, {});
        check(t, { kind: 'reply', replyTo: { text: t, handle: 'someone', displayName: 'Some One' } }, POLICY);
      }
    }, 120000);
  }
});

const words = fc.constantFrom(
  'your', 'visit', 'results', 'John', 'Smith', 'Dr. Lee', 'yesterday', 'room 4', '555-123-4567', 'SSN 123-45-6789',
  'chest pain', 'fever', 'bill', '$200', 'thanks', 'appointment', 'mi', 'cita', 'gracias', 'fiebre', '@jane_d',
  'the', 'was', 'great', 'we', 'saw', 'you', 'in', 'ER', 'measles', 'our town', 'MRN 123456', '92-year-old', '!', '?', '.',
);

describe('generalize over generated drafts', () => {
  it('is always clean, within the limit and idempotent', () => {
    fc.assert(
      fc.property(fc.array(words, { maxLength: 30 }), fc.array(words, { maxLength: 15 }), fc.boolean(), (draft, parent, withPolicy) => {
        check(draft.join(' '), { kind: 'reply', replyTo: { text: parent.join(' '), handle: 'h', displayName: 'H' } }, withPolicy ? POLICY : undefined);
      }),
      { numRuns: 150 },
    );
  });
});
