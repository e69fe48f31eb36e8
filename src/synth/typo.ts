import type { Random } from './random.js';

/** The three slips of a hand copying a name. */
export type TypoKind = 'dropped' | 'doubled' | 'swapped';

const LETTER = /\p{L}/u;

/**
 * Makes one typo in a name: drops a letter, doubles one, or swaps two neighbouring letters.
 * Works on code points (Armenian, Cyrillic and Azerbaijani letters are single code points) and
 * always returns a different string when the name has a letter to touch; spaces and hyphens
 * are never moved, and a dropped letter never leaves an empty name.
 */
export function makeTypo(random: Random, name: string): string {
  const chars = Array.from(name);
  const letters: number[] = [];
  chars.forEach((c, i) => {
    if (LETTER.test(c)) letters.push(i);
  });
  if (letters.length === 0) return name;
  const kinds: TypoKind[] = letters.length > 2 ? ['dropped', 'doubled', 'swapped'] : ['doubled'];
  for (let attempt = 0; attempt < 8; attempt++) {
    const kind = random.pick(kinds);
    const at = random.pick(letters);
    const copy = chars.slice();
    if (kind === 'dropped') copy.splice(at, 1);
    else if (kind === 'doubled') copy.splice(at, 0, chars[at] as string);
    else {
      const next = at + 1;
      if (next >= chars.length || !LETTER.test(chars[next] as string)) continue;
      // Swapping keeps the first letter's case where it stood (a clerk's capital stays first).
      const a = chars[at] as string;
      const b = chars[next] as string;
      // Swapping a letter with its own capital is no slip a reader would see.
      if (a.toLowerCase() === b.toLowerCase()) continue;
      // Not for և, whose capital is two letters (ԵՒ).
      const capitalFirst = at === 0 && a !== a.toLowerCase() && b === b.toLowerCase() && Array.from(b.toUpperCase()).length === 1;
      copy[at] = capitalFirst ? b.toUpperCase() : b;
      copy[next] = capitalFirst ? a.toLowerCase() : a;
    }
    const result = copy.join('');
    if (result !== name) return result;
  }
  chars.splice(letters[letters.length - 1] as number, 0, chars[letters[letters.length - 1] as number] as string);
  return chars.join('');
}
