import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import en from '../../public/_locales/en/messages.json' with { type: 'json' };
import es from '../../public/_locales/es/messages.json' with { type: 'json' };
import { REPLY_INTENTS } from '../shared/policy.js';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const locales: Record<string, Messages> = { en: en as Messages, es: es as Messages };
const dir = new URL('.', import.meta.url);

function usedKeys(): string[] {
  const keys = new Set<string>();
  for (const file of readdirSync(dir)) {
    if (!/\.tsx?$/.test(file) || file.includes('.test.')) continue;
    const source = readFileSync(new URL(file, dir), 'utf8');
    for (const m of source.matchAll(/\bt\('((?:options|policy)_[a-z_]+)'/g)) keys.add(m[1]!);
    // Keys built from a severity: options_severity_${f.severity}.
    if (source.includes('options_severity_${')) for (const s of ['info', 'warning', 'error']) keys.add(`options_severity_${s}`);
    if (source.includes('options_intent_${')) for (const i of REPLY_INTENTS) keys.add(`options_intent_${i.replace(/-/g, '_')}`);
  }
  return [...keys].sort();
}

describe('options strings', () => {
  const keys = usedKeys();

  it('finds the keys the page uses', () => {
    expect(keys.length).toBeGreaterThan(50);
  });

  it.each(Object.keys(locales))('every key the page uses has a %s message', (lang) => {
    const missing = keys.filter((k) => locales[lang]![k] === undefined);
    expect(missing).toEqual([]);
  });

  it('English and Spanish have the same keys and placeholders', () => {
    const mine = (m: Messages): string[] => Object.keys(m).filter((k) => /^(?:options|policy)_/.test(k)).sort();
    expect(mine(locales.es!)).toEqual(mine(locales.en!));
    for (const k of mine(locales.en!)) {
      expect(Object.keys(locales.es![k]!.placeholders ?? {}).sort(), k).toEqual(Object.keys(locales.en![k]!.placeholders ?? {}).sort());
      for (const lang of Object.keys(locales)) {
        const entry = locales[lang]![k]!;
        for (const name of entry.message.match(/\$([a-z_]+)\$/gi) ?? []) {
          expect(entry.placeholders?.[name.slice(1, -1).toLowerCase()], `${lang} ${k} ${name}`).toBeDefined();
        }
      }
    }
  });
});
