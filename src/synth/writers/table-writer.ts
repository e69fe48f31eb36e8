/**
 * A cell as a list writer receives it: text, a number (an Excel date serial, for workbooks), or
 * empty.
 */
export type Cell = string | number | null;

/** Writes one list's rows to a file, streaming: memory does not grow with the number of rows. */
export interface TableWriter {
  /** Writes a data row (the header is given when the writer is opened). */
  writeRow(cells: readonly Cell[]): void;
  /** Lets buffered output reach the file; called every few thousand rows. */
  drain(): Promise<void>;
  /** Finishes the file. */
  close(): Promise<void>;
}
