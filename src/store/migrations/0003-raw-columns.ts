import type { Kysely } from 'kysely';

/**
 * Records hold their raw cells by position (a JSON array) and each version holds the headers
 * once per sheet, in `list_version.raw_columns`: the headers repeated in every row were about a
 * quarter of the store (68 -> 50 MB at 100,000 records). Rows stored before keep their objects
 * of cells by header, which read back as they always did (`raw_columns` stays null for their
 * versions), so nothing is rewritten.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('list_version').addColumn('raw_columns', 'text').execute();
}
