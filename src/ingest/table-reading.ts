import { WhereaboutsError } from '../errors.js';
import { ColumnPlan } from './column-plan.js';
import type { ColumnPlanOptions } from './column-plan.js';
import { recogniseHeader } from './header-recognition.js';
import { foldLabel } from './label-fold.js';
import type { ReadResult, SkippedRows } from './list-source.js';

/**
 * One row of a table before its header is known: cells, or a line that could not be split.
 * `number` is its row in the sheet where the source numbers rows (workbooks); `line` the file's
 * line it starts on where that differs from its count of records (CSV cells holding line breaks).
 */
export type TableRecord = { cells: string[]; number?: number; line?: number } | { broken: string; number?: number; line?: number };

/** Rows looked at to find the header row (title lines may come first). */
const HEADER_SEARCH_ROWS = 20;
/** Rows looked at to settle each date column's day/month order. */
const SAMPLE_ROWS = 200;

/** A table whose header has been found and planned, ready to stream its rows. */
export interface PreparedTable {
  plan: ColumnPlan;
  /** Absolute number of the header row (1-based), so data row N is `number - headerNumber`. */
  headerNumber: number;
  /** Rows read ahead while preparing, after the header. */
  buffered: TableRecord[];
  rest: AsyncIterator<TableRecord[]>;
}

function isEmpty(record: TableRecord): boolean {
  return 'cells' in record && record.cells.every((cell) => cell.trim() === '');
}

function headerScore(record: TableRecord, mapped: ReadonlySet<string>): number {
  if (!('cells' in record)) return 0;
  let score = 0;
  for (const cell of record.cells) if (cell.trim() !== '' && (mapped.has(foldLabel(cell)) || recogniseHeader(cell) !== undefined)) score++;
  return score;
}

/**
 * Finds the header row among the first rows (the one with most cells recognised as headers, the
 * first one on a tie, else the first non-empty row), plans the columns, and reads ahead enough
 * rows to settle date columns. Rows above the header are kept as preamble in `skipped`.
 * Throws WA_HEADER_INVALID when `requireName` is set and no column holds a name.
 */
export async function prepareTable(
  batches: AsyncIterable<TableRecord[]>,
  options: ColumnPlanOptions,
  skipped: SkippedRows,
  requireName: boolean,
): Promise<PreparedTable | undefined> {
  const rest = batches[Symbol.asyncIterator]();
  const ahead: TableRecord[] = [];
  while (ahead.length < HEADER_SEARCH_ROWS + SAMPLE_ROWS) {
    const next = await rest.next();
    if (next.done === true) break;
    for (const record of next.value) ahead.push(record);
  }
  const mapped = new Set(Object.keys(options.map ?? {}).map(foldLabel));
  let headerAt = -1;
  let best = 0;
  for (let i = 0; i < Math.min(ahead.length, HEADER_SEARCH_ROWS); i++) {
    const score = headerScore(ahead[i] as TableRecord, mapped);
    if (score > best) {
      best = score;
      headerAt = i;
    }
  }
  if (headerAt === -1) headerAt = ahead.findIndex((record) => 'cells' in record && !isEmpty(record));
  if (headerAt === -1) {
    // Nothing but empty or broken lines: every one of them is still accounted for.
    for (const record of ahead) {
      if (isEmpty(record)) skipped.empty++;
      else skipped.preamble.push(preambleEntry(record, options.sheet));
    }
    return undefined;
  }

  for (const record of ahead.slice(0, headerAt)) {
    if (isEmpty(record)) skipped.empty++;
    else skipped.preamble.push(preambleEntry(record, options.sheet));
  }
  const header = ahead[headerAt] as { cells: string[]; number?: number };
  const buffered = ahead.slice(headerAt + 1);
  const sample = buffered.flatMap((record) => ('cells' in record ? [record.cells] : []));
  const plan = new ColumnPlan(header.cells, sample, options);
  if (requireName && !plan.hasNameColumn) {
    // Close the file before failing: the caller never gets the rest to read.
    await rest.return?.();
    throw new WhereaboutsError(
      'WA_HEADER_INVALID',
      `no column is recognised as a name (surname, given name or full name); the header row is ${header.cells.map((c) => `"${c.trim()}"`).join(', ')}. Use --map "Column=surname" (or full_name) to say which column holds the name`,
      { location: sheetLocation(options) },
    );
  }
  return { plan, headerNumber: header.number ?? headerAt + 1, buffered, rest };
}

function sheetLocation(options: ColumnPlanOptions): { file: string; sheet?: string } {
  return options.sheet === undefined ? { file: options.file } : { file: options.file, sheet: options.sheet };
}

function preambleEntry(record: TableRecord, sheet: string | undefined): { sheet?: string; text: string } {
  const text = 'cells' in record ? record.cells.filter((cell) => cell.trim() !== '').join(' | ') : record.broken;
  return sheet === undefined ? { text } : { sheet, text };
}

/**
 * Streams a prepared table's rows in batches (one per chunk of the file): each row imported or
 * quarantined, empty ones counted in `skipped`. Row numbers are 1-based below the header; an
 * empty row uses up its number so that numbers match the file. Each row also carries
 * `sourceRow`, the number the clerk sees: the sheet's own row (title rows and header counted),
 * or the file's line. Batches keep the
 * per-row cost to a plain loop; `rows()` flattens them for callers that want one at a time.
 */
export async function* readPreparedTable(table: PreparedTable, skipped: SkippedRows): AsyncGenerator<ReadResult[]> {
  const { plan, headerNumber } = table;
  let ordinal = headerNumber;
  const readBatch = (records: readonly TableRecord[]): ReadResult[] => {
    const results: ReadResult[] = [];
    for (const record of records) {
      ordinal = record.number ?? ordinal + 1;
      const row = ordinal - headerNumber;
      // The row as the clerk finds it: the sheet's row number, or the line the record starts on.
      const sourceRow = record.line ?? ordinal;
      if ('broken' in record) {
        const quarantined = plan.quarantine(row, record.broken, 'a quote opens a cell and is never closed, so the line cannot be split into cells; reading resumed on the next line');
        quarantined.row.sourceRow = sourceRow;
        results.push(quarantined);
        continue;
      }
      const result = plan.read(record.cells, row);
      if (result === undefined) skipped.empty++;
      else {
        result.row.sourceRow = sourceRow;
        results.push(result);
      }
    }
    return results;
  };
  const first = readBatch(table.buffered);
  table.buffered = [];
  if (first.length > 0) yield first;
  for (;;) {
    const next = await table.rest.next();
    if (next.done === true) return;
    const results = readBatch(next.value);
    if (results.length > 0) yield results;
  }
}
