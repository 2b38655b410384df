// @vitest-environment happy-dom
/**
 * The overlay and the post guard in the UI's language: with the English messages, exactly the
 * words the e2e tests and users know; with the Spanish ones, every visible and spoken string in
 * Spanish.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import es from '../../../public/_locales/es/messages.json' with { type: 'json' };
import type { Finding } from '../../engine/index.js';
import { AUDIT_REASONS } from '../../shared/audit-log.js';
import { resetFakeBrowser, useMessages } from '../../shared/fake-browser.test-util.js';
import { badgeText, type Overlay, type OverlayView } from './overlay.js';
import { homeOverlay, overlayActions, PHONE_FINDING } from './overlay.test-util.js';

vi.mock('webextension-polyfill', async () => ({ default: (await import('../../shared/fake-browser.test-util.js')).fakeBrowser }));

const finding = PHONE_FINDING;
const warning: Finding = { ...finding, ruleId: 'phi/date', severity: 'warning', span: { start: 20, end: 25 } };

const one: OverlayView = { verdict: 'error', findings: [{ finding, excerpt: '555 010 0199' }], weightedLength: 30, limit: 280, hasText: true };
const two: OverlayView = { ...one, findings: [...one.findings, { finding: warning, excerpt: 'May 3' }] };
const none: OverlayView = { verdict: 'ok', findings: [], weightedLength: 12, limit: 280, hasText: true };

const make = (): Overlay => homeOverlay(overlayActions());

const q = (o: Overlay, sel: string): HTMLElement => o.root.querySelector(sel) as HTMLElement;
const text = (el: Element | null | undefined): string => (el?.textContent ?? '').trim();

/** What a user sees and hears of the badge, the list, the live region and a card. */
function readOverlay(view: OverlayView): Record<string, string | null> {
  vi.useFakeTimers();
  const o = make();
  o.render(view);
  vi.advanceTimersByTime(1500);
  o.openCard(0, null, false);
  const badge = q(o, '.badge');
  const out = {
    badge: text(badge.querySelector('.label')),
    badgeLabel: badge.getAttribute('aria-label'),
    panelLabel: q(o, '.panel').getAttribute('aria-label'),
    listLabel: q(o, '.panel ol').getAttribute('aria-label'),
    hint: text(q(o, '.panel .hint')),
    live: text(q(o, '[role="status"][aria-live]')),
    listItem: text(q(o, 'li[data-index="0"] .sev')),
    cardSeverity: text(q(o, '.card .sev')),
    ignore: text(q(o, '.card button[data-action="ignore"]')),
    secondItem: text(o.root.querySelector('li[data-index="1"] .sev')),
  };
  o.destroy();
  vi.useRealTimers();
  return out;
}

/** The post guard's title, intro, buttons and reasons; `post anyway` pressed twice for the error. */
async function readGuard(mode: 'confirm' | 'block'): Promise<Record<string, string | string[] | null>> {
  const o = make();
  const choice = o.showGuard(mode, [{ severity: 'error', message: 'This looks like a phone number', excerpt: '555' }, { severity: 'warning', message: 'This looks like a date', excerpt: '' }]);
  const dialog = q(o, '[role="alertdialog"][data-caretweet="post-guard"]');
  const anyway = dialog.querySelector<HTMLButtonElement>('button[data-action="post-anyway"]');
  const before = anyway === null ? null : text(anyway);
  anyway?.click();
  anyway?.click();
  const out = {
    title: text(dialog.querySelector('h2')),
    intro: text(dialog.querySelector('p')),
    problems: Array.from(dialog.querySelectorAll('ul .sev'), text),
    edit: text(dialog.querySelector('button[data-action="edit"]')),
    postAnyway: before,
    postWithReason: anyway === null ? null : text(anyway),
    legend: text(dialog.querySelector('legend')),
    reasons: Array.from(dialog.querySelectorAll('fieldset label'), text),
    reasonValues: Array.from(dialog.querySelectorAll('input[data-reason]'), (i) => i.getAttribute('data-reason') ?? ''),
    error: text(dialog.querySelector('.reasons .error')),
  };
  dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  await choice;
  o.destroy();
  return out;
}

/** The proofreading checklist's words; the practice's points are shown as written. */
async function readProofread(): Promise<Record<string, string | string[]>> {
  const o = make();
  const choice = o.showProofread(['No patient is named', 'The sign-off is there']);
  const dialog = q(o, '[role="alertdialog"][data-caretweet="proofread"]');
  const out = {
    title: text(dialog.querySelector('h2')),
    intro: text(dialog.querySelector('p')),
    items: Array.from(dialog.querySelectorAll('label'), text),
    post: text(dialog.querySelector('button[data-action="post"]')),
    edit: text(dialog.querySelector('button[data-action="edit"]')),
  };
  dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  expect(await choice).toBe(false);
  o.destroy();
  return out;
}

beforeEach(() => resetFakeBrowser());
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('overlay strings in English', () => {
  it('are the words they always were', () => {
    expect(badgeText(none)).toBe('No privacy issues · 12/280');
    expect(readOverlay(one)).toEqual({
      badge: '1 privacy issue · 30/280',
      badgeLabel: 'CareTweet: 1 privacy issue , 30/280. Show the list.',
      panelLabel: 'CareTweet: privacy issues in this draft',
      listLabel: 'Privacy issues in this draft',
      hint: 'Alt+Shift+N: next issue · Esc: back to the post',
      live: 'CareTweet: 1 privacy issue',
      listItem: '✖ Patient detail:',
      cardSeverity: '✖ Patient detail',
      ignore: 'Ignore once',
      secondItem: '',
    });
    const many = readOverlay(two);
    expect(many.badge).toBe('2 privacy issues · 30/280');
    expect(many.live).toBe('CareTweet: 2 privacy issues');
    expect(many.secondItem).toBe('▲ Check:');
  });

  it('says when there is nothing', () => {
    vi.useFakeTimers();
    const o = make();
    o.render(none);
    vi.advanceTimersByTime(1500);
    expect(text(q(o, '.badge .label'))).toBe('No privacy issues · 12/280');
    expect(q(o, '.badge').getAttribute('aria-label')).toBe('CareTweet: No privacy issues , 12/280. Show the list.');
    expect(text(q(o, '[role="status"][aria-live]'))).toBe('CareTweet: no privacy issues');
    o.destroy();
  });

  it('guard: title, intro, buttons and reasons', async () => {
    expect(await readGuard('confirm')).toEqual({
      title: 'Check before posting',
      intro: 'This post may identify a patient. Look again at:',
      problems: ['✖ Patient detail:', '▲ Check:'],
      edit: 'Edit',
      postAnyway: 'Post anyway',
      postWithReason: 'Post with this reason',
      legend: 'Why post anyway?',
      reasons: [
        'The person is not a patient',
        'The patient gave written consent',
        'It is already public information',
        'CareTweet is wrong here (false alarm)',
        'Another reason',
      ],
      reasonValues: [...AUDIT_REASONS],
      error: 'Please pick a reason.',
    });
    const blocked = await readGuard('block');
    expect(blocked.intro).toBe('Your practice does not allow posting this. Edit the post to remove:');
    expect(blocked.postAnyway).toBeNull();
  });

  it('proofreading checklist', async () => {
    expect(await readProofread()).toEqual({
      title: 'Before you post',
      intro: 'Your practice asks you to check each point. Tick them all to post.',
      items: ['No patient is named', 'The sign-off is there'],
      post: 'Post',
      edit: 'Back to edit',
    });
  });
});

describe('overlay strings in Spanish', () => {
  beforeEach(() => useMessages(es as Parameters<typeof useMessages>[0]));

  it('badge, list, live region and card', () => {
    expect(badgeText(none)).toBe('Sin problemas de privacidad · 12/280');
    expect(readOverlay(one)).toEqual({
      badge: '1 problema de privacidad · 30/280',
      badgeLabel: 'CareTweet: 1 problema de privacidad , 30/280. Mostrar la lista.',
      panelLabel: 'CareTweet: problemas de privacidad en este borrador',
      listLabel: 'Problemas de privacidad en este borrador',
      hint: 'Alt+Mayús+N: siguiente problema · Esc: volver a la publicación',
      live: 'CareTweet: 1 problema de privacidad',
      listItem: '✖ Dato de paciente:',
      cardSeverity: '✖ Dato de paciente',
      ignore: 'Ignorar esta vez',
      secondItem: '',
    });
    const many = readOverlay(two);
    expect(many.badge).toBe('2 problemas de privacidad · 30/280');
    expect(many.live).toBe('CareTweet: 2 problemas de privacidad');
    expect(many.secondItem).toBe('▲ Revisar:');
  });

  it('guard: title, intro, buttons and reasons', async () => {
    expect(await readGuard('confirm')).toEqual({
      title: 'Revise antes de publicar',
      intro: 'Esta publicación puede identificar a un paciente. Revise de nuevo lo siguiente:',
      problems: ['✖ Dato de paciente:', '▲ Revisar:'],
      edit: 'Editar',
      postAnyway: 'Publicar de todos modos',
      postWithReason: 'Publicar con este motivo',
      legend: '¿Por qué publicar de todos modos?',
      reasons: [
        'La persona no es un paciente',
        'El paciente dio su consentimiento por escrito',
        'Ya es información pública',
        'CareTweet se equivoca aquí (falsa alarma)',
        'Otro motivo',
      ],
      reasonValues: [...AUDIT_REASONS],
      error: 'Elija un motivo, por favor.',
    });
    const blocked = await readGuard('block');
    expect(blocked.intro).toBe('Su consulta no permite publicar esto. Edite la publicación para quitar:');
    expect(blocked.edit).toBe('Editar');
  });

  it('proofreading checklist, with the practice’s own points as written', async () => {
    expect(await readProofread()).toEqual({
      title: 'Antes de publicar',
      intro: 'Su consulta le pide revisar cada punto. Márquelos todos para publicar.',
      items: ['No patient is named', 'The sign-off is there'],
      post: 'Publicar',
      edit: 'Volver a editar',
    });
  });

  it('leaves no overlay key showing in place of its words', () => {
    const o = make();
    o.render(two);
    o.openCard(0, null, false);
    void o.showGuard('confirm', [{ severity: 'info', message: 'm', excerpt: '' }]);
    void o.showProofread(['x']);
    const all = [o.root.textContent ?? '', ...Array.from(o.root.querySelectorAll('[aria-label]'), (e) => e.getAttribute('aria-label') ?? '')].join(' ');
    expect(all).not.toMatch(/overlay_/);
    o.destroy();
  });
});
