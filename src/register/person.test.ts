import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../ingest/partial-date.js';
import type { ListKind, ParsedRecord } from '../ingest/record.js';
import { describeReason } from './best-value.js';
import { buildPerson, buildRegister } from './person.js';
import type { RegisterRecord } from './register-record.js';

function date(text: string, alternative?: { month: number; day: number }): PartialDate {
  const [year, month, day] = text.split('-').map(Number);
  return { text, year: year!, month, day, ...(alternative ? { alternative } : {}) };
}

function record(list: string, row: number, listKind: ListKind, party: string, fields: ParsedRecord, listedDate?: string): RegisterRecord {
  return { key: `${list}:${row}`, list, row, listKind, party, fields, listedDate };
}

describe('claims and conflicts', () => {
  it('keeps every source claim with its list, party and row, in the original script', () => {
    const person = buildPerson('P-000001', [
      record('hy-missing', 4, 'missing', 'AM', { surname: 'Գրիգորյան', given_name: 'Արամ' }),
      record('az-held', 17, 'detention', 'AZ', { surname: 'Qriqoryan', given_name: 'Aram' }),
    ]);
    const surname = person.fields.find((f) => f.field === 'surname')!;
    expect(surname.claims.map((c) => [c.list, c.party, c.row, c.value])).toEqual([
      ['az-held', 'AZ', 17, 'Qriqoryan'],
      ['hy-missing', 'AM', 4, 'Գրիգորյան'],
    ]);
    // Names differ by script by nature: never a conflict.
    expect(person.conflicts).toEqual([]);
  });

  it('flags two birth dates that cannot be one date, and names a day/month swap', () => {
    const person = buildPerson('P-1', [
      record('a', 1, 'missing', 'AM', { birth_date: date('1999-03-12') }),
      record('b', 1, 'detention', 'AZ', { birth_date: date('1999-12-03') }),
      record('c', 1, 'visit', 'ICRC', { birth_date: date('1998-03-12') }),
    ]);
    expect(person.conflicts.map((c) => [c.a.list, c.b.list, c.kind])).toEqual([
      ['a', 'b', 'day-month-swapped'],
      ['a', 'c', 'different'],
      ['b', 'c', 'different'],
    ]);
    const birth = person.fields.find((f) => f.field === 'birth_date')!;
    expect(birth.best.value).toBeUndefined();
    expect(birth.best.reason.kind).toBe('undecided');
  });

  it('does not flag a year, a month or a swappable reading that fits a full date', () => {
    const person = buildPerson('P-1', [
      record('a', 1, 'missing', 'AM', { birth_date: date('1999') }),
      record('b', 1, 'detention', 'AZ', { birth_date: date('1999-03') }),
      record('c', 1, 'visit', 'ICRC', { birth_date: date('1999-12-03', { month: 3, day: 12 }) }),
      record('d', 1, 'visit', 'ICRC', { birth_date: date('1999-03-12') }),
    ]);
    expect(person.conflicts).toEqual([]);
    const birth = person.fields.find((f) => f.field === 'birth_date')!;
    // The unambiguous full date wins over the swappable one and the vaguer ones.
    expect(birth.best.from?.list).toBe('d');
    expect(birth.best.reason).toEqual({ kind: 'sources-agree', support: 4, of: 4, mostPrecise: true });
    expect(describeReason(birth.best.reason)).toBe('all 4 sources agree; most precise date');
  });

  it('compares units by their numbers across scripts, and picks the majority with its reason', () => {
    const person = buildPerson('P-1', [
      record('a', 1, 'missing', 'AM', { unit: 'в/ч 12345' }),
      record('b', 1, 'detention', 'AZ', { unit: 'military unit 12345' }),
      record('c', 1, 'visit', 'ICRC', { unit: 'в/ч 54321' }),
    ]);
    expect(person.conflicts.map((c) => [c.field, c.a.list, c.b.list])).toEqual([
      ['unit', 'a', 'c'],
      ['unit', 'b', 'c'],
    ]);
    const unit = person.fields.find((f) => f.field === 'unit')!;
    expect(unit.best.value).toBe('в/ч 12345');
    expect(describeReason(unit.best.reason)).toBe('2 of 3 sources');
    expect(describeReason(unit.best.reason, 'ru')).toBe('2 из 3 источников');
  });

  it('does not judge ranks written in two languages', () => {
    const person = buildPerson('P-1', [
      record('a', 1, 'missing', 'AM', { rank: 'рядовой' }),
      record('b', 1, 'detention', 'AZ', { rank: 'private' }),
      record('c', 1, 'detention', 'AZ', { rank: 'Sergeant' }),
    ]);
    expect(person.conflicts.map((c) => [c.a.list, c.b.list, c.a.value, c.b.value])).toEqual([['b', 'c', 'private', 'Sergeant']]);
  });

  it('reports within-list duplicates', () => {
    const person = buildPerson('P-1', [
      record('a', 1, 'missing', 'AM', {}),
      record('a', 9, 'missing', 'AM', {}),
      record('b', 2, 'detention', 'AZ', {}),
    ]);
    expect(person.duplicatedOn).toEqual(['a']);
  });
});

describe('buildRegister', () => {
  const records = [record('a', 1, 'missing', 'AM', {}), record('b', 1, 'detention', 'AZ', {}), record('b', 2, 'detention', 'AZ', {})];

  it('groups records into persons as the clusters say', () => {
    const persons = buildRegister(records, [
      { personId: 'P-000001', recordKeys: ['a:1', 'b:2'] },
      { personId: 'P-000002', recordKeys: ['b:1'] },
    ]);
    expect(persons.map((p) => [p.personId, p.records.map((r) => r.key)])).toEqual([
      ['P-000001', ['a:1', 'b:2']],
      ['P-000002', ['b:1']],
    ]);
  });

  it('refuses a record left out, a record in two persons and an unknown record', () => {
    expect(() => buildRegister(records, [{ personId: 'P-1', recordKeys: ['a:1', 'b:1'] }])).toThrow(/b:2 is in no person/);
    expect(() =>
      buildRegister(records, [
        { personId: 'P-1', recordKeys: ['a:1', 'b:1'] },
        { personId: 'P-2', recordKeys: ['b:1', 'b:2'] },
      ]),
    ).toThrow(/two persons/);
    expect(() => buildRegister(records, [{ personId: 'P-1', recordKeys: ['a:1', 'b:1', 'b:2', 'c:1'] }])).toThrow(/c:1/);
  });
});
