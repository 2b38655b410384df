import { describe, expect, it } from 'vitest';
import { cases, detectionsOf } from '../cases.test-util.js';
import name, { mayEndStrongCue, mayEndWeakCue, STRONG_CUE_BEFORE, WEAK_CUE_BEFORE } from './name.js';

cases('phi/name', detectionsOf(name), {
  clean: [
    'Flu shots are available every weekday. Walk-ins welcome!',
    'Happy Thanksgiving from all of us!',
    'Our office is closed Monday for Memorial Day.',
    // Clitics: a pronoun or a weekday with "'s", "'ve", "'re" is still not a name.
    "Our patient with lupus: I've never seen a case like it. They're amazed.",
    "Our patient had surgery after Tuesday's visit.",
    'COVID boosters now available for ages 65+. Walk-ins welcome Mon–Fri.',
    'We now offer telehealth visits on Tuesdays and Thursdays from 4-7pm.',
    // A run ending in a street's type word is the street.
    'These early shows on Marina Fort Street were important to them.',
    // All lower case: everyday words no name list knows are not names.
    'my ip: 10.1.1.235. our patient portal is down',
    'there is a grace period for bills',
    'New study: Vitamin D Levels Linked To Better Outcomes In Older Adults',
    'Recommended dosing of Vancomycin in renal impairment?',
    "Treatment options for Wilson's disease in adults",
    'Great turnout at the Elm Street Clinic health fair',
    'The ER was busy with flu cases this winter.',
    'Medicare open enrollment ends Dec 7.',
    'Hoy celebramos el Día Mundial de la Salud.',
  ],
  flagged: [
    // All lower case: a first name that is also a word, before a listed surname.
    { text: 'our patient maria lopez came in today', values: ['maria lopez'] },
    { text: 'Our patient John Smith came in today', values: ['John Smith'] },
    { text: 'Follow-up for Anna S., previously treated at the clinic', values: ['Anna S.'] },
    { text: 'Mr. Manning is recovering well', values: ['Manning'] },
    { text: 'Referred by Dr. Patel last week', values: ['Patel'] },
    { text: 'My name is Rubija', values: ['Rubija'] },
    { text: 'sometimes people call me lena andersson', values: ['lena andersson'] },
    { text: 'They had 3: Kateřina, James and Emily.', values: ['Kateřina', 'James', 'Emily'] },
    { text: 'Thank you,\nMaría José García', values: ['María José García'] },
    { text: '"It went well," says Bergqvist.', values: ['Bergqvist'] },
    { text: 'Maika van de Noort\nEmployment manager', values: ['Maika van de Noort'] },
    { text: 'La paciente se llama Guadalupe Ramírez', values: ['Guadalupe Ramírez'] },
    { text: 'Hi Victor, we got your message', values: ['Victor'] },
  ],
});

cases('phi/name providers', (text) => detectionsOf(name)(text).filter((d) => d.ruleId === 'phi/name'), {
  clean: [],
  flagged: [{ text: 'Please welcome Dr. Jane Okafor to our team', values: ['Jane Okafor'] }],
});

describe('cue endings', () => {
  // The endings let scoring skip a cue scan; they must admit every window a cue matches. Windows
  // are built from the cue patterns' own words, taken in order (one from each group of
  // alternatives, as a match does), with the punctuation that may follow; so a cue added later is
  // covered as long as its last character is listed.
  for (const [label, cue, mayEnd] of [
    ['strong', STRONG_CUE_BEFORE, mayEndStrongCue],
    ['weak', WEAK_CUE_BEFORE, mayEndWeakCue],
  ] as const) {
    it(`admit every ${label} cue`, () => {
      // Escapes such as \s and \b are syntax, not words.
      const words = cue.source.replace(/\\[a-z]/gi, ' ').match(/[\p{L}']+/gu) ?? [];
      const tails = ['', ' ', '\n', ':', '=', '-', '?', ',', '.', '…', '~', '—', '–'];
      const phrases = new Set<string>();
      for (let i = 0; i < words.length; i++) {
        phrases.add(words[i]!);
        for (let j = i + 1; j < words.length && j <= i + 8; j++) {
          phrases.add(`${words[i]} ${words[j]}`);
          for (let k = j + 1; k < words.length && k <= i + 8; k++) phrases.add(`${words[i]} ${words[j]} ${words[k]}`);
        }
      }
      let matched = 0;
      for (const phrase of phrases) {
        for (const tail of tails) {
          const window = phrase + tail;
          if (!cue.test(window)) continue;
          matched++;
          expect(mayEnd(window), JSON.stringify(window)).toBe(true);
        }
      }
      expect(matched).toBeGreaterThan(100);
    });
  }
});
