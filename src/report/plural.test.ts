import { describe, expect, it } from 'vitest';
import { countOf, NOUNS } from './plural.js';

describe('plural forms', () => {
  it('says 1 person and 2 persons, and groups digits', () => {
    expect(countOf(1, NOUNS.person, 'en')).toBe('1 person');
    expect(countOf(0, NOUNS.person, 'en')).toBe('0 persons');
    expect(countOf(1204, NOUNS.record, 'en')).toBe('1,204 records');
  });

  it('takes the Russian form from the last digits: 1, 21 лицо; 2-4, 184 лица; 5-20, 111 лиц', () => {
    expect([1, 21, 101].map((n) => countOf(n, NOUNS.person, 'ru'))).toEqual(['1 лицо', '21 лицо', '101 лицо']);
    expect([2, 4, 184, 22].map((n) => countOf(n, NOUNS.person, 'ru'))).toEqual(['2 лица', '4 лица', '184 лица', '22 лица']);
    expect([0, 5, 11, 12, 14, 111, 1000].map((n) => countOf(n, NOUNS.pair, 'ru'))).toEqual(['0 пар', '5 пар', '11 пар', '12 пар', '14 пар', '111 пар', '1\u00a0000 пар']);
  });
});
