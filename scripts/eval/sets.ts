/**
 * Loads the evaluation sets of ../shared/eval (see its README) into one shape. The data is read at
 * run time and never copied into the project. A missing file or a malformed line is reported, not
 * fatal: the other sets are still scored.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledSpan } from './score.js';

export type SetName = 'asq-phi' | 'presidio' | 'redact-pii' | 'sanitize-pii' | 'benign-news' | 'twitter-text';

export const SET_NAMES: readonly SetName[] = ['asq-phi', 'presidio', 'redact-pii', 'sanitize-pii', 'benign-news', 'twitter-text'];

export interface EvalText {
  readonly id: string;
  readonly text: string;
  readonly spans: readonly LabelledSpan[];
  /** Presidio's template id: sentences from one template are not independent. */
  readonly group?: string;
  /** ASQ-PHI: a text without PHI written to look like it has some. */
  readonly hardNegative?: boolean;
  /** redact-pii: a case its authors marked as holding no PII. */
  readonly noPii?: boolean;
  /** redact-pii: a case run with non-default options (custom patterns): not scored. */
  readonly nonDefault?: boolean;
  /** sanitize-pii: the pattern tested and whether it must match. */
  readonly pattern?: string;
  readonly mustMatch?: boolean;
  /** When the text was posted (benign news), so relative dates are read as of then. */
  readonly now?: number;
}

export interface ConformanceCase {
  readonly description: string;
  readonly text: string;
  readonly config: string;
  readonly expected: Readonly<Record<string, unknown>>;
}

export interface LoadedSet {
  readonly name: SetName;
  readonly path: string;
  readonly texts: readonly EvalText[];
  readonly conformance?: readonly ConformanceCase[];
  /** Why nothing (or not everything) could be read. */
  readonly problems: readonly string[];
}

export const SET_FILES: Readonly<Record<SetName, readonly string[]>> = {
  'asq-phi': ['phi/asq-phi.dev.jsonl'],
  presidio: ['phi/presidio-synth-v2.jsonl'],
  'redact-pii': ['peer-suites/redact-pii-cases.json'],
  'sanitize-pii': ['peer-suites/sanitize-pii-cases.json'],
  'benign-news': ['benign/health-news-tweets.dev.jsonl'],
  'twitter-text': ['twitter-text/validate.json', 'twitter-text/validate-v1.json'],
};

type Raw = Record<string, unknown>;

function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function spansOf(value: unknown): LabelledSpan[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).flatMap((s) =>
    typeof s.start === 'number' && typeof s.end === 'number' && typeof s.label === 'string' ? [{ start: s.start, end: s.end, label: s.label }] : [],
  );
}

function readJsonl(path: string, problems: string[]): Raw[] {
  const rows: Raw[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        const value: unknown = JSON.parse(line);
        if (isRecord(value)) rows.push(value);
        else problems.push(`${path}:${i + 1}: not an object`);
      } catch {
        problems.push(`${path}:${i + 1}: not valid JSON`);
      }
    });
  return rows;
}

function readJson(path: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    problems.push(`${path}: ${(e as Error).message}`);
    return undefined;
  }
}

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);

function load(name: SetName, paths: readonly string[], problems: string[]): Pick<LoadedSet, 'texts' | 'conformance'> {
  const [path = ''] = paths;
  switch (name) {
    case 'asq-phi':
      return {
        texts: readJsonl(path, problems).map((r, i) => ({ id: str(r.id, `#${i}`), text: str(r.text), spans: spansOf(r.spans), hardNegative: r.hard_negative === true })),
      };
    case 'presidio':
      return {
        texts: readJsonl(path, problems).map((r, i) => ({ id: str(r.id, `#${i}`), text: str(r.text), spans: spansOf(r.spans), group: String(r.template_id ?? 'none') })),
      };
    case 'benign-news':
      return {
        texts: readJsonl(path, problems).map((r, i) => {
          const at = Date.parse(str(r.created_at));
          return { id: str(r.tweet_id, `#${i}`), text: str(r.text), spans: [], ...(Number.isNaN(at) ? {} : { now: at }) };
        }),
      };
    case 'redact-pii': {
      const data = readJson(path, problems);
      const cases = Array.isArray(data) ? data.filter(isRecord) : [];
      return {
        texts: cases.map((c, i) => ({
          id: `${i + 1}: ${str(c.test)}`,
          text: str(c.input),
          spans: spansOf(c.spans),
          noPii: c.no_pii === true,
          ...(c.options_note !== undefined ? { nonDefault: true } : {}),
        })),
      };
    }
    case 'sanitize-pii': {
      const data = readJson(path, problems);
      const cases = isRecord(data) && Array.isArray(data.pattern_cases) ? data.pattern_cases.filter(isRecord) : [];
      return {
        texts: cases.map((c, i) => ({ id: `${i + 1}: ${str(c.pattern)} ${str(c.it)}`, text: str(c.text), spans: [], pattern: str(c.pattern), mustMatch: c.expectedMatch === true })),
      };
    }
    case 'twitter-text': {
      const conformance = paths.flatMap((p) => {
        const data = readJson(p, problems);
        return Array.isArray(data) ? data.filter(isRecord).map((c) => ({ description: str(c.description), text: str(c.text), config: str(c.config), expected: isRecord(c.expected) ? c.expected : {} })) : [];
      });
      return { texts: [], conformance };
    }
  }
}

export function loadSet(dir: string, name: SetName): LoadedSet {
  const paths = SET_FILES[name].map((f) => join(dir, f));
  const missing = paths.filter((p) => !existsSync(p));
  if (missing.length === paths.length) return { name, path: paths.join(', '), texts: [], problems: missing.map((p) => `${p} is missing`) };
  const problems: string[] = missing.map((p) => `${p} is missing`);
  const present = paths.filter((p) => existsSync(p));
  return { name, path: present.join(', '), ...load(name, present, problems), problems };
}
