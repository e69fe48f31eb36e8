import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WhereaboutsError } from '../errors.js';
import { parseColumnMap } from './column-map-option.js';
import { CANONICAL_FIELDS } from './record.js';

describe('parseColumnMap', () => {
  it('reads Column=field pairs, splitting at the last "="', () => {
    expect(parseColumnMap(['Ф.И.О.=full_name', 'a=b=notes', 'Фамилия, имя, отчество = FULL_NAME', 'Blood=ignore'])).toEqual({
      'Ф.И.О.': 'full_name',
      'a=b': 'notes',
      'Фамилия, имя, отчество': 'full_name',
      Blood: 'ignore',
    });
  });

  it.each([
    ['Фамилия', 'has no "="'],
    ['=surname', 'names no column'],
    ['Фамилия=lastname', '"lastname" is not a field'],
  ])('rejects %s, naming the bad part', (value, message) => {
    expect(() => parseColumnMap([value])).toThrow(message);
    try {
      parseColumnMap([value]);
    } catch (error) {
      expect((error as WhereaboutsError).code).toBe('WA_MAP_INVALID');
      expect((error as WhereaboutsError).message).toContain(value);
    }
  });

  it('rejects one column mapped two ways', () => {
    expect(() => parseColumnMap(['A=surname', 'A=notes'])).toThrow('twice');
  });

  it('accepts any header with any field, and nothing else', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.constantFrom(...CANONICAL_FIELDS, 'ignore'), (header, field) => {
        fc.pre(header.trim() !== '');
        expect(parseColumnMap([`${header}=${field}`])).toEqual({ [header.trim()]: field });
      }),
    );
  });
});
