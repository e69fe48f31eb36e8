/**
 * The peer the names layer is measured against: generic folding with any-ascii, lower case,
 * Jaro-Winkler for similarity and American Soundex of the folded form for blocking. This is
 * what a linkage tool does out of the box.
 */
import anyAscii from 'any-ascii';

/** any-ascii, lower case, letters only. */
export function peerFold(text: string): string {
  return anyAscii(text).toLowerCase().replace(/[^a-z]/gu, '');
}

const SOUNDEX: Readonly<Record<string, string>> = {
  b: '1', f: '1', p: '1', v: '1', c: '2', g: '2', j: '2', k: '2', q: '2', s: '2', x: '2', z: '2',
  d: '3', t: '3', l: '4', m: '5', n: '5', r: '6',
};

/** American Soundex of a folded name (four characters). */
export function peerKey(folded: string): string {
  if (folded === '') return '';
  let out = folded[0]?.toUpperCase() ?? '';
  let last = SOUNDEX[folded[0] ?? ''] ?? '';
  for (let i = 1; i < folded.length && out.length < 4; i += 1) {
    const ch = folded[i] ?? '';
    const code = SOUNDEX[ch] ?? '';
    if (code !== '' && code !== last) out += code;
    if (ch !== 'h' && ch !== 'w') last = code;
  }
  return out.padEnd(4, '0');
}
