import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jaroWinkler, jaroWinklerBound } from './jaro-winkler.js';

describe('jaroWinkler', () => {
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
