import { describe, expect, it } from 'vitest';
import { HAND_WRITTEN_SURNAMES, SURNAMES } from './surnames.js';
import { SURNAME_ROOTS } from './surname-roots.js';
import { deriveSurnames } from './surname-suffixes.js';

describe('the surname table', () => {
  it('holds over a thousand surnames, each Armenian form once', () => {
    expect(SURNAMES.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(SURNAMES.map((forms) => forms.hy)).size).toBe(SURNAMES.length);
  });

  it('keeps the hand-written surnames first, in their order and with their variants', () => {
    expect(SURNAMES.slice(0, HAND_WRITTEN_SURNAMES.length)).toEqual(HAND_WRITTEN_SURNAMES);
    expect(SURNAMES[0]!.en).toBe('Grigoryan');
    expect(SURNAMES[1]!.enAlt).toContain('Harutiunian');
  });

  it('writes a root-built surname with each script’s suffix: Armenian -յան, Russian -ян, Azerbaijani and English -yan', () => {
    const abelyan = SURNAMES.find((forms) => forms.en === 'Abelyan');
    expect(abelyan).toEqual({ hy: 'Աբելյան', ru: 'Абелян', az: 'Abelyan', en: 'Abelyan', enAlt: ['Abelian'], ruAlt: [] });
    // The Russian root already carries the clerk's change (Ղ read К), the suffix adds nothing to it.
    const terGhazaryan = SURNAMES.find((forms) => forms.hy === 'Տեր-Ղազարյան');
    expect(terGhazaryan).toMatchObject({ ru: 'Тер-Казарян', az: 'Ter-Kazaryan', en: 'Ter-Ghazaryan' });
    expect(SURNAMES.find((forms) => forms.hy === 'Սահակյանց')).toMatchObject({ ru: 'Саакянц', az: 'Saakyants', en: 'Sahakyants' });
    expect(SURNAMES.find((forms) => forms.hy === 'Հակոբով')).toMatchObject({ ru: 'Акопов', az: 'Akopov', en: 'Hakobov' });
  });

  it('ends every surname in each script with a suffix of that script, never another', () => {
    for (const forms of SURNAMES.slice(HAND_WRITTEN_SURNAMES.length)) {
      expect(forms.hy).toMatch(/^[\u0531-\u0587-]+(յան|յանց|ով)$/u);
      expect(forms.ru).toMatch(/^[\u0400-\u04ff-]+(ян|янц|ов)$/u);
      expect(forms.az).toMatch(/^[A-Za-zÇçĞğİıÖöŞşÜüƏə-]+(yan|yants|ov)$/u);
      expect(forms.en).toMatch(/^[A-Za-z-]+(yan|yants|ov)$/u);
    }
  });

  it('leaves out a root-built surname the hand-written table already has', () => {
    const petrosyan = SURNAMES.filter((forms) => forms.hy === 'Պետրոսյան');
    expect(petrosyan).toHaveLength(1);
    expect(petrosyan[0]).toBe(HAND_WRITTEN_SURNAMES.find((forms) => forms.hy === 'Պետրոսյան'));
    const again = deriveSurnames(SURNAME_ROOTS, SURNAMES);
    expect(again).toEqual([]);
  });

  it('writes the Russified -ов only after a hard consonant, where Russian spells it so', () => {
    for (const root of SURNAME_ROOTS.filter((r) => r.ov)) expect(root.ru).toMatch(/[бвгдзклмнпрстфх]$/u);
  });
});
