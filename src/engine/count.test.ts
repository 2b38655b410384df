import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// @ts-expect-error twitter-text ships no type declarations; it is only the reference here.
import referenceParseTweetImpl from 'twitter-text/dist/esm/parseTweet.js';
// @ts-expect-error same package.
import referenceConfigsImpl from 'twitter-text/dist/esm/configs.js';
import { COUNT_CONFIGS, EMOJI, LONG_POST_LIMIT, MAYBE_EMOJI, STANDARD_LIMIT, count, isNfcInert, parseTweet, type CountConfig, type ParsedTweet } from './count.js';

const referenceParseTweet = referenceParseTweetImpl as (text: string, config?: object) => ParsedTweet;
const referenceConfigs = referenceConfigsImpl as Record<'version2' | 'version3', object>;

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const EVAL_DIR = process.env.CARETWEET_EVAL_DIR ?? join(REPO, '..', 'shared', 'eval');

interface ConformanceCase {
  readonly description: string;
  readonly text: string;
  readonly config: string;
  readonly expected: Partial<ParsedTweet>;
}

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

function configNamed(name: string): CountConfig {
  if (name === 'version1') return COUNT_CONFIGS.version1;
  if (name === 'version2') return COUNT_CONFIGS.version2;
  return COUNT_CONFIGS.version3; // 'version3' and 'defaults'
}

const current = readJson<ConformanceCase[]>(join(EVAL_DIR, 'twitter-text', 'validate.json'));
const legacy = readJson<ConformanceCase[]>(join(EVAL_DIR, 'twitter-text', 'validate-v1.json'));

describe.skipIf(current === undefined || legacy === undefined)(`X's conformance tests (${EVAL_DIR}/twitter-text)`, () => {
  it.each((current ?? []).map((c) => [`${c.config}: ${c.description}`, c] as const))('%s', (_name, c) => {
    const got = parseTweet(c.text, configNamed(c.config));
    const picked = Object.fromEntries(Object.keys(c.expected).map((k) => [k, got[k as keyof ParsedTweet]]));
    expect(picked).toEqual(c.expected);
  });

  // The 140-character rules: only validity is specified, under configuration version 1.
  it.each((legacy ?? []).map((c) => [`${c.config}: ${c.description}`, c] as const))('%s', (_name, c) => {
    expect(parseTweet(c.text, configNamed(c.config)).valid).toBe(c.expected.valid);
  });
});

if (current === undefined || legacy === undefined) {
  it.skip(`X's conformance tests: ${EVAL_DIR}/twitter-text is absent (set CARETWEET_EVAL_DIR to the shared eval folder)`, () => {});
}

describe('count', () => {
  it('counts against 280 by default', () => {
    expect(count('Flu shots are in!')).toMatchObject({ weightedLength: 17, limit: 280, remaining: 263, valid: true });
  });

  it('weighs URLs as 23 and emoji, CJK and other heavy characters as 2', () => {
    expect(count('Book at https://example.org/a/very/long/path?x=1 today').weightedLength).toBe(8 + 23 + 6);
    expect(count('Open 💉🩺').weightedLength).toBe(5 + 2 + 2);
    expect(count('患者').weightedLength).toBe(4);
    expect(count('👩🏽‍⚕️').weightedLength).toBe(2);
  });

  it('is invalid when empty, over the limit, or holding characters X refuses', () => {
    expect(count('').valid).toBe(false);
    expect(count('a'.repeat(280)).valid).toBe(true);
    expect(count('a'.repeat(281))).toMatchObject({ valid: false, remaining: -1, validRangeEnd: 279 });
    expect(count('ok\uFFFE').valid).toBe(false);
    expect(count('ok\uFEFF', LONG_POST_LIMIT).valid).toBe(false);
  });

  it('moves only the ceiling for long posts', () => {
    const text = 'Visit https://example.org 😷 患者 '.repeat(40);
    const standard = count(text);
    const long = count(text, LONG_POST_LIMIT);
    expect(long.weightedLength).toBe(standard.weightedLength);
    expect(standard.valid).toBe(false);
    expect(long).toMatchObject({ valid: true, limit: 25000, remaining: 25000 - standard.weightedLength });
    expect(long.permillage).toBe(Math.floor((standard.weightedLength / 25000) * 1000));
    expect(count('a'.repeat(25000), LONG_POST_LIMIT).valid).toBe(true);
    expect(count('a'.repeat(25010), LONG_POST_LIMIT)).toMatchObject({ valid: false, validRangeEnd: 24999, remaining: -10 });
  });

  it('falls back to the standard limit for a nonsensical one', () => {
    expect(count('a', 0).limit).toBe(STANDARD_LIMIT);
    expect(count('a', Number.NaN).limit).toBe(STANDARD_LIMIT);
  });

  it('never throws, whatever the input', () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (text) => {
        const r = count(text, LONG_POST_LIMIT);
        return r.weightedLength >= 0 && Number.isFinite(r.weightedLength);
      }),
      { numRuns: 500, seed: 7 },
    );
    expect(() => count(undefined as unknown as string)).not.toThrow();
  });

  it('looks for emoji only in text holding a character every emoji sequence needs', () => {
    // An emoji sequence that starts on any other code unit needs one of those further on.
    const starts: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const ch = String.fromCharCode(unit);
      if (MAYBE_EMOJI.test(ch)) continue;
      for (const tail of ['', 'x', '\u200D']) {
        EMOJI.lastIndex = 0;
        if (EMOJI.test(ch + tail)) starts.push(ch);
      }
    }
    expect(starts).toEqual([]);
  });

  it('skips NFC only for text it cannot change', () => {
    // Characters taken as inert must be unchanged by NFC, start no combining sequence, and be
    // the second part of no canonical composition (those all lie below U+20000).
    const failures: string[] = [];
    for (let unit = 0x80; unit < 0x10000; unit++) {
      const ch = String.fromCharCode(unit);
      if (!isNfcInert(ch)) continue;
      if (ch.normalize('NFC') !== ch || `\u0345${ch}`.normalize('NFD') !== `\u0345${ch.normalize('NFD')}`) failures.push(ch);
    }
    for (let cp = 0xc0; cp < 0x20000; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const parts = Array.from(String.fromCodePoint(cp).normalize('NFD'));
      for (const part of parts.slice(1)) if (part.length === 1 && isNfcInert(part)) failures.push(part);
    }
    expect(failures).toEqual([]);
    expect(isNfcInert('Don’t — naïve café')).toBe(true);
    expect(isNfcInert('cafe\u0301')).toBe(false);
    expect(isNfcInert('\u212B')).toBe(false);
  });

  it('handles the inputs that make twitter-text quadratic in linear time', () => {
    // twitter-text needs about a second for this one; the value is what it returns.
    expect(count('ab.'.repeat(8334).slice(0, 25000), LONG_POST_LIMIT).weightedLength).toBe(25000);
    expect(count('a.com '.repeat(4000), LONG_POST_LIMIT).weightedLength).toBe(4000 * 24);
  });
});

describe('agreement with twitter-text 3.1.0', () => {
  // Tokens chosen to exercise URL edge cases: protocols, t.co, punycode, IDN top-level domains,
  // labels with '-' and '_', ports, paths with parentheses, queries, and what may precede a URL.
  const tokens = [
    'a', 'b', 'x', 'n', '-', '_', '.', '.', '/', ':', '?', '#', '(', ')', '@', ' ', ' ', 'http://', 'https://',
    'HTTPS://', 'www.', 'com', 'co', 'org', 't.co/', 'xn--', '日本', 'é', '8080', '=', '&', 'みんな', 'پاکستان',
    '。', 'COM', '😷', '👍🏻', '1', '\u20e3', '©', '\u202a', "'", '"', '~', '+', '$', 'ı', '\u212a', 'ι', 'ß', '\u2013',
    'а', '%', ',', '!', '|', '[', ']', '\n', 'e\u0301', '\ufeff', '\u3000', 'uk', 'vermögensberatung', '嘉里',
    '大酒店', 'q=1', '/p', '.com', '.co/',
  ];
  const texts = fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((parts) => parts.join(''));

  it('gives the same result on URL-heavy random text, under versions 2 and 3', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(parseTweet(text, COUNT_CONFIGS.version3)).toEqual(referenceParseTweet(text, referenceConfigs.version3));
        expect(parseTweet(text, COUNT_CONFIGS.version2)).toEqual(referenceParseTweet(text, referenceConfigs.version2));
      }),
      { numRuns: 1500, seed: 42 },
    );
  });

  it('gives the same result on emoji twitter-text knows', () => {
    const known = ['👨‍👩‍👧‍👦', '🏳️‍🌈', '👁‍🗨', '👁‍🗨️', '👩🏽‍⚕️', '👩🏿‍🦰', '🤾🏽‍♀️', '🤾🏽‍♀', '🇺🇸', '🇺🇺🇸', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '1️⃣', '#⃣', '©', '©️', '⌚️', '👍️', '😷🏻', '☺', '☺︎', '🫠'];
    for (const e of known) expect(parseTweet(`a${e}b`)).toEqual(referenceParseTweet(`a${e}b`));
  });

  it('counts newer emoji sequences as one emoji, where twitter-text counts their parts', () => {
    for (const e of ['❤️‍🔥', '🧑🏽‍⚕️', '👁️‍🗨️']) {
      expect(parseTweet(e).weightedLength).toBe(2);
      expect(referenceParseTweet(e).weightedLength).toBe(5);
    }
  });

  const tweetsPath = join(EVAL_DIR, 'benign', 'health-news-tweets.dev.jsonl');
  it.skipIf(!existsSync(tweetsPath))('gives the same result on every tweet of the health-news set', () => {
    const lines = readFileSync(tweetsPath, 'utf8').split('\n').filter((l) => l.trim() !== '');
    const differing = lines
      .map((l) => (JSON.parse(l) as { text: string }).text)
      .filter((t) => JSON.stringify(parseTweet(t)) !== JSON.stringify(referenceParseTweet(t)));
    expect(differing).toHaveLength(0);
  });
});
