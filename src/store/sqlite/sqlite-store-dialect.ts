import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { WhereaboutsError } from '../../errors.js';
import type { StoreSchema } from '../schema.js';
import type { BulkValue, QuarantineInsert, RecordInsert, RowOwner, StoreDialect } from '../store-dialect.js';
import { QUARANTINE_COLUMNS, RECORD_COLUMNS, putQuarantined, putRecord } from '../store-dialect.js';
import { SqliteBulkInsert } from './sqlite-bulk-insert.js';


/**
 * Opens (creating if needed) the SQLite file at `file`, in WAL mode so that readers are never
 * blocked by an import and a killed import leaves only uncommitted WAL frames, which SQLite
 * discards when the file is next opened.
 */
export function openSqliteDialect(file: string): StoreDialect {
  let database: Database.Database;
  try {
    database = new Database(file);
    // 16 KiB pages rather than 4: a record is about 500 bytes, and each page costs a frame header
    // and a checksum in the WAL; an import's commit writes half the CPU time. Only a new file
    // takes it (an existing one keeps its pages until a VACUUM).
    database.pragma('page_size = 16384');
    database.pragma('journal_mode = WAL');
    // FULL costs one fsync per import (one transaction each) and keeps a finished import
    // through a power cut, not only through a killed process.
    database.pragma('synchronous = FULL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 10000');
    // 64 MiB of page cache rather than 2: a run replaces a million person members, and their
    // indexes (record identity, person id) are written in no order a small cache can follow.
    database.pragma('cache_size = -65536');
  } catch (error) {
    throw new WhereaboutsError('WA_DB_UNREACHABLE', `cannot open the SQLite store ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  return new SqliteStoreDialect(file, database);
}

class SqliteStoreDialect implements StoreDialect {
  readonly name = 'sqlite';
  // better-sqlite3 runs each prepared insert synchronously, so a batch only bounds memory: the
  // fewer rows in flight, the less each young-generation collection copies (see text-stream.ts).
  readonly batchSize = 500;
  readonly db: Kysely<StoreSchema>;
  readonly #database: Database.Database;
  /** Bulk inserts by table and columns, prepared on first use: the tables do not exist before the first migration. */
  readonly #inserts = new Map<string, SqliteBulkInsert>();

  constructor(
    readonly location: string,
    database: Database.Database,
  ) {
    this.#database = database;
    this.db = new Kysely<StoreSchema>({ dialect: new SqliteDialect({ database }) });
  }

  async transaction<T>(_lockKey: string, work: (db: Kysely<StoreSchema>) => Promise<T>): Promise<T> {
    // Kysely's own transactions say BEGIN (deferred); IMMEDIATE takes the write lock first so a
    // second importer waits (busy_timeout) instead of failing when it upgrades its read lock.
    return this.db.connection().execute(async (connection) => {
      try {
        await sql`begin immediate`.execute(connection);
      } catch (error) {
        if ((error as { code?: unknown }).code !== 'SQLITE_BUSY') throw error;
        throw new WhereaboutsError(
          'WA_DB_BUSY',
          `the store ${this.location} is busy: another whereabouts is writing to it; try again when it has finished`,
          { cause: error },
        );
      }
      try {
        const result = await work(connection);
        await sql`commit`.execute(connection);
        return result;
      } catch (error) {
        if (this.#database.inTransaction) await sql`rollback`.execute(connection);
        throw error;
      }
    });
  }

  async insertRecords(_db: Kysely<StoreSchema>, owner: RowOwner, rows: readonly RecordInsert[]): Promise<void> {
    // The bulk path bypasses Kysely: building and compiling a query per row costs more than the
    // insert itself. It runs on the same connection, so inside the caller's transaction.
    this.#insert('record', RECORD_COLUMNS).run(rows.length, (params, at, index) => putRecord(params, at, owner, rows[index] as RecordInsert));
  }

  async insertQuarantine(_db: Kysely<StoreSchema>, owner: RowOwner, rows: readonly QuarantineInsert[]): Promise<void> {
    this.#insert('quarantine', QUARANTINE_COLUMNS).run(rows.length, (params, at, index) => putQuarantined(params, at, owner, rows[index] as QuarantineInsert));
  }

  async insertRows(_db: Kysely<StoreSchema>, table: string, columns: readonly string[], rows: readonly (readonly BulkValue[])[]): Promise<void> {
    const width = columns.length;
    this.#insert(table, columns).run(rows.length, (params, at, index) => {
      const row = rows[index] as readonly BulkValue[];
      for (let j = 0; j < width; j++) params[at + j] = row[j] as BulkValue;
    });
  }

  #insert(table: string, columns: readonly string[]): SqliteBulkInsert {
    const key = `${table}(${columns.join(',')})`;
    let insert = this.#inserts.get(key);
    if (insert === undefined) this.#inserts.set(key, (insert = new SqliteBulkInsert(this.#database, table, columns)));
    return insert;
  }

  async destroy(): Promise<void> {
    await this.db.destroy();
  }
}
