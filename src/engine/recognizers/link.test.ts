import { cases, findingsOf } from '../cases.test-util.js';
import { isPublicSource } from './link.js';
import { describe, expect, it } from 'vitest';

const notes = findingsOf('info', (id) => id === 'phi/link');

cases('phi/link', notes, {
  clean: [
    'Flu shot facts: https://www.cdc.gov/flu/prevent/index.html',
    'More at www.nih.gov/health-information',
    'Great read http://nyti.ms/1odr0Vq',
    { text: 'Book online: https://www.riversideclinic.com/book', policy: { practice: { domains: ['riversideclinic.com'] } } },
    'No link here, just text.',
  ],
  flagged: [
    { text: 'My homepage is http://example.com', values: ['http://example.com'], severity: 'info' },
    { text: 'before http://www.example.com/foo/bar?foo=bar after', values: ['http://www.example.com/foo/bar?foo=bar'] },
    { text: 'custom protocol myapp://example.com', values: ['myapp://example.com'] },
    { text: 'see www.example.org/page.', values: ['www.example.org/page'] },
    {
      text: 'Our patient’s scan is here: https://files.example.com/scans/884213 from today',
      values: ['https://files.example.com/scans/884213'],
      severity: 'warning',
    },
  ],
});

describe('isPublicSource', () => {
  it('knows public-health, government, university and news hosts', () => {
    expect(isPublicSource('https://www.cdc.gov/x')).toBe(true);
    expect(isPublicSource('http://med.stanford.edu/a')).toBe(true);
    expect(isPublicSource('https://www.who.int/news')).toBe(true);
    expect(isPublicSource('https://example.com')).toBe(false);
  });
});
