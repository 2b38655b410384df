import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { cases, findingsOf } from '../cases.test-util.js';
import type { EnginePolicy } from '../types.js';
import { signoffText } from './signoff.js';

const only = findingsOf('info', (id) => id === 'voice/signoff');

// Noon UTC keeps every time zone on the same calendar day.
const now = Date.UTC(2025, 2, 12, 12);
const rotation: EnginePolicy['rotation'] = {
  members: [
    { name: 'Dr. Jane Smith', initials: 'JS' },
    { name: 'Dr. Omar Lee', initials: 'OL' },
  ],
  periodDays: 7,
  startDate: '2025-03-10',
};
const team: EnginePolicy = { signoff: { required: true, text: '— The Riverside team' } };
const rotating: EnginePolicy = { signoff: { required: true, text: '' }, rotation };
const templated: EnginePolicy = { signoff: { required: true, text: '^{initials}' }, rotation };
const ctx = { now };

cases('voice/signoff', only, {
  clean: [
    { text: 'Flu shots all week, no appointment needed.', note: 'no sign-off required' },
    { text: 'Flu shots all week, no appointment needed. — The Riverside team', policy: team },
    { text: 'Flu shots all week!\n- the riverside TEAM', policy: team, note: 'case and dash style do not matter' },
    { text: 'Flu shots all week. ^JS', policy: rotating, context: ctx },
    { text: 'Flu shots all week. -JS', policy: rotating, context: ctx },
    { text: 'Flu shots all week. — JS', policy: rotating, context: ctx },
    { text: 'Flu shots all week. ^JS #FluSeason https://example.org/flu', policy: rotating, context: ctx, note: 'hashtags and links may follow' },
    { text: 'Flu shots all week. ^JS', policy: templated, context: ctx },
    { text: '   ', policy: team, note: 'empty draft' },
    { text: 'Thanks!', policy: team, context: { kind: 'dm' }, note: 'direct messages are not signed' },
    { text: 'Flu shots all week.', policy: { signoff: { required: true, text: '' } }, note: 'nothing to sign with' },
    { text: 'Flu shots all week.', policy: { signoff: { required: true, text: '^{initials}' } }, note: 'template without a rotation' },
  ],
  flagged: [
    { text: 'Flu shots all week, no appointment needed.', policy: team, values: ['needed'], severity: 'info' },
    { text: 'Flu shots all week. ^OL', policy: rotating, context: ctx, values: ['OL'], note: 'initials of someone else this week' },
    { text: 'Flu shots all week. JS', policy: rotating, context: ctx, values: ['JS'], note: 'initials need a mark' },
    { text: 'Flu shots all week #FluSeason', policy: templated, context: ctx, values: ['week'] },
    { text: 'Flu shots all week.', policy: rotating, context: { now: Date.UTC(2025, 2, 18, 12) }, note: 'second week: Dr. Lee' },
  ],
});

describe('voice/signoff suggestion', () => {
  it('appends the rotation initials after the last word, before trailing hashtags', () => {
    const text = 'Flu shots all week! #FluSeason';
    const f = analyze(text, ctx, templated).findings.find((x) => x.ruleId === 'voice/signoff');
    expect(f?.suggestions[0]?.label).toBe('Add “^JS”');
    const edit = f!.suggestions[0]!.edits[0]!;
    expect(text.slice(0, edit.start) + edit.replacement + text.slice(edit.end)).toBe('Flu shots all week! ^JS #FluSeason');
  });

  it('keeps emoji and full-width characters intact when appending', () => {
    const text = 'Open today 🎉';
    const f = analyze(text, ctx, team).findings.find((x) => x.ruleId === 'voice/signoff');
    const edit = f!.suggestions[0]!.edits[0]!;
    expect(text.slice(0, edit.start) + edit.replacement + text.slice(edit.end)).toBe('Open today 🎉 — The Riverside team');
  });

  it('names the physician whose turn it is', () => {
    const f = analyze('Hello', { now: Date.UTC(2025, 2, 18, 12) }, rotating).findings.find((x) => x.ruleId === 'voice/signoff');
    expect(f?.message).toContain('OL');
  });

  it('fills the template slots', () => {
    expect(signoffText('— Dr. {name}', { name: 'Ana Ruiz', initials: 'AR' })).toBe('— Dr. Ana Ruiz');
    expect(signoffText('', { name: 'Ana Ruiz', initials: 'AR' })).toBe('^AR');
    expect(signoffText('^{initials}', undefined)).toBe('');
  });
});
