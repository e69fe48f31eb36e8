import { WhereaboutsError } from '../errors.js';
import { CANONICAL_FIELDS } from '../ingest/record.js';
import type { CanonicalField, CellWarning, IngestRow, ParsedRecord, QuarantinedRow } from '../ingest/record.js';
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

/**
 * JSON.stringify of a string, without its call for the most common text that needs no escape.
 * A character JSON.stringify may escape (quote, backslash, control, any surrogate) sends the
 * text to JSON.stringify itself, which keeps a surrogate pair and escapes a lone half. A plain
 * loop over the characters: a Unicode regular expression cost about 15 ns more per value, a
 * dozen values a row.
 */
function jsonString(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 || c === 34 || c === 92 || (c >= 0xd800 && c <= 0xdfff)) return JSON.stringify(text);
  }
  return `"${text}"`;
}

function encodeDate(date: PartialDate): string {
  let out = `{"text":${jsonString(date.text)},"year":${date.year}`;
  if (date.month !== undefined) out += `,"month":${date.month}`;
  if (date.day !== undefined) out += `,"day":${date.day}`;
  if (date.alternative !== undefined) out += `,"alternative":{"month":${date.alternative.month},"day":${date.alternative.day}}`;
  return `${out}}`;
}

/** `{"field":` and `,"field":` for each canonical field, in order. */
const FIRST_KEYS = CANONICAL_FIELDS.map((field) => `{"${field}":`);
const NEXT_KEYS = CANONICAL_FIELDS.map((field) => `,"${field}":`);

/**
 * The parsed fields as JSON with keys in canonical order, so that two rows with the same
 * content have the same text: the diff matches records by it when a list has no ids.
 * Written by hand rather than through an ordered object: it runs once per imported row.
 */
export function encodeFields(fields: ParsedRecord): string {
  let out = '';
  for (let i = 0; i < CANONICAL_FIELDS.length; i++) {
    const value = fields[CANONICAL_FIELDS[i] as CanonicalField];
    if (value === undefined) continue;
    out += (out === '' ? FIRST_KEYS : NEXT_KEYS)[i] as string;
    out += typeof value === 'object' ? encodeDate(value) : jsonString(value);
  }
  return out === '' ? '{}' : `${out}}`;
}

/** The headers of a version's raw cells, once per sheet (`sheet` null for files without sheets). */
export interface RawColumns {
  sheet: string | null;
  keys: string[];
}

/**
 * Lays raw cells out by position: each row as a JSON array of its cells, the headers once per
 * sheet of a version (see {@link RawColumns}). A row of a sheet holds the sheet's first n keys
 * in order (JSON lists add keys as they meet them, so later rows may be longer); a row that
 * does not fit is stored as an object, as every row was before this layout.
 */
export class RawLayout {
  readonly #bySheet = new Map<string | null, string[]>();

  /** The raw cells as the store keeps them. */
  encode(raw: Record<string, string>, sheet: string | null): string {
    let keys = this.#bySheet.get(sheet);
    if (keys === undefined) this.#bySheet.set(sheet, (keys = []));
    const cells: string[] = [];
    let at = 0;
    for (const key in raw) {
      if (at < keys.length) {
        if (keys[at] !== key) return JSON.stringify(raw);
      } else {
        // A key that reading back would not make an own property of a plain object.
        if (key === '__proto__') return JSON.stringify(raw);
        keys.push(key);
      }
      cells.push(raw[key] as string);
      at++;
    }
    return JSON.stringify(cells);
  }

  /** The headers met so far, for the version's row. */
  get columns(): RawColumns[] {
    return [...this.#bySheet].map(([sheet, keys]) => ({ sheet, keys: [...keys] }));
  }
}

/** An imported row as the store keeps it, its raw cells as an object of cells by header. */
export function encodeRecord(row: IngestRow): RecordInsert {
  return encodeWithRaw(row, storableText(row.sheet), JSON.stringify(row.raw));
}

/** Encodes the imported rows of one version, their raw cells laid out by `layout`. */
export function recordEncoder(layout: RawLayout): (row: IngestRow) => RecordInsert {
  return (row) => {
    const sheet = storableText(row.sheet);
    return encodeWithRaw(row, sheet, layout.encode(row.raw, sheet));
  };
}

function encodeWithRaw(row: IngestRow, sheet: string | null, raw: string): RecordInsert {
  const recordId = row.fields.record_id?.trim();
  return {
    row_number: row.row,
    sheet,
    raw,
    fields: encodeFields(row.fields),
    warnings: row.warnings.length > 0 ? JSON.stringify(row.warnings) : null,
    record_key: recordId === undefined || recordId === '' ? null : storableText(recordId),
    source_row: row.sourceRow ?? null,
  };
}

/**
 * Reads back a record's raw cells: an object as written, or an array of cells laid out by
 * `columns` (the version's, see {@link RawLayout}), giving the same object with the same key order.
 */
export function decodeRaw(text: string, sheet: string | null, columns: readonly RawColumns[] | null): Record<string, string> {
  const parsed = JSON.parse(text) as Record<string, string> | string[];
  if (!Array.isArray(parsed)) return parsed;
  const keys = columns?.find((c) => c.sheet === sheet)?.keys;
  if (keys === undefined || keys.length < parsed.length) {
    throw new WhereaboutsError('WA_INTERNAL', `raw cells stored by position without their version's headers (sheet ${JSON.stringify(sheet)})`);
  }
  const raw: Record<string, string> = {};
  for (let i = 0; i < parsed.length; i++) raw[keys[i] as string] = parsed[i] as string;
  return raw;
}

/** A quarantined row as the store keeps it. */
export function encodeQuarantined(row: QuarantinedRow): QuarantineInsert {
  return {
    row_number: row.row,
    sheet: storableText(row.sheet),
    raw: JSON.stringify(row.raw),
    reason: storableText(row.reason) ?? '',
    column_name: storableText(row.column),
    source_row: row.sourceRow ?? null,
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
