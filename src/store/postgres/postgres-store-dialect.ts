import pg from 'pg';
import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import type { StoreSchema } from '../schema.js';
import type { BulkValue, QuarantineInsert, RecordInsert, RowOwner, StoreDialect } from '../store-dialect.js';
import { QUARANTINE_COLUMNS, RECORD_COLUMNS, putQuarantined, putRecord } from '../store-dialect.js';

/**
 * Connects to the PostgreSQL database at `url` (`postgres://user@host:port/db`). Nothing is
 * sent until the first query, so an unreachable server shows up when the store is opened.
 */
export function openPostgresDialect(url: string): StoreDialect {
  // One import holds one connection for its whole transaction; a small pool is plenty.
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  return new PostgresStoreDialect(redactPassword(url), pool);
}

/** The URL as it may appear in messages and logs. */
function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** 9 parameters a row: 1,000 rows stay far below PostgreSQL's limit of 65,535 parameters. */
const ROWS_PER_STATEMENT = 1000;
/** PostgreSQL's limit on the parameters of one statement. */
const MAX_PARAMETERS = 65_535;

class PostgresStoreDialect implements StoreDialect {
  readonly name = 'postgres';
  // One statement's worth: fewer rows in flight for each young-generation collection to copy
  // (100k import 2.5-2.8 -> 1.9-2.4 CPU-s against 5,000).
  readonly batchSize = ROWS_PER_STATEMENT;
  readonly db: Kysely<StoreSchema>;
  /** The text of full-length multi-row inserts, by table and columns. */
  readonly #insertTexts = new Map<string, string>();

  constructor(
    readonly location: string,
    pool: pg.Pool,
  ) {
    this.db = new Kysely<StoreSchema>({ dialect: new PostgresDialect({ pool }) });
  }

  transaction<T>(lockKey: string, work: (db: Kysely<StoreSchema>) => Promise<T>): Promise<T> {
    return this.db.transaction().execute(async (trx) => {
      // Serialises imports into the same list across processes; released at commit or rollback.
      await sql`select pg_advisory_xact_lock(hashtext(${lockKey}))`.execute(trx);
      return work(trx);
    });
  }

  async insertRecords(db: Kysely<StoreSchema>, owner: RowOwner, rows: readonly RecordInsert[]): Promise<void> {
    // A multi-row VALUES per batch. Measured against unnest(array parameters): the server
    // parses text arrays of JSON (all those escaped quotes) about four times slower.
    await this.#insertValues(db, 'record', RECORD_COLUMNS, rows.length, (params, index) => putRecord(params, params.length, owner, rows[index] as RecordInsert));
  }

  async insertQuarantine(db: Kysely<StoreSchema>, owner: RowOwner, rows: readonly QuarantineInsert[]): Promise<void> {
    await this.#insertValues(db, 'quarantine', QUARANTINE_COLUMNS, rows.length, (params, index) => putQuarantined(params, params.length, owner, rows[index] as QuarantineInsert));
  }

  async insertRows(db: Kysely<StoreSchema>, table: string, columns: readonly string[], rows: readonly (readonly BulkValue[])[]): Promise<void> {
    await this.#insertValues(db, table, columns, rows.length, (params, index) => {
      for (const value of rows[index] as readonly BulkValue[]) params.push(value);
    });
  }

  /**
   * Inserts `count` rows, each pushed onto the parameters by `push`, as multi-row VALUES
   * statements written by hand: Kysely's builder spends longer compiling a VALUES list of
   * thousands of rows than the server spends inserting them. The text of a statement of n rows
   * is built once and kept.
   */
  async #insertValues(
    db: Kysely<StoreSchema>,
    table: string,
    columns: readonly string[],
    count: number,
    push: (params: BulkValue[], index: number) => void,
  ): Promise<void> {
    const perStatement = Math.min(ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / columns.length));
    for (let start = 0; start < count; start += perStatement) {
      const end = Math.min(count, start + perStatement);
      const params: BulkValue[] = [];
      for (let index = start; index < end; index++) push(params, index);
      await db.executeQuery(CompiledQuery.raw(this.#insertText(table, columns, end - start, end - start === perStatement), params));
    }
  }

  #insertText(table: string, columns: readonly string[], rows: number, full: boolean): string {
    const key = `${table}(${columns.join(',')})`;
    const kept = full ? this.#insertTexts.get(key) : undefined;
    if (kept !== undefined) return kept;
    const tuples: string[] = [];
    for (let r = 0, n = 0; r < rows; r++) tuples.push(`(${columns.map(() => `$${++n}`).join(', ')})`);
    const text = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${tuples.join(', ')}`;
    // Full statements recur; a batch's remainder may be of any length, so it is not kept.
    if (full) this.#insertTexts.set(key, text);
    return text;
  }

  async destroy(): Promise<void> {
    await this.db.destroy();
  }
}
