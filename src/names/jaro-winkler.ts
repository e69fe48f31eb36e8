/**
 * Jaro-Winkler similarity on code units, written for the hot path: it allocates nothing (the
 * match flags live in two module buffers, grown only for names longer than any seen before).
 */

let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

/** Winkler's prefix scale and the longest prefix that earns it, as in the original paper. */
const PREFIX_SCALE = 0.1;
const MAX_PREFIX = 4;

/**
 * Jaro-Winkler similarity of two strings, in [0, 1]; 1 when equal, 0 when either is empty and
 * the other is not.
 *
 * @example
 * jaroWinkler('martha', 'marhta'); // 0.961...
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (la > flagsA.length) flagsA = new Uint8Array(la * 2);
  if (lb > flagsB.length) flagsB = new Uint8Array(lb * 2);
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  let matches = 0;
  for (let i = 0; i < la; i += 1) {
    const lo = i > window ? i - window : 0;
    const hi = Math.min(i + window + 1, lb);
    const ca = a.charCodeAt(i);
    for (let j = lo; j < hi; j += 1) {
      if (flagsB[j] === 0 && b.charCodeAt(j) === ca) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches += 1;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i += 1) {
    if (flagsA[i] === 0) continue;
    while (flagsB[k] === 0) k += 1;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions += 1;
    k += 1;
  }
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  const maxPrefix = Math.min(MAX_PREFIX, la, lb);
  while (prefix < maxPrefix && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix += 1;
  return jaro + prefix * PREFIX_SCALE * (1 - jaro);
}
