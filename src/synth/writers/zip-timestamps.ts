import { closeSync, fstatSync, openSync, readSync, writeSync } from 'node:fs';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;

/** MS-DOS time and date words of a UTC date, as zip headers store them (2-second precision). */
export function dosTimestamp(date: Date): { time: number; date: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

/**
 * Sets every entry's modification time in a zip file (an XLSX) to one date, in place.
 *
 * The zip library under exceljs stamps each entry with the current time, so two runs with the
 * same seed would differ in a few bytes; the generator promises the same bytes. Only the
 * central directory is read (small), and the local headers are patched at the offsets it gives.
 * @throws Error when the file is not a zip this function understands (no zip64).
 */
export function setZipTimestamps(path: string, when: Date): void {
  const { time, date } = dosTimestamp(when);
  const fd = openSync(path, 'r+');
  try {
    const size = fstatSync(fd).size;
    const tailLength = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailLength);
    readSync(fd, tail, 0, tailLength, size - tailLength);
    let end = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === END_OF_CENTRAL_DIRECTORY) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new Error(`${path}: no zip end-of-central-directory record`);
    const entries = tail.readUInt16LE(end + 10);
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directoryOffset === 0xffffffff) throw new Error(`${path}: zip64 is not supported`);

    const directory = Buffer.alloc(directorySize);
    readSync(fd, directory, 0, directorySize, directoryOffset);
    const stamp = Buffer.alloc(4);
    stamp.writeUInt16LE(time, 0);
    stamp.writeUInt16LE(date, 2);
    const header = Buffer.alloc(4);
    let at = 0;
    for (let n = 0; n < entries; n++) {
      if (directory.readUInt32LE(at) !== CENTRAL_FILE_HEADER) throw new Error(`${path}: malformed central directory`);
      stamp.copy(directory, at + 12);
      const localOffset = directory.readUInt32LE(at + 42);
      readSync(fd, header, 0, 4, localOffset);
      if (header.readUInt32LE(0) !== LOCAL_FILE_HEADER) throw new Error(`${path}: malformed local header`);
      writeSync(fd, stamp, 0, 4, localOffset + 10);
      at += 46 + directory.readUInt16LE(at + 28) + directory.readUInt16LE(at + 30) + directory.readUInt16LE(at + 32);
    }
    writeSync(fd, directory, 0, directorySize, directoryOffset);
  } finally {
    closeSync(fd);
  }
}
