import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitFullName } from './full-name.js';

describe('splitFullName', () => {
  const cases: Array<[string, { surname?: string; given_name?: string; patronymic?: string; order: string }]> = [
    ['ГРИГОРЯН Арам Гагикович', { surname: 'ГРИГОРЯН', given_name: 'Арам', patronymic: 'Гагикович', order: 'surname-first' }],
    ['Григорян, Арам Гагикович', { surname: 'Григорян', given_name: 'Арам', patronymic: 'Гагикович', order: 'surname-first' }],
    ['Aram Gagiki Grigoryan', { surname: 'Grigoryan', given_name: 'Aram', patronymic: 'Gagiki', order: 'given-first' }],
    ['Məmmədov Elvin Rəşid oğlu', { surname: 'Məmmədov', given_name: 'Elvin', patronymic: 'Rəşid oğlu', order: 'surname-first' }],
    ['Հարությունյան Արամ Գագիկի', { surname: 'Հարությունյան', given_name: 'Արամ', patronymic: 'Գագիկի', order: 'surname-first' }],
    ['Aram Z. Sargsyan', { surname: 'Sargsyan', given_name: 'Aram', patronymic: 'Z.', order: 'given-first' }],
    ['Арам Гагикович Григорян', { surname: 'Григорян', given_name: 'Арам', patronymic: 'Гагикович', order: 'given-first' }],
    ['Мамедов Эльвин Рашид оглы', { surname: 'Мамедов', given_name: 'Эльвин', patronymic: 'Рашид оглы', order: 'surname-first' }],
    ['Elvin Rəşid oğlu Məmmədov', { surname: 'Məmmədov', given_name: 'Elvin', patronymic: 'Rəşid oğlu', order: 'given-first' }],
    ['Aram HARUTYUNYAN', { surname: 'HARUTYUNYAN', given_name: 'Aram', order: 'given-first' }],
    ['Elvin Mammadov', { surname: 'Mammadov', given_name: 'Elvin', order: 'given-first' }],
    ['Beridze Giorgi', { surname: 'Beridze', given_name: 'Giorgi', order: 'surname-first' }],
    ['Giorgi Beridze', { surname: 'Beridze', given_name: 'Giorgi', order: 'given-first' }],
    ['Алиева Айгюн Эльдаровна', { surname: 'Алиева', given_name: 'Айгюн', patronymic: 'Эльдаровна', order: 'surname-first' }],
    ['Шевченко Тарас Григорович', { surname: 'Шевченко', given_name: 'Тарас', patronymic: 'Григорович', order: 'surname-first' }],
  ];
  for (const [text, expected] of cases) {
    it(`splits "${text}"`, () => {
      const parts = splitFullName(text);
      expect({ surname: parts.surname, given_name: parts.given_name, patronymic: parts.patronymic, order: parts.order }).toEqual({
        surname: expected.surname,
        given_name: expected.given_name,
        patronymic: expected.patronymic,
        order: expected.order,
      });
    });
  }

  it('trims and keeps the original cell', () => {
    const parts = splitFullName('  ГРИГОРЯН   Арам  ');
    expect(parts.original).toBe('  ГРИГОРЯН   Арам  ');
    expect(parts.surname).toBe('ГРИГОРЯН');
    expect(parts.given_name).toBe('Арам');
  });

  it('says unknown when nothing decides the order', () => {
    expect(splitFullName('Aram Armen').order).toBe('unknown');
    expect(splitFullName('').order).toBe('unknown');
  });

  it('a lone surname stays a surname', () => {
    expect(splitFullName('Grigoryan')).toMatchObject({ surname: 'Grigoryan', order: 'unknown' });
  });

  it('never loses or invents a word', () => {
    const word = fc.stringMatching(/^[A-Za-zА-Яа-яԱ-Ֆա-ֆəğı.]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), fc.boolean(), (words, comma) => {
        const text = comma && words.length > 1 ? `${words[0]}, ${words.slice(1).join(' ')}` : words.join(' ');
        const parts = splitFullName(text);
        const back = [parts.surname, parts.given_name, parts.patronymic].filter((p) => p !== undefined).join(' ').split(' ');
        expect(back.sort()).toEqual([...words].sort());
      }),
    );
  });
});
