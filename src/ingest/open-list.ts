import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { WhereaboutsError } from '../errors.js';
import { csvRecordBatches } from './csv-source.js';
import { sniffCsvDialect } from './delimiter-sniffing.js';
import { readingDay } from './date-plausibility.js';
import { weighFileEncoding } from './encoding-weighing.js';
import { detectFormat } from './format-detection.js';
import { openJsonList } from './json-source.js';
import type { ListReadOptions, ListSource, SkippedRows } from './list-source.js';
import { listSource } from './once-readable-source.js';
import { prepareTable, readPreparedTable } from './table-reading.js';
import { decodingWatch } from './text-stream.js';
import { openWorkbookList } from './workbook-source.js';

/** Bytes looked at to decide format, encoding and delimiter. */
const SAMPLE_BYTES = 64 * 1024;

async function readSample(file: string): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WhereaboutsError('WA_FILE_NOT_FOUND', `no such file: ${file}`, { cause: error, location: { file } });
    throw new WhereaboutsError('WA_FILE_UNREADABLE', `cannot open ${file}: ${(error as Error).message}`, { cause: error, location: { file } });
  }
  try {
    const buffer = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SAMPLE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } catch (error) {
    throw new WhereaboutsError('WA_FILE_UNREADABLE', `cannot read ${file}: ${(error as Error).message}`, { cause: error, location: { file } });
  } finally {
    await handle.close();
  }
}

/**
 * Opens a list file: detects its format from its content (CSV, XLSX, JSON array, JSON Lines),
 * its text encoding and CSV delimiter, finds the header row and maps the columns onto the
 * canonical fields. Rows are then streamed by `rows()` or `batches()`, each imported or
 * quarantined with its reason, with memory flat however long the file.
 *
 * Throws WhereaboutsError (with the file in its location) when the file as a whole cannot be
 * read: WA_FILE_NOT_FOUND, WA_FILE_UNREADABLE, WA_FORMAT_UNKNOWN, WA_HEADER_INVALID (no name
 * column), WA_MAP_INVALID (a `--map` column that is not in the file), WA_SHEET_NOT_FOUND.
 *
 * @example
 * const list = await openList('mediator.csv', { map: { 'Н/П': 'record_id' } });
 * for await (const result of list.rows()) {
 *   if (result.ok) store(result.row);
 *   else quarantine(result.row);
 * }
 */
export async function openList(path: string, options: ListReadOptions = {}): Promise<ListSource> {
  const sample = await readSample(path);
  const extension = extname(path).toLowerCase();
  let detection = detectFormat(sample, extension);
  // Text: the encoding is settled over the whole file, so damage late in it is weighed too.
  if (detection.format !== 'unknown' && detection.format !== 'xlsx') detection = detectFormat(sample, extension, await weighFileEncoding(path, sample));
  if (detection.format === 'unknown') throw new WhereaboutsError('WA_FORMAT_UNKNOWN', `cannot read ${path}: ${detection.reason}`, { location: { file: path } });
  const twoDigitYearPivot = (options.referenceYear ?? new Date().getFullYear()) % 100;
  if (options.sheet !== undefined && detection.format !== 'xlsx') {
    throw new WhereaboutsError('WA_USAGE', `--sheet applies to workbooks, but ${path} is ${detection.format.toUpperCase()}`, { location: { file: path } });
  }
  const skipped: SkippedRows = { empty: 0, preamble: [] };

  if (detection.format === 'xlsx') return openWorkbookList(path, options, twoDigitYearPivot, skipped);
  const { encoding, sampleText } = detection;
  if (detection.format === 'json' || detection.format === 'jsonl') {
    return openJsonList(path, detection.format, encoding, options, twoDigitYearPivot, skipped);
  }

  const dialect = sniffCsvDialect(sampleText);
  const decoding = decodingWatch(encoding);
  const planOptions = { file: path, twoDigitYearPivot, warnShortRows: true, decoding, today: readingDay(options.today), ...(options.map ? { map: options.map } : {}) };
  const prepared = await prepareTable(csvRecordBatches(path, decoding, encoding.bomLength, dialect), planOptions, skipped, options.requireNameColumn ?? true);
  if (prepared === undefined) throw new WhereaboutsError('WA_HEADER_INVALID', `${path} has no header row: it holds no cells`, { location: { file: path } });
  return listSource({
    file: path,
    format: 'csv',
    encoding: encoding.encoding,
    delimiter: dialect.delimiter,
    columns: prepared.plan.columns,
    skipped,
    batches: () => readPreparedTable(prepared, skipped),
  });
}
