/**
 * Front coding for sorted word lists: each entry stores how many leading characters it shares
 * with the previous one (one base-36 digit) and the rest. Sorted place names share long
 * prefixes ("New …", "North …", "San …"), so this keeps generated tables about a third smaller
 * with no loss. Written by the generator scripts, read once when a recognizer loads.
 */

const MAX_SHARED = 35;

export function encodeFrontCoded(sorted: readonly string[]): string {
  let prev = '';
  const out: string[] = [];
  for (const word of sorted) {
    let shared = 0;
    while (shared < MAX_SHARED && shared < prev.length && shared < word.length && prev[shared] === word[shared]) shared++;
    out.push(shared.toString(36) + word.slice(shared));
    prev = word;
  }
  return out.join('|');
}

export function decodeFrontCoded(encoded: string): string[] {
  if (encoded.length === 0) return [];
  const out: string[] = [];
  let prev = '';
  for (const entry of encoded.split('|')) {
    const shared = parseInt(entry[0] ?? '0', 36);
    const word = prev.slice(0, shared) + entry.slice(1);
    out.push(word);
    prev = word;
  }
  return out;
}
