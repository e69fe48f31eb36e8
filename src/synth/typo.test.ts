import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { makeTypo } from './typo.js';
import { Random } from './random.js';

/** Levenshtein distance with adjacent transposition (optimal string alignment), on code points. */
function editDistance(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[x.length]![y.length]!;
}

const nameArbitrary = fc.oneof(
  fc.constantFrom('Հարությունյան', 'Арутюнян', 'Qriqoryan', 'Şaxbazyan', 'Ter-Petrosyan', 'Hin Taqer', 'Айк', 'Gor', 'Ով'),
  fc.string({ minLength: 1, maxLength: 30 }),
);

describe('makeTypo', () => {
  it('changes a name by exactly one dropped, doubled or swapped letter', () => {
    fc.assert(
      fc.property(nameArbitrary, fc.string(), (name, seed) => {
        const typo = makeTypo(new Random(seed), name);
        if (!/\p{L}/u.test(name)) {
          expect(typo).toBe(name);
          return;
        }
        expect(typo).not.toBe(name);
        // Case-folded: a swap at the start keeps the capital first (Арутюнян → Раутюнян, not рАутюнян).
        expect(editDistance(name.toLowerCase(), typo.toLowerCase())).toBe(1);
        expect(typo.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('never moves spaces or hyphens', () => {
    fc.assert(
      fc.property(fc.constantFrom('Ter-Petrosyan', 'Hin Taqer', 'Qaqik oğlu', 'Kiçik çavuş'), fc.string(), (name, seed) => {
        const typo = makeTypo(new Random(seed), name);
        expect(typo.replace(/[^ -]/g, '')).toBe(name.replace(/[^ -]/g, ''));
      }),
    );
  });

  it('makes all three kinds of slip', () => {
    const seen = new Set<string>();
    const random = new Random('kinds');
    for (let k = 0; k < 300; k++) {
      const typo = makeTypo(random, 'Григорян');
      seen.add(typo.length < 8 ? 'dropped' : typo.length > 8 ? 'doubled' : 'swapped');
    }
    expect(seen).toEqual(new Set(['dropped', 'doubled', 'swapped']));
  });
});
