import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prepareName } from './prepared-name.js';
import type { NamePart } from './prepared-name.js';
import { nameSimilarity, sharesSoundForm } from './similarity.js';
import { givenNameRelation } from './given-name-relation.js';
import { explainSimilarity } from './similarity-explanation.js';

const sim = (a: string, b: string, part: NamePart = 'surname'): number => nameSimilarity(prepareName(a, part), prepareName(b, part));

describe('nameSimilarity', () => {
  it('scores one surname in different scripts as the same', () => {
    expect(sim('Հարությունյան', 'Арутюнян')).toBe(1);
    expect(sim('Григорян', 'Qriqoryan')).toBe(1);
    expect(sim('Գևորգյան', 'Геворкян')).toBe(1);
    expect(sim('Grigoryan', 'Grigorian')).toBe(1);
  });

  it('scores the issue\'s hard negatives below their positives', () => {
    const positive = Math.min(sim('Grigoryan', 'Grigorian'), sim('Sargsyan', 'Sarkisyan'), sim('Aram', 'Арам', 'given'));
    expect(sim('Grigoryan', 'Gevorgyan')).toBeLessThan(positive);
    expect(sim('Hakobyan', 'Harutyunyan')).toBeLessThan(positive);
    expect(sim('Aram', 'Arman', 'given')).toBeLessThan(positive);
  });

  it('weighs a listed spelling variant above an alias, and both above a different name', () => {
    const variant = sim('Hovhannes', 'Ованес', 'given');
    const alias = sim('Hovhannes', 'Ivan', 'given');
    const different = sim('Hovhannes', 'Tigran', 'given');
    expect(variant).toBeGreaterThan(alias);
    expect(alias).toBeGreaterThan(different);
  });

  it('compares patronymics by the father\'s name', () => {
    expect(sim('Гагикович', 'Գագիկի', 'patronymic')).toBe(1);
    expect(sim('Rəşid oğlu', 'Рашидович', 'patronymic')).toBe(1);
    expect(sim('Гагикович', 'Ашотович', 'patronymic')).toBeLessThan(0.7);
  });

  it('lets an initial agree with a name that starts with it', () => {
    expect(sim('Z.', 'Zaven', 'patronymic')).toBeGreaterThan(sim('Z.', 'Aram', 'patronymic'));
  });

  it('is symmetric and in [0, 1]', () => {
    const names = fc.constantFrom('Григорян', 'Grigoryan', 'Gevorgyan', 'Հակոբյան', 'Akopyan', 'Aliyeva', 'Əliyev', 'Hayk', 'Гайк', 'Sasha', '', 'Z.');
    fc.assert(
      fc.property(names, names, fc.constantFrom<NamePart>('surname', 'given'), (a, b, part) => {
        const x = sim(a, b, part);
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        expect(sim(b, a, part)).toBeCloseTo(x, 12);
      }),
    );
  });
});

describe('givenNameRelation', () => {
  const rel = (a: string, b: string): string => givenNameRelation(prepareName(a, 'given'), prepareName(b, 'given'));
  it('tells the same name, a spelling variant, an alias and a different name', () => {
    expect(rel('Арам', 'Aram')).toBe('same');
    expect(rel('Davit', 'Давид')).toBe('spelling-variant');
    expect(rel('Hayk', 'Гайк')).toBe('spelling-variant');
    expect(rel('Mikayel', 'Михаил')).toBe('spelling-variant');
    expect(rel('Hovhannes', 'Ivan')).toBe('alias');
    expect(rel('Volodya', 'Vladimir')).toBe('alias');
    expect(rel('Aram', 'Arman')).toBe('different');
    expect(rel('Гагик', 'Hayk')).toBe('different');
  });
});

describe('explainSimilarity', () => {
  it('says which forms met', () => {
    const { score, reason } = explainSimilarity(prepareName('Հարությունյան', 'surname'), prepareName('Arutiunian', 'surname'));
    expect(score).toBe(1);
    expect(reason).toContain('arutiun');
  });
});

describe('sharesSoundForm', () => {
  const shares = (a: string, b: string): boolean => sharesSoundForm(prepareName(a, 'surname'), prepareName(b, 'surname'));
  it('tells spellings of one surname from different surnames, whatever the number of forms', () => {
    expect(shares('Hakobyan', 'Акопян')).toBe(true);
    expect(shares('Григорян', 'Qriqoryan')).toBe(true);
    expect(shares('Grigoryan', 'Gevorgyan')).toBe(false);
    expect(shares('Aram', '')).toBe(false);
    expect(shares('', '')).toBe(false);
  });

  it('agrees with comparing the forms as strings', () => {
    const names = fc.constantFrom('Григорян', 'Grigoryan', 'Gevorgyan', 'Հակոբյան', 'Akopyan', 'Aliyeva', 'Əliyev', 'Оганесян', 'Oqanyan', 'Ohanian', '', 'Z.');
    fc.assert(
      fc.property(names, names, (a, b) => {
        const pa = prepareName(a, 'surname');
        const pb = prepareName(b, 'surname');
        expect(sharesSoundForm(pa, pb)).toBe(pa.soundForms.some((f) => pb.soundForms.includes(f)));
      }),
      { numRuns: 500 },
    );
  });
});
