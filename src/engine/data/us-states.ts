/**
 * US states, the District of Columbia and the inhabited territories with their two-letter USPS
 * codes. Source: USPS Publication 28, Appendix B ("Two-Letter State and Possession
 * Abbreviations"), and the Spanish exonyms used by the US Census Bureau's Spanish pages. State
 * level is allowed by Safe Harbor; the recognizers use these to confirm a city or ZIP code
 * before them, never to flag a state alone.
 */

/** Lower-case state name → USPS code. */
export const STATE_NAMES: Readonly<Record<string, string>> = {
  alabama: 'AL', alaska: 'AK', arizona: 'AZ', arkansas: 'AR', california: 'CA', colorado: 'CO',
  connecticut: 'CT', delaware: 'DE', 'district of columbia': 'DC', florida: 'FL', georgia: 'GA',
  hawaii: 'HI', idaho: 'ID', illinois: 'IL', indiana: 'IN', iowa: 'IA', kansas: 'KS',
  kentucky: 'KY', louisiana: 'LA', maine: 'ME', maryland: 'MD', massachusetts: 'MA',
  michigan: 'MI', minnesota: 'MN', mississippi: 'MS', missouri: 'MO', montana: 'MT',
  nebraska: 'NE', nevada: 'NV', 'new hampshire': 'NH', 'new jersey': 'NJ', 'new mexico': 'NM',
  'new york': 'NY', 'north carolina': 'NC', 'north dakota': 'ND', ohio: 'OH', oklahoma: 'OK',
  oregon: 'OR', pennsylvania: 'PA', 'rhode island': 'RI', 'south carolina': 'SC',
  'south dakota': 'SD', tennessee: 'TN', texas: 'TX', utah: 'UT', vermont: 'VT', virginia: 'VA',
  washington: 'WA', 'west virginia': 'WV', wisconsin: 'WI', wyoming: 'WY', 'puerto rico': 'PR',
  guam: 'GU', 'virgin islands': 'VI', 'american samoa': 'AS', 'northern mariana islands': 'MP',
  // Spanish
  'carolina del norte': 'NC', 'carolina del sur': 'SC', 'dakota del norte': 'ND',
  'dakota del sur': 'SD', 'nueva york': 'NY', 'nueva jersey': 'NJ', 'nuevo méxico': 'NM',
  'nuevo mexico': 'NM', 'nuevo hampshire': 'NH', 'virginia occidental': 'WV', 'misisipi': 'MS',
  'misuri': 'MO', 'luisiana': 'LA', 'pensilvania': 'PA', 'hawái': 'HI', 'tejas': 'TX',
};

/** USPS codes, including the armed-forces "states" AA/AE/AP. */
export const STATE_CODES: ReadonlySet<string> = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA',
  'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM',
  'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA',
  'WV', 'WI', 'WY', 'PR', 'GU', 'VI', 'AS', 'MP', 'AA', 'AE', 'AP',
]);

/**
 * Codes that are also clinical credentials ("Jane Roe, MD", "John Doe, PA", "DC" for a
 * chiropractor): after a name they say who someone is, not where.
 */
export const CREDENTIAL_CODES: ReadonlySet<string> = new Set(['MD', 'PA', 'DC', 'ND', 'DE', 'MS', 'MA', 'OR', 'IN', 'ME', 'OK', 'HI']);

/** Traditional abbreviations ("Calif.", "Mass.", "Tex.") from the AP Stylebook state list. */
export const STATE_AP_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky',
  'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa',
  'tenn', 'tex', 'vt', 'va', 'wash', 'wis', 'wyo',
]);
