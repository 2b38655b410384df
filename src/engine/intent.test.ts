import { describe, expect, it } from 'vitest';
import { classifyIntent, describesCrisis, describesSymptoms } from './intent.js';
import type { ReplyIntent } from './types.js';

const TABLE: readonly (readonly [ReplyIntent, string])[] = [
  ['emergency', 'my husband has crushing chest pain what do I do'],
  ['emergency', 'mi hijo no puede respirar bien'],
  ['third-party', 'is my dad still admitted there?'],
  ['third-party', '¿mi mamá está internada con ustedes?'],
  ['public-figure', 'Was the mayor treated at your clinic? I am a reporter'],
  ['results', 'any news on my biopsy??'],
  ['results', '¿ya están mis resultados?'],
  ['medication', 'how much amoxicillin should I take'],
  ['medication', 'can I get a refill of my prescription'],
  ['billing', 'why was I charged $120 twice??'],
  ['billing', 'no entiendo mi factura'],
  ['appointment', 'can I reschedule my appointment to Friday'],
  ['appointment', '¿puedo cambiar mi cita del martes?'],
  ['complaint', 'Waited 2 hours and the front desk was rude'],
  ['complaint', 'pésima atención, nunca más'],
  ['symptoms', 'my son has had a fever since yesterday'],
  ['thanks', 'Best dentist in town, thank you!'],
  ['thanks', 'muchas gracias por todo, excelente equipo'],
  ['question', 'do you do pediatric vaccines?'],
  ['question', 'should my 2 year old get a flu shot?'],
  ['symptoms', 'I have a terrible headache and my vision is blurry'],
  ['public-figure', 'Was Kim Kardashian at your clinic today??'],
  ['complaint', 'Your office lost my paperwork AGAIN'],
  ['general', 'hello'],
];

describe('classifyIntent', () => {
  for (const [intent, text] of TABLE) {
    it(`${intent}: ${text}`, () => expect(classifyIntent(text)).toBe(intent));
  }
  it('reads the post being replied to together with the draft', () => {
    expect(classifyIntent('is my mom there?', 'Thanks for asking')).toBe('third-party');
  });
  it('takes the question from the post, not from the staff wording of the draft', () => {
    expect(classifyIntent('how long does a sprained ankle take to heal?', 'Great question! Most sprains heal in 2-6 weeks.')).toBe('question');
    expect(classifyIntent('', 'Thank you all for the kind words!')).toBe('thanks');
  });
});

describe('symptom and crisis cues', () => {
  it('sees symptoms in either text', () => {
    expect(describesSymptoms('', 'my tooth hurts')).toBe(true);
    expect(describesSymptoms('do you take new patients?')).toBe(false);
  });
  it('sees thoughts of self-harm', () => {
    expect(describesCrisis('I want to end it all')).toBe(true);
    expect(describesCrisis('end of the month billing')).toBe(false);
  });
});
