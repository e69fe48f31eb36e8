import { CANONICAL_FIELDS } from '../ingest/record.js';
import type { CellWarning, IngestRow, ParsedRecord, QuarantinedRow } from '../ingest/record.js';
import type { PartialDate } from '../ingest/partial-date.js';
import type { QuarantineInsert, RecordInsert } from './store-dialect.js';

/**
 * PostgreSQL text cannot hold NUL; SQLite can. Plain-text columns replace it with U+FFFD on
 * both so that the two stores hold the same string. (JSON columns escape it as \u0000.)
 */
function storableText(text: string | undefined): string | null {
  if (text === undefined) return null;
  return text.includes('\u0000') ? text.replaceAll('\u0000', '\uFFFD') : text;
}

function encodeDate(date: PartialDate): string {
  let out = `{"text":${JSON.stringify(date.text)},"year":${date.year}`;
  if (date.month !== undefined) out += `,"month":${date.month}`;
  if (date.day !== undefined) out += `,"day":${date.day}`;
  if (date.alternative !== undefined) out += `,"alternative":{"month":${date.alternative.month},"day":${date.alternative.day}}`;
  return `${out}}`;
}

/**
 * The parsed fields as JSON with keys in canonical order, so that two rows with the same
 * content have the same text: the diff matches records by it when a list has no ids.
 * Written by hand rather than through an ordered object: it runs once per imported row.
 */
export function encodeFields(fields: ParsedRecord): string {
  let out = '';
  for (const field of CANONICAL_FIELDS) {
    const value = fields[field];
    if (value === undefined) continue;
    out += `${out === '' ? '{' : ','}"${field}":${typeof value === 'object' ? encodeDate(value) : JSON.stringify(value)}`;
  }
  return out === '' ? '{}' : `${out}}`;
}

/** An imported row as the store keeps it. */
export function encodeRecord(row: IngestRow): RecordInsert {
  const recordId = row.fields.record_id?.trim();
  return {
    row_number: row.row,
    sheet: storableText(row.sheet),
    raw: JSON.stringify(row.raw),
    fields: encodeFields(row.fields),
    warnings: row.warnings.length > 0 ? JSON.stringify(row.warnings) : null,
    record_key: recordId === undefined || recordId === '' ? null : storableText(recordId),
  };
}

/** A quarantined row as the store keeps it. */
export function encodeQuarantined(row: QuarantinedRow): QuarantineInsert {
  return {
    row_number: row.row,
    sheet: storableText(row.sheet),
    raw: JSON.stringify(row.raw),
    reason: storableText(row.reason) ?? '',
    column_name: storableText(row.column),
  };
}

/** Reads back what {@link encodeFields} wrote. */
export function decodeFields(text: string): ParsedRecord {
  return JSON.parse(text) as ParsedRecord;
}

/** Reads back a warnings column. */
export function decodeWarnings(text: string | null): CellWarning[] {
  return text === null ? [] : (JSON.parse(text) as CellWarning[]);
}
