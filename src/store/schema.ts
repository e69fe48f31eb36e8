import type { ColumnType, Generated } from 'kysely';

/**
 * The tables of the store, as Kysely sees them. Both dialects hold the same columns with the
 * same meaning; the few differences in types live in the dialect folders.
 *
 * Timestamps are ISO 8601 UTC text and JSON is text on both dialects, so that what one reads
 * back is the same string that was written, whichever database holds it (PostgreSQL's jsonb
 * would reorder the keys of a raw row and lose the column order the sender used).
 */
export interface StoreSchema {
  list: ListTable;
  list_version: ListVersionTable;
  record: RecordTable;
  quarantine: QuarantineTable;
  change_log: ChangeLogTable;
}

/** A list a party (or the mediator) keeps, under the name the tracing officer gave it. */
export interface ListTable {
  id: Generated<number>;
  name: string;
  /** Who keeps the list; null when the officer did not say. */
  party: string | null;
  /** One of LIST_KINDS: what the list asserts about the persons on it. */
  kind: string;
  created_at: string;
  /** The label reports show instead of the name (migration 0011); null: none given. */
  label: string | null;
  /** 1 when the list names each person at most once (migration 0011). */
  duplicate_free: Generated<number>;
}

/** One imported file: a version of a list. Versions count from 1 within a list. */
export interface ListVersionTable {
  id: Generated<number>;
  list_id: number;
  version: number;
  file_name: string;
  file_size: number;
  /** Lower-case hex sha256 of the file's bytes. */
  file_sha256: string;
  format: string;
  encoding: string | null;
  delimiter: string | null;
  /** JSON array of sheet names, for workbooks. */
  sheets: string | null;
  /** JSON array of the column mappings used (ColumnMapping[]). */
  columns: string;
  /** JSON SkippedRows: empty rows and title lines above the header, once the file is read. */
  skipped: string | null;
  /**
   * JSON array of RawColumns: the headers of the records' raw cells, once per sheet, when the
   * records hold their cells by position (migration 0003); null for versions stored before.
   */
  raw_columns: string | null;
  /** JSON array of the headers kept out of the store by `--drop-column` (migration 0010); null: none. */
  dropped_columns?: string | null;
  record_count: number;
  quarantined_count: number;
  warning_count: number;
  imported_at: string;
  imported_by: string;
}

/**
 * One imported row. Carries party, list and version itself so that a multi-party server can
 * filter on the row alone.
 */
export interface RecordTable {
  id: Generated<number>;
  party: string | null;
  list_id: number;
  version: number;
  /** 1-based data row within the file (or sheet). */
  row_number: number;
  sheet: string | null;
  /**
   * Every cell as written, in the file's column order: a JSON array of the cells, keyed by the
   * version's `raw_columns` for the row's sheet, or (rows stored before 0003, and any row whose
   * headers do not fit those) a JSON object of cells by header. See record-codec.ts.
   */
  raw: string;
  /** JSON object: the parsed ParsedRecord, keys in canonical order (see record-codec.ts). */
  fields: string;
  /** JSON array of CellWarning, or null when the row had none. */
  warnings: string | null;
  /** The list's own id for the person (the record_id field), when it has one. */
  record_key: string | null;
  /** When the record expired to a placeholder (migration 0010); null while it holds its fields. */
  expired_at?: string | null;
  /** The content key its identity was computed from before it expired (migration 0010). */
  expired_key?: string | null;
  /** The row as the clerk sees it (migration 0012): the sheet's row, the CSV line; null: the data row. */
  source_row: number | null;
}

/** A row that could not be imported, kept with its reason. */
export interface QuarantineTable {
  id: Generated<number>;
  party: string | null;
  list_id: number;
  version: number;
  row_number: number;
  sheet: string | null;
  /** JSON: an object of cells by header, or a string of the raw text. */
  raw: string;
  reason: string;
  /** As {@link RecordTable.source_row}. */
  source_row: number | null;
  column_name: string | null;
}

/** Append-only: the database refuses updates and deletes (see the dialects' guards). */
export interface ChangeLogTable {
  id: Generated<number>;
  at: ColumnType<string, string, never>;
  actor: ColumnType<string, string, never>;
  /** What was done, e.g. `import`, `import-unchanged`. */
  action: ColumnType<string, string, never>;
  list_id: ColumnType<number | null, number | null, never>;
  version: ColumnType<number | null, number | null, never>;
  /** JSON object with what a reader needs to understand the change. */
  detail: ColumnType<string, string, never>;
}
