/**
 * Sites whose links point at one person: social profiles, fundraisers, care journals, payment
 * handles and obituaries. Each entry: host (without "www."), the path shapes that name a person,
 * and path words that belong to the site itself rather than to a person. Compiled for CareTweet
 * from each site's public URL scheme (profile, post and fundraiser URLs as the sites print them,
 * 2024); news, government and link-shortener hosts are deliberately absent.
 */
export type PersonPath =
  /** The first path segment is the person ("instagram.com/jane.doe"). */
  | 'first-segment'
  /** The first segment after a fixed prefix ("linkedin.com/in/jane-doe"). */
  | { readonly after: readonly string[] }
  /** The first segment starts with '@' ("tiktok.com/@jane"). */
  | 'at-segment';

export interface PersonSite {
  readonly host: string;
  readonly paths: readonly PersonPath[];
  readonly kind: 'profile' | 'fundraiser' | 'obituary' | 'payment';
  /** First segments that are the site's own pages. */
  readonly reserved?: readonly string[];
}

const SOCIAL_RESERVED = [
  'about', 'help', 'login', 'logout', 'signup', 'register', 'settings', 'privacy', 'policies', 'policy', 'terms',
  'tos', 'legal', 'search', 'explore', 'hashtag', 'hashtags', 'share', 'sharer', 'sharer.php', 'intent', 'i',
  'home', 'notifications', 'messages', 'compose', 'watch', 'groups', 'events', 'pages', 'marketplace',
  'gaming', 'business', 'ads', 'developers', 'careers', 'jobs', 'press', 'blog', 'download', 'accounts',
  'p', 'reel', 'reels', 'tv', 'direct', 'stories', 'tags', 'topics', 'trending', 'live', 'embed', 'oauth',
  'dialog', 'plugins', 'photo', 'photo.php', 'story.php', 'permalink.php', 'media', 'feed', 'discover',
];

export const PERSON_SITES: readonly PersonSite[] = [
  { host: 'facebook.com', paths: ['first-segment', { after: ['people'] }], kind: 'profile', reserved: SOCIAL_RESERVED },
  { host: 'fb.com', paths: ['first-segment'], kind: 'profile', reserved: SOCIAL_RESERVED },
  { host: 'instagram.com', paths: ['first-segment', { after: ['stories'] }], kind: 'profile', reserved: SOCIAL_RESERVED },
  { host: 'x.com', paths: ['first-segment'], kind: 'profile', reserved: SOCIAL_RESERVED },
  { host: 'twitter.com', paths: ['first-segment'], kind: 'profile', reserved: SOCIAL_RESERVED },
  { host: 'threads.net', paths: ['at-segment'], kind: 'profile' },
  { host: 'threads.com', paths: ['at-segment'], kind: 'profile' },
  { host: 'bsky.app', paths: [{ after: ['profile'] }], kind: 'profile' },
  { host: 'linkedin.com', paths: [{ after: ['in', 'pub'] }], kind: 'profile' },
  { host: 'tiktok.com', paths: ['at-segment'], kind: 'profile' },
  { host: 'youtube.com', paths: ['at-segment', { after: ['user'] }], kind: 'profile' },
  { host: 'reddit.com', paths: [{ after: ['u', 'user'] }], kind: 'profile' },
  { host: 'medium.com', paths: ['at-segment'], kind: 'profile' },
  { host: 'snapchat.com', paths: [{ after: ['add'] }], kind: 'profile' },
  { host: 'pinterest.com', paths: ['first-segment'], kind: 'profile', reserved: [...SOCIAL_RESERVED, 'pin', 'ideas', 'today'] },
  { host: 'github.com', paths: ['first-segment'], kind: 'profile', reserved: [...SOCIAL_RESERVED, 'features', 'pricing', 'orgs', 'topics', 'sponsors', 'marketplace', 'enterprise', 'team', 'collections'] },
  { host: 'linktr.ee', paths: ['first-segment'], kind: 'profile', reserved: SOCIAL_RESERVED },
  { host: 'about.me', paths: ['first-segment'], kind: 'profile', reserved: SOCIAL_RESERVED },
  { host: 'onlyfans.com', paths: ['first-segment'], kind: 'profile', reserved: SOCIAL_RESERVED },
  { host: 'gofundme.com', paths: [{ after: ['f'] }], kind: 'fundraiser' },
  { host: 'gofund.me', paths: ['first-segment'], kind: 'fundraiser' },
  { host: 'givesendgo.com', paths: ['first-segment'], kind: 'fundraiser', reserved: SOCIAL_RESERVED },
  { host: 'fundly.com', paths: ['first-segment'], kind: 'fundraiser', reserved: SOCIAL_RESERVED },
  { host: 'spotfund.com', paths: [{ after: ['story'] }], kind: 'fundraiser' },
  { host: 'caringbridge.org', paths: [{ after: ['visit', 'site', 'public'] }], kind: 'fundraiser' },
  { host: 'mealtrain.com', paths: [{ after: ['trains'] }], kind: 'fundraiser' },
  { host: 'lotsahelpinghands.com', paths: [{ after: ['c'] }], kind: 'fundraiser' },
  { host: 'venmo.com', paths: [{ after: ['u'] }, 'first-segment'], kind: 'payment', reserved: SOCIAL_RESERVED },
  { host: 'paypal.me', paths: ['first-segment'], kind: 'payment' },
  { host: 'cash.app', paths: ['first-segment'], kind: 'payment' },
  { host: 'legacy.com', paths: [{ after: ['obituaries', 'us'] }], kind: 'obituary' },
  { host: 'findagrave.com', paths: [{ after: ['memorial'] }], kind: 'obituary' },
];

/** Hosts whose every subdomain is one person's page ("jane-doe.substack.com"). */
export const PERSONAL_SUBDOMAIN_HOSTS: readonly string[] = [
  'substack.com', 'tumblr.com', 'wordpress.com', 'blogspot.com', 'wixsite.com', 'weebly.com', 'carrd.co',
];
