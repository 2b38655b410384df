/**
 * The engine on adversarial drafts: long runs of what regexes choke on, at X's long-post limit of
 * 25,000 characters and at 2,500, so the table shows both the worst case and how time grows with
 * length (linear code takes about 10× for 10× the text).
 */
import { analyze } from '../../src/engine/index.js';
import { goalNote, median, ms, timeOnce, type BenchSection } from './section.js';

const TITLE = 'Engine on adversarial drafts: worst case at 25,000 characters, growth from 2,500';

/** Repeated units; each is cut to the exact length wanted. */
export const ADVERSARIAL: Readonly<Record<string, string>> = {
  digits: '1',
  dots: '.',
  'at signs': '@',
  capitals: 'A',
  'capitalised words': 'Ann Lee ',
  'repeated word': 'patient ',
  emoji: '😷',
  'emoji sequences': '👩🏽‍⚕️',
  'right-to-left': 'مريض في الغرفة ',
  'bidi overrides': '\u202Eabc\u202C ',
  'zero-width': 'a\u200B',
  'dotted labels': 'a.',
  'phone-like': '555-0100 ',
  'date-like': '3/14/2024 ',
  'email-like': 'a@b.co ',
  'spaced letters': 'J o h n ',
  mixed: 'Dr. Ann Lee 555-0100 a@b.co 3/14 😷 مريض \u200B MRN 12345678 room 4. ',
};

export function adversarial(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

export interface Timing {
  readonly ms: number;
  readonly findings: number;
  readonly threw: boolean;
}

function analyzeOnce(text: string): { ms: number; findings: number; threw: boolean } {
  let findings = 0;
  let threw = false;
  const ms = timeOnce(() => {
    try {
      findings = analyze(text).findings.length;
    } catch {
      threw = true;
    }
  });
  return { ms, findings, threw };
}

/**
 * Median times of analyze() on the short and the long text. Runs alternate (three short, one
 * long) so that load from elsewhere on the machine falls on both; fewer rounds when slow.
 */
export function timeBoth(short: string, long: string, rounds = 9): { short: Timing; long: Timing } {
  // Each input takes the engine down its own branches: a few runs first, so the timed ones do
  // not include V8 compiling them.
  for (let i = 0; i < 3; i++) analyzeOnce(short);
  analyzeOnce(long);
  const first = analyzeOnce(long);
  const n = first.ms > 250 ? 2 : rounds;
  const shortRuns: ReturnType<typeof analyzeOnce>[] = [];
  const longRuns: ReturnType<typeof analyzeOnce>[] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < 3; j++) shortRuns.push(analyzeOnce(short));
    longRuns.push(analyzeOnce(long));
  }
  const summary = (runs: readonly ReturnType<typeof analyzeOnce>[]): Timing => ({
    ms: median(runs.map((r) => r.ms)),
    findings: runs[0]?.findings ?? 0,
    threw: runs.some((r) => r.threw),
  });
  return { short: summary(shortRuns), long: summary(longRuns) };
}

export default async function engineWorstCase(): Promise<BenchSection> {
  const rows: Record<string, string | number>[] = [];
  let worst = { name: '', ms: 0 };
  let steepest = { name: '', ratio: 0 };
  for (const [name, unit] of Object.entries(ADVERSARIAL)) {
    const { short: small, long: large } = timeBoth(adversarial(unit, 2500), adversarial(unit, 25000));
    const ratio = large.ms / small.ms;
    if (large.ms > worst.ms) worst = { name, ms: large.ms };
    if (ratio > steepest.ratio) steepest = { name, ratio };
    rows.push({
      input: name,
      'ms @ 2,500': ms(small.ms),
      'ms @ 25,000': ms(large.ms),
      'growth ×10 text': Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : 'n/a',
      'findings @ 25,000': large.threw ? 'threw' : large.findings,
    });
  }
  const threw = rows.filter((r) => r['findings @ 25,000'] === 'threw').map((r) => r.input);
  return {
    title: TITLE,
    rows,
    notes: [
      goalNote(`worst case at 25,000 characters (${worst.name})`, worst.ms, '<', 10, 'ms'),
      goalNote(`steepest growth from 2,500 to 25,000 (${steepest.name})`, steepest.ratio, '≤', 12, '×'),
      'Medians of 27 runs at 2,500 and 9 at 25,000 characters, interleaved, after a warm-up of each input.',
      ...(threw.length > 0 ? [`analyze() threw on: ${threw.join(', ')}`] : []),
    ],
  };
}
