import { describe, expect, it } from 'vitest';
import { WhereaboutsError } from '../src/errors.js';
import type { IngestRow } from '../src/ingest/record.js';
import { openStore } from '../src/store/open-store.js';
import { encodeQuarantined, encodeRecord } from '../src/store/record-codec.js';
import type { Repository } from '../src/store/repository.js';
import { describeEachDialect, queryDirect } from './test-stores.js';

function row(n: number, surname: string, extra: Partial<IngestRow> = {}): IngestRow {
  return {
    row: n,
    raw: { 'ID': String(n), 'Фамилия': surname, 'Примечание': `note ${n}` },
    fields: { record_id: String(n), surname },
    warnings: [],
    ...extra,
  };
}

/** Stores a version of `list` holding `rows`, the way the import job does. */
async function storeVersion(store: Repository, list: string, rows: IngestRow[], fail = false): Promise<void> {
  await store.write(`import:${list}`, async (writer) => {
    const created = (await writer.findList(list)) ?? (await writer.createList({ name: list, party: 'mediator', kind: 'missing' }));
    const version = ((await writer.latestVersion(created.id))?.version ?? 0) + 1;
    await writer.createVersion({
      listId: created.id,
      version,
      fileName: `${list}.csv`,
      fileSize: 10,
      fileSha256: `sha-${version}`,
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ';',
      sheets: null,
      columns: [{ header: 'Фамилия', field: 'surname', how: 'recognised' }],
      importedBy: 'tester',
    });
    const owner = { party: created.party, listId: created.id, version };
    for (let i = 0; i < rows.length; i += writer.batchSize) {
      await writer.insertRecords(owner, rows.slice(i, i + writer.batchSize).map(encodeRecord));
    }
    await writer.insertQuarantined(owner, [encodeQuarantined({ row: 99, raw: 'a;"b', reason: 'unclosed quote', column: 'Фамилия' })]);
    if (fail) throw new Error('the import failed midway');
    await writer.completeVersion(created.id, version, {
      columns: [{ header: 'Фамилия', field: 'surname', how: 'recognised' }],
      skipped: { empty: 2, preamble: [{ text: 'Список на 01.03.2021' }] },
      recordCount: rows.length,
      quarantinedCount: 1,
      warningCount: 0,
    });
    await writer.appendChange({ actor: 'tester', action: 'import', listId: created.id, version, detail: { rows: rows.length } });
  });
}

describeEachDialect('repository', (testStore) => {
  it('reads back every raw cell verbatim, in column order, beside the parsed fields', async () => {
    const store = await openStore(testStore().location);
    try {
      const odd = row(1, 'ГРИГОРЯН', {
        raw: { 'Z last': 'z', 'Ազգանուն': 'Գրիգորյան', 'A first': '  spaced  ', 'nul': 'a\u0000b', 'Имя': '' },
        fields: { surname: 'Գրիգորյան', birth_date: { text: '1990', year: 1990 } },
        warnings: [{ column: 'Дата', reason: 'year only' }],
        sheet: 'Лист1',
      });
      await storeVersion(store, 'verbatim', [odd]);
      const list = await store.findList('verbatim');
      const [record] = await collect(store.records(list!.id, 1));
      expect(record!.raw).toEqual(odd.raw);
      expect(Object.keys(record!.raw)).toEqual(Object.keys(odd.raw));
      expect(record!.fields).toEqual(odd.fields);
      expect(record!.warnings).toEqual(odd.warnings);
      expect(record!.sheet).toBe('Лист1');
      expect(record!.row).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('pages through a long version in file order', async () => {
    const store = await openStore(testStore().location);
    try {
      const rows = Array.from({ length: 12_345 }, (_, i) => row(i + 1, `Surname${i + 1}`));
      await storeVersion(store, 'long', rows);
      const list = await store.findList('long');
      const records = await collect(store.records(list!.id, 1));
      expect(records.map((r) => r.row)).toEqual(rows.map((r) => r.row));
      // Stored many rows to a statement: every row keeps its own cells and fields.
      expect(records.map((r) => [r.raw, r.fields, r.recordKey])).toEqual(rows.map((r) => [r.raw, r.fields, r.fields.record_id]));
      expect(await store.countRecordsWithKey(list!.id, 1)).toBe(12_345);
      // What linking reads: the same records, without their raw cells.
      expect(await collect(store.parsedRecords(list!.id, 1))).toEqual(
        records.map((r) => ({ row: r.row, sheet: r.sheet, fields: r.fields, fieldsText: r.fieldsText, recordKey: r.recordKey, sourceRow: r.sourceRow })),
      );
    } finally {
      await store.close();
    }
  });

  it('leaves no trace of a write that fails midway', async () => {
    const store = await openStore(testStore().location);
    try {
      await storeVersion(store, 'atomic', [row(1, 'Kept')]);
      await expect(storeVersion(store, 'atomic', [row(1, 'Lost'), row(2, 'Lost')], true)).rejects.toThrow('midway');
      await expect(storeVersion(store, 'atomic-new', [row(1, 'Lost')], true)).rejects.toThrow('midway');
      expect(await store.findList('atomic-new')).toBeUndefined();
      const list = await store.findList('atomic');
      expect((await store.versions(list!.id)).map((v) => v.version)).toEqual([1]);
      const counted = await queryDirect<{ n: number | string }>(
        testStore().location,
        `select count(*) as n from record where raw like '%Lost%'`,
      );
      expect(Number(counted[0]!.n)).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('stamps every stored row with its party, list and version', async () => {
    const store = await openStore(testStore().location);
    try {
      await storeVersion(store, 'owned', [row(1, 'A'), row(2, 'B')]);
      await storeVersion(store, 'owned', [row(1, 'A')]);
      const list = await store.findList('owned');
      const rows = await queryDirect<{ party: string; list_id: number; version: number }>(
        testStore().location,
        'select party, list_id, version from record where list_id = $1 order by id',
        [list!.id],
      );
      expect(rows.map((r) => [r.party, Number(r.list_id), Number(r.version)])).toEqual([
        ['mediator', list!.id, 1],
        ['mediator', list!.id, 1],
        ['mediator', list!.id, 2],
      ]);
      const quarantined = await store.quarantined(list!.id, 2);
      expect(quarantined.map((q) => [q.party, q.row, q.raw, q.reason, q.column])).toEqual([
        ['mediator', 99, 'a;"b', 'unclosed quote', 'Фамилия'],
      ]);
    } finally {
      await store.close();
    }
  });

  it('keeps the change log append-only in the database itself', async () => {
    const store = await openStore(testStore().location);
    try {
      await storeVersion(store, 'logged', [row(1, 'A')]);
      const list = await store.findList('logged');
      const log = await store.changeLog(list!.id);
      expect(log.map((entry) => [entry.actor, entry.action, entry.version, entry.detail])).toEqual([['tester', 'import', 1, { rows: 1 }]]);
      const location = testStore().location;
      await expect(queryDirect(location, `update change_log set actor = 'someone else'`)).rejects.toThrow(/append-only/);
      await expect(queryDirect(location, 'delete from change_log')).rejects.toThrow(/append-only/);
      expect((await store.changeLog(list!.id)).map((entry) => entry.actor)).toEqual(['tester']);
    } finally {
      await store.close();
    }
  });

  it('opens an up-to-date store again without touching its data', async () => {
    const location = testStore().location;
    const first = await openStore(location);
    await storeVersion(first, 'reopened', [row(1, 'A')]);
    await first.close();
    const second = await openStore(location);
    try {
      const list = await second.findList('reopened');
      expect(list?.kind).toBe('missing');
      const [version] = await second.versions(list!.id);
      expect(version).toMatchObject({ recordCount: 1, quarantinedCount: 1, skipped: { empty: 2, preamble: [{ text: 'Список на 01.03.2021' }] } });
    } finally {
      await second.close();
    }
  });

  it('refuses a store written by a newer whereabouts', async () => {
    const location = await testStore().another();
    await (await openStore(location)).close();
    await queryDirect(location, `insert into kysely_migration (name, timestamp) values ('9999-from-the-future', 'now')`);
    const opened = openStore(location);
    await expect(opened).rejects.toBeInstanceOf(WhereaboutsError);
    await expect(opened).rejects.toMatchObject({ code: 'WA_DB_SCHEMA_NEWER' });
  });
});

describe('opening a store that is not there', () => {
  it('says so for a SQLite file in a missing folder', async () => {
    await expect(openStore('/nonexistent-folder/whereabouts.db')).rejects.toMatchObject({ code: 'WA_DB_UNREACHABLE' });
  });

  it('says so for a PostgreSQL server that does not answer', async () => {
    await expect(openStore('postgres://postgres@127.0.0.1:1/whereabouts')).rejects.toMatchObject({ code: 'WA_DB_UNREACHABLE' });
  });
});

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
