import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Migrator, sql } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { WhereaboutsError } from '../errors.js';

/** The folder of numbered migration files, next to this module in src/ and in dist/. */
const MIGRATION_FOLDER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
const MIGRATION_TABLE = 'kysely_migration';
/** `0001-lists-and-records.ts` in src/, `.js` in dist/; declaration files have a second dot. */
const MIGRATION_FILE = /^(\d{4}-[\w-]+)\.(ts|js)$/;

/**
 * Kysely's FileMigrationProvider imports from inside node_modules, where neither vitest nor
 * tsx can load TypeScript; importing from this module lets both (and plain node on dist/) do.
 * A new migration is a new numbered file in the folder, nothing else.
 */
const folderProvider: MigrationProvider = {
  async getMigrations() {
    const migrations: Record<string, Migration> = {};
    for (const file of (await fs.readdir(MIGRATION_FOLDER)).sort()) {
      const name = MIGRATION_FILE.exec(file)?.[1];
      if (name === undefined || file.endsWith('.test.ts')) continue;
      migrations[name] = (await import(pathToFileURL(path.join(MIGRATION_FOLDER, file)).href)) as Migration;
    }
    return migrations;
  },
};

/**
 * Brings the store's schema up to date. Refuses a store that has migrations this build does
 * not know (it was written by a newer whereabouts), rather than guess at its shape.
 */
export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const provider = folderProvider;
  const known = new Set(Object.keys(await provider.getMigrations()));
  const applied = await appliedMigrations(db);
  const unknown = applied.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new WhereaboutsError(
      'WA_DB_SCHEMA_NEWER',
      `the database has schema changes this whereabouts does not know (${unknown.join(', ')}); upgrade whereabouts`,
    );
  }
  // Migrations of parallel capabilities are independent by design (docs/store.md, "Migrations
  // reserved"), so a store that ran a later-numbered one first still takes an earlier one.
  const migrator = new Migrator({ db, provider, migrationTableName: MIGRATION_TABLE, allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName ?? 'unknown';
    throw new WhereaboutsError('WA_INTERNAL', `migration ${failed} failed`, { cause: error });
  }
}

async function appliedMigrations(db: Kysely<unknown>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((table) => table.name === MIGRATION_TABLE)) return [];
  const rows = await sql<{ name: string }>`select name from ${sql.table(MIGRATION_TABLE)}`.execute(db);
  return rows.rows.map((row) => row.name);
}
