import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANONICAL_FIELDS } from '../ingest/record.js';
import type { ParsedRecord } from '../ingest/record.js';
import type { PartialDate } from '../ingest/partial-date.js';
import { RawLayout, decodeFields, decodeRaw, encodeFields, encodeQuarantined, encodeRecord, recordEncoder } from './record-codec.js';

const text = fc.string({ unit: 'binary', maxLength: 30 });
const partialDate: fc.Arbitrary<PartialDate> = fc.record(
  {
    text,
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    alternative: fc.record({ month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 12 }) }),
  },
  { requiredKeys: ['text', 'year'] },
);
const parsedRecord: fc.Arbitrary<ParsedRecord> = fc.record(
  Object.fromEntries(
    CANONICAL_FIELDS.map((field) => [
      field,
      field === 'birth_date' || field === 'event_date' ? partialDate : field === 'sex' ? fc.constantFrom('male', 'female', 'other') : text,
    ]),
  ) as Record<keyof ParsedRecord, fc.Arbitrary<unknown>>,
  { requiredKeys: [] },
) as fc.Arbitrary<ParsedRecord>;

/** A field's value with a date's keys in the order the store writes them. */
function canonicalValue(value: ParsedRecord[keyof ParsedRecord]): unknown {
  if (typeof value !== 'object') return value;
  const { text, year, month, day, alternative } = value;
  return { text, year, month, day, alternative: alternative === undefined ? undefined : { month: alternative.month, day: alternative.day } };
}

/** The same object with its keys (and its dates' keys) in reverse order. */
function reversed(fields: ParsedRecord): ParsedRecord {
  const entries = Object.entries(fields).reverse();
  return Object.fromEntries(
    entries.map(([key, value]) => [key, typeof value === 'object' ? Object.fromEntries(Object.entries(value).reverse()) : value]),
  ) as ParsedRecord;
}

describe('encodeFields', () => {
  it('reads back exactly the fields it was given, whatever the characters', () => {
    fc.assert(fc.property(parsedRecord, (fields) => {
        expect(decodeFields(encodeFields(fields))).toEqual(fields);
      }));
  });

  it('writes the same text for the same content, whatever the key order', () => {
    fc.assert(fc.property(parsedRecord, (fields) => {
        expect(encodeFields(reversed(fields))).toBe(encodeFields(fields));
      }));
  });

  it('writes what JSON.stringify would, character for character (stored texts name records)', () => {
    const surrogates = fc.string({ unit: fc.constantFrom('\ud83d', '\ude00', '😀', 'a', '"', '\\', '\u0000', '\u001f', '\u2028', 'Ա'), maxLength: 8 });
    fc.assert(
      fc.property(parsedRecord, surrogates, (fields, odd) => {
        const withOdd: ParsedRecord = { ...fields, surname: odd };
        const reference = JSON.stringify(Object.fromEntries(CANONICAL_FIELDS.filter((f) => withOdd[f] !== undefined).map((f) => [f, canonicalValue(withOdd[f])])));
        expect(encodeFields(withOdd)).toBe(reference);
      }),
    );
  });

  it('writes canonical field order', () => {
    expect(encodeFields({ surname: 'Г', record_id: '7', birth_date: { day: 2, year: 1990, text: '1990', month: 1 } as PartialDate })).toBe(
      '{"record_id":"7","surname":"Г","birth_date":{"text":"1990","year":1990,"month":1,"day":2}}',
    );
  });
});

describe('encodeRecord', () => {
  it('keeps every raw cell and its column order', () => {
    fc.assert(
      fc.property(fc.dictionary(text, text), (raw) => {
        const stored = encodeRecord({ row: 1, raw, fields: {}, warnings: [] });
        expect(Object.entries(JSON.parse(stored.raw) as object)).toEqual(Object.entries(raw));
      }),
    );
  });

  it('keys a record by its trimmed record id, and not at all when the id is blank', () => {
    expect(encodeRecord({ row: 1, raw: {}, fields: { record_id: ' 17 ' }, warnings: [] }).record_key).toBe('17');
    expect(encodeRecord({ row: 1, raw: {}, fields: { record_id: '  ' }, warnings: [] }).record_key).toBeNull();
  });

  it('keeps NUL out of plain-text columns, which PostgreSQL cannot hold', () => {
    const stored = encodeQuarantined({ row: 3, sheet: 'a\u0000b', raw: 'x\u0000y', reason: 'r', column: 'c\u0000' });
    expect([stored.sheet, stored.column_name]).toEqual(['a\uFFFDb', 'c\uFFFD']);
    expect(JSON.parse(stored.raw)).toBe('x\u0000y');
  });
});

describe('RawLayout', () => {
  /** Rows as ColumnPlan builds them: the first `width` headers, assigned in header order. */
  function rowOf(keys: readonly string[], cells: readonly string[]): Record<string, string> {
    const raw: Record<string, string> = {};
    cells.forEach((cell, i) => (raw[keys[i] as string] = cell));
    return raw;
  }

  // Headers as clerks write them, numbers ("1", "2020") and a header that is a prototype's name included.
  const header = fc.oneof(text, fc.constantFrom('1', '2020', '0', '__proto__', 'constructor', 'toString'));

  it('reads back the same object of cells, in the same key order, for any headers, sheets and growing JSON keys', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ sheet: fc.option(text, { nil: null }), keys: fc.uniqueArray(header, { maxLength: 8 }) }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.array(text, { maxLength: 8 })), { maxLength: 12 }),
        (sheets, rows) => {
          const layout = new RawLayout();
          const encode = recordEncoder(layout);
          const stored = rows.map(([s, width, cells]) => {
            const { sheet, keys } = sheets[s % sheets.length]!;
            const raw = rowOf(keys, keys.slice(0, width % (keys.length + 1)).map((_, i) => cells[i] ?? ''));
            return { raw, record: encode({ row: 1, ...(sheet === null ? {} : { sheet }), raw, fields: {}, warnings: [] }) };
          });
          const columns = layout.columns;
          for (const { raw, record } of stored) {
            const back = decodeRaw(record.raw, record.sheet, columns);
            expect(back).toEqual(raw);
            expect(Object.keys(back)).toEqual(Object.keys(raw));
            expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
          }
        },
      ),
    );
  });

  it('keeps the headers once and each row as an array of its cells', () => {
    const layout = new RawLayout();
    const encode = recordEncoder(layout);
    const first = encode({ row: 1, raw: { 'Фамилия': 'Иванов', 'Имя': 'Пётр' }, fields: {}, warnings: [] });
    expect(first.raw).toBe('["Иванов","Пётр"]');
    expect(layout.columns).toEqual([{ sheet: null, keys: ['Фамилия', 'Имя'] }]);
  });

  it('stores a row whose headers do not fit the sheet\'s as an object, which reads back as before', () => {
    const layout = new RawLayout();
    const encode = recordEncoder(layout);
    encode({ row: 1, raw: { A: '1', B: '2' }, fields: {}, warnings: [] });
    const odd = encode({ row: 2, raw: { B: '2', A: '1' }, fields: {}, warnings: [] });
    expect(odd.raw).toBe('{"B":"2","A":"1"}');
    expect(Object.keys(decodeRaw(odd.raw, null, layout.columns))).toEqual(['B', 'A']);
    expect(decodeRaw(encodeRecord({ row: 3, raw: { X: 'x' }, fields: {}, warnings: [] }).raw, null, null)).toEqual({ X: 'x' });
  });
});
