import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jaroWinkler, jaroWinklerBound } from './jaro-winkler.js';

/** Jaro-Winkler as the textbook states it: boolean flags, a loop over each window. */
function textbookJaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const flagsA = a.split('').map(() => false);
  const flagsB = b.split('').map(() => false);
  let m = 0;
  for (let i = 0; i < a.length; i += 1) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j += 1) {
      if (!flagsB[j] && a[i] === b[j]) {
        flagsA[i] = true;
        flagsB[j] = true;
        m += 1;
        break;
      }
    }
  }
  if (m === 0) return 0;
  const matchedA = [...a.split('').entries()].filter(([i]) => flagsA[i]).map(([, c]) => c);
  const matchedB = [...b.split('').entries()].filter(([j]) => flagsB[j]).map(([, c]) => c);
  const t = matchedA.filter((c, k) => c !== matchedB[k]).length;
  const jaro = (m / a.length + m / b.length + (m - t / 2) / m) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix += 1;
  return jaro + prefix * 0.1 * (1 - jaro);
}

describe('jaroWinkler', () => {
  it('gives exactly the textbook score, short (bit-parallel) and long (looped) strings alike', () => {
    // Few letters, so that strings share many and the window and transpositions are exercised.
    const letters = fc.constantFrom('a', 'r', 'm', 'k', 'o', 'ա', 'р', '\u{1f600}');
    // Lengths around 32 too, where the bit-parallel path hands over to the loop.
    const word = fc.oneof(fc.array(letters, { maxLength: 45 }), fc.array(letters, { minLength: 29, maxLength: 34 })).map((cs) => cs.join(''));
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(jaroWinkler(a, b)).toBe(textbookJaroWinkler(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('gives the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
  });

  it('is 1 for equal strings and 0 against an empty one', () => {
    expect(jaroWinkler('aram', 'aram')).toBe(1);
    expect(jaroWinkler('aram', '')).toBe(0);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('stays in [0, 1], is symmetric, and handles names longer than its buffers', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 150 }), fc.string({ maxLength: 150 }), (a, b) => {
        const x = jaroWinkler(a, b);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1 + 1e-12);
        expect(jaroWinkler(b, a)).toBeCloseTo(x, 10);
      }),
    );
  });
});

describe('jaroWinklerBound', () => {
  it('is never below the similarity of strings of those lengths', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        expect(jaroWinklerBound(a.length, b.length)).toBeGreaterThanOrEqual(jaroWinkler(a, b) - 1e-12);
      }),
    );
  });
});
