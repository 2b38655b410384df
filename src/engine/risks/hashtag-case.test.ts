import { describe, expect, it } from 'vitest';
import { analyze } from '../index.js';
import { cases, findingsOf } from '../cases.test-util.js';
import { camelCaseHashtag } from './hashtag-case.js';

const only = findingsOf('info', (id) => id === 'voice/hashtag-case');

cases('voice/hashtag-case', only, {
  clean: [
    'Flu shots this week #FluSeason',
    { text: 'Get your shot #flu #vaccines #health', note: 'one-word tags' },
    { text: 'Proud of our team #nhs #aca', note: 'acronyms are unknown words, left alone' },
    { text: 'Read more at https://example.org/page#fluseason', note: 'a URL fragment is not a hashtag' },
    { text: 'Issue#fluseason', note: 'a # after a letter is not a hashtag' },
    { text: 'Game night #football', note: 'a compound word is kept whole' },
    { text: 'Our flu clinic #WashYourHands #MentalHealth', note: 'already camel case' },
    { text: 'Room #12 is open', note: 'numbers only' },
    { text: '#accidental', note: 'a suffix is not a word after another word' },
  ],
  flagged: [
    { text: 'Flu shots all week #fluseason', values: ['#fluseason'], severity: 'info' },
    { text: '#mentalhealth matters', values: ['#mentalhealth'] },
    { text: 'Wash up! #washyourhands #wearamask', values: ['#washyourhands', '#wearamask'] },
    { text: 'Octubre rosa #cáncerdemama #saludmental', values: ['#saludmental'] },
    { text: 'Book now #covid19vaccine', values: ['#covid19vaccine'] },
    { text: 'Join us (#worldhealthday)', values: ['#worldhealthday'] },
  ],
});

describe('camelCaseHashtag', () => {
  it.each([
    ['fluseason', 'FluSeason'],
    ['breastcancerawareness', 'BreastCancerAwareness'],
    ['getvaccinated', 'GetVaccinated'],
    ['stayathome', 'StayAtHome'],
    ['wearamask', 'WearAMask'],
    ['covid19vaccine', 'Covid19Vaccine'],
    ['saludmental', 'SaludMental'],
    ['healthylivingtips', 'HealthyLivingTips'],
  ])('%s → %s', (tag, camel) => {
    expect(camelCaseHashtag(tag)).toBe(camel);
  });

  it.each(['health', 'vaccines', 'notice', 'together', 'amask', 'fluseasonx', 'FluSeason'])('%s stays as it is', (tag) => {
    expect(camelCaseHashtag(tag)).toBeUndefined();
  });

  it('replaces only the letters of the tag', () => {
    const text = 'Flu shots #fluseason!';
    const f = analyze(text).findings.find((x) => x.ruleId === 'voice/hashtag-case');
    const e = f!.suggestions[0]!.edits[0]!;
    expect(text.slice(0, e.start) + e.replacement + text.slice(e.end)).toBe('Flu shots #FluSeason!');
  });

  it('stays fast on a very long run-together tag', () => {
    const t0 = performance.now();
    analyze(`#${'healthweek'.repeat(2400)}`);
    analyze(`${'#fluseason '.repeat(2200)}`);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
