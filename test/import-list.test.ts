import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openList } from '../src/ingest/open-list.js';
import { diffList } from '../src/jobs/diff-list.js';
import { formatSummary } from '../src/cli/import.js';
import { importList } from '../src/jobs/import-list.js';
import type { ImportedRecord, ImportRequest } from '../src/jobs/import-list.js';
import { openStore } from '../src/store/open-store.js';
import type { Repository } from '../src/store/repository.js';
import { HELD_V1, HELD_V2, HEADER, writeCsv } from './list-files.js';
import { describeEachDialect } from './test-stores.js';

const folder = mkdtempSync(path.join(os.tmpdir(), 'wa-import-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function withStore<T>(location: string, work: (store: Repository) => Promise<T>): Promise<T> {
  const store = await openStore(location);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const request = (file: string, list: string, extra: Partial<ImportRequest> = {}): ImportRequest => ({
  file,
  list,
  party: 'detaining',
  kind: 'detention',
  actor: 'officer-a',
  ...extra,
});

async function records(store: Repository, list: string, version: number) {
  const found = await store.findList(list);
  const out = [];
  for await (const record of store.records(found!.id, version)) out.push(record);
  return out;
}

describeEachDialect('import and diff', (testStore) => {
  it('stores the file, every raw cell and the parsed fields, as version 1', async () => {
    const file = writeCsv(folder, 'held-a.csv', HELD_V1);
    await withStore(testStore().location, async (store) => {
      const summary = await importList(store, request(file, 'held-a'), openList);
      expect(summary).toMatchObject({ outcome: 'imported', version: 1, recordCount: 3, quarantinedCount: 0 });
      expect(summary.file.name).toBe('held-a.csv');
      const stored = await records(store, 'held-a', 1);
      expect(stored.map((r) => r.raw)).toEqual(HELD_V1.slice(1).map((cells) => Object.fromEntries(HEADER.map((h, i) => [h, cells[i]]))));
      expect(stored[0]!.fields).toMatchObject({ record_id: '17', surname: 'Grigoryan', given_name: 'Aram', birth_date: { year: 1990 } });
      expect(stored.every((r) => r.party === 'detaining' && r.version === 1)).toBe(true);
      const [version] = await store.versions(stored[0]!.listId);
      expect(version).toMatchObject({ fileName: 'held-a.csv', format: 'csv', recordCount: 3, importedBy: 'officer-a' });
      expect(version!.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    });
  });

  it('does nothing, and says so, when the same file is imported again', async () => {
    const file = writeCsv(folder, 'held-b.csv', HELD_V1);
    await withStore(testStore().location, async (store) => {
      await importList(store, request(file, 'held-b'), openList);
      const copy = path.join(folder, 'held-b-renamed.csv');
      copyFileSync(file, copy);
      const again = await importList(store, request(copy, 'held-b', { actor: 'officer-b' }), openList);
      expect(again).toMatchObject({ outcome: 'unchanged', version: 1, recordCount: 3 });
      const list = await store.findList('held-b');
      expect((await store.versions(list!.id)).length).toBe(1);
      expect((await records(store, 'held-b', 1)).length).toBe(3);
      expect((await store.changeLog(list!.id)).map((e) => [e.action, e.actor, e.version])).toEqual([
        ['import', 'officer-a', 1],
        ['import-unchanged', 'officer-b', 1],
      ]);
    });
  });

  it('re-reads the same file as a new version when --map reads it otherwise, and not when it reads it the same', async () => {
    const file = writeCsv(folder, 'held-remap.csv', HELD_V1);
    await withStore(testStore().location, async (store) => {
      await importList(store, request(file, 'held-remap'), openList);
      // Remark was read as notes; the officer says it is the status column.
      const remapped = await importList(store, request(file, 'held-remap', { read: { map: { Remark: 'status' } } }), openList);
      expect(remapped).toMatchObject({ outcome: 'imported', version: 2, recordCount: 3 });
      expect((await records(store, 'held-remap', 2)).some((r) => r.fields.status !== undefined)).toBe(true);
      const same = await importList(store, request(file, 'held-remap', { read: { map: { remark: 'status' } } }), openList);
      expect(same).toMatchObject({ outcome: 'unchanged', version: 2 });
      const ignored = await importList(store, request(file, 'held-remap', { read: { map: { Remark: 'ignore' } } }), openList);
      expect(ignored).toMatchObject({ outcome: 'imported', version: 3 });
    });
  });

  it('makes a changed file a new version and diffs the versions by record id', async () => {
    const v1 = writeCsv(folder, 'held-c-1.csv', HELD_V1);
    const v2 = writeCsv(folder, 'held-c-2.csv', HELD_V2);
    await withStore(testStore().location, async (store) => {
      await importList(store, request(v1, 'held-c'), openList);
      const second = await importList(store, request(v2, 'held-c'), openList);
      expect(second).toMatchObject({ outcome: 'imported', version: 2, recordCount: 3 });
      const diff = await diffList(store, { list: 'held-c' });
      expect(diff.matching).toBe('record_id');
      expect([diff.from.version, diff.to.version]).toEqual([1, 2]);
      expect(diff.added.map((r) => r.fields.record_id)).toEqual(['20']);
      expect(diff.removed.map((r) => r.fields.record_id)).toEqual(['18']);
      expect(diff.changed.map((c) => [c.after.fields.record_id, c.changes.map((f) => [f.field, f.before, f.after])])).toEqual([
        ['19', [['birth_date', '05.11.1992', '06.11.1992']]],
      ]);
      expect(diff.unchangedCount).toBe(1);
    });
  });

  it('diffs by content when the list has no record ids', async () => {
    const strip = (rows: string[][]) => rows.map((cells) => cells.slice(1));
    const v1 = writeCsv(folder, 'held-d-1.csv', strip(HELD_V1));
    const v2 = writeCsv(folder, 'held-d-2.csv', strip(HELD_V2));
    await withStore(testStore().location, async (store) => {
      await importList(store, request(v1, 'held-d'), openList);
      await importList(store, request(v2, 'held-d'), openList);
      const diff = await diffList(store, { list: 'held-d', from: 1, to: 2 });
      expect(diff.matching).toBe('content');
      expect(diff.added.map((r) => r.fields.surname).sort()).toEqual(['Petrosyan', 'Sargsyan']);
      expect(diff.removed.map((r) => r.fields.surname).sort()).toEqual(['Hakobyan', 'Sargsyan']);
      expect(diff.changed).toEqual([]);
      expect(diff.unchangedCount).toBe(1);
    });
  });

  it('counts and keeps quarantined rows with their reasons, and cell warnings', async () => {
    const file = writeCsv(folder, 'held-e.csv', [
      HEADER,
      ['21', 'Gevorgyan', 'Mher', '31.02.1990', ''],
      ['22', '', '', '01.01.1990', 'no name at all'],
      ['23', 'Aliyev', 'Samir', '1991', '', 'spilled', 'cells'],
      ['24', 'Hasanov', 'Elvin', '', ''],
    ]);
    await withStore(testStore().location, async (store) => {
      const summary = await importList(store, request(file, 'held-e'), openList);
      expect(summary).toMatchObject({ recordCount: 2, quarantinedCount: 2 });
      expect(summary.firstQuarantined.map((q) => q.row)).toEqual([2, 3]);
      const list = await store.findList('held-e');
      const quarantined = await store.quarantined(list!.id, 1);
      expect(quarantined.map((q) => [q.row, q.party, q.version])).toEqual([
        [2, 'detaining', 1],
        [3, 'detaining', 1],
      ]);
      expect(quarantined.every((q) => q.reason.length > 0)).toBe(true);
      expect(quarantined[0]!.raw).toMatchObject({ ID: '22', Remark: 'no name at all' });
      const [version] = await store.versions(list!.id);
      expect(version).toMatchObject({ recordCount: 2, quarantinedCount: 2, warningCount: summary.warningCount });
      const stored = await records(store, 'held-e', 1);
      expect(stored.reduce((n, r) => n + r.warnings.length, 0)).toBe(summary.warningCount);
    });
  });

  it('hands the caller each record as reading it back would give it, and nothing when the file is unchanged', async () => {
    const file = writeCsv(folder, 'held-g.csv', [...HELD_V1, ['', '', '', '', 'no name'], ['17', 'Grigoryan', 'Aram', '12.03.1990', 'seen in March']]);
    await withStore(testStore().location, async (store) => {
      const handed: ImportedRecord[] = [];
      const summary = await importList(store, request(file, 'held-g', { onRecords: (batch) => handed.push(...batch) }), openList);
      expect(summary).toMatchObject({ recordCount: 4, quarantinedCount: 1 });
      const stored = await records(store, 'held-g', 1);
      // The clerk's line beside the data row: the header is line 1.
      expect(stored.map((r) => [r.row, r.sourceRow])).toEqual(stored.map((r) => [r.row, r.row + 1]));
      expect((await store.quarantined(stored[0]!.listId, 1)).map((q) => [q.row, q.sourceRow])).toEqual([[4, 5]]);
      expect(handed).toEqual(stored.map((r) => ({ row: r.row, sheet: r.sheet, fields: r.fields, fieldsText: r.fieldsText, recordKey: r.recordKey, sourceRow: r.sourceRow })));

      const again: ImportedRecord[] = [];
      await importList(store, request(file, 'held-g', { onRecords: (batch) => again.push(...batch) }), openList);
      expect(again).toEqual([]);
    });
  });

  it('refuses to add a file to a list kept by another party, storing nothing', async () => {
    const file = writeCsv(folder, 'held-f.csv', HELD_V1);
    const other = writeCsv(folder, 'held-f-2.csv', HELD_V2);
    await withStore(testStore().location, async (store) => {
      await importList(store, request(file, 'held-f'), openList);
      await expect(importList(store, request(other, 'held-f', { party: 'home' }), openList)).rejects.toMatchObject({
        code: 'WA_LIST_MISMATCH',
        // The way out when the list's party was what was wrong.
        message: expect.stringContaining('whereabouts list set held-f --party home') as unknown,
      });
      const list = await store.findList('held-f');
      expect((await store.versions(list!.id)).length).toBe(1);
    });
  });

  it('reads a new list\'s kind from its event-date column when none is given, says so, and lets --kind override', async () => {
    const rows = [['№', 'ФИО', 'Дата рождения', 'Дата пленения'], ['1', 'ГРИГОРЯН Арам Гагикович', '12.03.1990', '03.10.2020']];
    const file = writeCsv(folder, 'captured.csv', rows);
    await withStore(testStore().location, async (store) => {
      const read = await importList(store, request(file, 'captured', { kind: undefined, party: undefined }), openList);
      expect(read.list.kind).toBe('detention');
      expect((await store.findList('captured'))!.kind).toBe('detention');
      expect(read.kindFrom).toEqual({ kind: 'detention', column: 'Дата пленения', event: 'capture' });
      expect(formatSummary(read, 'store')).toContain('(party not given, kind: detention, from the column «Дата пленения»)');
      expect(read.columns.find((c) => c.header === 'Дата пленения')).toMatchObject({ field: 'event_date', event: 'capture' });

      const given = await importList(store, request(file, 'captured-as-missing', { kind: 'missing' }), openList);
      expect(given.list.kind).toBe('missing');
      expect(given.kindFrom).toBeUndefined();
      expect(formatSummary(given, 'store')).toContain('kind missing)');
    });
  });

  it('leaves the kind "other" when no date column names an event', async () => {
    const file = writeCsv(folder, 'undated.csv', [['Surname', 'Given name', 'Date'], ['Grigoryan', 'Aram', '03.10.2020']]);
    await withStore(testStore().location, async (store) => {
      const read = await importList(store, request(file, 'undated', { kind: undefined }), openList);
      expect(read.list.kind).toBe('other');
      expect(read.kindFrom).toBeUndefined();
    });
  });
});
