import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOneEditApart, jaroWinkler } from './string-similarity.js';

describe('jaroWinkler', () => {
  it('matches the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
  });

  it('is symmetric, within [0, 1], and 1 only for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        const s = jaroWinkler(a, b);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1 + 1e-12);
        expect(Math.abs(s - jaroWinkler(b, a))).toBeLessThan(1e-12);
        if (a !== b) expect(s).toBeLessThan(1);
      }),
    );
  });
});

describe('isOneEditApart', () => {
  it('finds every single deletion, substitution and adjacent transposition', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 12 }), fc.nat(), fc.constantFrom('delete', 'substitute', 'transpose'), (text, at, edit) => {
        const i = at % (text.length - 1);
        let edited = text;
        if (edit === 'delete') edited = text.slice(0, i) + text.slice(i + 1);
        if (edit === 'substitute') edited = text.slice(0, i) + (text[i] === 'Z' ? 'Y' : 'Z') + text.slice(i + 1);
        if (edit === 'transpose') edited = text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2);
        expect(isOneEditApart(text, edited)).toBe(edited !== text);
        expect(isOneEditApart(edited, text)).toBe(edited !== text);
      }),
    );
  });

  it('says no to two edits', () => {
    expect(isOneEditApart('12345', '13354')).toBe(false);
    expect(isOneEditApart('12345', '123')).toBe(false);
  });
});
