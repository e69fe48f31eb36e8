import { TextFile } from './text-file.js';
import type { TextEncoding } from './text-file.js';
import type { Cell, TableWriter } from './table-writer.js';

/** How a delimited text file is laid out. */
export interface DelimitedLayout {
  delimiter: ',' | ';' | '\t';
  encoding: TextEncoding;
  /** Excel on Windows writes CRLF; most other tools LF. */
  lineEnding: '\n' | '\r\n';
  /** Excel's "CSV UTF-8" writes a byte order mark. */
  byteOrderMark: boolean;
}

/** Quotes a cell when it holds the delimiter, a quote or a line break (RFC 4180). */
export function quoteCell(value: string, delimiter: string): string {
  if (value.includes(delimiter) || value.includes('"') || value.includes('\n') || value.includes('\r')) {
    return `"${value.replaceAll('"', '""')}"`;
  }
  return value;
}

/** Writes a CSV (or semicolon- or tab-separated) list. */
export class DelimitedWriter implements TableWriter {
  private readonly file: TextFile;

  constructor(
    path: string,
    header: readonly string[],
    private readonly layout: DelimitedLayout,
  ) {
    this.file = new TextFile(path, layout.encoding, layout.byteOrderMark);
    this.writeRow(header);
  }

  writeRow(cells: readonly Cell[]): void {
    const { delimiter, lineEnding } = this.layout;
    let line = '';
    for (let j = 0; j < cells.length; j++) {
      if (j > 0) line += delimiter;
      const cell = cells[j];
      if (cell !== null && cell !== undefined) line += quoteCell(String(cell), delimiter);
    }
    this.file.write(line + lineEnding);
  }

  async drain(): Promise<void> {}

  async close(): Promise<void> {
    this.file.close();
  }
}
