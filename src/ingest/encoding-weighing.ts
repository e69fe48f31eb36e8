import { isUtf8 } from 'node:buffer';
import { open } from 'node:fs/promises';
import { WhereaboutsError } from '../errors.js';
import { dependsOnWholeFile, detectEncoding } from './encoding-detection.js';
import type { EncodingDetection } from './encoding-detection.js';
import { Utf8Census, utf8Tally } from './utf8-census.js';

/** Bytes read at a time while weighing. */
const CHUNK = 1 << 20;

/**
 * Settles a text file's encoding over the whole file, not only its first bytes: a file whose first
 * 64 KiB are ASCII can be Windows-1251 further on, and two damaged rows in a small UTF-8 file must
 * not make it Windows-1251. The common case costs one native validation pass (`isUtf8`, no line
 * counting); only a file with invalid bytes somewhere is counted line by line ({@link Utf8Census}).
 * A byte-order mark or a UTF-16 NUL pattern decides without reading further.
 */
export async function weighFileEncoding(file: string, sample: Uint8Array): Promise<EncodingDetection> {
  const fromSample = detectEncoding(sample);
  if (!dependsOnWholeFile(fromSample)) return fromSample;
  let handle;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    if (size <= sample.length) return detectEncoding(sample, utf8Tally(sample));
    if (await validThroughout(handle)) return { encoding: 'utf-8', bomLength: 0, evidence: 'valid-utf-8' };
    const census = new Utf8Census();
    await eachChunk(handle, (bytes) => {
      census.push(bytes);
      return true;
    });
    return detectEncoding(sample, census.finish());
  } catch (error) {
    if (error instanceof WhereaboutsError) throw error;
    throw new WhereaboutsError('WA_FILE_UNREADABLE', `cannot read ${file}: ${(error as Error).message}`, { cause: error, location: { file } });
  } finally {
    await handle?.close();
  }
}

/** One native UTF-8 validation of the whole file, cut between sequences so none is split. */
async function validThroughout(handle: Awaited<ReturnType<typeof open>>): Promise<boolean> {
  let carry: Buffer = Buffer.alloc(0);
  let valid = true;
  await eachChunk(handle, (bytes, last) => {
    const joined = carry.length === 0 ? bytes : Buffer.concat([carry, bytes]);
    let cut = joined.length;
    if (!last) {
      // Cut before the last byte that is not a continuation (0x80-0xBF): the sequence it starts
      // may go on in the next chunk, so it is carried over.
      let back = joined.length - 1;
      while (back > 0 && joined.length - back < 4 && ((joined[back] as number) & 0xc0) === 0x80) back--;
      cut = (joined[back] as number) < 0x80 ? back + 1 : back;
    }
    if (!isUtf8(joined.subarray(0, cut))) {
      valid = false;
      return false;
    }
    carry = Buffer.from(joined.subarray(cut));
    return true;
  });
  return valid && carry.length === 0;
}

async function eachChunk(handle: Awaited<ReturnType<typeof open>>, visit: (bytes: Buffer, last: boolean) => boolean): Promise<void> {
  const buffer = Buffer.alloc(CHUNK);
  let position = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, CHUNK, position);
    position += bytesRead;
    const last = bytesRead < CHUNK;
    if (bytesRead > 0 && !visit(buffer.subarray(0, bytesRead), last)) return;
    if (last) return;
  }
}
