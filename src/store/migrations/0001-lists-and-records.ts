import type { Kysely } from 'kysely';
import { schemaDialect } from '../schema-dialect.js';

/**
 * Lists, their versions (one per imported file), the rows imported and quarantined, and the
 * append-only change log.
 *
 * Migrations are numbered files in this folder, run in name order and never edited once
 * released: a later capability adds `0002-...ts` with its own tables.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const dialect = schemaDialect(db);

  await db.schema
    .createTable('list')
    .addColumn('id', 'integer', (c) => dialect.autoId(c))
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .addColumn('party', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('list_version')
    .addColumn('id', 'integer', (c) => dialect.autoId(c))
    .addColumn('list_id', 'integer', (c) => c.notNull().references('list.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_size', 'bigint', (c) => c.notNull())
    .addColumn('file_sha256', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('encoding', 'text')
    .addColumn('delimiter', 'text')
    .addColumn('sheets', 'text')
    .addColumn('columns', 'text', (c) => c.notNull())
    .addColumn('skipped', 'text')
    .addColumn('record_count', 'integer', (c) => c.notNull())
    .addColumn('quarantined_count', 'integer', (c) => c.notNull())
    .addColumn('warning_count', 'integer', (c) => c.notNull())
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addColumn('imported_by', 'text', (c) => c.notNull())
    .addUniqueConstraint('list_version_list_id_version_unique', ['list_id', 'version'])
    .execute();

  for (const table of ['record', 'quarantine'] as const) {
    let builder = db.schema
      .createTable(table)
      .addColumn('id', 'integer', (c) => dialect.autoId(c))
      .addColumn('party', 'text')
      .addColumn('list_id', 'integer', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('row_number', 'integer', (c) => c.notNull())
      .addColumn('sheet', 'text')
      .addColumn('raw', 'text', (c) => c.notNull());
    builder =
      table === 'record'
        ? builder
            .addColumn('fields', 'text', (c) => c.notNull())
            .addColumn('warnings', 'text')
            .addColumn('record_key', 'text')
        : builder.addColumn('reason', 'text', (c) => c.notNull()).addColumn('column_name', 'text');
    await builder
      .addForeignKeyConstraint(`${table}_version_fk`, ['list_id', 'version'], 'list_version', ['list_id', 'version'])
      .execute();
    await db.schema.createIndex(`${table}_list_version`).on(table).columns(['list_id', 'version']).execute();
  }

  await db.schema
    .createTable('change_log')
    .addColumn('id', 'integer', (c) => dialect.autoId(c))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('list_id', 'integer')
    .addColumn('version', 'integer')
    .addColumn('detail', 'text', (c) => c.notNull())
    .execute();
  await dialect.forbidUpdateAndDelete(db, 'change_log');
}
