/**
 * Whose turn it is to post. Physicians on a rotation take the account for `periodDays` each, in
 * the order listed, from `startDate`. Pure: the clock and the time zone are arguments, so the
 * popup, the engine's sign-off rule and the tests all agree on the same answer.
 */
import type { EnginePolicy, RotationMember } from './types.js';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface RotationTurn {
  readonly member: RotationMember;
  /** Position of `member` in the rotation's list. */
  readonly index: number;
  /** Start and end (exclusive) of this turn, as local calendar dates "YYYY-MM-DD". */
  readonly from: string;
  readonly until: string;
  /** Who comes next, when the rotation has more than one member. */
  readonly next?: RotationMember;
}

/** Days since 1970-01-01 of a "YYYY-MM-DD" date, or undefined when it is not a real date. */
export function dayNumber(date: string): number | undefined {
  const m = ISO_DATE.exec(date);
  if (m === null) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2025-02-30 over to March; a real date survives the round trip.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return Math.floor(ms / DAY_MS);
}

function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The rotation member whose turn it is at `now`, or undefined when there is no usable rotation
 * or it has not started yet. `tzOffsetMinutes` is `Date.prototype.getTimezoneOffset()` of the
 * practice's clock (minutes *behind* UTC), so turns change at local midnight, not UTC midnight.
 */
export function currentRotation(
  policy: Pick<EnginePolicy, 'rotation'> | undefined,
  now: number | Date,
  tzOffsetMinutes = 0,
): RotationTurn | undefined {
  const rotation = policy?.rotation;
  const members = rotation?.members ?? [];
  if (members.length === 0) return undefined;
  const period = rotation?.periodDays;
  if (period === undefined || !Number.isInteger(period) || period < 1) return undefined;
  const start = dayNumber(rotation?.startDate ?? '');
  if (start === undefined) return undefined;
  const nowMs = now instanceof Date ? now.getTime() : now;
  if (!Number.isFinite(nowMs)) return undefined;
  const today = Math.floor((nowMs - tzOffsetMinutes * 60_000) / DAY_MS);
  if (today < start) return undefined;
  const turn = Math.floor((today - start) / period);
  const index = turn % members.length;
  const from = start + turn * period;
  const member = members[index]!;
  const next = members.length > 1 ? members[(index + 1) % members.length] : undefined;
  return { member, index, from: isoOfDay(from), until: isoOfDay(from + period), ...(next ? { next } : {}) };
}
