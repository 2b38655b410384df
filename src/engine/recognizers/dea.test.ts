import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc.js';
import { cases, detectionsOf } from '../cases.test-util.js';
import dea from './dea.js';

cases('phi/dea', detectionsOf(dea), {
  clean: [
    { text: 'Flight AB1234567 boards at 9', note: 'check digit fails, no DEA words' },
    { text: 'Part ZB1234563', note: 'Z is not a registrant type' },
    'The DEA announced new rules',
    'Code AB12345634 is too long',
  ],
  flagged: [
    { text: 'DEA# AB1234563', values: ['AB1234563'], category: 'license' },
    { text: 'Rx signed FN5623740', values: ['FN5623740'], note: 'valid check digit alone' },
    { text: 'DEA number AB1234567', values: ['AB1234567'], note: 'mistyped, with DEA words' },
  ],
});

describe('phi/dea ownership', () => {
  it("is the prescriber's identifier", () => {
    expect(dea.detect(buildDoc('DEA AB1234563'))[0]?.owner).toBe('provider');
  });
});
