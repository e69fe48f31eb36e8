import { WhereaboutsError } from '../errors.js';
import type { ColumnMapping, ListFormat, ListSource, ReadResult, SkippedRows } from './list-source.js';

/** Everything a source needs besides how to produce its batches. */
export interface SourceParts {
  file: string;
  format: ListFormat;
  encoding?: string;
  delimiter?: string;
  sheets?: string[];
  columns: ColumnMapping[];
  skipped: SkippedRows;
  batches: () => AsyncIterable<ReadResult[]>;
}

/**
 * Wraps a batch producer as a {@link ListSource}. The file is streamed, so its rows can be read
 * once, through either `rows()` or `batches()`; a second read is a programming error.
 */
export function listSource(parts: SourceParts): ListSource {
  let started = false;
  const start = (): AsyncIterable<ReadResult[]> => {
    if (started) throw new WhereaboutsError('WA_INTERNAL', `the rows of ${parts.file} were already read; open the list again`);
    started = true;
    return parts.batches();
  };
  const source: ListSource = {
    file: parts.file,
    format: parts.format,
    columns: parts.columns,
    skipped: parts.skipped,
    batches: start,
    rows: () => ({
      async *[Symbol.asyncIterator]() {
        for await (const batch of start()) yield* batch;
      },
    }),
  };
  if (parts.encoding !== undefined) source.encoding = parts.encoding;
  if (parts.delimiter !== undefined) source.delimiter = parts.delimiter;
  if (parts.sheets !== undefined) source.sheets = parts.sheets;
  return source;
}
