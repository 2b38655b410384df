/**
 * Words that make a number and a name a street address. Sources: USPS Publication 28, Appendix
 * C1 "Street Suffix Abbreviations" (the common suffixes and their standard abbreviations), and,
 * for addresses abroad, the street-type words of the Universal Postal Union's "Postal addressing
 * systems in member countries" sheets (France, Spain, Portugal, Brazil, Italy, Germany, the
 * Nordic and Baltic countries, Hungary, the Netherlands, Poland, Greece, Mexico).
 */

/** Suffixes after a numbered US street name ("123 Main St"). Lower case, without the period. */
export const STREET_SUFFIXES: readonly string[] = [
  'street', 'st', 'str', 'avenue', 'ave', 'av', 'road', 'rd', 'boulevard', 'blvd', 'drive', 'dr',
  'lane', 'ln', 'court', 'ct', 'place', 'pl', 'terrace', 'ter', 'terr', 'way', 'wy', 'circle',
  'cir', 'parkway', 'pkwy', 'highway', 'hwy', 'square', 'sq', 'trail', 'trl', 'crescent', 'cres',
  'close', 'row', 'walk', 'path', 'pike', 'alley', 'aly', 'plaza', 'plz', 'loop', 'crossing',
  'xing', 'expressway', 'expy', 'freeway', 'fwy', 'turnpike', 'tpke', 'causeway', 'cswy',
  'bypass', 'byp', 'mews', 'parade', 'ridge', 'rdg', 'route', 'rte', 'spur', 'cove', 'cv', 'lodge',
  'gardens', 'gdns', 'grove', 'grv', 'heights', 'hts', 'hollow', 'holw', 'junction', 'jct',
  'landing', 'lndg', 'manor', 'mnr', 'meadows', 'mdws', 'pass', 'passage', 'run', 'glen', 'gln',
  'green', 'grn', 'knoll', 'knl', 'oval', 'bend', 'bnd', 'creek', 'crk', 'estates', 'est',
  'extension', 'ext', 'extensions', 'exts', 'forge', 'forges', 'fork', 'forks', 'gateway', 'gtwy',
  'harbor', 'hbr', 'haven', 'hvn', 'island', 'is', 'isle', 'mall', 'mill', 'mills', 'motorway',
  'overpass', 'park', 'point', 'port', 'prairie', 'rapids', 'rpds', 'squares', 'station', 'sta',
  'stravenue', 'summit', 'smt', 'trace', 'trce', 'track', 'trak', 'underpass', 'valley', 'vly',
  'viaduct', 'via', 'view', 'vw', 'vista', 'vis', 'wharf', 'cliffs', 'clfs', 'courts', 'cts',
  'coves', 'greens', 'crossroad', 'xrd', 'points', 'pts', 'union', 'un', 'unions', 'parks',
  'ramp', 'shoal', 'shoals', 'shore', 'shores', 'springs', 'spgs', 'streets', 'sts', 'villages',
  'vlgs', 'ville', 'vl', 'wells', 'wls', 'bridge', 'brg', 'camp', 'cp', 'canyon', 'cyn', 'cape',
  'cpe', 'center', 'ctr', 'club', 'clb', 'commons', 'cmns', 'corner', 'cor', 'corners', 'cors',
  'dale', 'dl', 'divide', 'dv', 'fields', 'flds', 'flats', 'flts', 'ford', 'frd', 'forest', 'frst',
  'fort', 'ft', 'fall', 'falls', 'fls', 'ferry', 'fry', 'hill', 'hl', 'hills', 'hls', 'inlet',
  'inlt', 'keys', 'ky', 'lakes', 'lks', 'lake', 'lk', 'lights', 'lgts', 'locks', 'lcks',
  'mountain', 'mtn', 'neck', 'nck', 'orchard', 'orch', 'pines', 'pnes', 'plains', 'plns', 'radial',
  'radl', 'rest', 'rst', 'river', 'riv', 'skyway', 'skwy', 'throughway', 'trwy', 'tunnel', 'tunl',
  'villas', 'walks', 'wall', 'ways', 'burg', 'burgs', 'brook', 'brooks', 'bluff', 'bluffs',
];

/**
 * The suffixes that also end ordinary title-case phrases ("5 Easy Ways", "3 Key Points",
 * "10 Health Centers"): after a one- or two-digit number they need an address cue.
 */
export const RISKY_SUFFIXES: ReadonlySet<string> = new Set([
  'ways', 'points', 'pts', 'center', 'ctr', 'club', 'commons', 'keys', 'lights', 'rest', 'track',
  'wall', 'wells', 'union', 'unions', 'fields', 'falls', 'fall', 'forest', 'mountain', 'river',
  'summit', 'valley', 'view', 'villas', 'walks', 'pines', 'plains', 'camp', 'cape', 'park',
  'parks', 'island', 'is', 'lake', 'lakes', 'hill', 'hills', 'green', 'greens', 'station', 'port',
  'corner', 'corners', 'divide', 'neck', 'radial', 'ramp', 'run', 'pass', 'passage', 'bend',
  'mall', 'mill', 'mills', 'via', 'vista', 'estates', 'est', 'ext', 'oval', 'spur', 'st', 'dr',
  'ft', 'ky', 'cp', 'un', 'vl', 'cor', 'sta', 'ter', 'trace', 'harbor', 'haven', 'extension',
]);

/** Street types written before the name ("Rua Diadema 1903", "Calle Mayor 5", "Via dei Mille 3"). */
export const STREET_PREFIXES: readonly string[] = [
  'rue', 'rua', 'rúa', 'calle', 'avenida', 'avda', 'av', 'avenue', 'ave', 'boulevard', 'bd',
  'bulevar', 'via', 'viale', 'vicolo', 'strada', 'piazza', 'piazzale', 'corso', 'largo', 'plaza',
  'paseo', 'pasaje', 'camino', 'carrera', 'carretera', 'ctra', 'travessa', 'praça', 'praca',
  'estrada', 'alameda', 'rambla', 'ronda', 'chemin', 'allée', 'allee', 'quai', 'impasse', 'route',
  'place', 'ul', 'ulica', 'aleja', 'al', 'odos', 'odós', 'leoforos', 'λεωφόρος', 'οδός', 'calzada',
  'privada', 'cerrada', 'circuito', 'andador', 'jirón', 'jiron', 'callejón', 'callejon', 'glorieta',
  'travesía', 'travesia', 'avinguda', 'carrer', 'passeig', 'plaça', 'piazzetta', 'contrada',
  'borgo', 'salita', 'traversa', 'πλατεία', 'οδός', 'rruga', 'ulitsa', 'prospekt', 'avda',
];

/** Prefixes that also start ordinary phrases ("via email 2", "place 3"): capitalized only. */
export const AMBIGUOUS_PREFIXES: ReadonlySet<string> = new Set([
  'via', 'place', 'route', 'avenue', 'ave', 'av', 'al', 'plaza', 'largo', 'boulevard', 'bd',
  'alameda', 'ronda', 'privada', 'circuito', 'corso', 'strada', 'cerrada', 'glorieta', 'borgo',
  'salita', 'contrada', 'ul',
]);

/** Street types written after the name as a separate word ("Villacher Strasse 89", "Erzsébet tér 19."). */
export const STREET_TYPES_AFTER: readonly string[] = [
  'strasse', 'straße', 'str', 'gasse', 'platz', 'allee', 'weg', 'ring', 'damm', 'ufer', 'steig',
  'gade', 'vej', 'gata', 'gatan', 'vägen', 'veien', 'vegen', 'katu', 'tie', 'kuja', 'tee', 'tér',
  'tere', 'út', 'útja', 'utca', 'u', 'körút', 'krt', 'rkp', 'straat', 'laan', 'plein', 'dreef',
  'kade', 'gracht', 'singel', 'steeg', 'vei', 'veg', 'kapu', 'sor', 'köz', 'sétány',
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'drive',
  'lane', 'close', 'crescent', 'terrace', 'place', 'court', 'way', 'parade', 'square', 'sq',
];

/** Endings of one-word street names in Germanic, Nordic, Baltic and Dutch addresses ("Koskikatu"). */
export const STREET_WORD_ENDINGS: readonly string[] = [
  'straße', 'strasse', 'straat', 'gasse', 'platz', 'allee', 'weg', 'vej', 'gade', 'gatan', 'gata',
  'vägen', 'veien', 'vegen', 'katu', 'kuja', 'polku', 'tie', 'laan', 'plein', 'dreef', 'kade',
  'gracht', 'singel', 'steeg', 'stræde', 'vænget', 'bakken', 'ringen', 'torget', 'svingen',
  'haugen', 'ulica', 'utca', 'tanya', 'stieg', 'ufer', 'damm', 'stræti', 'straeti', 'braut',
  'vegur', 'stígur', 'stien', 'veien', 'vegen', 'gränd', 'stigen', 'backen', 'väg', 'leden',
];

/** English words with those endings that are not streets. */
export const STREET_WORD_EXCEPTIONS: ReadonlySet<string> = new Set([
  'brigade', 'renegade', 'sweetie', 'cutie', 'hottie', 'bowtie', 'necktie', 'auntie', 'kiltie',
  'norweg', 'nosweg', 'alleyweg', 'undertie',
]);

/** Unit designators that complete an address ("Apt. 425", "Suite 510", "2º piso"). */
export const UNIT_WORDS: readonly string[] = [
  'apt', 'apartment', 'suite', 'ste', 'apto', 'apartamento', 'depto', 'dpto', 'departamento',
];

/** Well-known streets named in the news for what they stand for, not as anyone's address. */
export const FAMOUS_STREETS: ReadonlySet<string> = new Set([
  'wall street', 'main street', 'sesame street', 'downing street', 'fleet street', 'easy street',
  'madison avenue', 'pennsylvania avenue', 'abbey road', 'park avenue', 'fifth avenue',
  'k street', 'bourbon street', 'beale street', 'electric avenue', 'quality street',
  'coronation street', 'jump street', 'baker street', 'mulberry street', 'penny lane',
]);
