import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc.js';
import { cases, detectionsOf } from '../cases.test-util.js';
import email from './email.js';

cases('phi/email', detectionsOf(email), {
  clean: [
    'Thanks @DrSmith and @city_health for the shout-out!',
    'Meet us at the clinic at noon.',
    'Look at the dot com bubble charts.',
    'Follow us at example dot org? No: at the booth.',
    'Image file logo@2x.png is attached.',
    'Price: 3 @ $4.99 each.',
    'user@localhost has no domain',
    'name@domain.notarealtld',
    '@@@@ and a@b and @.',
    'RT @nytimes: new study on sleep',
  ],
  flagged: [
    { text: 'Email jane.doe@example.com for the results', values: ['jane.doe@example.com'] },
    { text: 'contact: J_Smith+clinic@mail.example.co.uk.', values: ['J_Smith+clinic@mail.example.co.uk'] },
    { text: 'write to maria.garcia@correo.example.mx', values: ['maria.garcia@correo.example.mx'] },
    { text: 'pt email is r2d2@droid.health', values: ['r2d2@droid.health'] },
    { text: '(bob@example.org)', values: ['bob@example.org'] },
    { text: 'reach me: jdoe [at] example [dot] com', values: ['jdoe [at] example [dot] com'] },
    { text: 'jdoe(at)example(dot)org works', values: ['jdoe(at)example(dot)org'] },
    { text: 'mail john.smith at gmail dot com please', values: ['john.smith at gmail dot com'] },
    { text: 'EMAIL: ANA@EXAMPLE.ES', values: ['ANA@EXAMPLE.ES'] },
  ],
});

describe('phi/email speed', () => {
  it('stays linear on runs of @ and dots', () => {
    for (const s of ['@'.repeat(25000), 'a@'.repeat(12500), '@1.'.repeat(8000), 'a.'.repeat(12000) + '@x', `${'a'.repeat(70)}@${'b.'.repeat(12000)}com`]) {
      const t0 = performance.now();
      email.detect(buildDoc(s));
      expect(performance.now() - t0).toBeLessThan(250);
    }
  });
});
