import { createHash } from 'node:crypto';
import { createReadStream, promises as fs } from 'node:fs';
import path from 'node:path';
import { WhereaboutsError } from '../errors.js';

/** What identifies an imported file: the same bytes give the same fingerprint, whatever its name. */
export interface FileFingerprint {
  /** The file's base name, as the sender named it. */
  name: string;
  size: number;
  /** Lower-case hex sha256 of the bytes. */
  sha256: string;
}

/** Reads `file` once, streaming, to size and hash it. */
export async function fingerprintFile(file: string): Promise<FileFingerprint> {
  let size: number;
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) throw new WhereaboutsError('WA_FILE_UNREADABLE', `${file} is not a file`, { location: { file } });
    size = stat.size;
  } catch (error) {
    if (error instanceof WhereaboutsError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WhereaboutsError('WA_FILE_NOT_FOUND', `no such file: ${file}`, { location: { file } });
    throw new WhereaboutsError('WA_FILE_UNREADABLE', `cannot read ${file}: ${(error as Error).message}`, {
      cause: error,
      location: { file },
    });
  }
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch (error) {
    throw new WhereaboutsError('WA_FILE_UNREADABLE', `cannot read ${file}: ${(error as Error).message}`, {
      cause: error,
      location: { file },
    });
  }
  return { name: path.basename(file), size, sha256: hash.digest('hex') };
}
