import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { migrateToLatest } from '../../src/store/migrate.js';
import { isPostgresUrl } from '../../src/store/open-store.js';
import { openPostgresDialect } from '../../src/store/postgres/postgres-store-dialect.js';
import { openSqliteDialect } from '../../src/store/sqlite/sqlite-store-dialect.js';
import type { BulkValue, StoreDialect } from '../../src/store/store-dialect.js';
import { describeEachDialect, queryDirect } from '../test-stores.js';

async function openDialect(location: string): Promise<StoreDialect> {
  const dialect = isPostgresUrl(location) ? openPostgresDialect(location) : openSqliteDialect(location);
  await migrateToLatest(dialect.db as Kysely<unknown>);
  return dialect;
}

describeEachDialect('bulk inserts', (testStore) => {
  // Lengths around the statements' sizes: a remainder, whole statements, and both.
  it.each([1, 99, 100, 101, 257, 1000, 2345])('stores %i rows each with its own values, in order', async (count) => {
    const dialect = await openDialect(testStore().location);
    try {
      const rows: BulkValue[][] = Array.from({ length: count }, (_, i) => [`list ${count}-${i}`, i % 3 === 0 ? null : `party ${i}`, 'missing', `2024-01-01T00:00:${i}`]);
      await dialect.transaction('bulk', (db) => dialect.insertRows(db, 'list', ['name', 'party', 'kind', 'created_at'], rows));
      const stored = await queryDirect<{ name: string; party: string | null; kind: string; created_at: string }>(
        testStore().location,
        `select name, party, kind, created_at from list where name like $1 order by id`,
        [`list ${count}-%`],
      );
      expect(stored.map((r) => [r.name, r.party, r.kind, r.created_at])).toEqual(rows);
    } finally {
      await dialect.destroy();
    }
  });
});
