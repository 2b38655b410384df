import { describe, expect, it } from 'vitest';
import { categoriesOf, sanitizePatternCategories, sanitizePatternGroup } from '../../../scripts/eval/labels.js';
import { asqReport, benignReport, formatMisses, formatTable, met, presidioReport, redactPiiReport, sanitizePiiReport, type Row } from '../../../scripts/eval/report.js';
import { foundSpans, type Scored } from '../../../scripts/eval/run.js';
import {
  excerpt,
  falsePositives,
  flagRate,
  isFound,
  overallRecall,
  overlaps,
  precision,
  ratio,
  recallByLabel,
  repairSpan,
  spanOutcomes,
  type FoundSpan,
} from '../../../scripts/eval/score.js';
import type { EvalText } from '../../../scripts/eval/sets.js';

const f = (start: number, end: number, category: string, severity = 'warning', ruleId = `phi/${category}`): FoundSpan => ({ start, end, category, severity, ruleId });

function scored(item: Partial<EvalText> & { text: string }, findings: FoundSpan[]): Scored {
  return { item: { id: item.id ?? item.text, spans: [], ...item }, findings, crashed: false, oddSpans: 0, ms: 0 };
}

describe('span arithmetic', () => {
  it('overlap is strict: touching spans do not overlap', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 3, end: 3 }, { start: 0, end: 9 })).toBe(true);
    expect(overlaps({ start: 9, end: 9 }, { start: 0, end: 9 })).toBe(false);
  });

  it('repairs odd finding spans instead of throwing', () => {
    expect(repairSpan(5, 2, 10)).toEqual({ start: 2, end: 5 });
    expect(repairSpan(-4, 50, 10)).toEqual({ start: 0, end: 10 });
    expect(repairSpan(1.5, 3.2, 10)).toEqual({ start: 1, end: 4 });
    expect(repairSpan(Number.POSITIVE_INFINITY, 3, 10)).toEqual({ start: 3, end: 10 });
    expect(repairSpan(Number.NaN, 3, 10)).toBeUndefined();
    expect(repairSpan('1', 3, 10)).toBeUndefined();
    expect(repairSpan(undefined, undefined, 10)).toBeUndefined();
  });

  it('reads findings defensively from whatever analyze() returned', () => {
    const odd = {
      findings: [
        { ruleId: 'phi/name', category: 'name', severity: 'error', span: { start: 0, end: 4 } },
        { ruleId: 'phi/x', category: 'name', severity: 'error', span: { start: 'a', end: 4 } },
        { ruleId: 'phi/y', category: 'name', severity: 'error' },
        null,
        { ruleId: 'phi/z', category: 'date', severity: 'info', span: { start: 30, end: 2 } },
      ],
    } as unknown as Parameters<typeof foundSpans>[0];
    const { findings, odd: dropped } = foundSpans(odd, 10);
    expect(dropped).toBe(3);
    expect(findings).toEqual([
      { start: 0, end: 4, ruleId: 'phi/name', category: 'name', severity: 'error' },
      { start: 2, end: 10, ruleId: 'phi/z', category: 'date', severity: 'info' },
    ]);
  });

  it('ratio is undefined on nothing', () => {
    expect(ratio({ hit: 0, total: 0 })).toBeUndefined();
    expect(ratio({ hit: 1, total: 4 })).toBe(0.25);
  });

  it('excerpts on one line with the span in brackets', () => {
    expect(excerpt('Seen by Dr. Lee\non Monday', { start: 8, end: 15 }, 5)).toBe('…n by [Dr. Lee] on M…');
    expect(excerpt('abc', { start: 1, end: 99 })).toBe('a[bc]');
  });
});

describe('labels', () => {
  it('maps label families to categories and leaves the rest unscored', () => {
    expect(categoriesOf('PERSON')).toEqual(['name']);
    expect(categoriesOf('FAX_NUMBER')).toEqual(['phone', 'fax']);
    expect(categoriesOf('UNIQUE_IDENTIFIER')).toContain('other-identifier');
    expect(categoriesOf('ORGANIZATION')).toBeUndefined();
    expect(categoriesOf('NRP')).toBeUndefined();
    expect(sanitizePatternCategories('drivers_license_quebec')).toEqual(['license']);
    expect(sanitizePatternCategories('api_key_gc_notify')).toBeUndefined();
    expect(sanitizePatternGroup('health_card_nova_scotia')).toBe('health_card_*');
    expect(sanitizePatternGroup('phone_number_international')).toBe('phone_number*');
  });
});

describe('recall and precision', () => {
  const spans = [
    { start: 0, end: 4, label: 'NAME' },
    { start: 10, end: 20, label: 'DATE' },
    { start: 30, end: 35, label: 'ORGANIZATION' },
    { start: 40, end: 45, label: 'UNIQUE_IDENTIFIER' },
  ];

  it('finds a span by any overlapping finding of a matching category, whatever its severity', () => {
    const findings = [f(2, 3, 'name', 'info'), f(15, 25, 'phone'), f(41, 42, 'account')];
    const outcomes = spanOutcomes(spans, findings, categoriesOf);
    expect(outcomes.map((o) => o.found)).toEqual([true, false, undefined, true]);
    expect(overallRecall(outcomes)).toEqual({ hit: 2, total: 3 });
    expect(isFound({ start: 10, end: 20 }, ['date'], findings)).toBe(false);
  });

  it('counts identifier findings outside every labelled span against precision, risks not at all', () => {
    const findings = [f(0, 4, 'name'), f(31, 33, 'name'), f(50, 55, 'phone'), f(50, 60, 'patient-relationship', 'error', 'risk/confirms-patient')];
    expect(falsePositives(spans, findings).map((x) => x.start)).toEqual([50]);
    expect(precision([{ spans, findings }])).toEqual({ hit: 2, total: 3 });
  });

  it('averages recall over groups for the per-template figure', () => {
    const a = spanOutcomes([{ start: 0, end: 1, label: 'PERSON' }], [f(0, 1, 'name')], categoriesOf, 't1');
    const b = spanOutcomes(
      [
        { start: 0, end: 1, label: 'PERSON' },
        { start: 2, end: 3, label: 'PERSON' },
        { start: 4, end: 5, label: 'PERSON' },
      ],
      [],
      categoriesOf,
      't2',
    );
    const [person] = recallByLabel([...a, ...b]);
    expect(person).toMatchObject({ label: 'PERSON', spans: { hit: 1, total: 4 }, groups: 2 });
    expect(person?.macro).toBeCloseTo(0.5);
  });

  it('flags a text on a warning or an error only', () => {
    expect(flagRate([{ findings: [f(0, 1, 'name', 'info')] }, { findings: [f(0, 1, 'name', 'error')] }, { findings: [] }])).toEqual({ hit: 1, total: 3 });
  });
});

describe('set reports', () => {
  it('scores ASQ-PHI: overall and per label with targets, texts without PHI, misses', () => {
    const report = asqReport(
      [
        scored({ text: 'Anna S. seen 04/12', spans: [{ start: 0, end: 7, label: 'NAME' }, { start: 13, end: 18, label: 'DATE' }] }, [f(0, 7, 'name')]),
        scored({ text: 'ACE inhibitors dosing', hardNegative: true }, [f(0, 3, 'name', 'warning')]),
        scored({ text: 'statin choice', hardNegative: true }, []),
      ],
      5,
    );
    const byMeasure = new Map(report.rows.map((r) => [r.measure, r]));
    expect(byMeasure.get('recall, all scored spans')).toMatchObject({ n: 2, value: 0.5, target: { op: '≥', value: 0.95 } });
    expect(met(byMeasure.get('recall NAME') as Row)).toBe(true);
    expect(met(byMeasure.get('recall DATE') as Row)).toBe(false);
    expect(byMeasure.get('flagged: texts without PHI')).toMatchObject({ n: 2, value: 0.5 });
    expect(report.misses.map((m) => [m.kind, m.label])).toEqual([
      ['missed', 'DATE'],
      ['false alarm', 'phi/name'],
    ]);
  });

  it('caps misses per label', () => {
    const texts = Array.from({ length: 9 }, (_, i) => scored({ id: `t${i}`, text: 'Anna', spans: [{ start: 0, end: 4, label: 'NAME' }] }, []));
    expect(asqReport(texts, 3).misses).toHaveLength(3);
    expect(asqReport(texts, 0).misses).toHaveLength(0);
  });

  it('scores Presidio per label with the template macro-average, and lists labels it cannot score', () => {
    const report = presidioReport(
      [
        scored({ text: 'Ana at Acme', group: '1', spans: [{ start: 0, end: 3, label: 'PERSON' }, { start: 7, end: 11, label: 'ORGANIZATION' }] }, [f(0, 3, 'name')]),
        scored({ text: 'Bo', group: '2', spans: [{ start: 0, end: 2, label: 'PERSON' }] }, []),
      ],
      5,
    );
    const person = report.rows.find((r) => r.measure === 'recall PERSON');
    expect(person).toMatchObject({ value: 0.5, target: { op: '≥', value: 0.9 } });
    expect(person?.detail).toContain('per template 50.0% (2)');
    expect(report.rows.find((r) => r.measure.startsWith('not scored'))?.detail).toBe('ORGANIZATION 1');
  });

  it('scores redact-pii without its non-default-option cases, and its no_pii cases', () => {
    const report = redactPiiReport(
      [
        scored({ text: 'call 555-555-5555', spans: [{ start: 5, end: 17, label: 'PHONE_NUMBER' }] }, [f(5, 17, 'phone')]),
        scored({ text: 'I love cats', spans: [{ start: 7, end: 11, label: 'ANIMAL' }], nonDefault: true }, []),
        scored({ text: 'blah', noPii: true }, [f(0, 4, 'name', 'error')]),
      ],
      5,
    );
    expect(report.rows[0]).toMatchObject({ measure: 'recall, all scored spans', n: 1, value: 1 });
    expect(report.rows.find((r) => r.measure === 'flagged: no_pii cases')).toMatchObject({ n: 1, value: 1 });
    expect(report.rows.find((r) => r.measure.startsWith('not scored'))?.detail).toContain('1 cases with non-default options');
  });

  it('scores sanitize-pii pattern cases by category: should-match found, must-not-match flagged', () => {
    const report = sanitizePiiReport(
      [
        scored({ text: '555-123-4567', pattern: 'phone_number', mustMatch: true }, [f(0, 12, 'phone', 'info')]),
        scored({ text: '123-4567', pattern: 'phone_number_international', mustMatch: true }, []),
        scored({ text: '1234', pattern: 'phone_number', mustMatch: false }, [f(0, 4, 'phone')]),
        scored({ text: 'K1A 0A6', pattern: 'postal_code', mustMatch: false }, [f(0, 3, 'name')]),
        scored({ text: 'gcntfy-x', pattern: 'api_key_gc_notify', mustMatch: true }, []),
      ],
      5,
    );
    const rows = new Map(report.rows.map((r) => [r.measure, r]));
    expect(rows.get('should match: found')).toMatchObject({ n: 2, value: 0.5 });
    expect(rows.get('must not match: flagged')).toMatchObject({ n: 2, value: 0.5 });
    expect(rows.get('pattern phone_number*: found')?.detail).toBe('1/2 · false matches 1/1');
    expect(rows.get('not scored (no matching category)')?.detail).toBe('api_key_gc_notify 1');
    expect(report.misses.map((m) => m.kind)).toEqual(['missed', 'false alarm']);
  });

  it('reports the benign flag rate with its false alarms by rule', () => {
    const report = benignReport(
      [scored({ text: 'Flu season is here' }, []), scored({ text: 'Obama visits clinic' }, [f(0, 5, 'name', 'warning', 'phi/name')]), scored({ text: 'New study' }, [f(0, 3, 'date', 'info')])],
      5,
    );
    expect(report.rows[0]).toMatchObject({ value: 1 / 3, target: { op: '≤', value: 0.03 } });
    expect(met(report.rows[0] as Row)).toBe(false);
    expect(report.rows[1]).toMatchObject({ value: 2 / 3 });
    expect(report.misses).toEqual([{ set: 'benign-news', label: 'phi/name', kind: 'false alarm', id: 'Obama visits clinic', excerpt: '[Obama] visits clinic' }]);
    expect(report.notes[0]).toContain('phi/name 1');
  });
});

describe('formatting', () => {
  it('prints a table with ✓ and ✗ and survives empty input', () => {
    const rows: Row[] = [
      { set: 'benign-news', measure: 'flagged', n: 10, value: 0.01, detail: '1/10', target: { op: '≤', value: 0.03 } },
      { set: 'asq-phi', measure: 'recall NAME', n: 4, value: 0.5, detail: '2/4', target: { op: '≥', value: 0.95 } },
      { set: 'asq-phi', measure: 'nothing', n: 0, value: undefined, detail: '' },
    ];
    const table = formatTable(rows);
    expect(table).toMatch(/benign-news +flagged +10 +1\.0% +≤ 3% +✓ +1\/10/);
    expect(table).toMatch(/recall NAME +4 +50\.0% +≥ 95% +✗/);
    expect(table).toContain('—');
    expect(formatTable([])).toContain('measure');
    expect(formatMisses([])).toBe('No misses.');
  });

  it('meets a target exactly at the boundary', () => {
    expect(met({ set: 'asq-phi', measure: 'x', n: 20, value: 19 / 20, detail: '', target: { op: '≥', value: 0.95 } })).toBe(true);
    expect(met({ set: 'asq-phi', measure: 'x', n: 20, value: 1 / 20, detail: '', target: { op: '≤', value: 0.05 } })).toBe(true);
  });
});
