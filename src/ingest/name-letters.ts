const LETTER = /\p{L}/u;

/**
 * True when a name holds at least one letter, in any script. A name of only punctuation, digits
 * or symbols ("...", "-", "😀", "123") names nobody, and its row is quarantined. Most names start
 * with a letter, so the first character usually decides without a regular expression.
 */
export function hasLetter(name: string | undefined): boolean {
  if (name === undefined) return false;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
    if (c < 128) continue;
    const point = name.codePointAt(i) as number;
    if (LETTER.test(String.fromCodePoint(point))) return true;
    if (point > 0xffff) i++;
  }
  return false;
}
