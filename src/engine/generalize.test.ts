import { describe, expect, it } from 'vitest';
import { CONDOLENCE, TEMPLATES } from './data/reply-templates.js';
import { analyze, generalize } from './index.js';
import type { ComposeContext, EnginePolicy } from './types.js';

const POLICY: EnginePolicy = {
  practice: { name: 'Riverside Family Clinic', phones: ['555-201-3344'], portalUrl: 'https://portal.riversideclinic.com', domains: ['riversideclinic.com'] },
  signoff: { required: true, text: '-The Riverside Team' },
};
const reply = (text: string): ComposeContext => ({ kind: 'reply', replyTo: { text, handle: 'pat_q', displayName: 'Pat Q' } });

function expectSafe(text: string, context: ComposeContext, policy?: EnginePolicy) {
  const g = generalize(text, context, policy);
  const a = analyze(g.text, context, policy);
  expect(a.findings.filter((f) => f.severity !== 'info'), g.text).toEqual([]);
  expect(a.length.valid, g.text).toBe(true);
  expect(generalize(g.text, context, policy).text).toBe(g.text);
  return g;
}

describe('generalize', () => {
  it('answers a thank-you without confirming a visit', () => {
    const g = expectSafe('So glad your crown turned out great, Jenny!', reply('thanks for fixing my tooth yesterday!'));
    expect(g.intent).toBe('thanks');
    expect(g.text).not.toMatch(/crown|tooth|Jenny/i);
  });
  it('answers a complaint with the privacy statement and the office number', () => {
    const g = expectSafe('Mr. Robertson, our records show you missed two appointments.', reply('Waited 2 hours and the dentist was rude'), POLICY);
    expect(g.intent).toBe('complaint');
    expect(g.text).toContain('555-201-3344');
    expect(g.text).not.toMatch(/Robertson|appointments/);
    expect(g.text.endsWith('-The Riverside Team')).toBe(true);
  });
  it('never repeats test results and points to the portal', () => {
    const g = expectSafe('Your biopsy results are back, all clear!', reply('any news on my biopsy??'), POLICY);
    expect(g.intent).toBe('results');
    expect(g.text).toContain('https://portal.riversideclinic.com');
    expect(g.text).not.toMatch(/biopsy|clear/i);
  });
  it('adds an emergency line when symptoms are described', () => {
    const g = expectSafe('Go to the ER now!', reply('my husband has crushing chest pain what do I do'));
    expect(g.intent).toBe('emergency');
    expect(g.text).toMatch(/911/);
    expect(g.emergencyLine).toBe(true);
    const billing = expectSafe('We will look into it', reply('I was billed twice and my chest hurts'));
    expect(billing.text).toMatch(/911/);
  });
  it('adds the crisis line for thoughts of self-harm', () => {
    expect(expectSafe('Please reach out', reply('I feel like I want to end it all')).text).toContain('988');
  });
  it('uses the policy emergency number', () => {
    expect(expectSafe('Call now', reply('no puedo respirar'), { emergencyLine: '112' }).text).toContain('112');
  });
  it('writes Spanish for a Spanish draft', () => {
    const g = expectSafe('Hola María, su cita es el martes a las 3', reply('¿puedo cambiar mi cita del martes?'));
    expect(g.language).toBe('es');
    expect(g.intent).toBe('appointment');
    expect(g.text).not.toMatch(/María|martes/);
  });
  it('answers a death with sympathy, not thanks for feedback, in either language', () => {
    const en = expectSafe('So sorry, he was a wonderful patient.', reply('my dad passed away last week, thank you for caring for him all these years'), POLICY);
    expect(en.text).toContain('We are so sorry for your loss.');
    expect(en.text).not.toMatch(/feedback|patient/);
    const es = expectSafe('Fue un paciente muy querido.', reply('mi papá falleció, gracias por cuidarlo tantos años'), POLICY);
    expect(es.text).toContain('Lamentamos mucho su pérdida.');
  });
  it('keeps the whole third-party wording, which asks nothing and confirms nothing', () => {
    const g = expectSafe('Your mom is doing fine and should be discharged tomorrow.', reply('how is my mom doing? she was admitted last night'), POLICY);
    expect(g.intent).toBe('third-party');
    expect(g.text).toContain('including whether they are a patient');
  });
  it('writes every built-in reply so that the engine finds nothing in it', () => {
    for (const lang of ['en', 'es'] as const) {
      for (const [intent, parts] of [...Object.entries(TEMPLATES[lang]), ['condolence', CONDOLENCE[lang]] as const]) {
        const phone = lang === 'es' ? 'llámenos al 555-201-3344' : 'call us at 555-201-3344';
        const text = `${parts.opening} ${parts.body}`.replace(/\{call911\}/g, 'call 911').replace(/\{call\}/gi, phone).replace(/\{\w+\}/g, '');
        const a = analyze(text, reply('a question for the practice'), POLICY);
        expect(a.findings.filter((f) => f.severity !== 'info').map((f) => `${lang} ${intent}: ${f.ruleId} ${text.slice(f.span.start, f.span.end)}`)).toEqual([]);
      }
    }
  });
  it('keeps a general answer with a duration or an age group, before the portal line', () => {
    const g = expectSafe('Great question! The flu vaccine is recommended for everyone 6 months and older.', reply('should my 2 year old get a flu shot?'), POLICY);
    expect(g.intent).toBe('question');
    expect(g.text).toContain('The flu vaccine is recommended for everyone 6 months and older.');
    expect(g.text).not.toMatch(/emergency/i);
  });
  it('answers in the language of the conversation when the draft has no marker word', () => {
    const g = expectSafe('Tome ibuprofeno cada 6 horas.', reply('¿Puedo tomar ibuprofeno con paracetamol?'), POLICY);
    expect(g.language).toBe('es');
    expect(g.intent).toBe('medication');
  });
  it('writes the full Spanish results reply, which names no result of theirs', () => {
    const g = expectSafe('Hola Ana, sus resultados ya están listos.', reply('¿Ya están mis resultados del análisis?'), POLICY);
    expect(g.intent).toBe('results');
    expect(g.text).toMatch(/nunca los comentamos en redes sociales/);
    expect(g.text).not.toMatch(/Ana/);
  });
  it('keeps general health information that is safe, and drops the rest', () => {
    const g = expectSafe('Most sore throats get better on their own within a week. Hope you feel better soon, Jenny!', reply('do you see walk-ins for a sore throat?'));
    expect(g.text).toContain('Most sore throats get better on their own within a week.');
    expect(g.text).not.toContain('Jenny');
  });
  it('does not echo the condition from the post being answered', () => {
    const g = expectSafe('Fever usually breaks in 2-3 days.', reply('my son has a fever of 102'));
    expect(g.text).not.toMatch(/fever/i);
  });
  it("uses the practice's own template for an intent", () => {
    const policy: EnginePolicy = { ...POLICY, replyTemplates: [{ intent: 'thanks', text: 'Thank you from all of us at Riverside! {signoff}' }] };
    const g = expectSafe('Thanks Jenny!', reply('You guys are the best'), policy);
    expect(g.text).toBe('Thank you from all of us at Riverside! -The Riverside Team');
  });
  it("keeps only the replied-to person's @handle, where X put it in the reply", () => {
    expect(expectSafe('@pat_q your labs are normal!', reply('my labs?')).text.startsWith('@pat_q ')).toBe(true);
    expect(expectSafe('@someone_else your labs are normal!', reply('my labs?')).text).not.toContain('@');
    expect(expectSafe('@pat_q your labs are normal!', {}).text).not.toContain('@');
  });
  it('fits the length limit even with a long policy', () => {
    const policy: EnginePolicy = { ...POLICY, practice: { ...POLICY.practice, portalUrl: `https://portal.riversideclinic.com/${'x'.repeat(200)}` } };
    expectSafe('Your results are ready', reply('results?'), policy);
  });
  it('leaves a reply that is already general and safe unchanged', () => {
    const text = 'Thanks for reaching out! Please call our office so we can help.';
    const g = generalize(text, reply('hi'));
    expect(g.unchanged).toBe(true);
    expect(g.text).toBe(text);
  });
  it('never throws and always returns a safe reply for empty or odd input', () => {
    for (const t of ['', '   ', '\u200B', '😀'.repeat(200), 'a'.repeat(25000)]) expectSafe(t, {});
  });
});
