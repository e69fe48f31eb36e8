import type { CanonicalField, IngestRow, QuarantinedRow } from './record.js';

/** File formats whereabouts reads. */
export type ListFormat = 'csv' | 'xlsx' | 'json' | 'jsonl';

/** Options for reading a list; every one has a detected default. */
export interface ListReadOptions {
  /** For workbooks: read only this sheet (default: every sheet). */
  sheet?: string;
  /** Column header as written → canonical field, or `ignore`; overrides recognition (`--map`). */
  map?: Record<string, CanonicalField | 'ignore'>;
}

/** How one column of the file was understood. */
export interface ColumnMapping {
  /** Sheet the column belongs to, for workbooks. */
  sheet?: string;
  /** The header as written. */
  header: string;
  /** The canonical field it feeds, or undefined when unmapped (kept in raw, not parsed). */
  field?: CanonicalField;
  /** Why: recognised from the header's words, set by `--map`, or not recognised. */
  how: 'recognised' | 'override' | 'unmapped';
}

/** One row read: imported, or quarantined with its reason. */
export type ReadResult = { ok: true; row: IngestRow } | { ok: false; row: QuarantinedRow };

/** An opened list: what was detected, and its rows as a stream. */
export interface ListSource {
  /** The path as given. */
  file: string;
  format: ListFormat;
  /** Detected text encoding (CSV, JSON), e.g. `utf-8`, `utf-16le`, `windows-1251`. */
  encoding?: string;
  /** Detected CSV delimiter. */
  delimiter?: string;
  /** Sheets read, for workbooks. */
  sheets?: string[];
  columns: ColumnMapping[];
  /**
   * Streams every row once, in file order. Memory stays flat however long the file is.
   * Never throws for a bad row (it comes back quarantined); throws WhereaboutsError only when
   * the file as a whole cannot be read.
   */
  rows(): AsyncIterable<ReadResult>;
}
