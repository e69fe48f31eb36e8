import { closeSync, openSync, writeSync } from 'node:fs';
import iconv from 'iconv-lite';

/** Encodings the generator writes text files in. */
export type TextEncoding = 'utf-8' | 'windows-1251';

/** Characters gathered before one encode and write: large enough to keep system calls rare. */
const FLUSH_AT = 1 << 20;

/**
 * A text file written in large chunks, encoded on the way out. Synchronous writes keep the
 * generator simple and its memory flat; a chunk is at most about a megabyte.
 */
export class TextFile {
  private readonly fd: number;
  private parts: string[] = [];
  private pending = 0;

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
    this.parts.push(text);
    this.pending += text.length;
    if (this.pending >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.pending = 0;
    const bytes = this.encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, this.encoding);
    writeSync(this.fd, bytes);
  }

  /** Writes what is left and closes the file. */
  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
