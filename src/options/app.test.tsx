// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { localSnapshot, resetFakeBrowser, setLocalRaw, setManaged } from '../shared/fake-browser.test-util.js';
import { appendAudit } from '../shared/audit-log.js';
import { defaults } from '../shared/policy.js';
import { getEffectivePolicy, savePolicy } from '../shared/policy-store.js';
import { App } from './app.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../shared/fake-browser.test-util.js')).fakeBrowser }));
const downloads: { name: string; content: string }[] = [];
vi.mock('./files.js', async (original) => ({
  ...(await original<typeof import('./files.js')>()),
  download: (name: string, content: string) => downloads.push({ name, content }),
}));

let root: HTMLElement;
const NOW = Date.UTC(2025, 2, 12, 12);

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(async () => new Promise<void>((r) => setTimeout(r, 0)));
}

async function mount(): Promise<void> {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(<App now={NOW} />, root));
  await settle();
}

function q<T extends Element = HTMLElement>(selector: string): T {
  const el = root.querySelector<T>(selector);
  if (el === null) throw new Error(`no ${selector}`);
  return el;
}

async function type(selector: string, value: string): Promise<void> {
  const el = q<HTMLInputElement | HTMLTextAreaElement>(selector);
  await act(() => {
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function click(selector: string): Promise<void> {
  await act(() => q<HTMLButtonElement>(selector).click());
  await settle();
}

function findings(): { ruleId: string; severity: string }[] {
  return [...root.querySelectorAll<HTMLElement>('[data-testid="opt-preview-finding"]')].map((li) => ({ ruleId: li.dataset.ruleId!, severity: li.dataset.severity! }));
}

async function chooseFile(content: string, name = 'policy.json'): Promise<void> {
  const input = q<HTMLInputElement>('[data-testid="opt-import"]');
  const file = new File([content], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

beforeEach(() => {
  resetFakeBrowser();
  downloads.length = 0;
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('options page', () => {
  it('shows every section of the policy', async () => {
    await mount();
    const sections = [...root.querySelectorAll('fieldset[data-section]')].map((f) => f.getAttribute('data-section'));
    expect(sections.sort()).toEqual(['audit', 'country', 'emergencyLine', 'lengthLimit', 'partners', 'postGuard', 'practice', 'proofread', 'replyTemplates', 'rotation', 'signoff', 'staff', 'watchTerms'].sort());
    expect(root.querySelector('h1')?.textContent).toBe('CareTweet — practice policy');
  });

  it('every control has a label', async () => {
    await mount();
    for (const el of root.querySelectorAll('input, textarea, select')) {
      const id = el.getAttribute('id');
      const labelled = (id !== null && root.querySelector(`label[for="${id}"]`) !== null) || el.hasAttribute('aria-label') || el.closest('label') !== null;
      expect(labelled, el.outerHTML).toBe(true);
    }
  });

  it('the live preview follows the unsaved policy: a watch term is flagged as soon as it is added', async () => {
    await mount();
    await type('[data-testid="opt-preview-input"]', 'We will discuss the lawsuit tomorrow.');
    expect(findings().filter((f) => f.ruleId === 'policy/watch-term')).toEqual([]);
    await click('[data-list="watchTerms"] > div:last-child button');
    await type('input[name="watchTerms[0].term"]', 'lawsuit');
    expect(findings()).toContainEqual({ ruleId: 'policy/watch-term', severity: 'warning' });
    // Nothing was saved, and the preview text is nowhere in storage.
    expect(JSON.stringify(localSnapshot())).not.toContain('lawsuit');
  });

  it('an allow-listed phone is no longer flagged in the preview', async () => {
    await mount();
    await type('[data-testid="opt-preview-input"]', 'Questions? Call us at (555) 010-0142 any weekday.');
    const before = findings().filter((f) => f.ruleId === 'phi/phone');
    await type('textarea[name="practice.phones"]', '(555) 010-0142');
    expect(findings().filter((f) => f.ruleId === 'phi/phone')).toEqual([]);
    // The engine's phone recognizer may grade a practice's own number as info; it must be found.
    expect(before.length).toBeGreaterThan(0);
  });

  it('saves a valid policy and refuses an invalid one with the reasons', async () => {
    await mount();
    await type('input[name="practice.name"]', 'Riverside Family Medicine');
    await click('[data-testid="opt-save"]');
    expect((await getEffectivePolicy()).practice.name).toBe('Riverside Family Medicine');
    await type('textarea[name="practice.handles"]', 'not a handle');
    expect(q('[data-testid="opt-errors"]').textContent).toContain('practice.handles[0]: must be an X handle');
    expect(q<HTMLButtonElement>('[data-testid="opt-save"]').disabled).toBe(true);
  });

  it('shows managed settings locked and does not save them into the user policy', async () => {
    await savePolicy({ ...defaults, postGuard: 'warn' });
    setManaged({ postGuard: 'block' });
    await mount();
    const guard = q<HTMLFieldSetElement>('fieldset[data-section="postGuard"]');
    expect(guard.disabled).toBe(true);
    expect(guard.querySelector('[data-testid="opt-locked"]')?.textContent).toBe('Set by your organization');
    expect(q<HTMLSelectElement>('select[name="postGuard"]').value).toBe('block');
    expect(q<HTMLFieldSetElement>('fieldset[data-section="practice"]').disabled).toBe(false);
    await type('input[name="practice.name"]', 'Riverside');
    await click('[data-testid="opt-save"]');
    expect((localSnapshot().policy as typeof defaults).postGuard).toBe('warn');
    expect((await getEffectivePolicy()).postGuard).toBe('block');
  });

  it('follows a managed policy deployed while the page is open', async () => {
    await mount();
    await act(() => setManaged({ lengthLimit: 25000 }));
    await settle();
    expect(q<HTMLFieldSetElement>('fieldset[data-section="lengthLimit"]').disabled).toBe(true);
    expect(q<HTMLSelectElement>('select[name="lengthLimit"]').value).toBe('25000');
  });

  it('reports a broken stored policy and what is in force instead', async () => {
    setLocalRaw('policy', { postGuard: 'sometimes' });
    await mount();
    expect(q('[data-testid="opt-local-errors"]').textContent).toContain('postGuard: must be one of');
  });

  it('a broken import file gives a clear message and changes nothing', async () => {
    await savePolicy({ ...defaults, postGuard: 'warn' });
    await mount();
    const before = JSON.stringify(localSnapshot().policy);
    await chooseFile('{"postGuard": "block",', 'broken.json');
    const notice = q('[data-testid="opt-notice"]');
    expect(notice.dataset.kind).toBe('error');
    expect(notice.textContent).toContain('broken.json was not imported; your current policy is unchanged');
    expect(notice.textContent).toContain('The file is not valid JSON');
    await chooseFile(JSON.stringify({ lengthLimit: 99 }), 'wrong.json');
    expect(q('[data-testid="opt-notice"]').textContent).toContain('lengthLimit: must be one of 280, 25000');
    expect(JSON.stringify(localSnapshot().policy)).toBe(before);
  });

  it('imports a valid file and exports the policy as JSON', async () => {
    await mount();
    await chooseFile(JSON.stringify({ postGuard: 'block', partners: ['LakesidePeds'], extra: true }));
    expect(q('[data-testid="opt-notice"]').textContent).toContain('Imported and saved policy.json.');
    expect(q('[data-testid="opt-notice"]').textContent).toContain('extra: unknown setting, ignored');
    expect((await getEffectivePolicy()).partners).toEqual(['LakesidePeds']);
    expect(q<HTMLTextAreaElement>('textarea[name="partners"]').value).toBe('LakesidePeds');
    await click('[data-testid="opt-export"]');
    expect(downloads[0]?.name).toBe('caretweet-policy.json');
    expect(JSON.parse(downloads[0]!.content)).toMatchObject({ postGuard: 'block', partners: ['LakesidePeds'] });
  });

  it('refuses a template that would itself leak, with the reason, and blocks saving', async () => {
    await mount();
    await type('input[name="practice.name"]', 'Riverside');
    await click('[data-list="replyTemplates"] > div:last-child button');
    await type('textarea[name="replyTemplates[0].text"]', 'Thanks {signoff}');
    expect(root.querySelector('[data-testid="opt-template-refused"]')).toBeNull();
    await type('textarea[name="replyTemplates[0].text"]', 'Sounds like you have the flu, increase your dose. {signoff}');
    const refused = q('[data-testid="opt-template-refused"]');
    expect(refused.textContent).toContain('voice/medical-advice');
    expect(q<HTMLButtonElement>('[data-testid="opt-save"]').disabled).toBe(true);
  });

  it('shows the physician whose turn it is', async () => {
    await savePolicy({ ...defaults, rotation: { members: [{ name: 'Dr. Jane Smith', initials: 'JS' }, { name: 'Dr. Omar Lee', initials: 'OL' }], periodDays: 7, startDate: '2025-03-10' } });
    await mount();
    expect(q('[data-testid="opt-rotation-current"]').textContent).toBe('This turn: Dr. Jane Smith (JS), until 2025-03-17.');
  });

  it('lists, exports and clears the audit log', async () => {
    await appendAudit({ time: NOW, composerKind: 'reply', findings: [{ ruleId: 'phi/name', severity: 'error' }], outcome: 'posted-anyway', reason: 'consent-on-file' }, defaults.audit, NOW);
    await appendAudit({ time: NOW + 1, composerKind: 'post', findings: [], outcome: 'clean' }, defaults.audit, NOW);
    await mount();
    const rows = root.querySelectorAll<HTMLElement>('[data-testid="opt-audit-row"]');
    expect([...rows].map((r) => r.dataset.outcome)).toEqual(['clean', 'posted-anyway']);
    await click('[data-testid="opt-audit-export"]');
    expect(downloads[0]?.content.split('\r\n')[1]).toContain(',reply,posted-anyway,consent-on-file,1,0,0,phi/name:error');
    Object.assign(window, { confirm: () => true });
    await click('[data-testid="opt-audit-clear"]');
    expect(root.querySelectorAll('[data-testid="opt-audit-row"]')).toHaveLength(0);
    expect(q('[data-testid="opt-audit-count"]').textContent).toBe('Entries: 0.');
  });
});
