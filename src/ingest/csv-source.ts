import { CsvRecordSplitter } from './csv-records.js';
import type { CsvDialect } from './delimiter-sniffing.js';
import type { TableRecord } from './table-reading.js';
import { decodedChunks } from './text-stream.js';
import type { DecodingWatch } from './text-stream.js';

/** Streams a CSV file's records in batches, one batch per decoded chunk. */
export async function* csvRecordBatches(file: string, watch: DecodingWatch, bomLength: number, dialect: CsvDialect): AsyncGenerator<TableRecord[]> {
  const splitter = new CsvRecordSplitter(dialect.delimiter);
  for await (const text of decodedChunks(file, watch, bomLength)) {
    const records = splitter.push(text);
    if (records.length > 0) yield records;
  }
  const last = splitter.end();
  if (last.length > 0) yield last;
}
