import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BandCache } from './band-cache.js';

/** A band that depends on both codes and on nothing else. */
const band = (lo: number, hi: number): number => (lo * 31 + hi * 7) % 200;

describe('BandCache', () => {
  for (const size of [100, 100_000]) {
    it(`gives what compute gives, in either order, computing each pair once (${size} codes)`, () => {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 300 }), (pairs) => {
          const cache = new BandCache(size);
          const calls = new Map<string, number>();
          const compute = (lo: number, hi: number): number => {
            expect(lo).toBeLessThanOrEqual(hi);
            calls.set(`${lo},${hi}`, (calls.get(`${lo},${hi}`) ?? 0) + 1);
            return band(lo, hi);
          };
          for (const [a, b] of pairs) {
            expect(cache.get(a, b, compute)).toBe(band(Math.min(a, b), Math.max(a, b)));
            expect(cache.get(b, a, compute)).toBe(band(Math.min(a, b), Math.max(a, b)));
          }
          for (const n of calls.values()) expect(n).toBe(1);
        }),
      );
    });
  }

  it('stays right when its table fills and starts again', () => {
    const cache = new BandCache(1_000_000, 1 << 4);
    let computed = 0;
    const compute = (lo: number, hi: number): number => {
      computed++;
      return band(lo, hi);
    };
    for (let round = 0; round < 3; round++) for (let i = 0; i < 50; i++) expect(cache.get(i * 7919, i * 104_729 + 1, compute)).toBe(band(i * 7919, i * 104_729 + 1));
    // 16 slots hold at most 11 pairs before the table is emptied: most lookups computed again.
    expect(computed).toBeGreaterThan(50);
    expect(computed).toBeLessThanOrEqual(150);
  });

  it('refuses a table size that is not a power of two', () => {
    expect(() => new BandCache(10_000, 1000)).toThrow(/power of two/);
  });
});
