import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ADVERSARIAL, adversarial } from '../../../scripts/bench/engine-worst-case.js';
import { formatSection, goalNote, isBenchSection, quantile, sectionFiles, summarize, times } from '../../../scripts/bench/section.js';
import bundleSize, { closure, htmlScripts, jsReferences, resolveRef } from '../../../scripts/bench/size.js';

describe('bench helpers', () => {
  it('takes quantiles by nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(sorted, 0.5)).toBe(50);
    expect(quantile(sorted, 0.95)).toBe(95);
    expect(quantile([], 0.5)).toBeNaN();
    expect(summarize([3, 1, 2])).toEqual({ n: 3, mean: 2, p50: 2, p95: 3, max: 3 });
  });

  it('prints goals without enforcing them', () => {
    expect(goalNote('worst case', 4.2, '<', 10, 'ms')).toBe('worst case: 4.2 ms (goal < 10 ms) ✓');
    expect(goalNote('growth', 12.5, '≤', 12, '×')).toBe('growth: 12.5× (goal ≤ 12×) ✗');
    expect(goalNote('nothing', Number.NaN, '<', 10, 'ms')).toBe('nothing: n/a ms (goal < 10 ms)');
    expect(times(6, 2)).toBe('3.0×');
    expect(times(1, 0)).toBe('n/a');
  });

  it('finds every section file but the contract, tests and type files, sorted', () => {
    expect(sectionFiles(['size.ts', 'section.ts', 'composer.ts', 'a.test.ts', 'x.d.ts', 'notes.md', 'engine-speed.ts'])).toEqual(['composer.ts', 'engine-speed.ts', 'size.ts']);
  });

  it('checks the section shape', () => {
    expect(isBenchSection({ title: 't', rows: [{ a: 1 }], notes: ['n'] })).toBe(true);
    expect(isBenchSection({ title: 't', rows: [] })).toBe(true);
    expect(isBenchSection({ title: 't' })).toBe(false);
    expect(isBenchSection({ title: 't', rows: [1] })).toBe(false);
    expect(isBenchSection(undefined)).toBe(false);
  });

  it('formats a section as a table with the union of the rows\' keys', () => {
    const text = formatSection({ title: 'Speed', rows: [{ run: 'a', ms: 1.5 }, { run: 'bb', ms: 12345, extra: 'x' }], notes: ['goal met'] });
    expect(text.split('\n')).toEqual(['Speed', '=====', 'run      ms  extra', '---  ------  -----', 'a     1.500', 'bb   12,345  x', '- goal met']);
    expect(formatSection({ title: 'Empty', rows: [] })).toBe('Empty\n=====');
  });

  it('builds adversarial inputs of the exact length', () => {
    for (const unit of Object.values(ADVERSARIAL)) {
      expect(adversarial(unit, 2500)).toHaveLength(2500);
      expect(adversarial(unit, 25000)).toHaveLength(25000);
    }
  });
});

describe('bundle size', () => {
  const dist = mkdtempSync(join(tmpdir(), 'caretweet-dist-'));
  const put = (path: string, content: string): void => {
    mkdirSync(dirname(join(dist, path)), { recursive: true });
    writeFileSync(join(dist, path), content);
  };
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  put('assets/loader.js', '(async()=>{await import(chrome.runtime.getURL("assets/main.js"))})();');
  put('assets/main.js', 'import{a}from"./shared.js";import"./side.js";const e=()=>import(`./engine.js`);');
  put('assets/shared.js', 'export const a=1;');
  put('assets/side.js', 'console.log(1)');
  put('assets/engine.js', 'import{a}from"./shared.js";const d=["assets/data.js"];');
  put('assets/data.js', 'export default [];');
  put('assets/popup.js', 'import{a}from"./shared.js";');
  put('src/popup/popup.html', '<script type="module" crossorigin src="/assets/popup.js"></script>');
  put('service-worker-loader.js', "import './assets/sw.js';");
  put('assets/sw.js', '');
  put(
    'manifest.json',
    JSON.stringify({ content_scripts: [{ js: ['assets/loader.js'] }], background: { service_worker: 'service-worker-loader.js' }, action: { default_popup: 'src/popup/popup.html' } }),
  );

  it('reads static, dynamic and getURL references', () => {
    expect(jsReferences('import{a}from"./x.js";import "./y.js";import(`./z.js`);chrome.runtime.getURL("assets/w.js");const m=["assets/v.js"]')).toEqual([
      { path: './x.js', dynamic: false },
      { path: './y.js', dynamic: false },
      { path: 'assets/w.js', dynamic: false },
      { path: './z.js', dynamic: true },
      { path: 'assets/v.js', dynamic: true },
    ]);
  });

  it('resolves references inside dist only', () => {
    expect(resolveRef(dist, 'assets/main.js', './shared.js')).toBe('assets/shared.js');
    expect(resolveRef(dist, 'assets/main.js', 'assets/engine.js')).toBe('assets/engine.js');
    expect(resolveRef(dist, 'src/popup/popup.html', '/assets/popup.js')).toBe('assets/popup.js');
    expect(resolveRef(dist, 'assets/main.js', '../../etc/passwd.js')).toBeUndefined();
    expect(resolveRef(dist, 'assets/main.js', 'https://cdn.example/x.js')).toBeUndefined();
    expect(resolveRef(dist, 'assets/main.js', './missing.js')).toBeUndefined();
  });

  it('follows the content script from the loader, telling what loads at once from what loads on demand', () => {
    const files = closure(dist, ['assets/loader.js']);
    expect(Object.fromEntries(files)).toEqual({
      'assets/loader.js': 'at injection',
      'assets/main.js': 'at injection',
      'assets/shared.js': 'at injection',
      'assets/side.js': 'at injection',
      'assets/engine.js': 'on demand',
      'assets/data.js': 'on demand',
    });
    expect(htmlScripts(dist, 'src/popup/popup.html')).toEqual(['assets/popup.js']);
  });
});

describe('bundle size section', () => {
  it('runs against the real dist/ or explains how to get one', async () => {
    const section = await bundleSize();
    expect(isBenchSection(section)).toBe(true);
    expect(section.rows.length > 0 || (section.notes ?? []).some((n) => n.includes('npm run build'))).toBe(true);
  });
});
