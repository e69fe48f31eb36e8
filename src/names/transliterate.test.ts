import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_VARIANTS, transliterate } from './transliterate.js';

describe('transliterate', () => {
  it('renders Armenian the way passports and clerks do, never "ow"', () => {
    const variants = transliterate('Հարությունյան');
    expect(variants[0]).toBe('harutyunyan');
    expect(variants).toContain('arutyunyan');
    expect(variants).toContain('harutiunian');
    expect(variants.some((v) => v.includes('ow'))).toBe(false);
  });

  it('gives both Eastern and Western Armenian forms', () => {
    expect(transliterate('Գևորգյան')).toEqual(expect.arrayContaining(['gevorgyan', 'kevorkian']));
    expect(transliterate('Հակոբյան')).toEqual(expect.arrayContaining(['hakobyan', 'hagopian', 'akobyan']));
  });

  it('writes initial ո as vo or o and initial ե as ye or e', () => {
    expect(transliterate('Ոսկանյան')).toEqual(expect.arrayContaining(['voskanyan', 'oskanyan']));
    expect(transliterate('Եղիազարյան')).toEqual(expect.arrayContaining(['yeghiazaryan', 'eghiazaryan']));
  });

  it('gives Russian forms by the systems clerks use', () => {
    const variants = transliterate('Хачатрян');
    expect(variants[0]).toBe('khachatryan');
    expect(variants).toEqual(expect.arrayContaining(['hachatryan', 'xaçatryan', 'khachatrian']));
    expect(transliterate('Юрий')).toEqual(expect.arrayContaining(['yuriy', 'iurii', 'yuri']));
  });

  it('renders Russian forms as an Azerbaijani clerk does', () => {
    expect(transliterate('Григорян')).toContain('qriqoryan');
    expect(transliterate('Оганесян')).toContain('oqanesyan');
    expect(transliterate('Джафаров')).toContain('cafarov');
  });

  it('uses the Ukrainian 2010 national system for Ukrainian', () => {
    expect(transliterate('Григорій')[0]).toBe('hryhorii');
    expect(transliterate('Гнатюк')).toContain('hnatiuk');
    expect(transliterate('Андріївна')[0]).toBe('andriivna');
    expect(transliterate('Їжакевич')[0]).toBe('yizhakevych');
  });

  it('takes Azerbaijani Cyrillic to Azerbaijani Latin and to ASCII', () => {
    expect(transliterate('Мәммәдов')).toEqual(expect.arrayContaining(['məmmədov', 'mammadov']));
    expect(transliterate('Məmmədov')).toEqual(expect.arrayContaining(['məmmədov', 'mammadov']));
  });

  it('uses the Georgian national system', () => {
    expect(transliterate('ჯავახიშვილი')[0]).toBe('javakhishvili');
    expect(transliterate('წერეთელი')[0]).toBe('tsereteli');
  });

  it('gives at most MAX_VARIANTS Latin renderings and at least one for any name', () => {
    const cyrillic = fc.array(fc.constantFrom(...'абвгдежзийклмнопрстуфхцчшщыэюяіїєґәғҹ'), { minLength: 1, maxLength: 14 });
    const armenian = fc.array(fc.constantFrom(...'աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆ'), { minLength: 1, maxLength: 14 });
    const georgian = fc.array(fc.constantFrom(...'აბგდევზთიკლმნოპჟრსტუფქღყშჩცძწჭხჯჰ'), { minLength: 1, maxLength: 14 });
    fc.assert(
      fc.property(fc.oneof(cyrillic, armenian, georgian), (letters) => {
        const variants = transliterate(letters.join(''));
        expect(variants.length).toBeGreaterThan(0);
        expect(variants.length).toBeLessThanOrEqual(MAX_VARIANTS);
        for (const v of variants) expect(v).toMatch(/^[a-zəışçğöü' -]*$/u);
      }),
    );
  });
});
