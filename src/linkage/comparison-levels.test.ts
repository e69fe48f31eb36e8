import { describe, expect, it } from 'vitest';
import type { ParsedRecord } from '../ingest/record.js';
import { compileComparisons } from './comparison-levels.js';
import { CodeComparison, DateComparison, NameComparison } from './comparison-settings.js';
import { namesAnalyser } from './names-analyser.js';
import { prepareRecords } from './record-features.js';
import { isoDate, linkRecordsOf } from './test-records.js';

/** The level label two records reach in one comparison. */
function levelOf(comparison: Parameters<typeof compileComparisons>[0][number], a: ParsedRecord, b: ParsedRecord): string {
  const features = prepareRecords(linkRecordsOf([['x', a], ['y', b]]), namesAnalyser);
  const [comparer] = compileComparisons([comparison], features, namesAnalyser);
  return comparer?.levels[comparer.level(0, 1)]?.label ?? '';
}

describe('name comparison levels', () => {
  const surname = NameComparison('surname');
  const given = NameComparison('given_name');
  const father = NameComparison('father_name');

  it('tells exact, transliterated, variant and different surnames apart', () => {
    expect(levelOf(surname, { surname: 'Grigoryan' }, { surname: 'GRIGORYAN' })).toBe('exact');
    expect(levelOf(surname, { surname: 'Григорян' }, { surname: 'Qriqoryan' })).toBe('equal after transliteration');
    expect(levelOf(surname, { surname: 'Harutyunyan' }, { surname: 'Арутюнян' })).not.toBe('else');
    expect(levelOf(surname, { surname: 'Grigoryan' }, { surname: 'Gevorgyan' })).not.toMatch(/exact|transliteration|variant/);
  });

  it('knows given-name aliases and reads fathers out of patronymics in any form', () => {
    expect(levelOf(given, { given_name: 'Hovhannes' }, { given_name: 'Иван' })).toBe('alias (equivalent name)');
    expect(levelOf(father, { patronymic: 'Гагикович' }, { patronymic: 'Gagik' })).toBe('equal after transliteration');
    expect(levelOf(father, { patronymic: 'Rəşid oğlu' }, { patronymic: 'Rəşid' })).toBe('exact');
  });

  it('gives the null level when a side is missing', () => {
    expect(levelOf(surname, { surname: 'Grigoryan' }, {})).toBe('null');
    expect(levelOf(surname, { surname: '  ' }, { surname: 'Grigoryan' })).toBe('null');
  });
});

describe('birth date comparison levels', () => {
  const date = DateComparison();
  const level = (a: string, b: string): string => levelOf(date, { birth_date: isoDate(a) }, { birth_date: isoDate(b) });

  it('orders the levels from exact to else', () => {
    expect(level('1990-03-12', '1990-03-12')).toBe('exact');
    expect(level('1990-03-12', '1990-12-03')).toBe('day and month swapped');
    expect(level('1990', '1990-03-12')).toBe('compatible (agree on all both know)');
    expect(level('1990-03', '1990-03')).toBe('compatible (agree on all both know)');
    expect(level('1990-03-12', '1990-03-15')).toBe('same year and month');
    expect(level('1990-03-12', '1990-07-15')).toBe('same year');
    expect(level('1990-12-30', '1991-02-01')).toBe('within one year');
    expect(level('1990-03-12', '1995-03-12')).toBe('else');
  });

  it('matches an ambiguous date on its other reading', () => {
    const ambiguous = { text: '03/04/1990', year: 1990, month: 3, day: 4, alternative: { month: 4, day: 3 } };
    expect(levelOf(date, { birth_date: ambiguous }, { birth_date: isoDate('1990-04-03') })).toBe('exact');
  });
});

describe('code comparison levels', () => {
  it('finds service numbers one slip apart', () => {
    const service = CodeComparison('service_number', { oneEditLevel: true });
    expect(levelOf(service, { service_number: 'AB-12345' }, { service_number: 'ab12345' })).toBe('exact');
    expect(levelOf(service, { service_number: '12345' }, { service_number: '12435' })).toBe('one edit apart');
    expect(levelOf(service, { service_number: '12345' }, { service_number: '99999' })).toBe('else');
  });
});
