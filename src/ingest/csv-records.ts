/**
 * One CSV record: its cells, or the text of a line whose quoting could not be closed; `line` is
 * the file's line it starts on (1-based), as a clerk's editor numbers it.
 */
export type CsvRecord = { cells: string[]; line: number } | { broken: string; line: number };

/**
 * A quoted cell that runs over more line breaks than this is taken for an opening quote that was
 * never closed (it would otherwise swallow the rest of the file). Real notes cells rarely hold
 * more than a few lines.
 */
export const MAX_LINES_IN_QUOTED_CELL = 100;

const QUOTE = 34;

/**
 * Splits decoded CSV text into records, chunk by chunk, keeping only the unfinished record in
 * memory. Lines without a quote take a fast path (cells cut by `indexOf`); others go through a small state
 * machine that follows RFC 4180 (quotes open only at a cell's start, `""` inside quotes) and is
 * lenient where clerks' files are not: a stray quote inside a cell is kept as a character, text
 * after a closing quote is kept. A quote that is not closed within
 * {@link MAX_LINES_IN_QUOTED_CELL} lines, or by the end of the file, makes its first line a
 * broken record, and reading resumes on the next line, so nothing after it is lost.
 */
export class CsvRecordSplitter {
  private pending = '';
  /** Lines of the file before the pending text: a record that spans lines moves it by all of them. */
  private line = 0;
  /** Do not rescan an unfinished record until the buffer has grown to this length. */
  private rescanAt = 0;

  constructor(
    private readonly delimiter: string,
    private readonly newline: '\n' | '\r' = '\n',
  ) {}

  /** Feeds decoded text; returns the records completed by it. */
  push(text: string): CsvRecord[] {
    this.pending += text;
    if (this.pending.length < this.rescanAt) return [];
    return this.drain(false);
  }

  /** Ends the input; returns the last records, including an unfinished one. */
  end(): CsvRecord[] {
    const records = this.drain(true);
    this.pending = '';
    return records;
  }

  private drain(atEnd: boolean): CsvRecord[] {
    const buf = this.pending;
    const records: CsvRecord[] = [];
    const { delimiter, newline } = this;
    const stripCr = newline === '\n';
    let pos = 0;
    // Where the next quote is; looked up again only once passed, so quote-free text is scanned once.
    let nextQuote = -1;
    while (pos < buf.length) {
      const nl = buf.indexOf(newline, pos);
      if (nl === -1 && !atEnd) break;
      const lineEnd = nl === -1 ? buf.length : nl;
      if (nextQuote !== Infinity && nextQuote < pos) {
        nextQuote = buf.indexOf('"', pos);
        if (nextQuote === -1) nextQuote = Infinity;
      }
      if (nextQuote > lineEnd) {
        // Cutting cells straight out of the buffer is about twice as fast as slice + split.
        const end = stripCr && lineEnd > pos && buf.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
        const cells: string[] = [];
        let start = pos;
        let d = buf.indexOf(delimiter, start);
        while (d !== -1 && d < end) {
          cells.push(buf.slice(start, d));
          start = d + delimiter.length;
          d = buf.indexOf(delimiter, start);
        }
        cells.push(buf.slice(start, end));
        records.push({ cells, line: ++this.line });
        pos = lineEnd + 1;
        continue;
      }
      const parsed = this.parseQuotedRecord(buf, pos, atEnd);
      if (parsed === 'incomplete') break;
      if (parsed === 'broken') {
        records.push({ broken: buf.slice(pos, lineEnd), line: ++this.line });
        pos = lineEnd + 1;
        continue;
      }
      records.push({ cells: parsed.cells, line: this.line + 1 });
      // A quoted cell may hold line breaks: the next record starts that many lines further on.
      this.line += 1 + countNewlines(buf, pos, parsed.next - 1, newline);
      pos = parsed.next;
    }
    this.pending = pos >= buf.length ? '' : buf.slice(pos);
    // A huge unfinished record would be rescanned on every chunk; wait until it doubles.
    this.rescanAt = this.pending.length > 65_536 ? this.pending.length * 2 : 0;
    return records;
  }

  private parseQuotedRecord(buf: string, start: number, atEnd: boolean): { cells: string[]; next: number } | 'incomplete' | 'broken' {
    const { delimiter, newline } = this;
    const cells: string[] = [];
    let i = start;
    for (;;) {
      let value = '';
      if (buf.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        for (;;) {
          const q = buf.indexOf('"', j);
          if (q === -1) {
            if (atEnd || countNewlines(buf, i, buf.length, newline) > MAX_LINES_IN_QUOTED_CELL) return 'broken';
            return 'incomplete';
          }
          if (buf.charCodeAt(q + 1) === QUOTE) {
            value += buf.slice(j, q + 1);
            j = q + 2;
            continue;
          }
          if (q + 1 >= buf.length && !atEnd) return 'incomplete';
          value += buf.slice(j, q);
          i = q + 1;
          break;
        }
        if (countNewlines(value, 0, value.length, newline) > MAX_LINES_IN_QUOTED_CELL) return 'broken';
      }
      // Unquoted text, or text after a closing quote, runs to the next delimiter or line end.
      const nl = buf.indexOf(newline, i);
      if (nl === -1 && !atEnd) return 'incomplete';
      const lineEnd = nl === -1 ? buf.length : nl;
      const d = buf.indexOf(delimiter, i);
      if (d !== -1 && d < lineEnd) {
        value += buf.slice(i, d);
        cells.push(value);
        i = d + delimiter.length;
        continue;
      }
      let end = lineEnd;
      if (newline === '\n' && end > i && buf.charCodeAt(end - 1) === 13) end--;
      value += buf.slice(i, end);
      cells.push(value);
      return { cells, next: lineEnd + 1 };
    }
  }
}

function countNewlines(text: string, from: number, to: number, newline: string): number {
  let count = 0;
  let at = text.indexOf(newline, from);
  while (at !== -1 && at < to) {
    count++;
    at = text.indexOf(newline, at + 1);
  }
  return count;
}
