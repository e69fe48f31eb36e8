import { describe, expect, it } from 'vitest';
import type { ListKind, ParsedRecord } from '../../ingest/record.js';
import { compileComparisons } from './comparison-levels.js';
import { CodeComparison, DateComparison, EventOrderComparison, NameComparison, PlaceComparison } from './comparison-settings.js';
import { namesAnalyser } from '../features/names-analyser.js';
import { prepareRecords } from '../features/record-features.js';
import type { LinkRecord } from '../features/link-record.js';
import { isoDate, linkRecordsOf } from '../testing/test-records.js';

/** The level label two records reach in one comparison, their lists of the kinds given. */
function levelOf(comparison: Parameters<typeof compileComparisons>[0][number], a: ParsedRecord, b: ParsedRecord, kinds: [ListKind, ListKind] = ['missing', 'detention']): string {
  const [x, y] = linkRecordsOf([['x', a], ['y', b]]) as [LinkRecord, LinkRecord];
  const features = prepareRecords([{ ...x, kind: kinds[0] }, { ...y, kind: kinds[1] }], namesAnalyser);
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

describe('event comparison levels', () => {
  const eventDate = DateComparison('event_date');
  const level = (a: string, b: string, kinds?: [ListKind, ListKind]): string => levelOf(eventDate, { event_date: isoDate(a) }, { event_date: isoDate(b) }, kinds);

  it('dates the disappearance and the capture as one event: same day, within 2 days, a month, a week', () => {
    expect(level('2020-10-12', '2020-10-12')).toBe('same day');
    expect(level('2020-10-12', '2020-10-14')).toBe('within 2 days');
    expect(level('2020-10-31', '2020-11-02')).toBe('within 2 days');
    expect(level('2020-10', '2020-10-21')).toBe('compatible (one known to the month only)');
    expect(level('2020-10-12', '2020-10-18')).toBe('within a week');
    expect(level('2020-10-12', '2020-11-08')).toBe('else');
  });

  it('says nothing of a later event or a list of unknown kind', () => {
    expect(level('2020-10-12', '2020-10-12', ['missing', 'release'])).toBe('null');
    expect(level('2020-10-12', '2020-10-12', ['visit', 'visit'])).toBe('null');
    expect(level('2020-10-12', '2020-10-12', ['missing', 'other'])).toBe('null');
    expect(levelOf(eventDate, { event_date: isoDate('2020-10-12') }, {})).toBe('null');
  });

  it('counts a release or death dated before the disappearance against, on every reading', () => {
    const order = EventOrderComparison();
    const pair = (first: string, later: string, kind: ListKind): string => levelOf(order, { event_date: isoDate(first) }, { event_date: isoDate(later) }, ['missing', kind]);
    expect(pair('2020-10-12', '2020-12-01', 'release')).toBe('in order');
    expect(pair('2020-10-12', '2020-10-12', 'visit')).toBe('in order');
    expect(pair('2020-10-12', '2020-09-30', 'death')).toBe('later event dated before the disappearance');
    expect(pair('2020-10', '2020-10-02', 'release')).toBe('in order');
    expect(levelOf(order, { event_date: isoDate('2020-10-12') }, { event_date: isoDate('2020-09-30') }, ['missing', 'detention'])).toBe('null');
  });

  it('relates a place across scripts: Hadrut, Гадрут and Հադրութ are one place', () => {
    const place = PlaceComparison('event_place');
    const at = (a: string, b: string, kinds?: [ListKind, ListKind]): string => levelOf(place, { place: a }, { place: b }, kinds);
    expect(at('Հադրութ', 'Гадрут')).toBe('same place in another script');
    expect(at('Гадрут', 'Hadrut')).toBe('same place in another script');
    expect(at('Հադրութ', 'Hadrut')).toBe('same place in another script');
    expect(at('HADRUT', 'Hadrut')).toBe('exact');
    expect(at('Լաչին', 'Laçın')).toBe('same place in another script');
    expect(at('Հադրութ', 'Шуша')).toBe('else');
    // A visit's place is a prison, not where the man went missing.
    expect(at('Hadrut', 'Hadrut', ['missing', 'visit'])).toBe('null');
  });

  it('relates birth places across scripts too, unless the settings predate it', () => {
    expect(levelOf(PlaceComparison('birth_place'), { birth_place: 'Ասկերան' }, { birth_place: 'Аскеран' })).toBe('same place in another script');
    expect(levelOf(PlaceComparison('birth_place', { acrossScripts: false }), { birth_place: 'Ասկերան' }, { birth_place: 'Аскеран' })).toBe('else');
  });
});
