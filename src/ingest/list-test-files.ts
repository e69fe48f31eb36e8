import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WhereaboutsError } from '../errors.js';
import { openList } from './open-list.js';
import type { ListReadOptions, ListSource, ReadResult } from './list-source.js';
import type { IngestRow, QuarantinedRow } from './record.js';

/** A list read whole in a test: the source, its imported rows and its quarantined ones. */
export interface ReadList {
  source: ListSource;
  rows: IngestRow[];
  quarantined: QuarantinedRow[];
}

/**
 * Files for one test file's lists, in a temporary folder (`remove` it after the tests), and the readers
 * the ingest tests share. `defaults` are the read options every read starts from (a fixed
 * reference year, a fixed day of reading), so results do not depend on the day the tests run.
 */
export function listTestFiles(prefix: string, defaults: ListReadOptions) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  /** Removes the folder: for the test file's afterAll. */
  const remove = (): void => rmSync(dir, { recursive: true, force: true });
  let counter = 0;

  /** Writes a file of the given content and returns its path (names never collide). */
  const file = (name: string, content: string | Buffer): string => {
    const path = join(dir, `${counter++}-${name}`);
    writeFileSync(path, content);
    return path;
  };

  const readAll = async (path: string, options: ListReadOptions = {}): Promise<ReadList> => {
    const source = await openList(path, { ...defaults, ...options });
    const results: ReadResult[] = [];
    for await (const result of source.rows()) results.push(result);
    const rows = results.flatMap((r) => (r.ok ? [r.row] : []));
    const quarantined = results.flatMap((r) => (r.ok ? [] : [r.row]));
    return { source, rows, quarantined };
  };

  /** The WhereaboutsError reading a file fails with; any other outcome fails the test. */
  const failure = async (path: string, options: ListReadOptions = {}): Promise<WhereaboutsError> => {
    try {
      await readAll(path, options);
    } catch (error) {
      if (error instanceof WhereaboutsError) return error;
      throw error;
    }
    throw new Error(`reading ${path} did not fail`);
  };

  return { dir, file, readAll, failure, remove };
}
