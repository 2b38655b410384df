/**
 * Capitalized words that are not people: calendar words, holidays, places at state level and
 * above, institutions and brands common in health posts. Compiled for CareTweet; US state and
 * country names from ISO 3166 / USPS lists, the rest from the vocabulary of health news.
 */
const CALENDAR = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mondays',
  'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays', 'sábados', 'domingos', 'mon', 'tue',
  'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan',
  'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'lunes', 'martes',
  'miércoles', 'jueves', 'viernes', 'sábado', 'domingo', 'enero', 'febrero', 'marzo', 'abril',
  'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre',
  'christmas', 'easter', 'thanksgiving', 'halloween', 'hanukkah', 'kwanzaa', 'ramadan', 'diwali',
  'navidad', 'pascua', 'valentine', "valentine's", 'memorial', 'labor', 'independence', 'today',
  'tonight', 'tomorrow', 'yesterday', 'am', 'pm', 'a.m', 'p.m', 'st', 'ste', 'mt', 'ft',
];
const PLACES = [
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware',
  'florida', 'georgia', 'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky',
  'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan', 'minnesota', 'mississippi',
  'missouri', 'montana', 'nebraska', 'nevada', 'hampshire', 'jersey', 'mexico', 'york',
  'carolina', 'dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'rhode', 'tennessee',
  'texas', 'utah', 'vermont', 'virginia', 'washington', 'wisconsin', 'wyoming', 'puerto', 'rico',
  'america', 'american', 'americans', 'usa', 'us', 'u.s', 'uk', 'britain', 'british', 'england',
  'english', 'canada', 'canadian', 'africa', 'african', 'asia', 'asian', 'europe', 'european',
  'china', 'chinese', 'india', 'indian', 'japan', 'japanese', 'france', 'french', 'germany',
  'german', 'italy', 'italian', 'spain', 'spanish', 'latino', 'latina', 'latinx', 'hispanic',
  'liberia', 'liberian', 'sierra', 'leone', 'guinea', 'nigeria', 'brazil', 'australia', 'russia',
  'ukraine', 'israel', 'gaza', 'syria', 'iraq', 'iran', 'afghanistan', 'pakistan', 'haiti',
  'cuba', 'venezuela', 'colombia', 'argentina', 'chile', 'peru', 'ecuador', 'guatemala',
  'honduras', 'salvador', 'nicaragua', 'panama', 'dominican', 'korea', 'vietnam', 'philippines',
  'indonesia', 'egypt', 'kenya', 'uganda', 'ethiopia', 'congo', 'sudan', 'yemen', 'saudi',
  'arabia', 'turkey', 'greece', 'ireland', 'scotland', 'wales', 'london', 'paris', 'europa',
  'estados', 'unidos', 'méxico', 'españa', 'mundo', 'world', 'national', 'federal', 'state',
  'west', 'east', 'north', 'south', 'midwest', 'northeast', 'southeast', 'southwest', 'northwest',
];
const INSTITUTIONS = [
  'god', 'jesus', 'lord', 'allah', 'covid', 'coronavirus', 'ebola', 'zika', 'mers', 'sars',
  'medicare', 'medicaid', 'obamacare', 'aca', 'hhs', 'cdc', 'fda', 'nih', 'who', 'cms', 'va',
  'twitter', 'facebook', 'instagram', 'tiktok', 'youtube', 'google', 'apple', 'amazon',
  'microsoft', 'pfizer', 'moderna', 'novavax', 'merck', 'astrazeneca', 'walgreens',
  'cvs', 'walmart', 'target', 'costco', 'congress', 'senate', 'house', 'supreme', 'court',
  'republican', 'republicans', 'democrat', 'democrats', 'gop', 'president', 'governor', 'mayor',
  'senator', 'rep', 'sen', 'gov', 'pres', 'obama', 'trump', 'biden', 'clinton', 'bush',
  'breaking', 'update', 'video', 'photo', 'photos', 'watch', 'live', 'read', 'listen', 'podcast',
  'opinion', 'study', 'report', 'rt', 'via', 'cc', 'ht', 'mt', 'ps', 'pt', 'dm', 'q', 'a', 'i',
  'ok', 'okay', 'hi', 'hello', 'hey', 'thanks', 'thank', 'happy', 'merry', 'dear', 'congrats',
  'congratulations', 'welcome', 'please', 'join', 'call', 'visit', 'book', 'new', 'our', 'we',
  'you', 'your', 'my', 'his', 'her', 'their', 'the', 'this', 'that', 'these', 'those', 'and',
  'or', 'but', 'not', 'no', 'yes', 'all', 'every', 'each', 'more', 'most', 'some', 'any', 'many',
  'health', 'healthcare', 'medical', 'medicine', 'hospital', 'clinic', 'doctor', 'doctors',
  'nurse', 'nurses', 'patient', 'patients', 'team', 'staff', 'family', 'families', 'flu',
  'vaccine', 'vaccines', 'cancer', 'heart', 'diabetes', 'alzheimer', "alzheimer's", 'parkinson',
  "parkinson's", 'down', 'crohn', "crohn's", 'hodgkin', 'tourette', 'asperger', 'huntington',
  "huntington's", 'lyme', 'gehrig', "gehrig's", 'epipen', 'tylenol', 'advil', 'motrin',
  'benadryl', 'zyrtec', 'claritin', 'ozempic', 'wegovy', 'humira', 'narcan', 'viagra', 'botox',
  'xanax', 'adderall', 'prozac', 'zoloft', 'lexapro',
];

// Spanish verbs that open a practice's sentences ("Agradecemos…", "Lamentamos…") and that the
// everyday-word lexicon does not hold.
const SPANISH_OPENERS = [
  'agradecemos', 'lamentamos', 'sentimos', 'llámenos', 'llame', 'escríbanos', 'visítenos', 'recuerde',
  'podemos', 'queremos', 'esperamos', 'invitamos', 'felicitamos', 'acompañamos', 'compartimos',
];

/** Lower-case words that never start or continue a person's name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([...CALENDAR, ...PLACES, ...INSTITUTIONS, ...SPANISH_OPENERS]);

/** Words that turn a preceding capitalized run into an organization or a place. */
export const ORG_WORDS: ReadonlySet<string> = new Set([
  'hospital', 'hospitals', 'clinic', 'clinics', 'center', 'centre', 'centers', 'medical', 'health',
  'healthcare', 'university', 'college', 'school', 'schools', 'institute', 'foundation',
  'association', 'society', 'inc', 'llc', 'ltd', 'corp', 'corporation', 'company', 'co', 'group',
  'department', 'dept', 'county', 'city', 'town', 'village', 'township', 'parish', 'borough',
  'street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive', 'dr',
  'way', 'court', 'ct', 'place', 'pl', 'square', 'sq', 'park', 'church', 'pharmacy', 'labs',
  'laboratories', 'laboratory', 'bank', 'times', 'news', 'post', 'journal', 'magazine', 'press',
  'project', 'program', 'network', 'partners', 'council', 'committee', 'agency', 'administration',
  'service', 'services', 'bureau', 'office', 'ministry', 'hall', 'library', 'museum', 'airport',
  'station', 'bridge', 'lake', 'river', 'mountain', 'island', 'beach', 'valley', 'heights', 'hills',
  'memorial', 'regional', 'general', 'children', "children's", 'care', 'pediatrics', 'dental',
  'dentistry', 'orthodontics', 'dermatology', 'cardiology', 'oncology', 'surgery', 'practice',
  'associates', 'partners', 'physicians', 'urgent', 'family', 'home', 'homes', 'house', 'senior',
  'living', 'rehab', 'rehabilitation', 'wellness', 'fitness', 'gym', 'cafe', 'restaurant', 'bar',
  'hotel', 'inn', 'mall', 'market', 'store', 'shop', 'fund', 'trust', 'alliance', 'coalition',
  'union', 'league', 'club', 'team', 'show', 'festival', 'awards', 'award', 'prize', 'act', 'law',
  'bill', 'syndrome', 'disease', "disease's", 'virus', 'foundation', 'research', 'trial',
  'hospice', 'nursing', 'system', 'systems', 'plan', 'insurance',
]);

/** What follows a surname used for a household ("the Martinez family"): people, not a town. */
export const FAMILY_AFTER = /^\s{1,2}(?:family|families|familia|twins|kids|household|siblings)\b/iu;
