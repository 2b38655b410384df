/**
 * How often the generalized reply is clean: for every risky draft (verdict warning or error) in
 * every evaluation set, generalize() it as a post and as a reply to itself (the draft doubling as
 * the post being answered, the hardest case for echoes), with no policy and with a practice
 * policy (phone, portal, sign-off), and check the result with analyze() in the same context: no
 * warning, no error, within X's limit. The target is 100%.
 *
 * The data is read from ../shared/eval (or $CARETWEET_EVAL_DIR) and never copied; failures are
 * reported by set, line and rule id only.
 *
 * Run alone: `npx tsx scripts/eval/generalize.ts`. Default export: a section for scripts/eval.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { analyze, generalize, type ComposeContext, type EnginePolicy } from '../../src/engine/index.js';

/** Same shape as scripts/bench/section.ts's BenchSection. */
export interface EvalSection {
  title: string;
  rows: Record<string, string | number>[];
  notes?: string[];
}

const TITLE = 'Generalized reply: share of risky drafts whose reply is clean';

/** A made-up practice: the slots generalize() fills from a policy (phone, portal, sign-off). */
const PRACTICE: EnginePolicy = {
  practice: { phones: ['(555) 201-3344'], portalUrl: 'https://portal.example-clinic.com', domains: ['example-clinic.com'] },
  signoff: { required: true, text: '^RC' },
};

interface SetSpec {
  readonly name: string;
  readonly file: string;
  /** Where the texts are in the file. */
  readonly texts: (data: unknown) => string[];
}

const field = (key: string) => (rows: unknown): string[] =>
  Array.isArray(rows) ? rows.map((r) => (typeof r === 'object' && r !== null ? (r as Record<string, unknown>)[key] : undefined)).filter((t): t is string => typeof t === 'string') : [];

const SETS: readonly SetSpec[] = [
  { name: 'ASQ-PHI', file: 'phi/asq-phi.dev.jsonl', texts: field('text') },
  { name: 'presidio synth v2', file: 'phi/presidio-synth-v2.jsonl', texts: field('text') },
  { name: 'health news (benign)', file: 'benign/health-news-tweets.dev.jsonl', texts: field('text') },
  { name: 'redact-pii cases', file: 'peer-suites/redact-pii-cases.json', texts: field('input') },
  {
    name: 'sanitize-pii cases',
    file: 'peer-suites/sanitize-pii-cases.json',
    texts: (d) => {
      const o = (typeof d === 'object' && d !== null ? d : {}) as Record<string, unknown>;
      return [...field('text')(o['pattern_cases']), ...field('input')(o['sanitize_cases'])];
    },
  },
  { name: 'twitter-text validate', file: 'twitter-text/validate.json', texts: field('text') },
  { name: 'twitter-text validate v1', file: 'twitter-text/validate-v1.json', texts: field('text') },
];

function load(dir: string, file: string): unknown {
  const raw = readFileSync(resolve(dir, file), 'utf8');
  return raw.trimStart().startsWith('[') || (raw.trimStart().startsWith('{') && file.endsWith('.json'))
    ? JSON.parse(raw)
    : raw.split('\n').filter((l) => l.trim().length > 0).map((l) => JSON.parse(l) as unknown);
}

const risky = (verdict: string): boolean => verdict === 'warning' || verdict === 'error';

/** Rule ids of the warnings and errors left in the reply, and whether it fits; [] when clean. */
function problems(reply: string, context: ComposeContext, policy: EnginePolicy | undefined): string[] {
  const a = analyze(reply, context, policy);
  const out = a.findings.filter((f) => f.severity !== 'info').map((f) => f.ruleId as string);
  if (!a.length.valid) out.push('length/over-limit');
  return out;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(d === n ? 0 : 2)}%`);

export interface GeneralizeEval {
  readonly section: EvalSection;
  readonly risky: number;
  readonly clean: number;
}

/** `now`: the moment relative dates are read against (scripts/eval.ts uses a fixed one). */
export async function evaluateGeneralize(dir = process.env['CARETWEET_EVAL_DIR'] ?? resolve(process.cwd(), '..', 'shared', 'eval'), now = Date.now()): Promise<GeneralizeEval> {
  if (!existsSync(dir)) {
    return { section: { title: TITLE, rows: [], notes: [`Skipped: no evaluation data at ${dir} (set CARETWEET_EVAL_DIR).`] }, risky: 0, clean: 0 };
  }
  const rows: Record<string, string | number>[] = [];
  const failures: string[] = [];
  const times: number[] = [];
  let allRisky = 0;
  let allClean = 0;
  for (const set of SETS) {
    if (!existsSync(resolve(dir, set.file))) continue;
    const texts = set.texts(load(dir, set.file));
    let n = 0;
    let asPost = 0;
    let asReply = 0;
    let both = 0;
    texts.forEach((text, line) => {
      const post: ComposeContext = { kind: 'post', now };
      if (!risky(analyze(text, post).verdict)) return;
      n++;
      const reply: ComposeContext = { kind: 'reply', now, replyTo: { text, handle: 'someone', displayName: 'Some One' } };
      let ok = true;
      let okPost = true;
      let okReply = true;
      for (const [context, policy] of [[post, undefined], [post, PRACTICE], [reply, undefined], [reply, PRACTICE]] as const) {
        const t0 = performance.now();
        const g = generalize(text, context, policy);
        times.push(performance.now() - t0);
        const left = problems(g.text, context, policy);
        if (left.length === 0) continue;
        ok = false;
        if (context.kind === 'post') okPost = false;
        else okReply = false;
        if (failures.length < 10) failures.push(`${set.name} #${line} as ${context.kind}${policy === undefined ? '' : ' with a practice policy'}: ${left.join(', ')}`);
      }
      if (okPost) asPost++;
      if (okReply) asReply++;
      if (ok) both++;
    });
    allRisky += n;
    allClean += both;
    rows.push({ set: set.name, drafts: texts.length, risky: n, 'clean as post': pct(asPost, n), 'clean as reply to itself': pct(asReply, n), 'clean in all four': pct(both, n) });
  }
  rows.push({ set: 'all sets', drafts: rows.reduce((s, r) => s + Number(r['drafts']), 0), risky: allRisky, 'clean as post': '', 'clean as reply to itself': '', 'clean in all four': pct(allClean, allRisky) });
  times.sort((a, b) => a - b);
  const notes = [
    'Risky: analyze() as a post gives warning or error. Clean: analyze() of the reply, in the same context and policy, gives no warning or error and the reply fits 280.',
    'Each risky draft is generalized four times: as a post and as a reply to itself, without a policy and with a practice policy (phone, portal URL, required sign-off).',
    `generalize() time per call: p50 ${quantile(times, 0.5).toFixed(2)} ms, p95 ${quantile(times, 0.95).toFixed(2)} ms, max ${(times.at(-1) ?? NaN).toFixed(2)} ms (${times.length} calls).`,
    ...(failures.length === 0 ? ['No failures.'] : failures.map((f) => `Not clean: ${f}`)),
  ];
  return { section: { title: TITLE, rows, notes }, risky: allRisky, clean: allClean };
}

export default async function generalizeEval(): Promise<EvalSection> {
  return (await evaluateGeneralize()).section;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const r = await evaluateGeneralize();
  console.log(`## ${r.section.title}`);
  console.table(r.section.rows);
  for (const n of r.section.notes ?? []) console.log(`- ${n}`);
  process.exitCode = r.risky > 0 && r.clean < r.risky ? 1 : 0;
}
