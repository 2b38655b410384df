import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { cases, findingsOf } from '../cases.test-util.js';
import type { ComposeContext } from '../types.js';

const only = findingsOf('info', (id) => id === 'voice/emergency-line');
const replyTo = (text: string): ComposeContext => ({ kind: 'reply', replyTo: { handle: 'someone', text } });
const chest = replyTo('Having chest pain since this morning, can I come in today?');
const plain = replyTo('Are you open on Saturday?');

cases('voice/emergency-line', only, {
  clean: [
    { text: 'Yes, we are open 9 to 1 on Saturdays.', context: plain },
    { text: 'Chest pain can be a sign of a heart attack: know the warning signs.', note: 'a post, not a reply' },
    { text: 'If this is an emergency, call 911 now. Otherwise please call our office.', context: chest },
    { text: 'Please go to the nearest emergency room right away.', context: chest },
    { text: 'Call or text 988 any time, day or night.', context: replyTo('I feel suicidal') },
    { text: 'Please call 112 now.', context: replyTo('cannot breathe'), policy: { emergencyLine: '112' } },
    { text: 'Llame al 911 o vaya a urgencias ahora mismo.', context: replyTo('Tengo dolor en el pecho') },
    { text: 'Please call (555) 010-9999 now.', context: chest, policy: { emergencyLine: '555-010-9999' }, note: "the policy's own emergency line" },
  ],
  flagged: [
    { text: 'Please call our office so we can see you today.', context: chest, values: ['today'], severity: 'warning' },
    { text: 'Sorry to hear about the chest pain, call us.', context: plain, values: ['chest pain'], note: 'symptom in the draft' },
    { text: 'We are here for you. DM us.', context: replyTo("I can't breathe and I'm scared"), values: ['us'] },
    { text: 'Thanks for reaching out.', context: replyTo('I took too many pills, overdosed I think') },
    { text: 'Please call us.', context: replyTo('My dad has slurred speech and his face is drooping') },
    { text: 'Llámenos, por favor.', context: replyTo('Mi madre no puede respirar bien') },
    { text: 'Lo sentimos, escríbanos.', context: replyTo('Creo que tengo un infarto') },
    { text: 'Please call the office.', context: { kind: 'dm', replyTo: { text: 'bleeding won’t stop after the extraction' } }, note: 'curly apostrophe in the parent post' },
  ],
});

describe('voice/emergency-line suggestion', () => {
  it('appends the emergency sentence in the draft language', () => {
    const text = 'Please call our office.';
    const f = analyze(text, chest).findings.find((x) => x.ruleId === 'voice/emergency-line');
    const edit = f!.suggestions[0]!.edits[0]!;
    expect(text.slice(0, edit.start) + edit.replacement + text.slice(edit.end)).toBe('Please call our office. If this is an emergency, call 911.');
    const es = 'Por favor llame a la clínica.';
    const g = analyze(es, replyTo('tengo dolor de pecho')).findings.find((x) => x.ruleId === 'voice/emergency-line');
    const e2 = g!.suggestions[0]!.edits[0]!;
    expect(es.slice(0, e2.start) + e2.replacement + es.slice(e2.end)).toBe('Por favor llame a la clínica. Si es una emergencia, llame al 911.');
  });

  it('after applying the suggestion the reply is clean', () => {
    expect(only('Please call our office. If this is an emergency, call 911.', chest)).toEqual([]);
  });
});
