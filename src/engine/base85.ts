/**
 * Bytes as printable text, 4 bytes in 5 characters: the Bloom filters' bit arrays and the packed
 * tables travel inside the bundle as string literals. 6% smaller than base64; the alphabet is
 * printable ASCII without the quote and backslash a JS string literal would have to escape.
 */
const ALPHABET = (() => {
  let a = '';
  for (let c = 0x23; a.length < 85; c++) if (c !== 0x5c) a += String.fromCharCode(c);
  return a;
})();

export function decodeBase85(s: string): Uint8Array {
  const lookup = new Uint8Array(128);
  for (let i = 0; i < ALPHABET.length; i++) lookup[ALPHABET.charCodeAt(i)] = i;
  const out = new Uint8Array(Math.floor((s.length / 5) * 4));
  let o = 0;
  for (let i = 0; i + 5 <= s.length; i += 5) {
    let n = 0;
    for (let k = 0; k < 5; k++) n = n * 85 + lookup[s.charCodeAt(i + k)]!;
    out[o++] = (n >>> 24) & 255;
    out[o++] = (n >>> 16) & 255;
    out[o++] = (n >>> 8) & 255;
    out[o++] = n & 255;
  }
  return out;
}

export function encodeBase85(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    let n = ((bytes[i]! << 24) | ((bytes[i + 1] ?? 0) << 16) | ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0)) >>> 0;
    let chunk = '';
    for (let k = 0; k < 5; k++) {
      chunk = ALPHABET[n % 85]! + chunk;
      n = Math.floor(n / 85);
    }
    out += chunk;
  }
  return out;
}
