import type { EventType } from './event-headers.js';
import type { CanonicalField, IngestRow, QuarantinedRow } from './record.js';

/** File formats whereabouts reads. */
export type ListFormat = 'csv' | 'xlsx' | 'json' | 'jsonl' | 'pfif';

/** Options for reading a list; every one has a detected default. */
export interface ListReadOptions {
  /** For workbooks: read only this sheet (default: every sheet). */
  sheet?: string;
  /** Column header as written → canonical field, or `ignore`; overrides recognition (`--map`). */
  map?: Record<string, CanonicalField | 'ignore'>;
  /**
   * The year the list is read in (default: the current year). Two-digit years up to its last two
   * digits are read as 20yy, later ones as 19yy: in 2026, "05" is 2005 and "75" is 1975.
   */
  referenceYear?: number;
  /**
   * The day the list is read on, `YYYY-MM-DD` (default: today, UTC). A date after it, or a birth
   * implausibly long before it, gets a cell warning.
   */
  today?: string;
  /**
   * Workbooks: the most their zip directory may declare they unpack to, in bytes (default 1 GiB,
   * `DEFAULT_MAX_UNZIPPED_BYTES`); past it the file is refused before anything is inflated.
   */
  maxUnzippedBytes?: number;
  /**
   * Default true: a CSV or JSON list with no name column is refused (WA_HEADER_INVALID). When
   * false it opens, and each row is quarantined for want of a name; `inspect` uses this to show
   * the mapping the user must correct with `--map`.
   */
  requireNameColumn?: boolean;
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
  /** For recognised headers: the (folded) vocabulary entry that matched, e.g. `дата рождения`. */
  matched?: string;
  /**
   * For an event-date column: the event its header names («Дата пленения»: capture), when it
   * names one (see `eventOfHeader`).
   */
  event?: EventType;
}

/**
 * Rows that are neither records nor quarantined: counted so that every row of the file is
 * accounted for. Filled while `rows()` runs.
 */
export interface SkippedRows {
  /** Rows with no cell filled. Their numbers are used up, so row numbers match the file. */
  empty: number;
  /** Title lines above the header row (e.g. "Список по состоянию на 01.03.2021"), as written. */
  preamble: { sheet?: string; text: string }[];
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
  /**
   * How each column was understood. Complete at open time for CSV; for workbooks and JSON it
   * grows while `rows()` runs (each sheet's header, keys first seen late in the file).
   */
  columns: ColumnMapping[];
  /** Empty rows and title lines skipped while reading; complete once `rows()` has finished. */
  skipped: SkippedRows;
  /**
   * Streams every row once, in file order. Memory stays flat however long the file is.
   * Never throws for a bad row (it comes back quarantined); throws WhereaboutsError only when
   * the file as a whole cannot be read.
   */
  rows(): AsyncIterable<ReadResult>;
  /**
   * The same rows as {@link rows}, in batches of a few hundred (one per chunk of the file):
   * cheaper per row for bulk inserts. Use one of the two, once.
   */
  batches(): AsyncIterable<ReadResult[]>;
}
