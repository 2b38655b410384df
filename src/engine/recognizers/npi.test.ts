import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc.js';
import { cases, detectionsOf } from '../cases.test-util.js';
import npi from './npi.js';

// 1234567893 is CMS's published example NPI.
cases('phi/npi', detectionsOf(npi), {
  clean: [
    { text: 'Order 1234567893 shipped', note: 'valid check digit but no NPI words' },
    { text: 'NPI 1234567890', note: 'check digit fails' },
    { text: 'NPI 3234567893', note: 'NPIs start with 1 or 2' },
    'Our NPI is listed on the website',
  ],
  flagged: [
    { text: 'NPI: 1234567893', values: ['1234567893'], category: 'other-identifier' },
    { text: 'prescriber NPI number 1234567893 on the form', values: ['1234567893'] },
  ],
});

describe('phi/npi ownership', () => {
  it("is the provider's identifier, not the patient's", () => {
    const [d] = npi.detect(buildDoc('NPI 1234567893'));
    expect(d?.owner).toBe('provider');
    expect(d?.strength).toBe('quasi');
  });
});
