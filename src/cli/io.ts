/**
 * The CLI's access to the outside world, injected so tests can run main() with captured streams.
 */
import { readFile } from 'node:fs/promises';

export interface Writer {
  write(chunk: string): unknown;
}

export interface CliIo {
  readonly stdin: AsyncIterable<string | Uint8Array>;
  /** True when stdin is a terminal: then nothing will arrive unless someone types it. */
  readonly stdinIsTTY: boolean;
  readonly stdout: Writer;
  readonly stderr: Writer;
  readonly readFile: (path: string) => Promise<string>;
}

export function nodeIo(): CliIo {
  // `caretweet check --jsonl … | head` closes the pipe early; that is not an error worth a trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  return {
    stdin: process.stdin,
    stdinIsTTY: process.stdin.isTTY === true,
    stdout: process.stdout,
    stderr: process.stderr,
    readFile: (path) => readFile(path, 'utf8'),
  };
}

/** Writes one line, waiting for the stream to drain when it asks to (long JSONL batches). */
export async function writeLine(out: Writer, line: string): Promise<void> {
  const ok = out.write(`${line}\n`);
  const stream = out as Partial<NodeJS.WritableStream>;
  if (ok === false && typeof stream.once === 'function') {
    await new Promise<void>((done) => stream.once?.('drain', () => done()));
  }
}

/** The lines of a stream as UTF-8 text, without their line endings, numbered from 1. */
export async function* lines(input: AsyncIterable<string | Uint8Array>): AsyncGenerator<{ readonly text: string; readonly number: number }> {
  const decoder = new TextDecoder('utf-8');
  let pending = '';
  let number = 0;
  for await (const chunk of input) {
    pending += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let newline = pending.indexOf('\n'); newline >= 0; newline = pending.indexOf('\n', start)) {
      number++;
      yield { text: stripCr(pending.slice(start, newline)), number };
      start = newline + 1;
    }
    pending = pending.slice(start);
  }
  pending += decoder.decode();
  if (pending.length > 0) yield { text: stripCr(pending), number: number + 1 };
}

/** All of stdin as text, less the one line ending a shell `echo` or editor adds at the end. */
export async function readAll(input: AsyncIterable<string | Uint8Array>): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for await (const chunk of input) text += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
  text += decoder.decode();
  return text.replace(/\r?\n$/, '');
}

function stripCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}
