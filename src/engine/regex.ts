/**
 * JavaScript's \b only knows ASCII word characters, so "mamá\b" never matches before a space.
 * `unicodeWords` rewrites \b into a boundary between letters/digits and anything else, for
 * patterns with Spanish (or any non-ASCII) words.
 */
const BOUNDARY = '(?:(?<=[\\p{L}\\p{N}_])(?![\\p{L}\\p{N}_])|(?<![\\p{L}\\p{N}_])(?=[\\p{L}\\p{N}_]))';

export function unicodeWords(re: RegExp): RegExp {
  const flags = re.flags.includes('u') ? re.flags : `${re.flags}u`;
  return new RegExp(re.source.replace(/\\b/g, BOUNDARY), flags);
}
