import ExcelJS from 'exceljs';
import { WhereaboutsError } from '../errors.js';
import type { ColumnPlanOptions } from './column-plan.js';
import type { ColumnMapping, ListReadOptions, ListSource, ReadResult, SkippedRows } from './list-source.js';
import { listSource } from './once-readable-source.js';
import type { TableRecord } from './table-reading.js';
import { prepareTable, readPreparedTable } from './table-reading.js';
import { workbookCellText } from './workbook-cells.js';
import { checkZip } from './zip-check.js';
import { readingDay } from './date-plausibility.js';

const WORKBOOK_PART = 'xl/workbook.xml';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Sheet names in workbook order, from the workbook part's `<sheet name="...">` elements. */
export function sheetNames(workbookXml: string): string[] {
  const names: string[] = [];
  for (const match of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname="([^"]*)"/gu)) {
    names.push((match[1] as string).replace(/&(amp|lt|gt|quot|apos|#x[0-9a-f]+|#\d+);/giu, (entity: string, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return XML_ENTITIES[name.toLowerCase()] ?? entity;
    }));
  }
  return names;
}

/** Rows grouped per batch: the streaming reader hands them over one by one. */
const ROWS_PER_BATCH = 256;

interface NamedWorksheetReader extends AsyncIterable<ExcelJS.Row> {
  /** Set by exceljs from the workbook part when it was read before the sheet. */
  name?: string;
  id?: number | string;
}

async function* sheetRecordBatches(worksheet: AsyncIterable<ExcelJS.Row>): AsyncGenerator<TableRecord[]> {
  let batch: TableRecord[] = [];
  for await (const row of worksheet) {
    const values = row.values as unknown[];
    const cells: string[] = [];
    // exceljs numbers cells from 1; index 0 is always empty.
    for (let c = 1; c < values.length; c++) cells.push(workbookCellText(values[c]));
    batch.push({ cells, number: row.number });
    if (batch.length >= ROWS_PER_BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

function damaged(file: string, error: unknown, sheet?: string): WhereaboutsError {
  if (error instanceof WhereaboutsError) return error;
  const location = sheet === undefined ? { file } : { file, sheet };
  const detail = (error as Error)?.message ?? String(error);
  // unzipper says FILE_ENDED when the zip is cut short: a partial download or copy.
  const why = detail === 'FILE_ENDED' ? 'the file is cut short (a partial download or copy?)' : detail;
  return new WhereaboutsError('WA_WORKBOOK_DAMAGED', `the workbook ${file} is damaged and cannot be read further: ${why}`, { cause: error, location });
}

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
}

/**
 * Opens an XLSX workbook with exceljs's streaming reader, so memory stays flat however many rows:
 * sheets are read one after the other, each with its own header row, column plan and row
 * numbers. Every sheet is read, or only `options.sheet`. A sheet whose columns include no name
 * has each of its rows quarantined with that reason, so a legend sheet does not stop the others.
 * Sheet names are read from the workbook part at open time (a missing `options.sheet` fails
 * then); column mappings are known as each sheet is reached.
 */
export async function openWorkbookList(file: string, options: ListReadOptions, twoDigitYearPivot: number, skipped: SkippedRows): Promise<ListSource> {
  const check = await checkZip(file, [WORKBOOK_PART], options.maxUnzippedBytes);
  if (!check.ok && check.unpacked !== undefined) {
    const { declared, limit } = check.unpacked;
    throw new WhereaboutsError(
      'WA_WORKBOOK_TOO_LARGE',
      `the workbook ${file} would unpack to ${megabytes(declared)} (its directory says so), more than the limit of ${megabytes(limit)}: ${check.problem}. If the file is trusted, raise the limit with --max-unzipped MB`,
      { location: { file } },
    );
  }
  if (!check.ok) throw new WhereaboutsError('WA_WORKBOOK_DAMAGED', `the workbook ${file} is damaged: ${check.problem}`, { location: { file } });
  const workbookPart = check.parts.get(WORKBOOK_PART);
  if (workbookPart === undefined) throw new WhereaboutsError('WA_FORMAT_UNKNOWN', `${file} is a zip file but not an Excel workbook (it has no ${WORKBOOK_PART})`, { location: { file } });
  const names = sheetNames(workbookPart);
  if (options.sheet !== undefined && !names.includes(options.sheet)) {
    throw new WhereaboutsError('WA_SHEET_NOT_FOUND', `${file} has no sheet "${options.sheet}"; its sheets are ${names.map((s) => `"${s}"`).join(', ')}`, { location: { file } });
  }
  const sheets: string[] = options.sheet === undefined ? names : [options.sheet];
  const columns: ColumnMapping[] = [];
  const today = readingDay(options.today);

  async function* batches(): AsyncGenerator<ReadResult[]> {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', worksheets: 'emit', entries: 'ignore' });
    let current: string | undefined;
    let found = options.sheet === undefined;
    const seen: string[] = [];
    try {
      for await (const worksheet of reader as AsyncIterable<NamedWorksheetReader>) {
        const sheet = worksheet.name ?? `Sheet${worksheet.id ?? seen.length + 1}`;
        seen.push(sheet);
        if (options.sheet !== undefined && sheet !== options.sheet) continue;
        found = true;
        current = sheet;
        if (!sheets.includes(sheet)) sheets.push(sheet);
        const planOptions: ColumnPlanOptions = { file, sheet, twoDigitYearPivot, warnShortRows: false, today, ...(options.map ? { map: options.map } : {}) };
        const prepared = await prepareTable(sheetRecordBatches(worksheet), planOptions, skipped, false);
        if (prepared === undefined) continue;
        columns.push(...prepared.plan.columns);
        yield* readPreparedTable(prepared, skipped);
      }
    } catch (error) {
      throw damaged(file, error, current);
    }
    if (!found) {
      throw new WhereaboutsError('WA_SHEET_NOT_FOUND', `${file} has no sheet "${options.sheet}"; its sheets are ${seen.length > 0 ? seen.map((s) => `"${s}"`).join(', ') : 'not readable'}`, { location: { file } });
    }
  }

  return listSource({ file, format: 'xlsx', sheets, columns, skipped, batches });
}
