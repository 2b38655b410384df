/**
 * `caretweet`: the extension's engine on the command line, for batch checks and benchmarks.
 * bin/caretweet.mjs runs the bundle of this file (dist-cli/caretweet.mjs, `npm run build:cli`).
 */
import { analyze, count, LONG_POST_LIMIT, STANDARD_LIMIT, type ComposeContext, type EnginePolicy } from '../engine/index.js';
import { parseArgs, USAGE, type Args } from './args.js';
import { nodeIo, readAll, type CliIo } from './io.js';
import { runJsonl } from './jsonl.js';
import { parseNow, readPolicyFile } from './policy-file.js';
import { checkRecord, countReport, humanReport } from './report.js';

export type { CliIo } from './io.js';

const EXIT_OK = 0;
const EXIT_FLAGGED = 1;
const EXIT_USAGE = 2;

/** Runs the CLI with `argv` (without node and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.stderr.write(`caretweet: ${parsed.error}\n\n${USAGE}\n`);
    return EXIT_USAGE;
  }
  const args = parsed.args;
  if (args.command === 'help') {
    io.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  let policy: EnginePolicy | undefined;
  if (args.policyPath !== undefined) {
    const read = await readPolicyFile(args.policyPath, io.readFile);
    if (!read.ok) return usageError(io, read.error);
    policy = read.value;
  }
  const context = contextOf(args);
  if (context === undefined) return usageError(io, `--now "${args.now ?? ''}" is not a date (use ISO 8601, e.g. 2025-03-14T09:00)`);
  if (args.jsonl) {
    if (io.stdinIsTTY) return usageError(io, '--jsonl reads drafts from stdin; pipe a file into it');
    return runJsonl(io, { context, policy });
  }
  const text = args.text ?? (await draftFromStdin(io));
  if (text === undefined) return usageError(io, 'no draft given: pass it as an argument or pipe it on stdin');
  if (args.command === 'count') {
    const limit = args.long || policy?.lengthLimit === LONG_POST_LIMIT ? LONG_POST_LIMIT : STANDARD_LIMIT;
    const counted = count(text, limit);
    const { weightedLength, limit: max, remaining, valid } = counted;
    io.stdout.write(`${args.json ? JSON.stringify({ weightedLength, limit: max, remaining, valid }) : countReport(counted)}\n`);
    return valid ? EXIT_OK : EXIT_FLAGGED;
  }
  const analysis = analyze(text, context, policy);
  io.stdout.write(`${args.json ? JSON.stringify(checkRecord(analysis)) : humanReport(text, analysis)}\n`);
  return analysis.verdict === 'warning' || analysis.verdict === 'error' ? EXIT_FLAGGED : EXIT_OK;
}

function usageError(io: CliIo, message: string): number {
  io.stderr.write(`caretweet: ${message}\n`);
  return EXIT_USAGE;
}

/** The context from --reply-to, --reply-author and --now; undefined when --now is not a date. */
function contextOf(args: Args): ComposeContext | undefined {
  const now = args.now === undefined ? undefined : parseNow(args.now);
  if (args.now !== undefined && now === undefined) return undefined;
  const isReply = args.replyTo !== undefined || args.replyAuthor !== undefined;
  return {
    ...(isReply ? { kind: 'reply' as const, replyTo: { ...(args.replyTo !== undefined ? { text: args.replyTo } : {}), ...(args.replyAuthor !== undefined ? { handle: args.replyAuthor.replace(/^@/, '') } : {}) } } : {}),
    ...(now !== undefined ? { now } : {}),
  };
}

async function draftFromStdin(io: CliIo): Promise<string | undefined> {
  // A terminal would wait for typing that nobody expects; ask for an argument instead.
  if (io.stdinIsTTY) return undefined;
  return readAll(io.stdin);
}
