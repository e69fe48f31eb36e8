import type { Kysely } from 'kysely';
import { schemaDialect } from '../schema-dialect.js';

/**
 * Retention and minimisation (issue 14, docs/interchange.md).
 *
 * - `list.retain_until`: the day from which a list's records are expired to placeholders (a
 *   party's date is a setting, `partyRetention`: the party table is the server's, 0005).
 * - `record.expired_at` and `record.expired_key`: a record expired, and the key its identity was
 *   computed from before its fields were blanked (content keys only; an id key survives in
 *   `record_key`), so persons and decisions keep naming it. `quarantine.expired_at` likewise.
 * - `expiry`: append-only, one row per expiry of a list: when, who, why, how many rows.
 * - `list_version.dropped_columns`: the columns `--drop-column` kept out of the store (JSON
 *   array of headers), so a version says what it does not hold.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = schemaDialect(db);
  await db.schema.alterTable('list').addColumn('retain_until', 'text').execute();
  await db.schema.alterTable('list_version').addColumn('dropped_columns', 'text').execute();
  await db.schema.alterTable('record').addColumn('expired_at', 'text').execute();
  await db.schema.alterTable('record').addColumn('expired_key', 'text').execute();
  await db.schema.alterTable('quarantine').addColumn('expired_at', 'text').execute();
  await db.schema
    .createTable('expiry')
    .addColumn('id', 'integer', (c) => dialect.autoId(c))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('list_id', 'integer', (c) => c.notNull().references('list.id'))
    .addColumn('retain_until', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('records', 'integer', (c) => c.notNull())
    .addColumn('quarantined', 'integer', (c) => c.notNull())
    .execute();
  await dialect.forbidUpdateAndDelete(db, 'expiry');
}
