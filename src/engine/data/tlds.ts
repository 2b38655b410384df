/**
 * Top-level domains accepted in e-mail addresses and links. Every two-letter TLD is a country
 * code (IANA Root Zone Database, https://www.iana.org/domains/root/db), so two letters are
 * accepted as such; longer ones must be in this list: the original generic TLDs and the newer
 * ones most used for mail and health sites (IANA Root Zone Database, "generic" and "sponsored"
 * types, 2024; selection ours).
 */
export const GENERIC_TLDS: ReadonlySet<string> = new Set([
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'name', 'pro', 'aero', 'coop', 'museum',
  'mobi', 'asia', 'tel', 'travel', 'jobs', 'cat', 'xxx', 'app', 'dev', 'page', 'io', 'ai', 'health',
  'healthcare', 'hospital', 'clinic', 'care', 'doctor', 'dental', 'dentist', 'medical', 'pharmacy', 'surgery',
  'fitness', 'vision', 'lifeinsurance', 'insurance', 'online', 'site', 'website', 'web', 'blog', 'email',
  'mail', 'live', 'life', 'family', 'news', 'media', 'social', 'network', 'global', 'world', 'today', 'tech',
  'technology', 'cloud', 'digital', 'systems', 'solutions', 'services', 'support', 'center', 'company',
  'business', 'group', 'team', 'agency', 'academy', 'school', 'university', 'college', 'institute',
  'foundation', 'charity', 'ngo', 'church', 'community', 'club', 'store', 'shop', 'xyz', 'top', 'icu',
  'vip', 'work', 'works', 'studio', 'design', 'art', 'photo', 'photography', 'me', 'us', 'nyc', 'london',
  'berlin', 'paris', 'tokyo', 'vegas', 'miami', 'boston', 'la', 'gmail', 'google', 'apple', 'microsoft',
  'amazon', 'yahoo', 'aol', 'consulting', 'partners', 'legal', 'law', 'attorney', 'care', 'science',
  'bio', 'eco', 'green', 'love', 'fun', 'cafe', 'coffee', 'space', 'zone', 'plus', 'one', 'info',
]);

/** Whether `tld` (lower case, no dot) is a top-level domain we accept. */
export function isKnownTld(tld: string): boolean {
  return /^[a-z]{2}$/.test(tld) || GENERIC_TLDS.has(tld);
}
