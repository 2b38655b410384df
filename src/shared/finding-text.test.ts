import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import es from '../../public/_locales/es/messages.json' with { type: 'json' };
import { analyze } from '../engine/index.js';
import type { ComposeContext, EnginePolicy, Finding } from '../engine/types.js';
import { resetFakeBrowser, useMessages } from './fake-browser.test-util.js';
import { findingText, findingTextKey, hashText } from './finding-text.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('./fake-browser.test-util.js')).fakeBrowser }));

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const EN = en as Messages;
const ES = es as Messages;
const ENGINE = join(dirname(fileURLToPath(import.meta.url)), '..', 'engine');

// ---------------------------------------------------------------------------------------------
// Every text the engine's sources can put in a finding, read from the sources themselves: the
// expressions of `message:`, `why:` and `label:` properties, of `label = …` defaults, and of
// constants named MESSAGE…, WHY…, TEXT… (url.ts keeps [message, why] pairs in a TEXT table).
// A template literal's ${…} parts are filled with a sample value.
// ---------------------------------------------------------------------------------------------

/** Index just past the string or template literal that opens at `i`. */
function skipString(src: string, i: number): number {
  const quote = src[i];
  let j = i + 1;
  while (j < src.length) {
    const c = src[j];
    if (c === '\\') j += 2;
    else if (c === quote) return j + 1;
    else if (quote === '`' && c === '$' && src[j + 1] === '{') j = skipBlock(src, j + 2);
    else if (quote !== '`' && c === '\n') return j;
    else j++;
  }
  return j;
}

/**
 * Index of the bracket that closes a block opened before `i` — or, with `atSeparator`, of a `,`
 * or `;` at the block's own depth, whichever comes first; strings are skipped whole.
 */
function scanToClose(src: string, i: number, atSeparator: boolean): number {
  let depth = 0;
  let j = i;
  while (j < src.length) {
    const c = src[j];
    if (c === '"' || c === "'" || c === '`') {
      j = skipString(src, j);
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return j;
      depth--;
    } else if (atSeparator && (c === ',' || c === ';') && depth === 0) return j;
    j++;
  }
  return j;
}

/** Index just past the bracket that closes a block opened before `i`. */
function skipBlock(src: string, i: number): number {
  const j = scanToClose(src, i, false);
  return j < src.length ? j + 1 : j;
}

/** The expression that starts at `i`: up to a `,` or `;` or a closing bracket at its own depth. */
function expressionAt(src: string, i: number): string {
  return src.slice(i, scanToClose(src, i, true));
}

function unescapeLiteral(s: string): string {
  return s.replace(/\\(u\{[0-9a-fA-F]{1,6}\}|u[0-9a-fA-F]{4}|[^u])/g, (_, e: string) => {
    if (e.startsWith('u{')) return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
    if (e.startsWith('u')) return String.fromCharCode(parseInt(e.slice(1), 16));
    return e === 'n' ? '\n' : e;
  });
}

/** A template literal's body with each ${…} replaced by `sample`. */
function fillTemplate(body: string, sample: string): string {
  let out = '';
  let j = 0;
  while (j < body.length) {
    if (body[j] === '\\') {
      out += body.slice(j, j + 2);
      j += 2;
    } else if (body[j] === '$' && body[j + 1] === '{') {
      j = skipBlock(body, j + 2);
      out += sample;
    } else out += body[j++];
  }
  return out;
}

/** The string and template literals in `expr`. */
function literalsIn(expr: string, sample: string): string[] {
  const out: string[] = [];
  let j = 0;
  while (j < expr.length) {
    const c = expr[j];
    if (c === '"' || c === "'" || c === '`') {
      const end = skipString(expr, j);
      const body = expr.slice(j + 1, end - 1);
      out.push(unescapeLiteral(c === '`' ? fillTemplate(body, sample) : body));
      j = end;
    } else j++;
  }
  return out;
}

function sourceFiles(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p, keep);
    return keep(f) ? [p] : [];
  });
}

/** Comments on lines of their own, JSDoc blocks, and trailing comments after code, blanked. */
function withoutComments(src: string): string {
  return src
    .replace(/^\s*\/\*[\s\S]*?\*\//gm, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .replace(/([;,{]\s*)\/\/.*$/gm, '$1');
}

const SITES = /\b(?:(?:message|why|label)\s*:(?!:)|label\s*=(?![=>])|const\s+(?:MESSAGE|WHY|TEXT|MSG)\w*\s*(?::[^=;]*)?=(?![=>]))/g;

/** English finding texts in the engine's sources, each with the file it came from. */
function engineTexts(sample: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of sourceFiles(ENGINE, (f) => f.endsWith('.ts') && !/\.test(?:-util)?\.ts$/.test(f))) {
    const src = withoutComments(readFileSync(file, 'utf8'));
    for (const m of src.matchAll(SITES)) {
      const at = m.index + m[0].length;
      // A table is one object literal; any other site is one expression.
      const expr = /\bTEXT/.test(m[0]) ? src.slice(at, skipBlock(src, src.indexOf('{', at) + 1)) : expressionAt(src, at);
      // Prose, not an enum value compared against ('es', 'provider').
      for (const s of literalsIn(expr, sample)) if (/\p{L}/u.test(s) && /\s/.test(s)) out.set(s, relative(ENGINE, file));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Every text the engine actually emits on a few thousand drafts: the string literals of its own
// tests, and drafts put together from the kinds of thing each rule looks for, as posts, replies
// and DMs, with and without a practice policy that has a sign-off, a rotation and watch terms.
// ---------------------------------------------------------------------------------------------

const NOW = Date.UTC(2025, 2, 12, 15, 0);
const WATCH_NOTE = 'Legal questions go to the office manager, not to X.';
const POLICY: EnginePolicy = {
  practice: { name: 'Riverside Family Medicine', handles: ['@RiversideFM'], phones: ['(555) 010-0100'], domains: ['riverside-family.example'] },
  staff: [{ name: 'Dana Whitfield', role: 'NP' }],
  watchTerms: [
    { term: 'lawsuit', severity: 'warning', note: WATCH_NOTE },
    { term: 'refund', severity: 'info' },
    { term: 'ozem\\w+', regex: true, severity: 'error' },
  ],
  signoff: { required: true, text: '^{initials}' },
  rotation: { members: [{ name: 'Jo Sato', initials: 'JS' }, { name: 'Ola Lind', initials: 'OL' }], periodDays: 7, startDate: '2025-01-06' },
  emergencyLine: '911',
};
const TEAM_POLICY: EnginePolicy = { signoff: { required: true, text: '— The Riverside team' }, emergencyLine: '112', lengthLimit: 280 };

/** Small deterministic generator, so the drafts are the same on every run. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const PARTS: readonly (readonly string[])[] = [
  ['Thanks for coming in yesterday,', 'Great to see you at your visit last Tuesday,', 'We treated', 'Our patient', 'Happy to help!', 'Gracias por venir ayer,', 'Flu shots all week.', 'Mr. X came in', 'J.D. was admitted', 'A 93-year-old man'],
  ['John Smith', 'Ann Lee', 'Maria Lopez', 'Dr. Dana Whitfield', '@jsmith_77', 'Taylor Swift', 'our friend from Elm Street', 'la señora García', 'the nurse on duty'],
  ['was in room 4B, bed 2', 'has a rare disease, Fabry disease, in Smallville', 'had knee surgery on 03/04/2024', 'called from 555-201-7788', 'wrote to jane.doe@mail.com', 'lives at 1200 Oak Street, Springfield', 'MRN 00482913', 'SSN 123-45-6789', 'member ID XGH 4471-2290', 'fax (555) 201-7789', 'card 4111 1111 1111 1111', 'IBAN DE89 3704 0044 0532 0130 00', 'IP 192.168.10.24', 'VIN 1HGCM82633A004352', 'plate ABC-1234', 'DEA AB1234563', 'NPI 1234567893', 'ZIP 90210', 'pacemaker serial SN 88-1192-AB', "driver's license D1234-56789", 'claim number 7781-2201', 'account 000123456789', 'with Aetna coverage', 'paid a $240 balance'],
  ['https://x.com/jsmith_77', 'https://www.gofundme.com/f/help-john-smith', 'https://www.legacy.com/us/obituaries/name/john-smith-obituary', 'https://venmo.com/u/jsmith77', 'https://riverside-family.example/portal', 'https://example.org/flu', ''],
  ['You should take 400 mg ibuprofen twice a day.', 'This treatment is guaranteed to cure you.', 'I have chest pain and can not breathe.', 'Tengo dolor de pecho.', '#diabetesawareness #flushot', 'Call our office to talk it over.', 'We might file a lawsuit or give a refund for the ozempic.', '^JS', '— The Riverside team', ''],
];

const PARENTS: readonly string[] = [
  'I had my knee surgery at your clinic last week and still have pain',
  'My son Tommy was seen for asthma, why was the bill $300?',
  'Chest pain since this morning, can I come in?',
  'Worst visit ever, Dr. Whitfield ignored my diabetes',
  'Gracias por atender a mi madre',
  '',
];

function generatedDrafts(n: number): string[] {
  const next = rng(20250312);
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(PARTS.map((p) => pick(p)).join(' ').replace(/\s+/g, ' ').trim());
  // Over X's limit, near it, and exactly one character left.
  out.push('Flu shots all week. '.repeat(16), `${'a'.repeat(277)} ok`, 'x'.repeat(279), 'y'.repeat(275));
  return out;
}

/** String literals of the engine's own tests, as drafts. */
function engineTestStrings(): string[] {
  const out = new Set<string>();
  for (const file of sourceFiles(ENGINE, (f) => /\.test\.ts$/.test(f))) {
    const src = readFileSync(file, 'utf8');
    for (const m of src.matchAll(/'((?:[^'\\\n]|\\.){4,400})'|"((?:[^"\\\n]|\\.){4,400})"/g)) {
      const s = unescapeLiteral(m[1] ?? m[2] ?? '');
      if (/\p{L}/u.test(s) && /\s/.test(s)) out.add(s);
    }
  }
  return [...out];
}

interface Emitted {
  readonly text: string;
  readonly finding: Finding;
  readonly field: 'message' | 'why' | 'label';
}

function emittedTexts(): Emitted[] {
  const seen = new Map<string, Emitted>();
  const note = (finding: Finding): void => {
    const add = (text: string, field: Emitted['field']): void => {
      if (!seen.has(text)) seen.set(text, { text, finding, field });
    };
    add(finding.message, 'message');
    add(finding.why, 'why');
    for (const s of finding.suggestions) add(s.label, 'label');
  };
  const drafts = [...engineTestStrings(), ...generatedDrafts(400)];
  drafts.forEach((text, i) => {
    const parent = PARENTS[i % PARENTS.length] ?? '';
    const contexts: ComposeContext[] = [
      { kind: 'post', now: NOW, ...(i % 3 === 0 ? { media: { count: 1 } } : {}) },
      { kind: 'reply', now: NOW, replyTo: { handle: 'tommys_mom', displayName: 'Ann Lee', text: parent } },
    ];
    for (const [k, context] of contexts.entries()) {
      for (const f of analyze(text, context).findings) note(f);
      for (const f of analyze(text, context, (i + k) % 2 === 0 ? POLICY : TEAM_POLICY).findings) note(f);
    }
    if (i % 5 === 0) for (const f of analyze(text, { kind: 'dm', now: NOW }, POLICY).findings) note(f);
  });
  return [...seen.values()];
}

// ---------------------------------------------------------------------------------------------

function hasBoth(key: string): boolean {
  return EN[key] !== undefined && ES[key] !== undefined;
}

describe('finding texts in the UI language', () => {
  beforeEach(() => resetFakeBrowser());

  const fromSources = engineTexts('12');

  it('finds the texts in the engine sources', () => {
    // Far fewer means the reading above no longer matches how the engine writes its findings.
    expect(fromSources.size).toBeGreaterThan(100);
    for (const s of ['Remove it', "This looks like a person's name", 'Capitalize each word', 'Add “12”', 'Replace with “12”', 'Your practice watches for “12”']) {
      expect([...fromSources.keys()], s).toContain(s);
    }
  });

  it('has an English and a Spanish message for every text in the engine sources', () => {
    const missing = [...fromSources].filter(([s]) => !hasBoth(findingTextKey(s).key)).map(([s, file]) => `${file}: ${findingTextKey(s).key} ${JSON.stringify(s)}`);
    expect(missing).toEqual([]);
  });

  it('has an English and a Spanish message for every text the engine emits', () => {
    const emitted = emittedTexts();
    expect(emitted.length).toBeGreaterThan(80);
    // The practice's own watch-term note is its text, shown as it is.
    const ours = emitted.filter((e) => !(e.finding.ruleId === 'policy/watch-term' && e.field === 'why' && e.text === WATCH_NOTE));
    const missing = ours.filter((e) => !hasBoth(findingTextKey(e.text).key)).map((e) => `${e.finding.ruleId} ${e.field}: ${findingTextKey(e.text).key} ${JSON.stringify(e.text)}`);
    expect(missing).toEqual([]);
    useMessages(ES);
    const untranslated = ours.filter((e) => findingText(e.text) === e.text).map((e) => `${e.finding.ruleId} ${e.field}: ${JSON.stringify(e.text)}`);
    expect(untranslated).toEqual([]);
  });

  it('shows English as the engine wrote it, and Spanish in Spanish', () => {
    for (const s of fromSources.keys()) {
      // The one text written in Spanish by the engine reads in English as the button it is.
      const english = s.startsWith('Usar “') ? `Replace with “${s.slice(6)}` : s;
      expect(findingText(s)).toBe(english);
    }
    useMessages(ES);
    for (const s of fromSources.keys()) expect(findingText(s), s).not.toBe(s);
  });

  it('keeps the value of a text built around one', () => {
    useMessages(ES);
    expect(findingText('Replace with “a patient”')).toBe('Cambiar por “a patient”');
    expect(findingText('Usar “una enfermedad”')).toBe('Cambiar por “una enfermedad”');
    expect(findingText('Add “If this is an emergency, call 911.”')).toBe('Añadir “If this is an emergency, call 911.”');
    expect(findingText('Add “— The $1 team”')).toBe('Añadir “— The $1 team”');
    expect(findingText('Your practice watches for “law\\s*suit”')).toBe('Su consulta vigila el término “law\\s*suit”');
    expect(findingText("Over X's limit by 14")).toBe('Supera el límite de X en 14');
    expect(findingText('12 characters left')).toBe('Quedan 12 caracteres');
    expect(findingText('1 character left')).toBe('Queda 1 carácter');
    expect(findingText("This turn's sign-off is missing (JS)")).toBe('Falta la firma del turno actual (JS)');
    useMessages(EN);
    expect(findingText('Add “^JS”')).toBe('Add “^JS”');
    expect(findingText('1 character left')).toBe('1 character left');
  });

  it('leaves a text with no message as it is', () => {
    useMessages(ES);
    for (const s of [WATCH_NOTE, 'Hablar con la gerente', '', 'Remove it please']) expect(findingText(s)).toBe(s);
    expect(findingText('Remove it')).toBe('Quitar');
  });

  it('derives keys chrome.i18n accepts, one per text', () => {
    const keys = new Map<string, string>();
    for (const s of fromSources.keys()) {
      const { key } = findingTextKey(s);
      expect(key).toMatch(/^ft_[a-z0-9_]{1,40}$/);
      const other = keys.get(key);
      // Two texts share a key only as two values of one pattern.
      if (other !== undefined && findingTextKey(other).substitutions.length === 0) expect(other).toBe(s);
      keys.set(key, s);
    }
    expect(hashText('Remove it')).toBe(hashText('Remove it'));
    expect(hashText('Remove it')).not.toBe(hashText('Remove it.'));
  });

  it('keeps English and Spanish in step: same keys, same placeholders, Spanish not a copy', () => {
    expect(Object.keys(ES).sort()).toEqual(Object.keys(EN).sort());
    const mine = Object.keys(EN).filter((k) => k.startsWith('ft_'));
    for (const k of mine) {
      expect(Object.keys(ES[k]?.placeholders ?? {}).sort(), k).toEqual(Object.keys(EN[k]?.placeholders ?? {}).sort());
      expect(ES[k]?.message, k).not.toBe(EN[k]?.message);
      for (const lang of [EN, ES]) {
        const entry = lang[k];
        for (const name of entry?.message.match(/\$([a-z_]+)\$/gi) ?? []) expect(entry?.placeholders?.[name.slice(1, -1).toLowerCase()], `${k} ${name}`).toBeDefined();
      }
    }
  });

  it('has no message for a text the engine no longer writes', () => {
    const used = new Set([...fromSources.keys()].map((s) => findingTextKey(s).key));
    // The source scan reads `${remaining} characters left` with a sample of 12, never 1.
    used.add('ft_characters_left_one');
    expect(Object.keys(EN).filter((k) => k.startsWith('ft_') && !used.has(k))).toEqual([]);
  });
});
