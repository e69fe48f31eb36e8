import { describe, expect, it } from 'vitest';
import type { ColumnMapping } from '../ingest/list-source.js';
import { allowedFields, extraColumnLines, extraColumns } from './field-minimisation.js';

const columns: ColumnMapping[] = [
  { header: 'ID', field: 'record_id', how: 'recognised' },
  { header: 'ФИО', field: 'full_name', how: 'recognised' },
  { header: 'Звание', field: 'rank', how: 'recognised' },
  { header: 'Место', field: 'place', how: 'recognised' },
  { header: 'Пол', field: 'sex', how: 'recognised' },
  { header: 'Мать', how: 'unmapped' },
];

describe('field minimisation', () => {
  it('names the columns beyond the Art. 17 minimum, each against the list’s rule', () => {
    const allowed = allowedFields({ default: ['place'], lists: { held: ['place', 'sex'] } }, 'enquiries');
    expect(extraColumns(columns, allowed).map((e) => [e.header, e.field, e.verdict])).toEqual([
      ['Место', 'place', 'allowed'],
      ['Пол', 'sex', 'not-allowed'],
      ['Мать', undefined, 'not-allowed'],
    ]);
    expect(extraColumns(columns, allowedFields({ default: ['place'], lists: { held: ['place', 'sex'] } }, 'held')).map((e) => e.verdict)).toEqual(['allowed', 'allowed', 'not-allowed']);
  });

  it('says when no rule is set, and leaves dropped columns out', () => {
    expect(extraColumns(columns, allowedFields(undefined, 'x'), new Set(['Мать', 'Пол'])).map((e) => [e.header, e.verdict])).toEqual([['Место', 'no-rule']]);
    expect(extraColumnLines(extraColumns(columns, undefined)).join('\n')).toMatch(/"Мать": kept only as written, no rule set/);
    expect(extraColumnLines([])).toEqual([]);
  });
});
