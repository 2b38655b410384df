/**
 * Text tables too large to ship as they are (the gazetteer): deflated, then written as base-85
 * text. The engine loads on a composer's first focus and every byte of it counts against the
 * script X's pages may load, so a 32 kB front-coded table going in at 19 kB, with fflate's
 * 4 kB inflater, is worth its decoding once, when the recognizer first needs it
 * (docs/decisions.md).
 */
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { decodeBase85, encodeBase85 } from './base85.js';

/** `text` packed as "<byte length>:<base-85 of its raw deflate>" (used by generator scripts). */
export function packText(text: string): string {
  const bytes = deflateSync(strToU8(text), { level: 9 });
  return `${bytes.length}:${encodeBase85(bytes)}`;
}

export function unpackText(packed: string): string {
  const colon = packed.indexOf(':');
  const length = Number(packed.slice(0, colon));
  const bytes = decodeBase85(packed.slice(colon + 1)).subarray(0, length);
  return strFromU8(inflateSync(bytes));
}
