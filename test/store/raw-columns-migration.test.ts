import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Migrator } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import { expect, it } from 'vitest';
import { openList } from '../../src/ingest/open-list.js';
import { importList } from '../../src/jobs/import-list.js';
import * as listsAndRecords from '../../src/store/migrations/0001-lists-and-records.js';
import * as runsPersonsDecisions from '../../src/store/migrations/0002-runs-persons-decisions.js';
import { isPostgresUrl, openStore } from '../../src/store/open-store.js';
import { openPostgresDialect } from '../../src/store/postgres/postgres-store-dialect.js';
import type { Repository, StoredRecord } from '../../src/store/repository.js';
import { openSqliteDialect } from '../../src/store/sqlite/sqlite-store-dialect.js';
import { writeCsv } from '../list-files.js';
import { describeEachDialect, queryDirect } from '../test-stores.js';

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** Every record of every version, as the store hands them out. */
async function everyRecord(store: Repository): Promise<StoredRecord[]> {
  const out: StoredRecord[] = [];
  for (const list of await store.lists()) {
    for (const version of await store.versions(list.id)) out.push(...(await collect(store.records(list.id, version.version))));
  }
  return out;
}

/** Brings a store to the schema of 0002 only, as the whereabouts before 0003 left it. */
async function migrateTo0002(location: string): Promise<void> {
  const dialect = isPostgresUrl(location) ? openPostgresDialect(location) : openSqliteDialect(location);
  const migrations: Record<string, Migration> = { '0001-lists-and-records': listsAndRecords, '0002-runs-persons-decisions': runsPersonsDecisions };
  try {
    const migrator = new Migrator({ db: dialect.db as Kysely<unknown>, provider: { getMigrations: async () => migrations }, migrationTableName: 'kysely_migration' });
    const { error } = await migrator.migrateToLatest();
    if (error !== undefined) throw error;
  } finally {
    await dialect.destroy();
  }
}

const HEADER = ['ID', 'Фамилия', 'Имя', '2020', 'Фамилия', '', 'Примечание'];
const ROWS = [
  ['1', 'Григорян', 'Арам', 'x', 'дубль', 'пусто', 'note "quoted"'],
  ['2', 'Սարգսյան', 'Արամ', '', '', '', ''],
  ['3', 'Aliyev', 'Rəşid', 'y', 'z', '', 'a\u0000b'],
];

describeEachDialect('raw cells by position (migration 0003)', (testStore) => {
  it('reads records stored before 0003 back exactly as before, and new imports the same way with their headers once', async () => {
    const location = await testStore().another();
    await migrateTo0002(location);
    // Records as the whereabouts before 0003 wrote them: an object of cells by header per row.
    const old = ROWS.map((cells) => JSON.stringify(Object.fromEntries(cells.map((cell, i) => [`h${i}`, cell]))));
    await queryDirect(location, `insert into list (name, party, kind, created_at) values ('before', null, 'missing', '2024-01-01T00:00:00Z')`);
    await queryDirect(
      location,
      `insert into list_version (list_id, version, file_name, file_size, file_sha256, format, columns, record_count, quarantined_count, warning_count, imported_at, imported_by)
       values (1, 1, 'before.csv', 1, 'sha', 'csv', '[]', 3, 0, 0, '2024-01-01T00:00:00Z', 'tester')`,
    );
    for (const [i, raw] of old.entries()) {
      await queryDirect(location, `insert into record (party, list_id, version, row_number, sheet, raw, fields, warnings, record_key) values (null, 1, 1, $1, null, $2, '{"surname":"S"}', null, null)`, [i + 1, raw]);
    }

    const store = await openStore(location);
    try {
      expect((await everyRecord(store)).map((r) => r.raw)).toEqual(old.map((raw) => JSON.parse(raw)));
      const file = writeCsv(mkdtempSync(path.join(os.tmpdir(), 'wa-raw-')), 'after.csv', [HEADER, ...ROWS]);
      await importList(store, { file, list: 'after', party: 'home', actor: 'tester' }, openList);
      const list = await store.findList('after');
      const records = await collect(store.records(list!.id, 1));
      const keys = ['ID', 'Фамилия', 'Имя', '2020', 'Фамилия (2)', 'column 6', 'Примечание'];
      const expected = ROWS.map((cells) => {
        const raw: Record<string, string> = {};
        keys.forEach((key, i) => (raw[key] = cells[i] as string));
        return raw;
      });
      expect(records.map((r) => r.raw)).toEqual(expected);
      expect(records.map((r) => Object.keys(r.raw))).toEqual(expected.map((raw) => Object.keys(raw)));
      const stored = await queryDirect<{ raw: string }>(location, 'select raw from record where list_id = $1 order by id', [list!.id]);
      // The cells alone, in the order the record reads back in (a header that is a number comes first).
      expect(JSON.parse(stored[0]!.raw)).toEqual(Object.values(expected[0]!));
      // What the report and `person` read: one record by its row.
      expect((await store.record(list!.id, 1, 2))?.raw).toEqual(expected[1]);
    } finally {
      await store.close();
    }
  });
});
