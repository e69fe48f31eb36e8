import { sql } from 'kysely';
import { SERVING_ROLE } from '../schema-dialect.js';
import type { SchemaDialect } from '../schema-dialect.js';

/** PostgreSQL's side of the schema differences. */
export const postgresSchema: SchemaDialect = {
  autoId: (column) => column.primaryKey().generatedAlwaysAsIdentity(),

  async forbidUpdateAndDelete(db, table) {
    const fn = `${table}_append_only`;
    await sql`create function ${sql.id(fn)}() returns trigger language plpgsql as $$
      begin raise exception '% is append-only', TG_TABLE_NAME; end $$`.execute(db);
    // TRUNCATE bypasses row triggers, so it gets its own statement-level guard.
    await sql`create trigger ${sql.id(`${table}_no_change`)} before update or delete on ${sql.table(table)}
      for each row execute function ${sql.id(fn)}()`.execute(db);
    await sql`create trigger ${sql.id(`${table}_no_truncate`)} before truncate on ${sql.table(table)}
      for each statement execute function ${sql.id(fn)}()`.execute(db);
  },

  async withGuardLifted(db, table, work) {
    await sql`alter table ${sql.table(table)} disable trigger ${sql.id(`${table}_no_change`)}`.execute(db);
    const result = await work();
    await sql`alter table ${sql.table(table)} enable trigger ${sql.id(`${table}_no_change`)}`.execute(db);
    return result;
  },

  async grantToServer(db, table, privileges) {
    // Roles belong to the cluster, not the database: two databases migrating at once may both
    // find the role missing, and the loser's duplicate is harmless.
    await sql`do $$ begin
        if not exists (select from pg_roles where rolname = ${sql.lit(SERVING_ROLE)}) then
          create role ${sql.id(SERVING_ROLE)} nologin;
        end if;
      exception when duplicate_object or unique_violation then null;
      end $$`.execute(db);
    await sql`grant ${sql.raw(privileges)} on ${sql.table(table)} to ${sql.id(SERVING_ROLE)}`.execute(db);
  },
};
