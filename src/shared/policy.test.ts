import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyze } from '../engine/index.js';
import {
  defaults,
  fillTemplate,
  LIMITS,
  MIGRATIONS,
  migrate,
  parsePolicyJson,
  POLICY_KEYS,
  POLICY_VERSION,
  policyToJson,
  unsafePattern,
  validatePolicy,
  validatePolicyKeys,
  type Policy,
} from './policy.js';

function errorsOf(input: unknown): readonly string[] {
  const r = validatePolicy(input);
  return r.ok ? [] : r.errors;
}

describe('defaults', () => {
  it('validate as they are', () => {
    const r = validatePolicy(defaults);
    expect(r).toEqual({ ok: true, policy: defaults, warnings: [] });
  });

  it('list every key', () => {
    expect([...POLICY_KEYS, 'version'].sort()).toEqual(Object.keys(defaults).sort());
  });

  it('give a clean analysis of an ordinary post', () => {
    expect(analyze('Flu shots all week, walk-ins welcome.', {}, defaults).verdict).toBe('ok');
  });

  it('leave reply wording to the engine until the practice writes its own', () => {
    expect(defaults.replyTemplates).toEqual([]);
  });
});

describe('the engine under a policy', () => {
  it('never treats a partner practice as a patient', () => {
    const policy: Policy = { ...defaults, partners: ['LakesidePeds'] };
    const text = 'Thanks @LakesidePeds for seeing our patient so quickly last week!';
    const at = text.indexOf('@LakesidePeds');
    const onHandle = analyze(text, { kind: 'post' }, policy).findings.filter((f) => f.span.start < at + 13 && at < f.span.end && f.severity !== 'info');
    expect(onHandle).toEqual([]);
  });
});

describe('validatePolicy', () => {
  it('fills missing keys from the defaults', () => {
    const r = validatePolicy({ postGuard: 'block', practice: { name: 'Riverside Family Medicine' } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.policy.postGuard).toBe('block');
    expect(r.policy.practice.name).toBe('Riverside Family Medicine');
    expect(r.policy.practice.phones).toEqual([]);
    expect(r.policy.replyTemplates).toEqual([]);
    expect(r.policy.version).toBe(POLICY_VERSION);
  });

  it('accepts handles with or without @ and stores them without', () => {
    const r = validatePolicy({ practice: { handles: ['@RiversideFM'] }, partners: ['lakeside_peds'] });
    expect(r.ok && r.policy.practice.handles).toEqual(['RiversideFM']);
    expect(r.ok && r.policy.partners).toEqual(['lakeside_peds']);
  });

  it('accepts a watch term written as a bare word', () => {
    const r = validatePolicy({ watchTerms: ['lawsuit'] });
    expect(r.ok && r.policy.watchTerms).toEqual([{ term: 'lawsuit', regex: false, severity: 'warning', note: '' }]);
  });

  it.each<[string, unknown, string]>([
    ['not an object', 42, 'The policy must be a JSON object, not a number'],
    ['a list', [], 'The policy must be a JSON object, not a list'],
    ['null', null, 'The policy must be a JSON object, not null'],
    ['a wrong type', { postGuard: true }, 'postGuard: must be one of "off", "warn", "confirm", "block"'],
    ['text for a list', { partners: 'lakeside' }, 'partners: must be a list, not text'],
    ['a number for text', { practice: { name: 7 } }, 'practice.name: must be text, not a number'],
    ['an object for a boolean', { signoff: { required: 'yes' } }, 'signoff.required: must be true or false, not text'],
    ['a bad length limit', { lengthLimit: 300 }, 'lengthLimit: must be one of 280, 25000'],
    ['a bad handle', { practice: { handles: ['riverside family'] } }, 'practice.handles[0]: must be an X handle'],
    ['a bad phone', { practice: { phones: ['call us'] } }, 'practice.phones[0]: is not a phone number'],
    ['a bad email', { practice: { emails: ['front desk'] } }, 'practice.emails[0]: is not an email address'],
    ['a bad domain', { practice: { domains: ['not a domain'] } }, 'practice.domains[0]: must be a domain'],
    ['an http portal', { practice: { portalUrl: 'http://portal.example.org' } }, 'practice.portalUrl: must be a full https:// address'],
    ['a bad date', { rotation: { startDate: '2025-02-30' } }, 'rotation.startDate: must be a date written YYYY-MM-DD'],
    ['a zero period', { rotation: { periodDays: 0 } }, 'rotation.periodDays: must be a whole number from 1 to 365'],
    ['long initials', { rotation: { members: [{ name: 'Jane Smith', initials: 'JSMITHX' }] } }, 'rotation.members[0].initials: is 7 characters long; the limit is 5'],
    ['a severity typo', { watchTerms: [{ term: 'x', severity: 'high' }] }, 'watchTerms[0].severity: must be one of "info", "warning", "error"'],
    ['an empty watch term', { watchTerms: [{ term: '  ' }] }, 'watchTerms[0].term: must not be empty'],
    ['an unknown slot', { replyTemplates: [{ intent: 'question', text: 'Hi {name}' }] }, 'replyTemplates[0].text: unknown slot {name}'],
    ['an unknown intent', { replyTemplates: [{ intent: 'gossip', text: 'Hi' }] }, 'replyTemplates[0].intent: must be one of "question"'],
    ['an unknown language', { replyTemplates: [{ intent: 'question', language: 'fr', text: 'Salut' }] }, 'replyTemplates[0].language: must be one of "en", "es"'],
    ['an empty template', { replyTemplates: [{ intent: 'question', text: ' ' }] }, 'replyTemplates[0].text: must not be empty'],
    ['a line break in a name', { practice: { name: 'Riverside\nFamily' } }, 'practice.name: must not contain line breaks'],
    ['a bad country', { country: 'usa' }, 'country: is 3 characters long; the limit is 2'],
    ['a bad emergency line', { emergencyLine: 'call the ER' }, 'emergencyLine: must be a phone number'],
    ['a tiny audit cap', { audit: { maxEntries: 1 } }, 'audit.maxEntries: must be a whole number from 10 to 100000'],
    ['a newer version', { version: POLICY_VERSION + 1 }, 'version: this policy was made for a newer CareTweet'],
    ['a bad version', { version: 'two' }, 'version: must be a whole number'],
  ])('rejects %s with a message naming the setting', (_, input, message) => {
    const errors = errorsOf(input);
    expect(errors.some((e) => e.startsWith(message)), JSON.stringify(errors)).toBe(true);
  });

  it('rejects oversized lists and strings', () => {
    expect(errorsOf({ partners: Array.from({ length: LIMITS.partners + 1 }, (_, i) => `p${i}`) })).toEqual([
      `partners: has ${LIMITS.partners + 1} entries; the limit is ${LIMITS.partners}`,
    ]);
    expect(errorsOf({ practice: { name: 'x'.repeat(LIMITS.shortText + 1) } })[0]).toMatch(/^practice\.name: is 101 characters long; the limit is 100$/);
    expect(errorsOf({ replyTemplates: [{ intent: 'general', text: 'x'.repeat(LIMITS.templateText + 1) }] })[0]).toMatch(/^replyTemplates\[0\]\.text: is 1001 characters/);
  });

  it('reports every error, not only the first', () => {
    expect(errorsOf({ postGuard: 1, lengthLimit: 1, staff: [{ name: 3 }, { name: 'Ok', role: [] }] })).toEqual([
      'staff[0].name: must be text, not a number',
      'staff[1].role: must be text, not a list',
      'postGuard: must be one of "off", "warn", "confirm", "block"',
      'lengthLimit: must be one of 280, 25000',
    ]);
  });

  it('reports unknown keys as warnings and drops them', () => {
    const r = validatePolicy({ postGuard: 'warn', watchterms: ['x'], practice: { name: 'A', fax: '1' } });
    expect(r.ok).toBe(true);
    expect(r.warnings).toEqual(['practice.fax: unknown setting, ignored', 'watchterms: unknown setting, ignored']);
    if (r.ok) {
      expect('watchterms' in r.policy).toBe(false);
      expect('fax' in r.policy.practice).toBe(false);
    }
  });

  it('never throws, whatever it is given', () => {
    const weird: unknown[] = [undefined, '', 'policy', true, Symbol('x'), () => 1, new Date(), { practice: null }, { staff: [null] },
      { watchTerms: [{ term: '(', regex: true }] }, { rotation: { members: 'all' } }, Object.create(null), { __proto__: { postGuard: 'off' } }];
    for (const w of weird) expect(() => validatePolicy(w)).not.toThrow();
  });

  it('keeps each key of a partial policy on its own', () => {
    const r = validatePolicyKeys({ postGuard: 'block', lengthLimit: 12, partners: ['ok_one'] });
    expect(r.values).toEqual({ postGuard: 'block', partners: ['ok_one'] });
    expect(r.present).toEqual(['partners', 'postGuard', 'lengthLimit']);
    expect(r.invalid).toEqual(['lengthLimit']);
  });
});

describe('watch-term patterns', () => {
  it.each([
    ['\\bdr\\.? ?house\\b', undefined],
    ['room \\d{1,4}', undefined],
    ['(?:lawsuit|attorney|lawyer)s?', undefined],
    ['(?<![a-z])mrn', undefined],
    ['[a-z]{2,10}itis', undefined],
  ])('accepts %s', (pattern, why) => {
    expect(unsafePattern(pattern)).toBe(why);
  });

  it.each([
    ['(', 'is not a valid regular expression'],
    ['\\p{Foo}', 'is not a valid regular expression'],
    ['a{2,1}', 'is not a valid regular expression'],
    ['x'.repeat(201), 'is 201 characters long; the limit is 200'],
    ['a?', 'matches empty text'],
    ['\\d+', 'repeats without a limit ("+"); write {1,50} instead'],
    ['colonoscop\\w*', 'repeats without a limit ("*"); write {0,50} instead'],
    ['a{3,}', 'repeats without a limit ("{3,}"); write {3,50} instead'],
    ['(a{1,5}){1,5}', 'repeats a group that itself repeats'],
    ['a{1,1000}', 'repeats up to 1000 times; the limit is 100'],
    ['a{1,50}a{1,50}b', 'combines repeats that allow too many ways to match (2500)'],
    ['\\w{1,30} \\w{1,30} \\w{1,30}', 'combines repeats that allow too many ways to match (27000)'],
    ['(?:a|aa){2,9}b', 'repeats a group that itself repeats or has alternatives'],
    ['((ab){1,3}c){2}', 'repeats a group that itself repeats'],
  ])('refuses %s', (pattern, why) => {
    expect(unsafePattern(pattern)).toMatch(new RegExp(`^${why.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  it('reports the refusal with its path', () => {
    expect(errorsOf({ watchTerms: [{ term: 'ok' }, { term: '(a+)+$', regex: true }] })).toEqual([
      'watchTerms[1].term: the pattern repeats without a limit ("+"); write {1,50} instead',
    ]);
  });

  it('every accepted pattern stays fast on hostile input', () => {
    const hostile = ['a'.repeat(25000), '1'.repeat(25000), 'ab'.repeat(12500), `${'a'.repeat(24999)}!`];
    analyze(hostile[0]!); // warm up
    for (const term of ['(?:ab){1,50}c', '[a-z]{2,10}itis', 'a{1,30}a{1,30}b', '\\d{1,10}[ -]\\d{1,10}[ -]\\d{1,10}']) {
      expect(unsafePattern(term), term).toBeUndefined();
      for (const h of hostile) {
        const t0 = performance.now();
        analyze(h, {}, { watchTerms: [{ term, regex: true, severity: 'warning' }] });
        expect(performance.now() - t0, `${term} on ${h.slice(0, 4)}…`).toBeLessThan(750);
      }
    }
  });
});

describe('migrations', () => {
  const v1 = {
    version: 1,
    practiceName: 'Riverside Family Medicine',
    practiceHandles: ['RiversideFM'],
    practicePhones: ['(555) 010-0100'],
    practiceAddresses: ['12 Main St, Springfield'],
    website: 'https://www.riverside.example',
    signoff: '^RFM',
    requireSignoff: true,
    rotation: { members: [{ name: 'Jane Smith', initials: 'JS' }], periodWeeks: 2, startDate: '2025-01-06' },
  };

  it('v1 → v2 moves the flat practice fields into the practice profile', () => {
    const v2 = MIGRATIONS[1]!(v1);
    expect(v2).toMatchObject({
      version: 2,
      practice: {
        name: 'Riverside Family Medicine',
        handles: ['RiversideFM'],
        phones: ['(555) 010-0100'],
        addresses: ['12 Main St, Springfield'],
        domains: ['https://www.riverside.example'],
      },
    });
    expect(v2).not.toHaveProperty('practiceName');
    expect(v2).not.toHaveProperty('website');
  });

  it('v1 → v2 leaves a v1 policy without practice fields alone', () => {
    expect(MIGRATIONS[1]!({ version: 1, postGuard: 'warn' })).toEqual({ version: 2, postGuard: 'warn' });
  });

  it('v2 → v3 turns the sign-off string into an object and weeks into days', () => {
    const v3 = MIGRATIONS[2]!({ version: 2, signoff: '^RFM', requireSignoff: true, rotation: { periodWeeks: 2, startDate: '2025-01-06' } });
    expect(v3).toEqual({ version: 3, signoff: { required: true, text: '^RFM' }, rotation: { periodDays: 14, startDate: '2025-01-06' } });
  });

  it('v2 → v3 keeps a sign-off that is already an object', () => {
    expect(MIGRATIONS[2]!({ version: 2, signoff: { required: false, text: 'x' } })).toEqual({ version: 3, signoff: { required: false, text: 'x' } });
  });

  it('a v1 policy validates as a full current policy', () => {
    const r = validatePolicy(v1);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!r.ok) return;
    expect(r.policy.version).toBe(POLICY_VERSION);
    expect(r.policy.practice.domains).toEqual(['https://www.riverside.example']);
    expect(r.policy.signoff).toEqual({ required: true, text: '^RFM' });
    expect(r.policy.rotation.periodDays).toBe(14);
  });

  it('there is one migration per version step', () => {
    for (let v = 1; v < POLICY_VERSION; v++) expect(MIGRATIONS[v], `migration from ${v}`).toBeTypeOf('function');
    expect(migrate({})).toEqual({ value: { version: POLICY_VERSION }, from: POLICY_VERSION });
  });
});

describe('import and export', () => {
  it('round-trips', () => {
    const policy: Policy = { ...defaults, postGuard: 'block', partners: ['lakeside_peds'] };
    expect(parsePolicyJson(policyToJson(policy))).toEqual({ ok: true, policy, warnings: [] });
  });

  it.each([
    ['', 'The file is not valid JSON'],
    ['{"postGuard": "block",', 'The file is not valid JSON'],
    ['\u0000\u0001', 'The file is not valid JSON'],
    ['"a string"', 'The policy must be a JSON object, not text'],
    [' '.repeat(1_000_001), 'The file is larger than 1 MB'],
  ])('a broken file gives a clear message: %#', (json, message) => {
    const r = parsePolicyJson(json);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toMatch(new RegExp(`^${message}`));
  });

  it('keeps the language of a template only when it is set', () => {
    const r = validatePolicy({ replyTemplates: [{ intent: 'thanks', text: 'Thank you! {signoff}' }, { intent: 'thanks', language: 'es', text: '¡Gracias! {signoff}' }] });
    expect(r.ok && r.policy.replyTemplates).toEqual([{ intent: 'thanks', text: 'Thank you! {signoff}' }, { intent: 'thanks', language: 'es', text: '¡Gracias! {signoff}' }]);
  });

  it('the example policy in examples/ is valid and complete', () => {
    const json = readFileSync(new URL('../../examples/policy.example.json', import.meta.url), 'utf8');
    const r = parsePolicyJson(json);
    expect(r.ok, JSON.stringify(r)).toBe(true);
    expect(r.warnings).toEqual([]);
    const raw = JSON.parse(json) as Record<string, unknown>;
    for (const key of POLICY_KEYS) expect(raw, key).toHaveProperty(key);
  });

  it("the example policy's reply templates are themselves clean", () => {
    const r = parsePolicyJson(readFileSync(new URL('../../examples/policy.example.json', import.meta.url), 'utf8'));
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.policy.replyTemplates.length).toBeGreaterThan(0);
    for (const t of r.policy.replyTemplates) {
      const filled = fillTemplate(t.text, { phone: r.policy.practice.phones[0], portal: r.policy.practice.portalUrl, signoff: '^JS', emergency: '911' });
      const bad = analyze(filled, { kind: 'reply' }, r.policy).findings.filter((f) => f.severity !== 'info');
      expect(bad, `${t.intent}: ${filled}`).toEqual([]);
    }
  });
});

describe('fillTemplate', () => {
  it('fills slots and tidies the spaces a missing value leaves', () => {
    expect(fillTemplate('Call {phone} or visit {portal}. {signoff}', { phone: '555-0100', portal: 'https://p.example', signoff: '^JS' })).toBe(
      'Call 555-0100 or visit https://p.example. ^JS',
    );
    expect(fillTemplate('Call us at {phone}. {signoff}', { phone: '555-0100' })).toBe('Call us at 555-0100.');
    expect(fillTemplate('In an emergency call {emergency}.', { emergency: '112' })).toBe('In an emergency call 112.');
  });
});
