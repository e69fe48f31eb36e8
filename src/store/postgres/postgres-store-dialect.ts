import pg from 'pg';
import { CompiledQuery, Kysely, PostgresDialect, sql } from 'kysely';
import type { StoreSchema } from '../schema.js';
import type { BulkValue, QuarantineInsert, RecordInsert, RowOwner, StoreDialect } from '../store-dialect.js';

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
  readonly batchSize = 5000;
  readonly db: Kysely<StoreSchema>;

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
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const values = rows
        .slice(start, start + ROWS_PER_STATEMENT)
        .map((row) => ({ party: owner.party, list_id: owner.listId, version: owner.version, ...row }));
      await db.insertInto('record').values(values).execute();
    }
  }

  async insertQuarantine(db: Kysely<StoreSchema>, owner: RowOwner, rows: readonly QuarantineInsert[]): Promise<void> {
    for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
      const values = rows
        .slice(start, start + ROWS_PER_STATEMENT)
        .map((row) => ({ party: owner.party, list_id: owner.listId, version: owner.version, ...row }));
      await db.insertInto('quarantine').values(values).execute();
    }
  }

  async insertRows(db: Kysely<StoreSchema>, table: string, columns: readonly string[], rows: readonly (readonly BulkValue[])[]): Promise<void> {
    // Written by hand: Kysely's builder spends longer compiling a VALUES list of thousands of
    // rows than the server spends inserting them.
    const perStatement = Math.min(ROWS_PER_STATEMENT, Math.floor(MAX_PARAMETERS / columns.length));
    const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      const params: BulkValue[] = [];
      const tuples: string[] = [];
      for (const row of chunk) {
        const slots: string[] = [];
        for (const value of row) slots.push(`$${params.push(value)}`);
        tuples.push(`(${slots.join(', ')})`);
      }
      await db.executeQuery(CompiledQuery.raw(head + tuples.join(', '), params));
    }
  }

  async destroy(): Promise<void> {
    await this.db.destroy();
  }
}
