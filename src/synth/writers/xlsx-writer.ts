import { createWriteStream } from 'node:fs';
import type { WriteStream } from 'node:fs';
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { setZipTimestamps } from './zip-timestamps.js';
import type { Cell, TableWriter } from './table-writer.js';

/** The date every generated workbook claims for its creation and its zip entries. */
export const WORKBOOK_DATE = new Date(Date.UTC(2021, 0, 15, 12, 0, 0));

/**
 * Writes a list as an XLSX workbook with one sheet, streaming rows through exceljs' workbook
 * writer. Numbers in date columns become real Excel dates (shown dd.mm.yyyy), as a clerk's
 * Excel stores them; text stays text. Timestamps are fixed so the same rows give the same bytes.
 */
export class XlsxWriter implements TableWriter {
  private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly sheet: ExcelJS.Worksheet;
  private readonly output: WriteStream;

  constructor(
    private readonly path: string,
    sheetName: string,
    header: readonly string[],
    private readonly dateColumns: ReadonlySet<number>,
  ) {
    this.output = createWriteStream(path);
    this.workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.output, useStyles: true, useSharedStrings: false });
    this.workbook.creator = 'whereabouts synth';
    this.workbook.lastModifiedBy = 'whereabouts synth';
    this.workbook.created = WORKBOOK_DATE;
    this.workbook.modified = WORKBOOK_DATE;
    this.sheet = this.workbook.addWorksheet(sheetName);
    this.sheet.addRow([...header]).commit();
  }

  writeRow(cells: readonly Cell[]): void {
    const row = this.sheet.addRow(cells.map((cell) => cell ?? null));
    for (const j of this.dateColumns) {
      if (typeof cells[j] === 'number') row.getCell(j + 1).numFmt = 'dd.mm.yyyy';
    }
    row.commit();
  }

  async drain(): Promise<void> {
    // exceljs hands committed rows to the zip stream asynchronously; yielding lets them out.
    await new Promise((resolve) => setImmediate(resolve));
  }

  async close(): Promise<void> {
    this.sheet.commit();
    const finished = once(this.output, 'finish');
    await this.workbook.commit();
    await finished;
    setZipTimestamps(this.path, WORKBOOK_DATE);
  }
}
