/**
 * Small checkers that collect "path: what is wrong" messages, and the checkers for the forms a
 * policy's values take (handles, phone numbers, addresses, dates).
 *
 * Hand-written rather than a schema library: the whole schema is a dozen keys, the messages must
 * name the setting the way the options page does, and the content script bundles this file.
 */
import { isRecord } from './policy-migrations.js';
import { LIMITS } from './policy-schema.js';

export interface Ctx {
  readonly errors: string[];
  readonly warnings: string[];
}

export type Check<T> = (v: unknown, path: string, ctx: Ctx) => T | undefined;

export function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return 'text';
  return `a ${typeof v}`;
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function text(max: number, opts: { pattern?: RegExp; hint?: string; multiline?: boolean } = {}): Check<string> {
  return (v, path, ctx) => {
    if (typeof v !== 'string') {
      ctx.errors.push(`${path}: must be text, not ${kindOf(v)}`);
      return undefined;
    }
    if (v.length > max) {
      ctx.errors.push(`${path}: is ${v.length} characters long; the limit is ${max}`);
      return undefined;
    }
    if (CONTROL.test(v) || (!opts.multiline && /[\r\n]/.test(v))) {
      ctx.errors.push(`${path}: must not contain line breaks or control characters`);
      return undefined;
    }
    if (opts.pattern !== undefined && v.length > 0 && !opts.pattern.test(v)) {
      ctx.errors.push(`${path}: ${opts.hint ?? 'is not in the expected form'}`);
      return undefined;
    }
    return v;
  };
}

export function bool(): Check<boolean> {
  return (v, path, ctx) => {
    if (typeof v !== 'boolean') {
      ctx.errors.push(`${path}: must be true or false, not ${kindOf(v)}`);
      return undefined;
    }
    return v;
  };
}

export function int(min: number, max: number): Check<number> {
  return (v, path, ctx) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      ctx.errors.push(`${path}: must be a whole number from ${min} to ${max}`);
      return undefined;
    }
    return v;
  };
}

export function oneOf<T extends string | number>(values: readonly T[]): Check<T> {
  return (v, path, ctx) => {
    if (!values.includes(v as T)) {
      ctx.errors.push(`${path}: must be one of ${values.map((x) => JSON.stringify(x)).join(', ')}`);
      return undefined;
    }
    return v as T;
  };
}

export function list<T>(item: Check<T>, max: number): Check<T[]> {
  return (v, path, ctx) => {
    if (!Array.isArray(v)) {
      ctx.errors.push(`${path}: must be a list, not ${kindOf(v)}`);
      return undefined;
    }
    if (v.length > max) {
      ctx.errors.push(`${path}: has ${v.length} entries; the limit is ${max}`);
      return undefined;
    }
    const out: T[] = [];
    let ok = true;
    v.forEach((x, i) => {
      const checked = item(x, `${path}[${i}]`, ctx);
      if (checked === undefined) ok = false;
      else out.push(checked);
    });
    return ok ? out : undefined;
  };
}

export type Shape<T> = { readonly [K in keyof T]-?: Check<T[K]> };

/** An object with exactly these keys; missing keys take `fallback`'s, unknown keys are reported. */
export function object<T extends object>(shape: Shape<T>, fallback: T): Check<T> {
  return (v, path, ctx) => {
    if (!isRecord(v)) {
      ctx.errors.push(`${path}: must be an object with ${Object.keys(shape).join(', ')}, not ${kindOf(v)}`);
      return undefined;
    }
    const out: Record<string, unknown> = {};
    let ok = true;
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      if (!(key in v) || v[key] === undefined) {
        out[key] = fallback[key];
        continue;
      }
      const checked = shape[key](v[key], `${path}.${key}`, ctx);
      if (checked === undefined) ok = false;
      else out[key] = checked;
    }
    for (const key of Object.keys(v)) {
      if (!(key in shape)) ctx.warnings.push(`${path}.${key}: unknown setting, ignored`);
    }
    return ok ? (out as T) : undefined;
  };
}

// Handles: X allows letters, digits and underscores, at most 15.
const HANDLE = /^@?[A-Za-z0-9_]{1,15}$/;
export const DOMAIN = /^(?:https?:\/\/)?(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,10}[a-z]{2,63}\/?$/i;
export const EMAIL = /^[^\s@]{1,64}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,10}[a-z]{2,63}$/i;
export const INITIALS = /^[\p{L}.\-]{1,5}$/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const COUNTRY = /^[A-Z]{2}$/;

export function phone(): Check<string> {
  const base = text(LIMITS.shortText / 2);
  return (v, path, ctx) => {
    const s = base(v, path, ctx);
    if (s === undefined) return undefined;
    const digits = s.replace(/\D/g, '').length;
    if (digits < 3 || digits > 15 || !/^[\d\s()+.\-/x#*ext]+$/i.test(s)) {
      ctx.errors.push(`${path}: is not a phone number (3 to 15 digits, with spaces, dashes or brackets)`);
      return undefined;
    }
    return s;
  };
}

export function handle(): Check<string> {
  const base = text(16, { pattern: HANDLE, hint: 'must be an X handle: up to 15 letters, digits or underscores' });
  return (v, path, ctx) => base(v, path, ctx)?.replace(/^@/, '');
}

export function url(): Check<string> {
  const base = text(LIMITS.text);
  return (v, path, ctx) => {
    const s = base(v, path, ctx);
    if (s === undefined || s.length === 0) return s;
    let parsed: URL | undefined;
    try {
      parsed = new URL(s);
    } catch {
      parsed = undefined;
    }
    if (parsed === undefined || parsed.protocol !== 'https:') {
      ctx.errors.push(`${path}: must be a full https:// address`);
      return undefined;
    }
    return s;
  };
}

export function date(): Check<string> {
  const base = text(10);
  return (v, path, ctx) => {
    const s = base(v, path, ctx);
    if (s === undefined || s.length === 0) return s;
    const ms = ISO_DATE.test(s) ? Date.parse(`${s}T00:00:00Z`) : Number.NaN;
    if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== s) {
      ctx.errors.push(`${path}: must be a date written YYYY-MM-DD`);
      return undefined;
    }
    return s;
  };
}
