import { sql } from 'kysely';
import type { SchemaDialect } from '../schema-dialect.js';

/** SQLite's side of the schema differences. */
export const sqliteSchema: SchemaDialect = {
  // AUTOINCREMENT: ids are never reused, so a log or record id names one thing forever.
  autoId: (column) => column.primaryKey().autoIncrement(),

  async forbidUpdateAndDelete(db, table) {
    for (const verb of ['update', 'delete']) {
      await sql`create trigger ${sql.id(`${table}_no_${verb}`)} before ${sql.raw(verb)} on ${sql.table(table)}
        begin select raise(abort, ${sql.lit(`${table} is append-only`)}); end`.execute(db);
    }
  },

  async withGuardLifted(db, table, work) {
    for (const verb of ['update', 'delete']) await sql`drop trigger ${sql.id(`${table}_no_${verb}`)}`.execute(db);
    const result = await work();
    await sqliteSchema.forbidUpdateAndDelete(db, table);
    return result;
  },
  // One file, one user: whoever can open it can do anything, so there is nothing to grant.
  async grantToServer() {},
};
