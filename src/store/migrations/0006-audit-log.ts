import type { Kysely } from 'kysely';
import { schemaDialect } from '../schema-dialect.js';

/**
 * The audit log (issue 11): who did what, when, from where, to which resource, and with what
 * outcome. Append-only twice over: the database refuses UPDATE and DELETE, and every entry
 * carries the SHA-256 of the one before it (src/store/audit-chain.ts), so `whereabouts audit
 * verify` finds an entry changed, removed or inserted by someone who got past the first wall.
 * `seq` is given by the appender (1, 2, 3...), not by the database, so that a gap is a removal.
 *
 * On PostgreSQL the serving role (a NOLOGIN group role the operator grants to the server's
 * login) may INSERT and SELECT the log, and nothing else.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('party', 'text')
    .addColumn('address', 'text')
    .addColumn('request_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('resource', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull())
    .addColumn('prev_hash', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor', 'seq']).execute();
  const dialect = schemaDialect(db);
  await dialect.forbidUpdateAndDelete(db, 'audit_log');
  await dialect.grantToServer(db, 'audit_log', 'select, insert');
}
