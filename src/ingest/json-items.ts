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

/** Splits JSON Lines text into lines, chunk by chunk; each line is one item, numbered by line. */
export class JsonLinesSplitter {
  private pending = '';
  private line = 0;

  /** Feeds decoded text; returns the lines completed by it. */
  push(text: string): JsonItem[] {
    this.pending += text;
    const items: JsonItem[] = [];
    let start = 0;
    let nl = this.pending.indexOf('\n');
    while (nl !== -1) {
      items.push({ text: this.pending.slice(start, nl), number: ++this.line });
      start = nl + 1;
      nl = this.pending.indexOf('\n', start);
    }
    this.pending = this.pending.slice(start);
    return items;
  }

  /** Ends the input: the last line, when it has no line break. */
  end(): JsonItem[] {
    const rest = this.pending;
    this.pending = '';
    return rest.trim() === '' ? [] : [{ text: rest, number: ++this.line }];
  }
}
