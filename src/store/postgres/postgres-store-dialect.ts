import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { StoreSchema } from '../schema.js';
import type { QuarantineInsert, RecordInsert, RowOwner, StoreDialect } from '../store-dialect.js';

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

class PostgresStoreDialect implements StoreDialect {
  readonly name = 'postgres';
  // One statement per batch: larger batches mean fewer round trips, bounded by memory.
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
    if (rows.length === 0) return;
    // unnest turns one array per column into rows: one statement and one round trip per batch,
    // whatever its size, where a multi-row VALUES would hit the 65535-parameter limit.
    await sql`insert into record (party, list_id, version, row_number, sheet, raw, fields, warnings, record_key)
      select ${owner.party}::text, ${owner.listId}::int, ${owner.version}::int, r.row_number, r.sheet, r.raw, r.fields, r.warnings, r.record_key
      from unnest(${rows.map((r) => r.row_number)}::int[], ${rows.map((r) => r.sheet)}::text[], ${rows.map((r) => r.raw)}::text[],
                  ${rows.map((r) => r.fields)}::text[], ${rows.map((r) => r.warnings)}::text[], ${rows.map((r) => r.record_key)}::text[])
        with ordinality as r(row_number, sheet, raw, fields, warnings, record_key, position)
      order by r.position`.execute(db);
  }

  async insertQuarantine(db: Kysely<StoreSchema>, owner: RowOwner, rows: readonly QuarantineInsert[]): Promise<void> {
    if (rows.length === 0) return;
    await sql`insert into quarantine (party, list_id, version, row_number, sheet, raw, reason, column_name)
      select ${owner.party}::text, ${owner.listId}::int, ${owner.version}::int, r.row_number, r.sheet, r.raw, r.reason, r.column_name
      from unnest(${rows.map((r) => r.row_number)}::int[], ${rows.map((r) => r.sheet)}::text[], ${rows.map((r) => r.raw)}::text[],
                  ${rows.map((r) => r.reason)}::text[], ${rows.map((r) => r.column_name)}::text[])
        with ordinality as r(row_number, sheet, raw, reason, column_name, position)
      order by r.position`.execute(db);
  }

  async destroy(): Promise<void> {
    await this.db.destroy();
  }
}
