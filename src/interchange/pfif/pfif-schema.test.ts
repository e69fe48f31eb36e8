import { describe, expect, it } from 'vitest';
import { pfifSchemaProblems as schemaProblems } from '../../../test/pfif-schema.js';
import type { RecordForPfif } from './record-to-pfif.js';
import { recordToPfif } from './record-to-pfif.js';
import { PFIF_FOOTER, PFIF_HEADER, pfifPersonXml } from './pfif-xml-writer.js';

const record = (overrides: Partial<RecordForPfif> = {}): RecordForPfif => ({
  list: { name: 'detaining-held', label: 'Held by the detaining party', party: 'detaining', kind: 'detention' },
  identity: 'id:17',
  row: 3,
  fields: {
    record_id: '17',
    surname: 'Qriqoryan',
    given_name: 'Aram',
    patronymic: 'Qagik oğlu',
    sex: 'male',
    birth_date: { text: '05.11.1992', year: 1992, month: 11, day: 5, alternative: { month: 5, day: 11 } },
    event_date: { text: '12.10.2020', year: 2020, month: 10, day: 12 },
    place: 'Hadrut',
    rank: 'sıravi',
    notes: 'wounded\nin the left arm',
  },
  importedAt: '2026-11-29T08:40:00.123Z',
  expiresOn: '2031-01-01',
  linkedTo: ['tracing.example.org/home-missing/id:27'],
  alternateNames: ['Գրիգորյան Արամ Գագիկի', 'ГРИГОРЯН Арам Гагикович'],
  ...overrides,
});

const documentOf = (...records: RecordForPfif[]): string =>
  PFIF_HEADER + records.map((r) => pfifPersonXml(recordToPfif(r, { domain: 'tracing.example.org', linkedAt: '2026-11-30T10:00:00Z' })!)).join('') + PFIF_FOOTER;

describe('the PFIF 1.4 export against the specification’s schema', () => {
  it('is valid with every field whereabouts writes, notes and links included', () => {
    expect(schemaProblems(documentOf(record(), record({ identity: 'content:0123456789abcdef', fields: { full_name: 'СУРЕНЯН Саркис Арамович' }, linkedTo: [], alternateNames: [] })))).toEqual([]);
  });

  it('is valid for every kind of list and without optional fields', () => {
    for (const kind of ['missing', 'detention', 'visit', 'release', 'death', 'other'] as const) {
      const bare = record({ list: { name: 'x', label: null, party: null, kind }, fields: { surname: 'Hakobyan' }, linkedTo: [], alternateNames: [] });
      delete bare.expiresOn;
      expect(schemaProblems(documentOf(bare)), kind).toEqual([]);
    }
  });

  it('keeps characters XML cannot hold out of the document, and escapes markup', () => {
    const xml = documentOf(record({ fields: { surname: 'A<b>&\u0001\uFFFE"c' } }));
    expect(schemaProblems(xml)).toEqual([]);
    expect(xml).toContain('A&lt;b&gt;&amp;"c');
  });

  it('has teeth: the schemas refuse what the specification forbids', () => {
    const valid = documentOf(record());
    const broken = {
      'no full_name': valid.replace(/<pfif:full_name>[^<]*<\/pfif:full_name>/, ''),
      'a status PFIF does not define': valid.replace('believed_alive', 'held'),
      'a local time': valid.replace('2026-11-29T08:40:00Z', '2026-11-29 08:40'),
      'a record id without a domain': valid.replace('tracing.example.org/detaining-held/id:17</pfif:person_record_id>', 'id-17</pfif:person_record_id>'),
      'a date of birth as the list wrote it': valid.replace('<pfif:date_of_birth>1992</pfif:date_of_birth>', '<pfif:date_of_birth>05.11.1992</pfif:date_of_birth>'),
      'a note without text': valid.replace(/<pfif:text>[^<]*<\/pfif:text>/, ''),
    };
    for (const [what, xml] of Object.entries(broken)) {
      expect(xml, what).not.toBe(valid);
      expect(schemaProblems(xml).length, what).toBeGreaterThan(0);
    }
  });
});
