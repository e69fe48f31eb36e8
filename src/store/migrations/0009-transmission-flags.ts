import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { schemaDialect } from '../schema-dialect.js';

/**
 * Do-not-transmit flags (issue 14): a record, or one field of it, that must not reach any party,
 * while the mediator still sees it. The table is a log of events, never edited: setting a flag
 * and clearing it are each a row, with who, when and why, so the history of what was withheld
 * (and from when) can always be shown. The record is named by its list and identity (as
 * decisions name records, so a flag outlives re-sorted list versions); the row and version it
 * was set on are kept for display.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = schemaDialect(db);
  await db.schema
    .createTable('transmission_flag')
    .addColumn('id', 'integer', (c) => dialect.autoId(c))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('list_id', 'integer', (c) => c.notNull().references('list.id'))
    .addColumn('identity', 'text', (c) => c.notNull())
    // Null: the whole record; else one canonical field (raw cells of its column go with it).
    .addColumn('field', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addCheckConstraint('transmission_flag_action', sql`action in ('set', 'clear')`)
    .execute();
  await db.schema.createIndex('transmission_flag_record').on('transmission_flag').columns(['list_id', 'identity']).execute();
  await dialect.forbidUpdateAndDelete(db, 'transmission_flag');
}
