import { describe, expect, it } from 'vitest';
import { buildDoc } from '../doc.js';
import { cases, detectionsOf } from '../cases.test-util.js';
import url from './url.js';

cases('phi/url', detectionsOf(url), {
  clean: [
    'Flu facts: https://www.cdc.gov/flu/prevent/index.html',
    'Read more https://t.co/AbC123xyz and bit.ly/3xYz',
    'https://www.nytimes.com/2024/01/02/health/sleep.html',
    'Share it: https://twitter.com/intent/tweet?text=hi',
    'https://x.com/search?q=flu and https://x.com/i/flow/login',
    'Our page facebook.com/events/12345 has details',
    'https://www.instagram.com/p/Cx1234abcd/ is a post',
    'linkedin.com/company/city-clinic is our page',
    'Visit www.gofundme.com/start to learn more',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'netflix.com/browse is not x.com',
    { text: 'Thanks twitter.com/CDCgov', policy: { partners: ['@CDCgov'] }, note: 'a partner organisation' },
  ],
  flagged: [
    { text: 'Her page: facebook.com/jane.doe.1985', values: ['facebook.com/jane.doe.1985'] },
    { text: 'see https://www.facebook.com/profile.php?id=100012345678', values: ['https://www.facebook.com/profile.php?id=100012345678'] },
    { text: 'https://instagram.com/jdoe_runs.', values: ['https://instagram.com/jdoe_runs'] },
    { text: 'his post https://x.com/jdoe/status/1234567890123456789 went viral', values: ['https://x.com/jdoe/status/1234567890123456789'] },
    { text: 'twitter.com/jdoe', values: ['twitter.com/jdoe'] },
    { text: 'https://www.linkedin.com/in/jane-doe-rn/', values: ['https://www.linkedin.com/in/jane-doe-rn/'] },
    { text: 'tiktok.com/@janedoe', values: ['tiktok.com/@janedoe'] },
    { text: 'Donate: https://www.gofundme.com/f/help-jane-beat-cancer', values: ['https://www.gofundme.com/f/help-jane-beat-cancer'] },
    { text: '(caringbridge.org/visit/janedoe)', values: ['caringbridge.org/visit/janedoe'] },
    { text: 'venmo.com/u/Jane-Doe-12', values: ['venmo.com/u/Jane-Doe-12'] },
    { text: 'obit: legacy.com/us/obituaries/name/jane-doe-obituary?id=123', values: ['legacy.com/us/obituaries/name/jane-doe-obituary?id=123'] },
    { text: 'her blog janedoe.substack.com', values: ['janedoe.substack.com'] },
    { text: 'home page https://www.example.edu/~jdoe/', values: ['https://www.example.edu/~jdoe/'] },
  ],
});

describe('phi/url ownership', () => {
  it("marks the practice's own profile as the practice's", () => {
    const doc = buildDoc('x.com/CityClinic', { ownHandle: '@cityclinic' });
    expect(url.detect(doc).map((d) => d.owner)).toEqual(['practice']);
    const fromPolicy = buildDoc('Follow x.com/CityClinic', {}, { practice: { handles: ['@CityClinic'] } });
    expect(url.detect(fromPolicy).map((d) => d.owner)).toEqual(['practice']);
  });
});
