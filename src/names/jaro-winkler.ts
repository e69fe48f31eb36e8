/**
 * Jaro-Winkler similarity on code units, written for the hot path: it allocates nothing.
 *
 * Strings of up to 32 code units (every sound form of a real name) are matched bit-parallel: the
 * positions of each code unit of `b` are one bit mask in a module table, so finding the first
 * free matching letter in the window is a few integer operations instead of a loop over the
 * window. The table is indexed by the code unit itself (any UTF-16 text works, no alphabet
 * check), and only the entries `b` set are cleared after each call. Longer strings take the
 * classic loop, with match flags in module buffers stamped by a call counter so they never need
 * clearing. Both give the same matches (the first free position in the window), hence the same
 * scores to the last bit.
 */

const WORD = 32;
const positions = new Int32Array(0x10000);

let stampA = new Uint32Array(64);
let stampB = new Uint32Array(64);
let call = 0;

/** Winkler's prefix scale and the longest prefix that earns it, as in the original paper. */
const PREFIX_SCALE = 0.1;
const MAX_PREFIX = 4;

function winkler(a: string, b: string, la: number, lb: number, matches: number, transpositions: number): number {
  const m = matches;
  const jaro = (m / la + m / lb + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  const maxPrefix = Math.min(MAX_PREFIX, la, lb);
  while (prefix < maxPrefix && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix += 1;
  return jaro + prefix * PREFIX_SCALE * (1 - jaro);
}

function jaroWinklerShort(a: string, b: string, la: number, lb: number): number {
  for (let j = 0; j < lb; j += 1) {
    const c = b.charCodeAt(j);
    positions[c] = (positions[c] as number) | (1 << j);
  }
  const window = Math.max(0, (Math.max(la, lb) >> 1) - 1);
  let matchedA = 0;
  let matchedB = 0;
  let matches = 0;
  for (let i = 0; i < la; i += 1) {
    const lo = i > window ? i - window : 0;
    const hi = i + window + 1 < lb ? i + window + 1 : lb;
    if (lo >= hi) break; // past the end of b: no later letter of a has a window either
    // Bits lo..hi-1; `1 << 32` is 1 in JavaScript, hence the full word spelled out.
    const range = (hi === WORD ? -1 : (1 << hi) - 1) & ~((1 << lo) - 1);
    const free = (positions[a.charCodeAt(i)] as number) & range & ~matchedB;
    if (free !== 0) {
      matchedB |= free & -free;
      matchedA |= 1 << i;
      matches += 1;
    }
  }
  for (let j = 0; j < lb; j += 1) positions[b.charCodeAt(j)] = 0;
  if (matches === 0) return 0;
  // Matched letters of a and of b, in order: a transposition wherever they differ.
  let transpositions = 0;
  while (matchedA !== 0) {
    const i = 31 - Math.clz32(matchedA & -matchedA);
    const j = 31 - Math.clz32(matchedB & -matchedB);
    if (a.charCodeAt(i) !== b.charCodeAt(j)) transpositions += 1;
    matchedA &= matchedA - 1;
    matchedB &= matchedB - 1;
  }
  return winkler(a, b, la, lb, matches, transpositions);
}

function jaroWinklerLong(a: string, b: string, la: number, lb: number): number {
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
  return winkler(a, b, la, lb, matches, transpositions);
}

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
  return la <= WORD && lb <= WORD ? jaroWinklerShort(a, b, la, lb) : jaroWinklerLong(a, b, la, lb);
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
