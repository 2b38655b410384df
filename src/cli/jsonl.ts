/**
 * `caretweet check --jsonl`: one JSON object in per line, one out per valid line, in order. An
 * invalid line is reported on stderr by its number (never its text) and skipped, so stdout stays
 * line-for-line with the valid input; the run then ends with exit code 2.
 */
import { analyze, type ComposeContext, type EnginePolicy } from '../engine/index.js';
import { lines, writeLine, type CliIo } from './io.js';
import { checkContext, checkEnginePolicy } from './policy-file.js';
import { checkRecord } from './report.js';

export interface JsonlDefaults {
  readonly context: ComposeContext;
  readonly policy: EnginePolicy | undefined;
}

type LineResult =
  | { readonly ok: true; readonly id: string | number; readonly text: string; readonly context: ComposeContext; readonly policy: EnginePolicy | undefined }
  | { readonly ok: false; readonly error: string };

function readLine(raw: string, defaults: JsonlDefaults): LineResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, error: 'not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'not a JSON object' };
  const o = value as Record<string, unknown>;
  const id = o.id;
  if (!(typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)))) {
    return { ok: false, error: id === undefined ? 'missing "id"' : '"id" must be a string or a number' };
  }
  if (typeof o.text !== 'string') return { ok: false, error: o.text === undefined ? 'missing "text"' : '"text" must be a string' };
  let context = defaults.context;
  if (o.context !== undefined) {
    const checked = checkContext(o.context);
    if (!checked.ok) return { ok: false, error: checked.error };
    context = checked.value;
  }
  let policy = defaults.policy;
  if (o.policy !== undefined) {
    const checked = checkEnginePolicy(o.policy);
    if (!checked.ok) return { ok: false, error: `"policy": ${checked.error}` };
    policy = checked.value;
  }
  return { ok: true, id, text: o.text, context, policy };
}

/** Processes every line; returns the exit code. */
export async function runJsonl(io: CliIo, defaults: JsonlDefaults): Promise<number> {
  let invalid = 0;
  let flagged = false;
  for await (const line of lines(io.stdin)) {
    if (line.text.trim() === '') continue;
    const parsed = readLine(line.text, defaults);
    if (!parsed.ok) {
      invalid++;
      io.stderr.write(`caretweet: line ${line.number}: ${parsed.error}; skipped\n`);
      continue;
    }
    const analysis = analyze(parsed.text, parsed.context, parsed.policy);
    if (analysis.verdict === 'warning' || analysis.verdict === 'error') flagged = true;
    await writeLine(io.stdout, JSON.stringify({ id: parsed.id, ...checkRecord(analysis) }));
  }
  if (invalid > 0) {
    io.stderr.write(`caretweet: ${invalid} invalid line${invalid === 1 ? '' : 's'} skipped\n`);
    return 2;
  }
  return flagged ? 1 : 0;
}
