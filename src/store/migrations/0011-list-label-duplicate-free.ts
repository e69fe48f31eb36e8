import type { Kysely } from 'kysely';

/**
 * What a tracing officer says of a list after the fact (`whereabouts list set`): a label the
 * report shows instead of the file's name, and whether the list names each person at most once
 * (the linkage engine then never puts two of its records under one person). Party and kind
 * already have their columns (0001); `list set` changes them too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('list').addColumn('label', 'text').execute();
  await db.schema.alterTable('list').addColumn('duplicate_free', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}
