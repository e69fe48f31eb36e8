import { TextFile } from './text-file.js';
import type { Cell, TableWriter } from './table-writer.js';

/**
 * Writes a list as a JSON array of objects keyed by the header, one object a line, as exports
 * from web forms look. Empty cells are null.
 */
export class JsonArrayWriter implements TableWriter {
  private readonly file: TextFile;
  private rows = 0;

  constructor(
    path: string,
    private readonly header: readonly string[],
  ) {
    this.file = new TextFile(path, 'utf-8');
    this.file.write('[');
  }

  writeRow(cells: readonly Cell[]): void {
    const record: Record<string, Cell> = {};
    this.header.forEach((key, j) => {
      const cell = cells[j];
      record[key] = cell === undefined || cell === '' ? null : cell;
    });
    this.file.write(`${this.rows === 0 ? '\n' : ',\n'}  ${JSON.stringify(record)}`);
    this.rows++;
  }

  async drain(): Promise<void> {}

  async close(): Promise<void> {
    this.file.write('\n]\n');
    this.file.close();
  }
}
