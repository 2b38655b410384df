/**
 * Command-line arguments, parsed by hand: two commands and a handful of options do not need a
 * parser package in the bundle.
 */

export type Command = 'check' | 'count' | 'help';

export interface Args {
  readonly command: Command;
  /** The draft, when given on the command line; `undefined` means read stdin. */
  readonly text: string | undefined;
  readonly jsonl: boolean;
  readonly json: boolean;
  readonly policyPath: string | undefined;
  readonly replyTo: string | undefined;
  readonly replyAuthor: string | undefined;
  readonly now: string | undefined;
  /** Count against the 25,000-character limit of long posts. */
  readonly long: boolean;
}

export type Parsed = { readonly ok: true; readonly args: Args } | { readonly ok: false; readonly error: string };

const VALUE_OPTIONS = new Set(['--policy', '--reply-to', '--reply-author', '--now']);
const FLAGS = new Set(['--jsonl', '--json', '--long', '--help', '-h']);

export const USAGE = `Usage:
  caretweet check [options] [TEXT | -]      check a draft; reads stdin when TEXT is omitted or "-"
  caretweet check --jsonl [options]         check {"id","text"} lines from stdin, one JSON line out each
  caretweet count [--long] [TEXT | -]       X's weighted character count
  caretweet --help

Options:
  --policy FILE          practice policy (JSON, as exported from the options page)
  --reply-to TEXT        text of the post being replied to (makes the draft a reply)
  --reply-author @HANDLE author of that post
  --now DATE             moment of posting (ISO 8601), for "yesterday", "last week"…
  --json                 check/count: print JSON instead of the report
  --long                 count against 25,000 characters (accounts allowed long posts)

JSONL input lines: {"id": "…", "text": "…"} with optional "context"
({"kind", "replyTo": {"handle", "displayName", "text"}, "now", "ownHandle"}) and "policy"
(replaces --policy for that line). Output lines:
{"id","verdict","findings":[{"ruleId","category","severity","start","end"}],"weightedLength","valid"}
Offsets are UTF-16 code units, end exclusive.

Exit codes: 0 no warning or error (count: within the limit), 1 a warning or error (count: over
the limit or empty), 2 bad usage or bad input (JSONL: any invalid line; the others are still
processed).`;

export function parseArgs(argv: readonly string[]): Parsed {
  let command: Command | undefined;
  const positional: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  let optionsDone = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!optionsDone && arg === '--') {
      optionsDone = true;
      continue;
    }
    if (!optionsDone && arg.startsWith('-') && arg !== '-') {
      const eq = arg.indexOf('=');
      const name = eq > 0 ? arg.slice(0, eq) : arg;
      if (FLAGS.has(name)) {
        if (eq > 0) return { ok: false, error: `${name} takes no value` };
        flags.add(name);
        continue;
      }
      if (VALUE_OPTIONS.has(name)) {
        const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined) return { ok: false, error: `${name} needs a value` };
        values.set(name, value);
        continue;
      }
      return { ok: false, error: `unknown option ${name}` };
    }
    if (command === undefined) {
      if (arg === 'check' || arg === 'count' || arg === 'help') command = arg;
      else return { ok: false, error: `unknown command "${arg}" (expected check or count)` };
      continue;
    }
    positional.push(arg);
  }
  if (flags.has('--help') || flags.has('-h') || command === 'help') return { ok: true, args: blank('help') };
  if (command === undefined) return { ok: false, error: 'no command given' };
  const jsonl = flags.has('--jsonl');
  if (jsonl && command !== 'check') return { ok: false, error: '--jsonl works with check only' };
  if (jsonl && positional.length > 0) return { ok: false, error: '--jsonl reads its drafts from stdin, not from arguments' };
  if (flags.has('--long') && command !== 'count') return { ok: false, error: '--long works with count only (checks take the limit from --policy)' };
  for (const name of ['--reply-to', '--reply-author', '--now']) {
    if (values.has(name) && command !== 'check') return { ok: false, error: `${name} works with check only` };
  }
  // Several words are one draft, as a shell would have passed them unquoted.
  const text = positional.length === 0 || (positional.length === 1 && positional[0] === '-') ? undefined : positional.join(' ');
  return {
    ok: true,
    args: {
      command,
      text,
      jsonl,
      json: flags.has('--json'),
      policyPath: values.get('--policy'),
      replyTo: values.get('--reply-to'),
      replyAuthor: values.get('--reply-author'),
      now: values.get('--now'),
      long: flags.has('--long'),
    },
  };
}

function blank(command: Command): Args {
  return { command, text: undefined, jsonl: false, json: false, policyPath: undefined, replyTo: undefined, replyAuthor: undefined, now: undefined, long: false };
}
