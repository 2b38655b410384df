import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { cases, findingsOf } from '../cases.test-util.js';
import type { ComposeContext } from '../types.js';

const only = findingsOf('info', (id) => id === 'voice/medical-advice');
const reply: ComposeContext = { kind: 'reply', replyTo: { handle: 'someone', text: 'My knee has hurt for a week, what should I do?' } };

cases('voice/medical-advice', only, {
  clean: [
    'Adults should get a flu shot every year.',
    'You should get your flu shot before Halloween: walk-ins welcome all week.',
    'Before a colonoscopy you need to take the prep the evening before; the leaflet explains how.',
    'Our new clinic opens Monday. Call us to book.',
    { text: 'There is no guarantee a vaccine prevents every case, but it lowers the risk.', note: 'negated guarantee' },
    { text: 'Laser treatment is not risk-free; ask us about the side effects.', note: 'negated risk-free' },
    { text: "Research on a cure for Alzheimer's is moving fast.", note: 'news about a cure, no promise' },
    { text: 'We can’t give medical advice here. Please call us at the office so a clinician can help.', context: reply },
    { text: 'You should take a look at our website for opening hours.', context: reply, note: 'take a look' },
    'Los adultos deben vacunarse contra la gripe cada año.',
    { text: 'No podemos dar consejos médicos por aquí; llámenos, por favor.', context: reply },
    { text: 'You should take 2 tablets with water.', note: 'dosing in a post to the public is not flagged by the reply-only patterns' },
  ],
  flagged: [
    { text: 'You should take ibuprofen twice a day for that.', context: reply, values: ['You should take'], severity: 'warning' },
    { text: 'You need to stop your blood pressure pills before the procedure.', values: ['You need to stop your'] },
    { text: 'Sounds like you have tendinitis, rest it for a week.', values: ['Sounds like you have'] },
    { text: 'Just increase your dose to 20 mg.', values: ['increase your dose'] },
    { text: 'Stop taking your meds and call us.', values: ['Stop taking your meds'] },
    { text: 'Whitening results guaranteed!', values: ['guaranteed'] },
    { text: 'Our new implants are 100% painless.', values: ['100% painless'] },
    { text: 'A quick procedure with no risk at all.', values: ['no risk'] },
    { text: 'Our laser treatment will cure your back pain.', values: ['cure your'] },
    { text: 'Permanent results after one session.', values: ['Permanent results'] },
    { text: "I'd suggest you take an antihistamine tonight.", context: reply, values: ["I'd suggest you take"] },
    { text: 'Take 2 tablets every six hours.', context: reply, values: ['Take 2 tablets'] },
    { text: 'Parece que tiene una infección, tome antibióticos.', values: ['Parece que tiene'] },
    { text: 'Usted debe tomar paracetamol cada 8 horas.', context: reply, values: ['Usted debe tomar'] },
    { text: 'Aumente su dosis de insulina esta noche.', values: ['Aumente su dosis'] },
    { text: 'Deje de tomar sus pastillas hasta la cita.', values: ['Deje de tomar sus pastillas'] },
    { text: 'Resultados garantizados en una sola sesión.', values: ['garantizados'] },
    { text: 'Blanqueamiento 100% sin dolor.', values: ['100% sin dolor'] },
    { text: 'Tratamiento sin riesgo y resultados permanentes.', values: ['sin riesgo', 'resultados permanentes'] },
  ],
});

describe('voice rules on adversarial input', () => {
  const policy = { signoff: { required: true, text: '^{initials}' }, rotation: { members: [{ name: 'A B', initials: 'AB' }], periodDays: 7, startDate: '2020-01-01' } };
  const context: ComposeContext = { kind: 'reply', replyTo: { text: 'chest pain '.repeat(3000) } };
  it.each([
    ['you should ', 'you should '.repeat(2300)],
    ['no ', 'no '.repeat(8000)],
    ['guarantee', 'guaranteed '.repeat(2200)],
    ['digits', '9'.repeat(25000)],
    ['hashes', '#'.repeat(25000)],
    ['dots', '.'.repeat(25000)],
    ['tags', '#a'.repeat(12500)],
    ['caps', 'A'.repeat(25000)],
  ])('%s stays fast', (_, text) => {
    const t0 = performance.now();
    const a = analyze(text, context, policy);
    expect(a.findings.every((f) => f.ruleId !== 'engine/not-checked')).toBe(true);
    expect(performance.now() - t0).toBeLessThan(1500);
  });
});
