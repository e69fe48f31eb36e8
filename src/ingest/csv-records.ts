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
 *
 * Outside quotes a line ends at CRLF, LF or a lone CR (classic Mac files, and files stitched
 * from several sources), whatever the rest of the file uses; inside quotes every character,
 * line breaks included, belongs to the cell.
 */
export class CsvRecordSplitter {
  private pending = '';
  /** Lines of the file before the pending text: a record that spans lines moves it by all of them. */
  private line = 0;
  /** Do not rescan an unfinished record until the buffer has grown to this length. */
  private rescanAt = 0;

  constructor(private readonly delimiter: string) {}

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
    const { delimiter } = this;
    let pos = 0;
    // Where the next quote, LF and CR are; each looked up again only once passed, so text is
    // scanned once. `none` (past the end) rather than Infinity keeps them small integers.
    const none = buf.length + 1;
    let nextQuote = -1;
    let nextLf = -1;
    let nextCr = -1;
    while (pos < buf.length) {
      if (nextLf < pos) {
        nextLf = buf.indexOf('\n', pos);
        if (nextLf === -1) nextLf = none;
      }
      if (nextCr < pos) {
        nextCr = buf.indexOf('\r', pos);
        if (nextCr === -1) nextCr = none;
      }
      let lineEnd = nextLf < nextCr ? nextLf : nextCr;
      let breakLength = 1;
      if (lineEnd === none) {
        if (!atEnd) break;
        lineEnd = buf.length;
      } else if (lineEnd === nextCr) {
        // A CR at the end of the text may be the first half of a CRLF still to come.
        if (lineEnd + 1 === buf.length && !atEnd) break;
        if (buf.charCodeAt(lineEnd + 1) === 10) breakLength = 2;
      }
      if (nextQuote < pos) {
        nextQuote = buf.indexOf('"', pos);
        if (nextQuote === -1) nextQuote = none;
      }
      if (nextQuote > lineEnd) {
        // Cutting cells straight out of the buffer is about twice as fast as slice + split.
        const cells: string[] = [];
        let start = pos;
        let d = buf.indexOf(delimiter, start);
        while (d !== -1 && d < lineEnd) {
          cells.push(buf.slice(start, d));
          start = d + delimiter.length;
          d = buf.indexOf(delimiter, start);
        }
        cells.push(buf.slice(start, lineEnd));
        records.push({ cells, line: ++this.line });
        pos = lineEnd + breakLength;
        continue;
      }
      const parsed = this.parseQuotedRecord(buf, pos, atEnd, nextCr);
      if (parsed === 'incomplete') break;
      if (parsed === 'broken') {
        records.push({ broken: buf.slice(pos, lineEnd), line: ++this.line });
        pos = lineEnd + breakLength;
        continue;
      }
      records.push({ cells: parsed.cells, line: this.line + 1 });
      // A quoted cell may hold line breaks: the next record starts that many lines further on.
      this.line += 1 + countLineBreaks(buf, pos, parsed.lineEnd, nextCr);
      pos = parsed.next;
    }
    this.pending = pos >= buf.length ? '' : buf.slice(pos);
    // A huge unfinished record would be rescanned on every chunk; wait until it doubles.
    this.rescanAt = this.pending.length > 65_536 ? this.pending.length * 2 : 0;
    return records;
  }

  /** `crAt` is the first CR at or after `start` (or past the end): CRs are not searched for again. */
  private parseQuotedRecord(buf: string, start: number, atEnd: boolean, crAt: number): { cells: string[]; lineEnd: number; next: number } | 'incomplete' | 'broken' {
    const { delimiter } = this;
    const cells: string[] = [];
    const none = buf.length + 1;
    let cr = crAt;
    let lf = -1;
    let i = start;
    for (;;) {
      let value = '';
      if (buf.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        for (;;) {
          const q = buf.indexOf('"', j);
          if (q === -1) {
            if (atEnd || countLineBreaks(buf, i, buf.length) > MAX_LINES_IN_QUOTED_CELL) return 'broken';
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
        if (countLineBreaks(value, 0, value.length) > MAX_LINES_IN_QUOTED_CELL) return 'broken';
      }
      // Unquoted text, or text after a closing quote, runs to the next delimiter or line end.
      if (lf < i) {
        lf = buf.indexOf('\n', i);
        if (lf === -1) lf = none;
      }
      if (cr < i) {
        cr = buf.indexOf('\r', i);
        if (cr === -1) cr = none;
      }
      const first = lf < cr ? lf : cr;
      const lineBreak = first === none ? -1 : first;
      if ((lineBreak === -1 || (buf.charCodeAt(lineBreak) === 13 && lineBreak + 1 === buf.length)) && !atEnd) return 'incomplete';
      const lineEnd = lineBreak === -1 ? buf.length : lineBreak;
      const d = buf.indexOf(delimiter, i);
      if (d !== -1 && d < lineEnd) {
        value += buf.slice(i, d);
        cells.push(value);
        i = d + delimiter.length;
        continue;
      }
      value += buf.slice(i, lineEnd);
      cells.push(value);
      const breakLength = lineBreak === -1 ? 0 : buf.charCodeAt(lineEnd) === 13 && buf.charCodeAt(lineEnd + 1) === 10 ? 2 : 1;
      return { cells, lineEnd, next: lineEnd + breakLength };
    }
  }
}

/**
 * The next LF or CR at or after `from`, or -1. A loop rather than two `indexOf`: one of them
 * would run to the end of the buffer on every line of a file without CRs.
 */
function nextLineBreak(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return -1;
}

/**
 * Line breaks (CRLF, LF or a lone CR, each counted once) in text[from, to). `crAt`, the first CR
 * at or after `from` when the caller knows it, lets text without CRs be counted by `indexOf`.
 */
function countLineBreaks(text: string, from: number, to: number, crAt = -1): number {
  let count = 0;
  if (crAt >= to) {
    for (let at = text.indexOf('\n', from); at !== -1 && at < to; at = text.indexOf('\n', at + 1)) count++;
    return count;
  }
  let at = nextLineBreak(text, from);
  while (at !== -1 && at < to) {
    count++;
    if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) at++;
    at = nextLineBreak(text, at + 1);
  }
  return count;
}
