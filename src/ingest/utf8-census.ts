/**
 * What a file's bytes say about UTF-8, line by line. A line that holds multi-byte sequences and
 * no invalid byte is all but impossible in a single-byte code page (a Cyrillic word in
 * Windows-1251 is a run of high bytes that never pair up as UTF-8 leads and continuations), so
 * such lines are the evidence that the file is UTF-8, however many damaged lines it also has.
 */
export interface Utf8Tally {
  /** Lines with at least one valid multi-byte sequence and no invalid byte. */
  cleanLines: number;
  /** Lines with at least one byte that is not valid UTF-8. */
  damagedLines: number;
  /** Valid multi-byte sequences, and bytes that cannot start or continue one. */
  multibyte: number;
  invalid: number;
}

/**
 * Counts UTF-8 evidence over bytes fed in any number of chunks: a sequence split between two
 * chunks is carried over, never counted as damage. Overlong forms and surrogates count as
 * invalid, as the decoder turns them into U+FFFD.
 */
export class Utf8Census {
  private readonly tally: Utf8Tally = { cleanLines: 0, damagedLines: 0, multibyte: 0, invalid: 0 };
  private lineMultibyte = false;
  private lineInvalid = false;
  /** The start of a sequence cut off by the end of the last chunk. */
  private carry: Uint8Array = new Uint8Array(0);

  /** Feeds the next bytes of the file. */
  push(chunk: Uint8Array): void {
    const bytes = this.carry.length === 0 ? chunk : concat(this.carry, chunk);
    this.carry = new Uint8Array(0);
    const n = bytes.length;
    let i = 0;
    while (i < n) {
      const b = bytes[i] as number;
      if (b < 0x80) {
        if (b === 10 || b === 13) this.endLine();
        i++;
        continue;
      }
      const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
      if (need === 0) {
        this.invalidByte();
        i++;
        continue;
      }
      if (i + need >= n && !wellFormedPrefix(bytes, i, n)) {
        this.invalidByte();
        i++;
        continue;
      }
      if (i + need >= n) {
        // Possibly completed by the next chunk.
        this.carry = bytes.slice(i);
        return;
      }
      if (wellFormedPrefix(bytes, i, i + need + 1)) {
        this.tally.multibyte++;
        this.lineMultibyte = true;
        i += need + 1;
      } else {
        this.invalidByte();
        i++;
      }
    }
  }

  /**
   * Ends the input and returns the tally. A sequence cut off at the end is damage when the bytes
   * were the whole file, and nothing when they were only its first part (a sample).
   */
  finish(endOfFile = true): Utf8Tally {
    if (this.carry.length > 0 && endOfFile) this.invalidByte();
    this.carry = new Uint8Array(0);
    this.endLine();
    return { ...this.tally };
  }

  private invalidByte(): void {
    this.tally.invalid++;
    this.lineInvalid = true;
  }

  private endLine(): void {
    if (this.lineInvalid) this.tally.damagedLines++;
    else if (this.lineMultibyte) this.tally.cleanLines++;
    this.lineInvalid = false;
    this.lineMultibyte = false;
  }
}

/** True when bytes[from, to) are the start of a well-formed sequence (the lead at `from`). */
function wellFormedPrefix(bytes: Uint8Array, from: number, to: number): boolean {
  const lead = bytes[from] as number;
  for (let k = from + 1; k < to; k++) {
    const b = bytes[k] as number;
    if (k === from + 1) {
      // The second byte's range excludes overlong forms, surrogates and code points past U+10FFFF.
      const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
      const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
      if (b < low || b > high) return false;
    } else if ((b & 0xc0) !== 0x80) return false;
  }
  return true;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/** The census of one buffer: the whole file, or (`endOfFile` false) its first bytes. */
export function utf8Tally(bytes: Uint8Array, endOfFile = true): Utf8Tally {
  const census = new Utf8Census();
  census.push(bytes);
  return census.finish(endOfFile);
}
