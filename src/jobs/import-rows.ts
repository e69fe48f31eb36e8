import type { ColumnMapping, ListFormat, ListSource, ReadResult, SkippedRows } from '../ingest/list-source.js';
import type { CellWarning, ParsedRecord, QuarantinedRow } from '../ingest/record.js';
import { RawLayout, encodeQuarantined, recordEncoder } from '../store/record-codec.js';
import type { RawColumns } from '../store/record-codec.js';
import type { QuarantineInsert, RecordInsert } from '../store/store-dialect.js';

/** A warning with the row it belongs to. */
export interface LocatedWarning extends CellWarning {
  row: number;
  /** The row as the clerk sees it (see IngestRow.sourceRow). */
  sourceRow?: number;
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
  /** The records' parsed fields, in the same order. */
  fields: ParsedRecord[];
}

/**
 * A list file as the import job reads it: what was detected, and its rows already encoded for
 * the store (see {@link encodedList}). `columns`, `skipped` and `tally` are complete once
 * `batches()` has ended. (Reading it in a worker thread was measured and dropped: docs/benchmarks-history.md,
 * "Import and storing the run (session 2)".)
 */
export interface EncodedList {
  format: ListFormat;
  encoding: string | null;
  delimiter: string | null;
  sheets: string[] | null;
  columns: ColumnMapping[];
  skipped: SkippedRows;
  tally: ImportTally;
  /** The headers of the records' raw cells, by sheet (see RawLayout); complete once `batches()` has ended. */
  readonly rawColumns: RawColumns[];
  batches(): AsyncIterable<EncodedBatch>;
}

/** An empty tally. */
export function newTally(): ImportTally {
  return { recordCount: 0, quarantinedCount: 0, warningCount: 0, firstQuarantined: [], firstWarnings: [] };
}

/**
 * Encodes the source's rows in batches of about `batchSize` records (the source's own batches
 * are a few hundred rows), counting into `tally`. Memory holds one batch, whatever the file's length.
 */
export async function* encodeBatches(source: ListSource, tally: ImportTally, batchSize: number, layout: RawLayout, drop: ReadonlySet<string> = new Set()): AsyncGenerator<EncodedBatch> {
  const encodeRecord = recordEncoder(layout);
  let batch: EncodedBatch = { rowsRead: 0, records: [], quarantined: [], fields: [] };
  let rowsRead = 0;
  for await (const results of source.batches()) {
    for (const result of results) {
      if (drop.size > 0) dropCells(result, drop);
      if (result.ok) {
        const row = result.row;
        batch.records.push(encodeRecord(row));
        batch.fields.push(row.fields);
        tally.recordCount += 1;
        if (row.warnings.length > 0) {
          tally.warningCount += row.warnings.length;
          for (const warning of row.warnings) {
            if (tally.firstWarnings.length >= EXAMPLES) break;
            tally.firstWarnings.push({ ...warning, row: row.row, ...(row.sourceRow === undefined ? {} : { sourceRow: row.sourceRow }), ...(row.sheet === undefined ? {} : { sheet: row.sheet }) });
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
      batch = { rowsRead: 0, records: [], quarantined: [], fields: [] };
    }
  }
  yield { ...batch, rowsRead };
}

/**
 * Keeps dropped columns (`--drop-column`) out of a row: their cells leave the raw row (the
 * columns are read as `ignore`, so no field holds them either). A quarantined row kept as the
 * raw text of its line cannot be split into cells, so its text is not kept at all.
 */
function dropCells(result: ReadResult, drop: ReadonlySet<string>): void {
  const raw = result.row.raw;
  if (typeof raw === 'string') {
    (result.row as QuarantinedRow).raw = '';
    (result.row as QuarantinedRow).reason += ' (its text is not kept: a column of it is dropped)';
    return;
  }
  for (const header of Object.keys(raw)) if (drop.has(header.trim())) delete raw[header];
}

/** The source read and encoded in this thread, the dropped columns (`--drop-column`) left out. */
export function encodedList(source: ListSource, batchSize: number, drop: ReadonlySet<string> = new Set()): EncodedList {
  const tally = newTally();
  const layout = new RawLayout();
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
    get rawColumns() {
      return layout.columns;
    },
    batches: () => encodeBatches(source, tally, batchSize, layout, drop),
  };
}

