import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { recogniseHeader } from './header-recognition.js';
import { HEADER_VOCABULARY } from './header-vocabulary.js';
import { foldLabel } from './label-fold.js';
import type { CanonicalField } from './record.js';

const EXAMPLES: [string, CanonicalField][] = [
  // English
  ['Surname', 'surname'], ['Full name', 'full_name'], ['Date of capture', 'event_date'], ['Date of birth', 'birth_date'],
  ['Service number', 'service_number'], ['Place of capture', 'place'], ['Military unit', 'unit'], ['Sex', 'sex'],
  // Russian
  ['Фамилия', 'surname'], ['ФИО', 'full_name'], ['Ф.И.О.', 'full_name'], ['Отчество', 'patronymic'], ['Дата рождения', 'birth_date'],
  ['Дата пленения', 'event_date'], ['в/ч', 'unit'], ['Место рождения', 'birth_place'], ['Звание', 'rank'], ['Примечание', 'notes'],
  ['№ п/п', 'record_id'], ['Имя', 'given_name'],
  // Ukrainian
  ['Прізвище', 'surname'], ["Ім'я", 'given_name'], ['По батькові', 'patronymic'], ['Дата народження', 'birth_date'], ['ПІБ', 'full_name'],
  // Armenian
  ['Ազգանուն', 'surname'], ['Անուն', 'given_name'], ['Հոր անունը', 'patronymic'], ['Ծննդյան ամսաթիվ', 'birth_date'], ['Զորամաս', 'unit'],
  ['Ծննդավայր', 'birth_place'], ['Կոչում', 'rank'],
  // Azerbaijani
  ['Soyadı', 'surname'], ['Adı', 'given_name'], ['Ata adı', 'patronymic'], ['Doğum tarixi', 'birth_date'], ['Itkin düşmə tarixi', 'event_date'],
  ['Hərbi hissə', 'unit'], ['Rütbə', 'rank'], ['Cinsi', 'sex'],
  // Dates of the event a release, exchange, visit or death list records
  ['Дата обмена', 'event_date'], ['Дата освобождения', 'event_date'], ['Ölüm tarixi', 'event_date'], ['Mübadilə tarixi', 'event_date'],
  ['Մահվան ամսաթիվ', 'event_date'], ['Ազատ արձակման ամսաթիվ', 'event_date'],
];

describe('recogniseHeader', () => {
  it.each(EXAMPLES)('reads %s as %s', (header, field) => {
    expect(recogniseHeader(header)?.field).toBe(field);
  });

  it('ignores case, accents, punctuation and extra spaces', () => {
    expect(recogniseHeader('  SOYADI ')?.field).toBe('surname');
    expect(recogniseHeader('date_of_birth')?.field).toBe('birth_date');
    expect(recogniseHeader('ДАТА  РОЖДЕНИЯ:')?.field).toBe('birth_date');
  });

  it('reads a header with a remark or extra words by the longest entry inside it', () => {
    expect(recogniseHeader('Дата рождения (дд.мм.гггг)')).toMatchObject({ field: 'birth_date', match: 'exact' });
    expect(recogniseHeader('Фамилия военнослужащего')).toMatchObject({ field: 'surname', match: 'contains' });
    expect(recogniseHeader('Место рождения (город, село)')?.field).toBe('birth_place');
  });

  it('leaves columns it does not know unmapped', () => {
    expect(recogniseHeader('Blood group')).toBeUndefined();
    expect(recogniseHeader('')).toBeUndefined();
    expect(recogniseHeader('---')).toBeUndefined();
  });

  it('has no spelling claimed by two fields', () => {
    const owner = new Map<string, CanonicalField>();
    const clashes: string[] = [];
    for (const [field, entries] of Object.entries(HEADER_VOCABULARY) as [CanonicalField, readonly string[]][]) {
      for (const entry of entries) {
        const folded = foldLabel(entry);
        const previous = owner.get(folded);
        if (previous !== undefined && previous !== field) clashes.push(`${entry}: ${previous} and ${field}`);
        owner.set(folded, field);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (header) => {
        const result = recogniseHeader(header);
        if (result !== undefined) expect(Object.keys(HEADER_VOCABULARY)).toContain(result.field);
      }),
    );
  });
});
