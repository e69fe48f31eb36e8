import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANONICAL_FIELDS } from '../ingest/record.js';
import type { ParsedRecord } from '../ingest/record.js';
import type { PartialDate } from '../ingest/partial-date.js';
import { decodeFields, encodeFields, encodeQuarantined, encodeRecord } from './record-codec.js';

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
