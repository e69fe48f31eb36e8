import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fatherNameFromPatronymic, patronymicCue } from './patronymic.js';

describe('fatherNameFromPatronymic', () => {
  const cases: Array<[string, string]> = [
    ['Гагикович', 'Гагик'],
    ['Гагиковна', 'Гагик'],
    ['Գագիկի', 'Գագիկ'],
    ['Վահեի', 'Վահե'],
    ['Rəşid oğlu', 'Rəşid'],
    ['Rəşid qızı', 'Rəşid'],
    ['Рашид оглы', 'Рашид'],
    ['Gagikovich', 'Gagik'],
    ['Gagiki', 'Gagik'],
    ['Сергеевич', 'Сергей'],
    ['Николаевна', 'Николай'],
    ['Дмитриевич', 'Дмитрий'],
    ['Григорьевич', 'Григорий'],
    ['Юрьевна', 'Юрий'],
    ['Ильич', 'Илья'],
    ['Ильинична', 'Илья'],
    ['Никитич', 'Никита'],
    ['Кузьмич', 'Кузьма'],
    ['Павлович', 'Павел'],
    ['Михайловна', 'Михаил'],
    ['Игоревич', 'Игорь'],
    ['Тарасович', 'Тарас'],
    ['Олегівна', 'Олег'],
    ['Андріївна', 'Андрій'],
    ['Сергійович', 'Сергій'],
    ['Tarasovych', 'Taras'],
    ['Sergeyevich', 'Sergey'],
    ['Andreevna', 'Andrey'],
    ['ГАГИКОВИЧ', 'ГАГИК'],
    ['ИЛЬИЧ', 'ИЛЬЯ'],
  ];
  for (const [patronymic, father] of cases) {
    it(`${patronymic} → ${father}`, () => expect(fatherNameFromPatronymic(patronymic)).toBe(father));
  }

  it('is undefined for what is not a patronymic', () => {
    for (const word of ['Григорян', 'Արամ', 'Aram', 'Бабич', 'Giorgi', 'Հարությունյան', '']) {
      expect(fatherNameFromPatronymic(word)).toBeUndefined();
    }
  });

  it('recognises patronymic forms as cues', () => {
    expect(patronymicCue('Гагикович')).toBe('strong');
    expect(patronymicCue('Гагикի')).toBeUndefined();
    expect(patronymicCue('Gagiki')).toBe('weak');
    expect(patronymicCue('Grigoryan')).toBeUndefined();
  });

  it('a father name taken from a Russian patronymic is a prefix-like stem of it', () => {
    const stem = fc.stringMatching(/^[А-Я][а-я]{2,8}[бвгдзклмнпрстфх]$/);
    fc.assert(
      fc.property(stem, fc.constantFrom('ович', 'овна'), (name, ending) => {
        expect(fatherNameFromPatronymic(name + ending)).toBe(name);
      }),
    );
  });
});
