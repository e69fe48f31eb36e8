/**
 * Typed arrays carved out of a few large buffers. With the records' heap of a million records,
 * V8 runs a full garbage collection each time new buffers add up to 64 MB, whatever their use;
 * blocking made gigabytes of them and spent most of its time collecting. Carving from large
 * chunks makes that one collection per chunk.
 */
export class Arena {
  private chunk: ArrayBuffer | SharedArrayBuffer | undefined;
  private used = 0;

  /** With `shared`, chunks are SharedArrayBuffers: worker threads given the arrays share them instead of copying. */
  constructor(
    private readonly chunkBytes: number,
    private readonly shared = false,
  ) {}

  int32(length: number): Int32Array {
    return new Int32Array(this.take(length * 4), this.used - length * 4, length);
  }

  uint8(length: number): Uint8Array {
    return new Uint8Array(this.take(length), this.used - length, length);
  }

  private take(bytes: number): ArrayBuffer | SharedArrayBuffer {
    // Keep every array 4-aligned.
    this.used = Math.ceil(this.used / 4) * 4;
    if (this.chunk === undefined || this.used + bytes > this.chunk.byteLength) {
      this.chunk = this.shared ? new SharedArrayBuffer(Math.max(this.chunkBytes, bytes)) : new ArrayBuffer(Math.max(this.chunkBytes, bytes));
      this.used = 0;
    }
    this.used += bytes;
    return this.chunk;
  }
}
