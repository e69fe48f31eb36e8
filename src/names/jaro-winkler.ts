/**
 * Jaro-Winkler similarity on code units, written for the hot path: it allocates nothing. Match
 * flags live in two module buffers stamped with a call counter, so they never need clearing
 * (they grow only for names longer than any seen before).
 */

let stampA = new Uint32Array(64);
let stampB = new Uint32Array(64);
let call = 0;

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
  if (la > stampA.length) stampA = new Uint32Array(la * 2);
  if (lb > stampB.length) stampB = new Uint32Array(lb * 2);
  call += 1;
  if (call === 0xffffffff) {
    stampA.fill(0);
    stampB.fill(0);
    call = 1;
  }
  const mark = call;
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  let matches = 0;
  for (let i = 0; i < la; i += 1) {
    const lo = i > window ? i - window : 0;
    const hi = i + window + 1 < lb ? i + window + 1 : lb;
    const ca = a.charCodeAt(i);
    for (let j = lo; j < hi; j += 1) {
      if (stampB[j] !== mark && b.charCodeAt(j) === ca) {
        stampA[i] = mark;
        stampB[j] = mark;
        matches += 1;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i += 1) {
    if (stampA[i] !== mark) continue;
    while (stampB[k] !== mark) k += 1;
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

/**
 * The highest Jaro-Winkler two strings of these lengths could reach (every letter of the
 * shorter matching, full prefix bonus): lets a caller skip a pair that cannot beat its best.
 */
export function jaroWinklerBound(la: number, lb: number): number {
  if (la === 0 || lb === 0) return la === lb ? 1 : 0;
  const short = la < lb ? la : lb;
  const jaro = (short / la + short / lb + 1) / 3;
  const prefix = short < MAX_PREFIX ? short : MAX_PREFIX;
  return jaro + prefix * PREFIX_SCALE * (1 - jaro);
}
