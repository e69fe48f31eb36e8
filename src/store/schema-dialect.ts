import { SqliteAdapter } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import { sqliteSchema } from './sqlite/sqlite-schema.js';
import { postgresSchema } from './postgres/postgres-schema.js';

/**
 * The few places where a migration must say different things to SQLite and PostgreSQL.
 * Migrations call these instead of testing the dialect themselves, so that every difference
 * in the schema is written in the dialect folders.
 */
export interface SchemaDialect {
  /** Makes `column` an auto-numbered integer primary key. */
  autoId(column: ColumnDefinitionBuilder): ColumnDefinitionBuilder;
  /** Makes the database itself refuse UPDATE and DELETE on `table` (append-only logs). */
  forbidUpdateAndDelete(db: Kysely<unknown>, table: string): Promise<void>;
  /**
   * Runs `work` with `table`'s append-only guard lifted, inside the caller's transaction, and puts
   * the guard back before returning (a failure rolls both back). Only the expiry uses it: blanking
   * what an expired record left in a log is the one change a log may take.
   */
  withGuardLifted<T>(db: Kysely<unknown>, table: string, work: () => Promise<T>): Promise<T>;
  /**
   * Grants the server's database role (`whereabouts_server`, created when missing) `privileges`
   * (e.g. `select, insert`) on `table`. SQLite has no roles: nothing is done there.
   */
  grantToServer(db: Kysely<unknown>, table: string, privileges: string): Promise<void>;
}

/** The database role the server connects as on PostgreSQL (docs/server.md, "Deploying"). */
export const SERVING_ROLE = 'whereabouts_server';

/** The schema differences for the database `db` talks to. */
export function schemaDialect(db: Kysely<unknown>): SchemaDialect {
  return db.getExecutor().adapter instanceof SqliteAdapter ? sqliteSchema : postgresSchema;
}
