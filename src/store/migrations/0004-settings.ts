import type { Kysely } from 'kysely';

/**
 * The register's settings: one row per key, its value as JSON text, who set it and when. What
 * the keys mean lives with the code that reads them (`src/store/settings-repository.ts` names
 * the known keys); each change is also written to the change log, so the history is kept.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .execute();
}
