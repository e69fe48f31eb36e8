/** One element of a JSON array or one line of JSON Lines, as text, with its 1-based number. */
export type JsonItem = { text: string; number: number } | { broken: string; number: number; reason: string };

/**
 * Splits a top-level JSON array into the text of its elements, chunk by chunk, without parsing
 * the whole file: it only tracks strings, escapes and nesting depth, and cuts at the commas of
 * depth one. Each element is then parsed on its own, so one bad element is quarantined and the
 * others are read. Scanning state is kept across chunks, so no text is scanned twice.
 */
export class JsonArraySplitter {
  private pending = '';
  private scanned = 0;
  private elementStart = -1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private finished = false;
  /** Text after the closing bracket (its first 1000 characters), reported at the end. */
  private trailing = '';
  private count = 0;

  /** Feeds decoded text; returns the elements completed by it. */
  push(text: string): JsonItem[] {
    this.pending += text;
    const items: JsonItem[] = [];
    const buf = this.pending;
    let i = this.scanned;
    for (; i < buf.length && !this.finished; i++) {
      const c = buf.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === 92) this.escaped = true;
        else if (c === 34) this.inString = false;
        continue;
      }
      if (c === 34) this.inString = true;
      else if (c === 91 || c === 123) {
        this.depth++;
        if (this.depth === 1 && c === 91) {
          this.elementStart = i + 1;
          continue;
        }
      } else if (c === 93 || c === 125) {
        this.depth--;
        if (this.depth === 0) {
          this.cut(buf, i, items);
          this.finished = true;
        }
      } else if (c === 44 && this.depth === 1) {
        this.cut(buf, i, items);
        this.elementStart = i + 1;
      }
    }
    if (this.finished) {
      if (this.trailing.length < 1000) this.trailing += buf.slice(i, i + 1000 - this.trailing.length);
      this.pending = '';
      this.scanned = 0;
      return items;
    }
    // Keep only the unfinished element.
    const keepFrom = this.elementStart >= 0 ? this.elementStart : i;
    this.pending = buf.slice(keepFrom);
    this.scanned = i - keepFrom;
    if (this.elementStart >= 0) this.elementStart -= keepFrom;
    return items;
  }

  /** Ends the input: an element left open is returned broken. */
  end(): JsonItem[] {
    if (this.finished) {
      const trailing = this.trailing.trim();
      this.trailing = '';
      // Text after the closing bracket is not part of the array; say so rather than drop it.
      return trailing === '' ? [] : [{ broken: trailing, number: ++this.count, reason: 'text after the end of the JSON array is not read (only its first 1000 characters are kept here)' }];
    }
    if (this.elementStart < 0) return [];
    const text = this.pending.slice(this.elementStart).trim();
    this.finished = true;
    if (text === '') return [];
    return [{ broken: text, number: ++this.count, reason: 'the file ends inside this element (the array is not closed)' }];
  }

  private cut(buf: string, at: number, items: JsonItem[]): void {
    const text = buf.slice(this.elementStart, at).trim();
    // "[]" and a trailing comma leave nothing to read.
    if (text === '') return;
    items.push({ text, number: ++this.count });
  }
}

/**
 * Splits JSON Lines text into lines, chunk by chunk; each line is one item, numbered by line. A
 * line ends at LF, CRLF or a lone CR (JSON escapes a CR inside a string, so a bare one is a break).
 */
export class JsonLinesSplitter {
  private pending = '';
  private line = 0;

  /** Feeds decoded text; returns the lines completed by it. */
  push(text: string): JsonItem[] {
    this.pending += text;
    const items: JsonItem[] = [];
    const buf = this.pending;
    let start = 0;
    let lone = this.pending.includes('\r');
    let nl = buf.indexOf('\n');
    for (;;) {
      // Lone CRs are looked for only in text that has a CR at all.
      const cr = lone ? buf.indexOf('\r', start) : -1;
      if (cr === -1) lone = false;
      const loneCr = cr !== -1 && (nl === -1 || cr < nl - 1) ? cr : -1;
      if (loneCr !== -1) {
        if (loneCr + 1 === buf.length) break;
        items.push({ text: buf.slice(start, loneCr), number: ++this.line });
        start = loneCr + 1;
        continue;
      }
      if (nl === -1) break;
      items.push({ text: buf.slice(start, nl), number: ++this.line });
      start = nl + 1;
      nl = buf.indexOf('\n', start);
    }
    this.pending = buf.slice(start);
    return items;
  }

  /** Ends the input: the last line, when it has no line break. */
  end(): JsonItem[] {
    const rest = this.pending;
    this.pending = '';
    return rest.trim() === '' ? [] : [{ text: rest, number: ++this.line }];
  }
}

/**
 * Deepest nesting a row may have. A row is an object of cells; a cell holding an object or array
 * is kept as its JSON text. Past this depth the item is quarantined unparsed: JSON.stringify and
 * every recursive walk would overflow the stack on a value nested tens of thousands deep.
 */
export const MAX_JSON_DEPTH = 64;

/** True when the JSON text nests objects and arrays deeper than `limit` (strings skipped). */
export function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}
