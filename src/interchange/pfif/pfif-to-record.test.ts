import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DESCRIBED_FIELDS, readDescription, writeDescription } from './pfif-description.js';
import type { DescribedField } from './pfif-description.js';
import { readPfifCsv } from './pfif-csv-reader.js';
import { pfifLinks, pfifPersonToRow } from './pfif-to-record.js';
import { recordToPfif } from './record-to-pfif.js';
import { readPfifXml } from './pfif-xml-reader.js';
import { PFIF_FOOTER, PFIF_HEADER, pfifPersonXml } from './pfif-xml-writer.js';

describe('a PFIF person as a list row', () => {
  it('maps names, sex, date of birth, and the latest note’s status and place; keeps every element raw', () => {
    const doc = readPfifXml(
      `<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.2"><pfif:person><pfif:person_record_id>icrc.org/p.1</pfif:person_record_id>
        <pfif:first_name>Davit</pfif:first_name><pfif:last_name>Hakobyan</pfif:last_name><pfif:sex>male</pfif:sex><pfif:date_of_birth>1988-04</pfif:date_of_birth>
        <pfif:other>Seen in Shusha.</pfif:other>
        <pfif:note><pfif:note_record_id>icrc.org/n.2</pfif:note_record_id><pfif:author_name>b</pfif:author_name><pfif:source_date>2021-01-02T00:00:00Z</pfif:source_date><pfif:status>believed_dead</pfif:status><pfif:text>t</pfif:text></pfif:note>
        <pfif:note><pfif:note_record_id>icrc.org/n.1</pfif:note_record_id><pfif:author_name>a</pfif:author_name><pfif:source_date>2020-12-01T00:00:00Z</pfif:source_date><pfif:status>believed_alive</pfif:status><pfif:last_known_location>Baku</pfif:last_known_location><pfif:text>t</pfif:text></pfif:note>
      </pfif:person></pfif:pfif>`,
      'x.xml',
    );
    const row = pfifPersonToRow(doc.persons[0]!, 1);
    expect(row.ok).toBe(true);
    if (!row.ok) return;
    expect(row.row.fields).toEqual({
      record_id: 'icrc.org/p.1',
      given_name: 'Davit',
      surname: 'Hakobyan',
      sex: 'male',
      birth_date: { text: '1988-04', year: 1988, month: 4 },
      notes: 'Seen in Shusha.',
      status: 'believed dead',
      place: 'Baku',
    });
    expect(row.row.raw['note 1 status']).toBe('believed_dead');
    expect(row.row.sourceRow).toBe(1);
  });

  it('quarantines an expired placeholder and a person without id, saying why', () => {
    const doc = readPfifXml(
      `<pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"><pfif:person><pfif:person_record_id>a.org/1</pfif:person_record_id><pfif:expiry_date>2020-01-01T00:00:00Z</pfif:expiry_date><pfif:source_date>2020-01-01T00:00:00Z</pfif:source_date></pfif:person><pfif:person><pfif:full_name>X</pfif:full_name></pfif:person></pfif:pfif>`,
      'x.xml',
    );
    const [expired, noId] = doc.persons.map((p, i) => pfifPersonToRow(p, i + 1));
    expect(expired).toMatchObject({ ok: false, row: { reason: expect.stringMatching(/expired record/) as unknown } });
    expect(noId).toMatchObject({ ok: false, row: { reason: 'the person has no person_record_id', column: 'person_record_id' } });
  });

  it('comes back from the export as it went: every field linkage reads, dates as written', () => {
    const fields = {
      record_id: '17',
      full_name: 'ГРИГОРЯН Арам Гагикович',
      surname: 'ГРИГОРЯН',
      given_name: 'Арам',
      patronymic: 'Гагикович',
      sex: 'male' as const,
      birth_date: { text: '05.11.1992', year: 1992, month: 11, day: 5, alternative: { month: 5, day: 11 } },
      event_date: { text: 'окт. 2020', year: 2020, month: 10 },
      place: 'Гадрут',
      unit: '12345',
      status: 'задержан',
      notes: 'ранен',
    };
    const out = recordToPfif(
      { list: { name: 'm', label: null, party: 'mediator', kind: 'missing' }, identity: 'id:17', row: 1, fields, importedAt: '2026-01-01T00:00:00Z', linkedTo: ['d/x/id:1'], alternateNames: [] },
      { domain: 'd' },
    )!;
    const doc = readPfifXml(PFIF_HEADER + pfifPersonXml(out) + PFIF_FOOTER, 'rt.xml');
    const row = pfifPersonToRow(doc.persons[0]!, 1);
    expect(row.ok && row.row.fields).toEqual({ ...fields, record_id: 'd/m/id:17', event_date: { ...fields.event_date, text: 'окт. 2020' } });
    expect(pfifLinks(doc.persons[0]!)).toMatchObject([{ from: 'd/m/id:17', to: 'd/x/id:1' }]);
  });
});

describe('the description’s labelled lines', () => {
  it('read back what was written, multi-line values included (property)', () => {
    const value = fc.string({ minLength: 1, maxLength: 20 }).map((s) => s.replace(/\r/g, '')).filter((s) => s.trim() !== '' && s.split('\n').every((l) => l.trim() === l && l !== ''));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...DESCRIBED_FIELDS), value), (values) => {
        const written = writeDescription(values);
        expect(readDescription(written).values).toEqual(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.trim()])) as Partial<Record<DescribedField, string>>);
      }),
    );
  });

  it('leaves a sender’s own description as notes', () => {
    expect(readDescription('Tall, dark hair.\nLast seen near the bridge.')).toEqual({ values: {}, rest: 'Tall, dark hair.\nLast seen near the bridge.' });
  });
});

describe('Person Finder’s CSV form', () => {
  it('reads a person per row, a note per row that repeats a person, unknown columns kept', () => {
    const csv = [
      'person_record_id,author_name,source_date,full_name,given_name,family_name,sex,note_record_id,status,last_known_location,text,unit',
      '1,Test Author,2013-02-14T00:00:00Z,Test Person,,,male,1,believed_missing,,He is missing,7',
      '1,Test Author,2013-02-15T00:00:00Z,Test Person,,,male,2,believed_alive,Goris,Found,7',
      '2,Other,2013-02-14T00:00:00Z,Anna Sargsyan,Anna,Sargsyan,female,,,,,',
    ].join('\n');
    const doc = readPfifCsv(csv, 'pf.csv');
    expect(doc.persons.map((p) => [p.fields['person_record_id'], p.notes.length])).toEqual([
      ['1', 2],
      ['2', 0],
    ]);
    expect(doc.persons[0]?.unknown).toEqual([['unit', '7']]);
    const row = pfifPersonToRow(doc.persons[0]!, 1);
    expect(row.ok && row.row.fields).toMatchObject({ record_id: '1', full_name: 'Test Person', status: 'believed alive', place: 'Goris', sex: 'male' });
  });

  it('refuses a CSV that is not PFIF', () => {
    expect(() => readPfifCsv('ID,Surname\n1,Hakobyan\n', 'list.csv')).toThrow(/not PFIF CSV/);
  });
});

describe('the PFIF CSV reader (property)', () => {
  it('reads back every person and cell a CSV writer wrote, whatever the text', () => {
    const cell = fc.string({ maxLength: 12 }).map((s) => s.replace(/\r/g, ''));
    const quote = (c: string): string => `"${c.replaceAll('"', '""')}"`;
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell), { minLength: 1, maxLength: 6 }), (rows) => {
        const csv = ['person_record_id,full_name,home_city', ...rows.map(([name, city], i) => [quote(`d/${i}`), quote(name), quote(city)].join(','))].join('\n');
        const doc = readPfifCsv(csv, 'p.csv');
        expect(doc.persons.map((p) => p.fields['person_record_id'])).toEqual(rows.map((_, i) => `d/${i}`));
        rows.forEach(([name, city], i) => {
          const person = doc.persons[i]!;
          expect(person.fields['full_name']).toBe(name.trim() === '' ? undefined : name.trim());
          expect(person.fields['home_city']).toBe(city.trim() === '' ? undefined : city.trim());
        });
      }),
    );
  });
});
