/**
 * Words that name a health facility, school or workplace, and the facilities well known enough to
 * be named without such a word. Compiled for CareTweet: the head nouns follow the facility types
 * of the CMS Provider of Services file and the NCES school types; the institution list is the
 * US News & World Report "Best Hospitals" honor roll and the large US health systems, written as
 * people shorten them in posts. Lower case.
 */

/** Words that end a facility name when capitalized ("Methodist Hospital", "Elm Street Clinic"). */
export const FACILITY_HEADS: ReadonlySet<string> = new Set([
  'hospital', 'hospitals', 'hosp', 'clinic', 'clinics', 'clínica', 'infirmary', 'sanatorium',
  'sanitarium', 'hospice', 'center', 'centre', 'ctr', 'cntr', 'institute', 'health', 'healthcare',
  'care', 'group', 'associates', 'memorial', 'general', 'gen', 'er', 'pediatrics', 'practice',
  'medicine', 'physicians', 'home', 'school', 'elementary', 'academy', 'university', 'college',
  'pharmacy', 'rehab', 'campus', 'plaza', 'dental', 'office',
]);

/** Heads that need a medical word before them ("Neurology Center", not "Kennedy Center"). */
export const MEDICAL_ONLY_HEADS: ReadonlySet<string> = new Set([
  'center', 'centre', 'ctr', 'cntr', 'institute', 'care', 'group', 'associates', 'home', 'plaza',
  'campus', 'practice', 'medicine', 'physicians', 'office',
]);

/** Words that make the head a medical one ("Medical Center", "Cancer Institute"). */
export const MEDICAL_MODIFIERS: ReadonlySet<string> = new Set([
  'medical', 'med', 'health', 'cancer', 'heart', 'trauma', 'surgical', 'surgery', 'wellness',
  'dialysis', 'rehab', 'rehabilitation', 'neurology', 'neurological', 'cardiology', 'cardiac',
  'cardiovascular', 'eye', "women's", "children's", 'birth', 'birthing', 'care', 'treatment',
  'counseling', 'recovery', 'behavioral', 'psychiatric', 'kidney', 'diabetes', 'stroke', 'burn',
  'breast', 'imaging', 'sleep', 'pain', 'spine', 'orthopedic', 'orthopaedic', 'fertility',
  'nursing', 'urgent', 'emergency', 'family', 'pediatric', 'physicians', 'maternity', 'oncology',
  'dermatology', 'dental', 'vision', 'hearing', 'mental', 'addiction', 'detox', 'hospice',
  'outpatient', 'ambulatory', 'clinical', 'diagnostic', 'infusion', 'transplant', 'veterans',
  'va', 'community', 'healthcare', 'medicine', 'rheumatology', 'gastroenterology', 'urology',
  'endocrinology', 'pulmonary', 'respiratory', 'allergy', 'asthma', 'vascular', 'vein', 'skin',
  'chiropractic', 'podiatry', 'physical', 'therapy', 'hematology', "doctor's", "doctors'", 'doctors',
]);

/**
 * Words that describe a service rather than name a place ("Flu Clinic", "Walk-in Clinic"): a
 * facility name made only of these (and determiners) is not a place.
 */
export const GENERIC_FACILITY_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'our', 'your', 'my', 'his', 'her', 'their', 'this', 'that', 'these', 'those',
  'local', 'any', 'every', 'each', 'new', 'best', 'top', 'free', 'flu', 'vaccine', 'vaccination',
  'immunization', 'walk-in', 'walk', 'in', 'pop-up', 'mobile', 'virtual', 'telehealth', 'online',
  'booster', 'covid', 'covid-19', 'testing', 'screening', 'wellness', 'public', 'mental',
  'global', 'population', 'behavioral', "men's", "women's", 'medical', 'health', 'family',
  'urgent', 'care', 'emergency', 'dental', 'pediatric', 'private', 'primary', 'specialty',
  'national', 'american', 'world', 'international', 'federal', 'us', 'u.s', 'united', 'state',
  'school', 'high', 'middle', 'elementary', 'nursing', 'veterinary', 'animal', 'pet', 'sexual',
  'reproductive', 'rural', 'community', 'student', 'employee', 'occupational', 'travel', 'sports',
  'summer', 'winter', 'spring', 'fall', 'weekend', 'evening', 'morning', 'saturday', 'sunday',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'open', 'our', 'and', 'of', 'for', 'at',
  'medicine', 'cancer', 'heart', 'eye', 'skin', 'hearing', 'vision', 'sleep', 'pain', 'physical',
  'therapy', 'diabetes', 'allergy', 'addiction', 'recovery', 'research', 'science', 'digital',
  'harvard', 'business', 'law', 'graduate', 'med', 'nurse', 'nurses', 'doctors', "doctor's",
  'physicians', 'general', 'memorial', 'regional', 'teaching', 'university', 'college', 'district',
]);

/** First words that mark a national body, not a local place ("National Cancer Institute"). */
export const NATIONAL_WORDS: ReadonlySet<string> = new Set([
  'national', 'american', 'world', 'international', 'federal', 'us', 'u.s', 'united', 'european',
  'global', 'royal', 'canadian', 'british',
]);

/** Facilities named without a head noun. `strong` ones count alone; `cue` ones need "at/in/to …". */
export const KNOWN_FACILITIES: readonly (readonly [string, 'strong' | 'cue'])[] = [
  ['johns hopkins', 'strong'], ['john hopkins', 'strong'], ["john's hopkins", 'strong'],
  ['cedars-sinai', 'strong'], ['cedars sinai', 'strong'], ['cedar sinai', 'strong'],
  ['cedar-sinai', 'strong'], ['mount sinai', 'strong'], ['mt sinai', 'strong'],
  ['mass general', 'strong'], ['massachusetts general', 'strong'], ['sloan kettering', 'strong'],
  ['sloan-kettering', 'strong'], ['memorial sloan kettering', 'strong'], ['md anderson', 'strong'],
  ['kaiser permanente', 'strong'], ['nyu langone', 'strong'], ['new york presbyterian', 'strong'],
  ['new york-presbyterian', 'strong'], ['newyork-presbyterian', 'strong'],
  ['ny presbyterian', 'strong'], ['ny-presbyterian', 'strong'], ["brigham and women's", 'strong'],
  ["brigham women's", 'strong'], ['bronxcare', 'strong'], ['montefiore', 'strong'],
  ['lenox hill', 'strong'], ['geisinger', 'strong'], ['ochsner', 'strong'], ['upmc', 'strong'],
  ['ucsf', 'strong'], ['ohsu', 'strong'], ['ut southwestern', 'strong'], ['st jude', 'strong'],
  ["st jude's", 'strong'], ['saint jude', 'strong'], ['harborview', 'strong'],
  ['intermountain', 'strong'], ['hackensack meridian', 'strong'], ['cleveland clinic', 'strong'],
  ['mayo clinic', 'strong'], ['ucla', 'cue'], ['usc', 'cue'], ['nyu', 'cue'], ['ucsd', 'cue'],
  ['uc davis', 'cue'], ['uc irvine', 'cue'], ['uab', 'cue'], ['musc', 'cue'], ['unc', 'cue'],
  ['stanford', 'cue'], ['baylor', 'cue'], ['northwestern', 'cue'], ['duke', 'cue'],
  ['emory', 'cue'], ['vanderbilt', 'cue'], ['yale', 'cue'], ['penn', 'cue'], ['kaiser', 'cue'],
  ['sutter', 'cue'], ['grady', 'cue'], ['henry ford', 'cue'], ['beaumont', 'cue'],
  ['shriners', 'cue'], ['langone', 'cue'], ['presbyterian', 'cue'], ['sinai', 'cue'],
  ['methodist', 'cue'], ['the va', 'cue'], ['parkland', 'cue'], ['bellevue', 'cue'],
  ['jackson memorial', 'strong'], ['northwestern memorial', 'strong'], ['rush', 'cue'],
  ['tufts', 'cue'], ['dartmouth', 'cue'], ['cornell', 'cue'], ['columbia', 'cue'],
  ['harvard', 'cue'], ['mayo', 'cue'], ['hopkins', 'cue'],
];

/**
 * Words after a place name that make it an eponym ("Framingham risk score", "Duke criteria",
 * "Philadelphia chromosome", "Norwalk virus", "Ottawa ankle rules"): medicine, not geography.
 */
export const EPONYM_AFTER: ReadonlySet<string> = new Set([
  'risk', 'score', 'scale', 'criteria', 'classification', 'equation', 'rule', 'rules', 'model',
  'protocol', 'trial', 'chromosome', 'virus', 'disease', 'syndrome', 'fever', 'coma', 'shunt',
  'splint', 'grade', 'grading', 'staging', 'formula', 'index', 'method', 'technique', 'procedure',
  'operation', 'maneuver', 'manoeuvre', 'sign', 'test', 'cohort', 'ankle', 'knee', 'bag', 'heart',
  'agent', 'strain', 'variant',
]);

/** Words after a facility or city that make it a news source, a team or a study, not a place. */
export const PUBLIC_AFTER: ReadonlySet<string> = new Set([
  'times', 'post', 'globe', 'tribune', 'chronicle', 'herald', 'journal', 'gazette', 'daily',
  'magazine', 'inquirer', 'examiner', 'star', 'press', 'review', 'register', 'observer',
  'bulletin', 'dispatch', 'courier', 'sun-times', 'news', 'study', 'studies', 'researchers',
  'research', 'scientists', 'experts', 'professor', 'survey', 'report', 'reports', 'poll',
  'analysis', 'data', 'team', 'marathon', 'yankees', 'mets', 'giants', 'jets', 'knicks', 'nets',
  'rangers', 'cowboys', 'texans', 'rockets', 'astros', 'celtics', 'bruins', 'patriots', 'lakers',
  'clippers', 'dodgers', 'angels', 'rams', 'chargers', 'bulls', 'bears', 'cubs', 'heat',
  'dolphins', 'marlins', 'eagles', 'phillies', 'warriors', 'seahawks', 'mariners', 'broncos',
  'nuggets', 'suns', 'cardinals', 'falcons', 'braves', 'hawks', 'saints', 'steelers', 'pirates',
  'penguins', 'browns', 'cavaliers', 'bengals', 'reds', 'lions', 'tigers', 'pistons', 'packers',
  'bucks', 'vikings', 'twins', 'chiefs', 'royals', 'colts', 'pacers', 'titans', 'jaguars',
  'raiders', 'ravens', 'orioles', 'capitals', 'nationals', 'wizards', 'spurs', 'mavericks',
  'thunder', 'jazz', 'kings', 'sharks', 'padres', 'rockies', 'blues', 'hornets', 'panthers',
  'grizzlies', 'magic', 'sabres', 'bills', 'says', 'said', 'finds', 'found', 'scientist',
  'researcher', 'psychologist', 'economist', 'bureau', 'correspondent', 'reporter', 'editor',
  'mayor', 'police', 'officials', 'official', 'council', 'fire',
]);
