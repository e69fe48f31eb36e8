import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldCase, normaliseName } from './normalise.js';

describe('normaliseName', () => {
  it('lower-cases and trims', () => {
    expect(normaliseName('  ГРИГОРЯН ')).toBe('григорян');
    expect(normaliseName('ՀԱՐՈՒԹՅՈՒՆՅԱՆ')).toBe('հարությունյան');
  });

  it('keeps the Azerbaijani dotted İ one letter and the dotless ı as written', () => {
    expect(normaliseName('İSMAYILOV')).toBe('ismayilov');
    expect(normaliseName('İsmayılov')).toBe('ismayılov');
    expect([...normaliseName('İlham')]).toHaveLength(5);
  });

  it('repairs look-alike letters typed from the other keyboard layout', () => {
    expect(normaliseName('Гpигopян')).toBe('григорян');
    expect(normaliseName('Mамедов')).toBe('мамедов');
    expect(normaliseName('Məmmədоv')).toBe('məmmədov');
    expect(normaliseName('Mәmmәdov')).toBe('məmmədov');
    expect(normaliseName('Məmmǝdov')).toBe('məmmədov');
  });

  it('drops dots, apostrophes and stray punctuation, keeps hyphens', () => {
    expect(normaliseName('Z.')).toBe('z');
    expect(normaliseName("Harut'yunyan")).toBe('harutyunyan');
    expect(normaliseName('Тер-Петросян,')).toBe('тер-петросян');
    expect(normaliseName('"Aram"  (Armen)')).toBe('aram armen');
  });

  it('composes decomposed letters (NFD input) the same as composed ones', () => {
    expect(normaliseName('Артём'.normalize('NFD'))).toBe(normaliseName('Артём'));
    expect(normaliseName('Şükürov'.normalize('NFD'))).toBe('şükürov');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (s) => normaliseName(normaliseName(s)) === normaliseName(s)));
  });

  it('never produces upper case or punctuation', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = normaliseName(s);
        expect(n).toBe(foldCase(n));
        expect(/[.,;:'"()]/u.test(n)).toBe(false);
      }),
    );
  });
});
