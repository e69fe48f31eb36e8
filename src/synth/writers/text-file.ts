import { closeSync, openSync, writeSync } from 'node:fs';
import iconv from 'iconv-lite';

/** Encodings the generator writes text files in. */
export type TextEncoding = 'utf-8' | 'windows-1251';

/**
 * Characters gathered before one encode and write: enough to keep system calls rare, few
 * enough that the pending text dies young (at a megabyte, garbage collection was the main cost).
 */
const FLUSH_AT = 1 << 16;

/**
 * A text file written in large chunks, encoded on the way out. Synchronous writes keep the
 * generator simple and its memory flat.
 */
export class TextFile {
  private readonly fd: number;
  private pending = '';

  constructor(
    path: string,
    private readonly encoding: TextEncoding,
    byteOrderMark = false,
  ) {
    this.fd = openSync(path, 'w');
    if (byteOrderMark) writeSync(this.fd, Buffer.from([0xef, 0xbb, 0xbf]));
  }

  /** Appends text. */
  write(text: string): void {
    // Appending builds a rope in V8, flattened once per flush: cheaper than an array of parts.
    this.pending += text;
    if (this.pending.length >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.pending === '') return;
    const text = this.pending;
    this.pending = '';
    const bytes = this.encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, this.encoding);
    writeSync(this.fd, bytes);
  }

  /** Writes what is left and closes the file. */
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
