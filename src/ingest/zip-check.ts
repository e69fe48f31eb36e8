import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { createInflateRaw, crc32 } from 'node:zlib';

/**
 * The entries of a sound zip (with the text of the parts asked for), or why it is not sound, or
 * (`unpacked` set) that it would unpack to more than the limit.
 */
export type ZipCheck =
  | { ok: true; entries: string[]; parts: Map<string, string> }
  | { ok: false; problem: string; unpacked?: { declared: number; limit: number } };

/**
 * Default limit on what a workbook may unpack to: 1 GiB, several times a million-row list. Past
 * it the streaming reader would build strings V8 cannot hold ("Invalid string length") after
 * inflating for minutes; a zip bomb of a few megabytes declares gigabytes.
 */
export const DEFAULT_MAX_UNZIPPED_BYTES = 1 << 30;

/** Parts larger than this are checked but not kept (the workbook part is a few kilobytes). */
const MAX_KEPT_PART = 1 << 20;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface CentralEntry {
  name: Buffer;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

function centralEntries(directory: Buffer, count: number): CentralEntry[] | string {
  const entries: CentralEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > directory.length || directory.readUInt32LE(at) !== CENTRAL) return 'its directory of contents is damaged';
    const nameLength = directory.readUInt16LE(at + 28);
    const extraLength = directory.readUInt16LE(at + 30);
    const commentLength = directory.readUInt16LE(at + 32);
    entries.push({
      flags: directory.readUInt16LE(at + 8),
      method: directory.readUInt16LE(at + 10),
      crc: directory.readUInt32LE(at + 16),
      compressedSize: directory.readUInt32LE(at + 20),
      size: directory.readUInt32LE(at + 24),
      localOffset: directory.readUInt32LE(at + 42),
      name: directory.subarray(at + 46, at + 46 + nameLength),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates one entry as a stream and checks its length and CRC-32 against the directory. */
async function entryIsSound(file: string, start: number, entry: CentralEntry, keep?: Buffer[]): Promise<boolean> {
  if (entry.compressedSize === 0) return entry.size === 0;
  const raw = createReadStream(file, { start, end: start + entry.compressedSize - 1 });
  const body = entry.method === 8 ? raw.pipe(createInflateRaw()) : raw;
  let crc = 0;
  let size = 0;
  try {
    for await (const chunk of body) {
      size += (chunk as Buffer).length;
      if (size > entry.size) return false;
      crc = crc32(chunk as Buffer, crc);
      if (keep !== undefined && size <= MAX_KEPT_PART) keep.push(chunk as Buffer);
    }
  } catch {
    return false;
  } finally {
    raw.destroy();
  }
  return size === entry.size && crc >>> 0 === entry.crc >>> 0;
}

/**
 * Checks that a zip file (an XLSX workbook) is whole before the streaming reader sees it: the
 * directory at its end is there, each entry's local header agrees with it, and each entry inflates
 * to the recorded length and CRC-32. The streaming reader trusts local headers and can wait
 * forever on a damaged entry instead of failing, so damage is caught here first. Entries are
 * inflated as streams, so memory stays flat; the parts named in `keepParts` are returned as text
 * (the workbook part, to list sheet names before streaming). The sizes the directory declares are
 * added up first and refused past `maxUnzippedBytes`, before anything is inflated. ZIP64 archives
 * (over 4 GiB) are refused unless the limit is 4 GiB or more, then passed unchecked.
 */
export async function checkZip(file: string, keepParts: readonly string[] = [], maxUnzippedBytes: number = DEFAULT_MAX_UNZIPPED_BYTES): Promise<ZipCheck> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const tailLength = Math.min(size, 65_557);
    const tail = await readAt(handle, size - tailLength, tailLength);
    let eocd = -1;
    for (let at = tail.length - 22; at >= 0; at--) {
      if (tail.readUInt32LE(at) === EOCD) {
        eocd = at;
        break;
      }
    }
    if (eocd === -1) return { ok: false, problem: 'its directory of contents is missing: the file is cut short or is not a workbook' };
    const count = tail.readUInt16LE(eocd + 10);
    const directorySize = tail.readUInt32LE(eocd + 12);
    const directoryOffset = tail.readUInt32LE(eocd + 16);
    const parts = new Map<string, string>();
    if (count === 0xffff || directoryOffset === 0xffffffff) {
      // ZIP64: its sizes are not read here; past 4 GiB it is over any limit short of that.
      if (maxUnzippedBytes < 2 ** 32) return { ok: false, problem: 'it is a ZIP64 archive (over 4 GiB or 65,535 parts)', unpacked: { declared: 2 ** 32, limit: maxUnzippedBytes } };
      return { ok: true, entries: [], parts };
    }
    if (directoryOffset + directorySize > size) return { ok: false, problem: 'its directory of contents points past the end of the file' };
    const entries = centralEntries(await readAt(handle, directoryOffset, directorySize), count);
    if (typeof entries === 'string') return { ok: false, problem: entries };
    // Declared sizes bound what each entry may inflate to (entryIsSound stops past them), so their
    // sum is checked before anything is inflated.
    const declared = entries.reduce((sum, entry) => sum + entry.size, 0);
    if (declared > maxUnzippedBytes) return { ok: false, problem: 'it would unpack to more than the limit', unpacked: { declared, limit: maxUnzippedBytes } };

    for (const entry of entries) {
      const name = entry.name.toString('utf8');
      const local = await readAt(handle, entry.localOffset, 30 + entry.name.length);
      if (local.length < 30 || local.readUInt32LE(0) !== LOCAL) return { ok: false, problem: `part ${name} is damaged` };
      const sameName = local.subarray(30, 30 + local.readUInt16LE(26)).equals(entry.name);
      const sameMethod = local.readUInt16LE(8) === entry.method && local.readUInt16LE(6) === entry.flags;
      // Without a data descriptor (flag bit 3) the local header repeats sizes and CRC.
      const sameSizes = (entry.flags & 8) !== 0 || (local.readUInt32LE(14) === entry.crc && local.readUInt32LE(18) === entry.compressedSize && local.readUInt32LE(22) === entry.size);
      if (!sameName || !sameMethod || !sameSizes || (entry.method !== 0 && entry.method !== 8)) return { ok: false, problem: `part ${name} is damaged` };
      const start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
      const keep = keepParts.includes(name) ? [] : undefined;
      if (start + entry.compressedSize > size || !(await entryIsSound(file, start, entry, keep))) return { ok: false, problem: `part ${name} is damaged` };
      if (keep !== undefined && entry.size <= MAX_KEPT_PART) parts.set(name, Buffer.concat(keep).toString('utf8'));
    }
    return { ok: true, entries: entries.map((entry) => entry.name.toString('utf8')), parts };
  } finally {
    await handle.close();
  }
}
