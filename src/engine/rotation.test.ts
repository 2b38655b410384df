import { describe, expect, it } from 'vitest';
import { currentRotation, dayNumber } from './rotation.js';
import type { EnginePolicy } from './types.js';

const policy: EnginePolicy = {
  rotation: {
    members: [
      { name: 'Dr. Jane Smith', initials: 'JS' },
      { name: 'Dr. Omar Lee', initials: 'OL' },
      { name: 'Dr. Ana Ruiz', initials: 'AR' },
    ],
    periodDays: 7,
    startDate: '2025-03-10',
  },
};
const at = (iso: string): number => Date.parse(iso);

describe('currentRotation', () => {
  it.each([
    ['2025-03-10T00:00:00Z', 'JS', '2025-03-10', '2025-03-17'],
    ['2025-03-16T23:59:59Z', 'JS', '2025-03-10', '2025-03-17'],
    ['2025-03-17T00:00:00Z', 'OL', '2025-03-17', '2025-03-24'],
    ['2025-03-24T12:00:00Z', 'AR', '2025-03-24', '2025-03-31'],
    ['2025-03-31T12:00:00Z', 'JS', '2025-03-31', '2025-04-07'],
    ['2026-03-10T12:00:00Z', 'OL', '2026-03-09', '2026-03-16'],
  ])('at %s it is %s (%s to %s)', (now, initials, from, until) => {
    const turn = currentRotation(policy, at(now));
    expect(turn?.member.initials).toBe(initials);
    expect(turn?.from).toBe(from);
    expect(turn?.until).toBe(until);
  });

  it('names who comes next', () => {
    expect(currentRotation(policy, at('2025-03-24T12:00:00Z'))?.next?.initials).toBe('JS');
  });

  it('changes turn at local midnight, not UTC midnight', () => {
    // 2025-03-17 03:00 UTC is still 2025-03-16 in New York (UTC-4 in March, offset +240).
    expect(currentRotation(policy, at('2025-03-17T03:00:00Z'), 240)?.member.initials).toBe('JS');
    expect(currentRotation(policy, at('2025-03-17T03:00:00Z'), 0)?.member.initials).toBe('OL');
    // 2025-03-16 23:00 UTC is already 2025-03-17 in Madrid (offset -60).
    expect(currentRotation(policy, at('2025-03-16T23:00:00Z'), -60)?.member.initials).toBe('OL');
  });

  it.each<[string, EnginePolicy | undefined, number]>([
    ['no policy', undefined, at('2025-03-12T12:00:00Z')],
    ['no members', { rotation: { members: [], periodDays: 7, startDate: '2025-03-10' } }, at('2025-03-12T12:00:00Z')],
    ['before the start', policy, at('2025-03-09T12:00:00Z')],
    ['a zero period', { rotation: { ...policy.rotation, periodDays: 0 } }, at('2025-03-12T12:00:00Z')],
    ['a fractional period', { rotation: { ...policy.rotation, periodDays: 1.5 } }, at('2025-03-12T12:00:00Z')],
    ['an impossible date', { rotation: { ...policy.rotation, startDate: '2025-02-30' } }, at('2025-03-12T12:00:00Z')],
    ['a malformed date', { rotation: { ...policy.rotation, startDate: 'March 10' } }, at('2025-03-12T12:00:00Z')],
    ['an invalid clock', policy, Number.NaN],
  ])('is undefined with %s', (_, p, now) => {
    expect(currentRotation(p, now)).toBeUndefined();
  });

  it('reads real calendar dates only', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2024-02-29')).toBeDefined();
    expect(dayNumber('2025-02-29')).toBeUndefined();
  });
});
