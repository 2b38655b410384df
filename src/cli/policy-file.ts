/**
 * Reads a practice policy given to the CLI and checks that it is the shape the engine reads
 * (EnginePolicy). The extension's own schema lives in src/shared/, which the CLI may not import;
 * a policy exported from the options page carries more keys than the engine reads, so keys the
 * engine does not know are accepted and ignored, and only the ones it reads are checked.
 */
import type { ComposeContext, ComposeKind, EnginePolicy } from '../engine/index.js';

export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

type Raw = Record<string, unknown>;

function isRecord(v: unknown): v is Raw {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Throws a message naming the setting (`staff[2].name`) when a value has the wrong type. */
class PolicyError extends Error {}

function fail(path: string, expected: string): never {
  throw new PolicyError(`${path} must be ${expected}`);
}

function optString(o: Raw, key: string, path: string): void {
  if (o[key] !== undefined && typeof o[key] !== 'string') fail(`${path}${key}`, 'a string');
}

function optBoolean(o: Raw, key: string, path: string): void {
  if (o[key] !== undefined && typeof o[key] !== 'boolean') fail(`${path}${key}`, 'true or false');
}

function optStrings(o: Raw, key: string, path: string): void {
  const v = o[key];
  if (v === undefined) return;
  if (!Array.isArray(v)) fail(`${path}${key}`, 'a list of strings');
  v.forEach((item, i) => {
    if (typeof item !== 'string') fail(`${path}${key}[${i}]`, 'a string');
  });
}

function optList(o: Raw, key: string, path: string, each: (item: Raw, path: string) => void): void {
  const v = o[key];
  if (v === undefined) return;
  if (!Array.isArray(v)) fail(`${path}${key}`, 'a list');
  v.forEach((item, i) => {
    const itemPath = `${path}${key}[${i}]`;
    if (!isRecord(item)) fail(itemPath, 'an object');
    each(item, `${itemPath}.`);
  });
}

function optObject(o: Raw, key: string, path: string, each: (item: Raw, path: string) => void): void {
  const v = o[key];
  if (v === undefined) return;
  if (!isRecord(v)) fail(`${path}${key}`, 'an object');
  each(v, `${path}${key}.`);
}

const SEVERITIES = ['info', 'warning', 'error'];

function checkPolicy(p: Raw): void {
  optObject(p, 'practice', '', (practice, path) => {
    optString(practice, 'name', path);
    for (const key of ['handles', 'phones', 'emails', 'domains', 'addresses']) optStrings(practice, key, path);
    optString(practice, 'portalUrl', path);
  });
  optList(p, 'staff', '', (member, path) => {
    if (typeof member.name !== 'string') fail(`${path}name`, 'a string');
    optString(member, 'role', path);
  });
  optStrings(p, 'partners', '');
  optList(p, 'watchTerms', '', (term, path) => {
    if (typeof term.term !== 'string') fail(`${path}term`, 'a string');
    optBoolean(term, 'regex', path);
    if (!SEVERITIES.includes(term.severity as string)) fail(`${path}severity`, '"info", "warning" or "error"');
    optString(term, 'note', path);
    if (term.regex === true) {
      try {
        new RegExp(term.term, 'giu');
      } catch {
        fail(`${path}term`, 'a valid regular expression');
      }
    }
  });
  if (p.lengthLimit !== undefined && p.lengthLimit !== 280 && p.lengthLimit !== 25000) fail('lengthLimit', '280 or 25000');
  optObject(p, 'signoff', '', (signoff, path) => {
    optBoolean(signoff, 'required', path);
    optString(signoff, 'text', path);
  });
  optObject(p, 'rotation', '', (rotation, path) => {
    optList(rotation, 'members', path, (member, memberPath) => {
      if (typeof member.name !== 'string') fail(`${memberPath}name`, 'a string');
      if (typeof member.initials !== 'string') fail(`${memberPath}initials`, 'a string');
    });
    if (rotation.periodDays !== undefined && !(Number.isInteger(rotation.periodDays) && (rotation.periodDays as number) > 0)) {
      fail(`${path}periodDays`, 'a whole number of days');
    }
    optString(rotation, 'startDate', path);
  });
  optString(p, 'emergencyLine', '');
  optList(p, 'replyTemplates', '', (template, path) => {
    if (typeof template.intent !== 'string') fail(`${path}intent`, 'a string');
    if (template.language !== undefined && template.language !== 'en' && template.language !== 'es') fail(`${path}language`, '"en" or "es"');
    if (typeof template.text !== 'string') fail(`${path}text`, 'a string');
  });
  if (p.country !== undefined && !(typeof p.country === 'string' && /^[A-Za-z]{2}$/.test(p.country))) {
    fail('country', 'a two-letter country code');
  }
}

/** Checks a parsed JSON value as an engine policy. */
export function checkEnginePolicy(value: unknown): Checked<EnginePolicy> {
  if (!isRecord(value)) return { ok: false, error: 'a policy must be a JSON object' };
  try {
    checkPolicy(value);
  } catch (e) {
    if (e instanceof PolicyError) return { ok: false, error: e.message };
    throw e;
  }
  // The checks above prove the fields the engine reads have the declared types.
  return { ok: true, value: value as EnginePolicy };
}

/** Reads and checks a policy file; the error names the file and the first problem found. */
export async function readPolicyFile(path: string, readFile: (path: string) => Promise<string>): Promise<Checked<EnginePolicy>> {
  let json: string;
  try {
    json = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    return { ok: false, error: `policy file ${path}: ${reason}` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { ok: false, error: `policy file ${path} is not valid JSON (${(e as Error).message})` };
  }
  const checked = checkEnginePolicy(parsed);
  return checked.ok ? checked : { ok: false, error: `policy file ${path}: ${checked.error}` };
}

const KINDS: readonly ComposeKind[] = ['post', 'reply', 'quote', 'thread', 'dm'];

/**
 * The compose context of a JSONL line: `{kind?, replyTo?: {handle?, displayName?, text?}, now?,
 * ownHandle?}`, `now` as milliseconds or an ISO date.
 */
export function checkContext(value: unknown): Checked<ComposeContext> {
  if (!isRecord(value)) return { ok: false, error: '"context" must be an object' };
  const context: { -readonly [K in keyof ComposeContext]: ComposeContext[K] } = {};
  if (value.kind !== undefined) {
    if (!KINDS.includes(value.kind as ComposeKind)) return { ok: false, error: `"context.kind" must be one of ${KINDS.join(', ')}` };
    context.kind = value.kind as ComposeKind;
  }
  if (value.replyTo !== undefined) {
    const r = value.replyTo;
    if (!isRecord(r)) return { ok: false, error: '"context.replyTo" must be an object' };
    for (const key of ['handle', 'displayName', 'text']) {
      if (r[key] !== undefined && typeof r[key] !== 'string') return { ok: false, error: `"context.replyTo.${key}" must be a string` };
    }
    context.replyTo = {
      ...(typeof r.handle === 'string' ? { handle: r.handle } : {}),
      ...(typeof r.displayName === 'string' ? { displayName: r.displayName } : {}),
      ...(typeof r.text === 'string' ? { text: r.text } : {}),
    };
  }
  if (value.now !== undefined) {
    const now = parseNow(value.now);
    if (now === undefined) return { ok: false, error: '"context.now" must be a date (ISO 8601) or milliseconds since 1970' };
    context.now = now;
  }
  if (value.ownHandle !== undefined) {
    if (typeof value.ownHandle !== 'string') return { ok: false, error: '"context.ownHandle" must be a string' };
    context.ownHandle = value.ownHandle;
  }
  return { ok: true, value: context };
}

/** A moment given as milliseconds or as an ISO 8601 date, or undefined when it is neither. */
export function parseNow(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
