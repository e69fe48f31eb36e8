import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';
import { WhereaboutsError } from '../errors.js';
import type { EncodingDetection, TextEncoding } from './encoding-detection.js';

/**
 * Bytes read per chunk: large enough that per-chunk costs vanish, small enough that the rows of
 * one chunk in flight (cells, parsed fields, encoded rows) are few when the young generation is
 * collected: each collection copies every live object. 256 KiB chunks cost an import of a million
 * rows 1.5 s more in collections (docs/benchmarks-history.md, "Import (session 3)").
 */
const CHUNK_BYTES = 64 * 1024;

/**
 * What a decoder has met so far; rows are only searched for U+FFFD once some chunk had one, and
 * for NULs once some chunk had one.
 */
export interface DecodingWatch {
  encoding: TextEncoding;
  /** True once a decoded chunk held U+FFFD (bytes the encoding could not decode). */
  undecodable: boolean;
  /**
   * True when the whole file was found valid UTF-8 before reading: a U+FFFD in it is then a
   * character the sender wrote, not damage.
   */
  validThroughout: boolean;
  /** True once a decoded chunk held a NUL character. */
  nul: boolean;
}

/** A fresh watch for a file read in the detected encoding. */
export function decodingWatch(detection: EncodingDetection): DecodingWatch {
  return { encoding: detection.encoding, undecodable: false, validThroughout: detection.evidence === 'valid-utf-8', nul: false };
}

/**
 * Streams a text file as decoded chunks, skipping the byte-order mark. Decoding is incremental,
 * so a character split between two chunks comes out whole. Bytes the encoding cannot decode
 * become U+FFFD, which the row reader turns into a quarantine reason.
 */
export async function* decodedChunks(file: string, watch: DecodingWatch, bomLength: number): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(watch.encoding, { stripBOM: false });
  const stream = createReadStream(file, { start: bomLength, highWaterMark: CHUNK_BYTES });
  try {
    for await (const chunk of stream) {
      const text = decoder.write(chunk as Buffer);
      if (!watch.undecodable && !watch.validThroughout && text.includes('\uFFFD')) watch.undecodable = true;
      if (!watch.nul && text.includes('\0')) watch.nul = true;
      if (text.length > 0) yield text;
    }
  } catch (error) {
    throw new WhereaboutsError('WA_FILE_UNREADABLE', `cannot read ${file}: ${(error as Error).message}`, { cause: error, location: { file } });
  } finally {
    stream.destroy();
  }
  const tail = decoder.end();
  if (tail !== undefined && !watch.validThroughout && tail.includes('\uFFFD')) watch.undecodable = true;
  if (tail !== undefined && tail.length > 0) yield tail;
}
