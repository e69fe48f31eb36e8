import type { ColumnMapping, ListFormat, ListSource, SkippedRows } from '../ingest/list-source.js';
import type { CellWarning, ParsedRecord, QuarantinedRow } from '../ingest/record.js';
import { encodeQuarantined, encodeRecord } from '../store/record-codec.js';
import type { QuarantineInsert, RecordInsert } from '../store/store-dialect.js';

/** A warning with the row it belongs to. */
export interface LocatedWarning extends CellWarning {
  row: number;
  sheet?: string;
}

/** How many quarantined rows and warnings an import keeps as examples. */
const EXAMPLES = 5;

/** What an import counts while it reads, and the first few problems, for its summary. */
export interface ImportTally {
  recordCount: number;
  quarantinedCount: number;
  warningCount: number;
  /** The first few quarantined rows, in file order. */
  firstQuarantined: QuarantinedRow[];
  /** The first few cell warnings, in file order. */
  firstWarnings: LocatedWarning[];
}

/** Rows encoded for the store, about one bulk insert's worth. */
export interface EncodedBatch {
  /** Rows of the file read so far, this batch included (for progress). */
  rowsRead: number;
  records: RecordInsert[];
  quarantined: QuarantineInsert[];
  /** The records' parsed fields, when encoded in this thread (a worker's are parsed again from `records`). */
  fields?: ParsedRecord[];
}

/**
 * A list file as the import job reads it: what was detected, and its rows already encoded for
 * the store. Read in this thread ({@link encodedList}) or in a worker thread
 * (`readListInWorker`); either way `columns`, `skipped` and `tally` are complete once
 * `batches()` has ended.
 */
export interface EncodedList {
  format: ListFormat;
  encoding: string | null;
  delimiter: string | null;
  sheets: string[] | null;
  columns: ColumnMapping[];
  skipped: SkippedRows;
  tally: ImportTally;
  batches(): AsyncIterable<EncodedBatch>;
  /** Stops reading early (the import failed); nothing is left running. */
  close(): Promise<void>;
}

/** An empty tally. */
export function newTally(): ImportTally {
  return { recordCount: 0, quarantinedCount: 0, warningCount: 0, firstQuarantined: [], firstWarnings: [] };
}

/**
 * Encodes the source's rows in batches of about `batchSize` records (the source's own batches
 * are a few hundred rows), counting into `tally`. Memory holds one batch, whatever the file's length.
 */
export async function* encodeBatches(source: ListSource, tally: ImportTally, batchSize: number, keepFields: boolean): AsyncGenerator<EncodedBatch> {
  let batch: EncodedBatch = { rowsRead: 0, records: [], quarantined: [], ...(keepFields ? { fields: [] } : {}) };
  let rowsRead = 0;
  for await (const results of source.batches()) {
    for (const result of results) {
      if (result.ok) {
        const row = result.row;
        batch.records.push(encodeRecord(row));
        batch.fields?.push(row.fields);
        tally.recordCount += 1;
        if (row.warnings.length > 0) {
          tally.warningCount += row.warnings.length;
          for (const warning of row.warnings) {
            if (tally.firstWarnings.length >= EXAMPLES) break;
            tally.firstWarnings.push({ ...warning, row: row.row, ...(row.sheet === undefined ? {} : { sheet: row.sheet }) });
          }
        }
      } else {
        batch.quarantined.push(encodeQuarantined(result.row));
        tally.quarantinedCount += 1;
        if (tally.firstQuarantined.length < EXAMPLES) tally.firstQuarantined.push(result.row);
      }
    }
    rowsRead += results.length;
    if (batch.records.length + batch.quarantined.length >= batchSize) {
      yield { ...batch, rowsRead };
      batch = { rowsRead: 0, records: [], quarantined: [], ...(keepFields ? { fields: [] } : {}) };
    }
  }
  yield { ...batch, rowsRead };
}

/** The source read and encoded in this thread. */
export function encodedList(source: ListSource, batchSize: number): EncodedList {
  const tally = newTally();
  return {
    format: source.format,
    encoding: source.encoding ?? null,
    delimiter: source.delimiter ?? null,
    sheets: source.sheets ?? null,
    // The source's own objects: workbooks and JSON fill them in while their rows are read.
    get columns() {
      return source.columns;
    },
    get skipped() {
      return source.skipped;
    },
    tally,
    batches: () => encodeBatches(source, tally, batchSize, true),
    close: async () => undefined,
  };
}

// NUL never occurs in an encoded record: JSON escapes it and plain-text columns replace it
// (record-codec.ts), so it can separate the columns of a batch packed into one string.
const SEPARATOR = '\u0000';
const COLUMNS = 6;

/** A nullable text column packed: '' for null, else the text behind a 'v'. */
const packNullable = (text: string | null): string => (text === null ? '' : `v${text}`);
const unpackNullable = (text: string): string | null => (text === '' ? null : text.slice(1));

/** Records packed into one string, to cross to another thread cheaply. */
export function packRecords(records: readonly RecordInsert[]): string {
  const parts: string[] = [];
  for (const r of records) {
    parts.push(String(r.row_number), packNullable(r.sheet), r.raw, r.fields, r.warnings ?? '', packNullable(r.record_key));
  }
  return parts.join(SEPARATOR);
}

/** What {@link packRecords} packed. */
export function unpackRecords(packed: string): RecordInsert[] {
  if (packed === '') return [];
  const parts = packed.split(SEPARATOR);
  const records: RecordInsert[] = [];
  for (let i = 0; i < parts.length; i += COLUMNS) {
    const warnings = parts[i + 4] as string;
    records.push({
      row_number: Number(parts[i]),
      sheet: unpackNullable(parts[i + 1] as string),
      raw: parts[i + 2] as string,
      fields: parts[i + 3] as string,
      warnings: warnings === '' ? null : warnings,
      record_key: unpackNullable(parts[i + 5] as string),
    });
  }
  return records;
}
