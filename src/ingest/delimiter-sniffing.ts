/** CSV delimiters whereabouts recognises. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** The delimiter and line break a CSV sample uses. */
export interface CsvDialect {
  delimiter: CsvDelimiter;
  /**
   * `\r` for old Mac exports that have no `\n` at all; shown by `inspect`. The splitter ends a
   * line at any of CRLF, LF and a lone CR whatever this says.
   */
  newline: '\n' | '\r';
}

function countOutsideQuotes(line: string, delimiter: string): number {
  let count = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') quoted = !quoted;
    else if (c === delimiter && !quoted) count++;
  }
  return count;
}

/**
 * Picks the delimiter from the first lines of decoded text: the candidate that splits the most
 * lines into the same number of cells wins (a comma inside "Григорян, Арам" appears on some lines
 * only; the real semicolons appear equally on every line). Ties go to the candidate that splits
 * into more cells, then to the order of {@link CSV_DELIMITERS}. Text without any candidate is a
 * single column, read as comma-separated.
 */
export function sniffCsvDialect(sample: string): CsvDialect {
  const newline = sample.includes('\n') || !sample.includes('\r') ? '\n' : '\r';
  // Excel writes "sep=;" as the first line when asked to name the delimiter.
  const declared = /^sep=(.)$/u.exec(sample.split(/\r\n|\n|\r/u, 1)[0] ?? '')?.[1];
  const named = CSV_DELIMITERS.find((delimiter) => delimiter === declared);
  if (named !== undefined) return { delimiter: named, newline };
  const lines = sample.split(/\r\n|\n|\r/u);
  // The last line may be cut off by the sample's end.
  if (lines.length > 1) lines.pop();
  const considered = lines.filter((line) => line.trim() !== '').slice(0, 50);

  let best: { delimiter: CsvDelimiter; share: number; cells: number } = { delimiter: ',', share: 0, cells: 0 };
  for (const delimiter of CSV_DELIMITERS) {
    const frequencies = new Map<number, number>();
    for (const line of considered) {
      const count = countOutsideQuotes(line, delimiter);
      frequencies.set(count, (frequencies.get(count) ?? 0) + 1);
    }
    let modal = 0;
    let modalLines = 0;
    for (const [count, lineCount] of frequencies) {
      if (count > 0 && (lineCount > modalLines || (lineCount === modalLines && count > modal))) {
        modal = count;
        modalLines = lineCount;
      }
    }
    if (modal === 0) continue;
    const share = modalLines / considered.length;
    if (share > best.share || (share === best.share && modal > best.cells)) best = { delimiter, share, cells: modal };
  }
  return { delimiter: best.delimiter, newline };
}
