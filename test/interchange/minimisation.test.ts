import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openList } from '../../src/ingest/open-list.js';
import { allowedFields, extraColumns } from '../../src/interchange/field-minimisation.js';
import { importList } from '../../src/jobs/import-list.js';
import { openStore } from '../../src/store/open-store.js';
import { describeEachDialect, queryDirect } from '../test-stores.js';

/** --drop-column keeps a column out of the store entirely: no field, no raw cell, not in any table nor file. */
const folder = mkdtempSync(path.join(os.tmpdir(), 'wa-minimise-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeEachDialect('field minimisation', (testStore) => {
  it('keeps a dropped column out of the store, raw rows and quarantine included, and names the extra columns', async () => {
    const file = path.join(folder, `held-${testStore().dialect}.csv`);
    writeFileSync(file, ['ID,Surname,Given name,Date of birth,Mother,Place', '1,Hakobyan,Davit,1990,Anahitqueen,Goris', '2,Sargsyan,Hayk,1992,Lilitqueen,Kapan', '"3,broken Zaruhiqueen'].join('\n') + '\n');
    const location = testStore().location;
    const store = await openStore(location);
    try {
      await store.write('settings', (w) => w.putSetting('listFields', { default: ['place'] }, 'ana'));
      await expect(importList(store, { file, list: 'bad', actor: 'ana', dropColumns: ['Nope'] }, openList)).rejects.toThrow(/--drop-column names "Nope"/);
      const summary = await importList(store, { file, list: 'held', actor: 'ana', dropColumns: ['Mother'] }, openList);
      expect([summary.recordCount, summary.quarantinedCount, summary.droppedColumns]).toEqual([2, 1, ['Mother']]);
      const extras = extraColumns(summary.columns, allowedFields(await store.setting('listFields'), 'held'), new Set(summary.droppedColumns));
      expect(extras.map((e) => [e.header, e.verdict])).toEqual([['Place', 'allowed']]);
      const list = (await store.findList('held'))!;
      const records = [];
      for await (const r of store.records(list.id, 1)) records.push(r);
      expect(records.map((r) => Object.keys(r.raw))).toEqual([
        ['ID', 'Surname', 'Given name', 'Date of birth', 'Place'],
        ['ID', 'Surname', 'Given name', 'Date of birth', 'Place'],
      ]);
      expect(records[0]?.fields.place).toBe('Goris');
      expect((await store.versions(list.id))[0]).toBeDefined();
      expect((await store.changeLog(list.id)).find((e) => e.action === 'import')?.detail['droppedColumns']).toEqual(['Mother']);
      expect((await store.lists()).map((l) => l.name)).toEqual(['held']);
      // The same file again with the same column dropped is the same version; dropping another reads it anew.
      expect((await importList(store, { file, list: 'held', actor: 'ana', dropColumns: ['Mother'] }, openList)).outcome).toBe('unchanged');
      const again = await importList(store, { file, list: 'held', actor: 'ana', dropColumns: ['Mother', 'Place'] }, openList);
      expect([again.outcome, again.version, again.droppedColumns]).toEqual(['imported', 2, ['Mother', 'Place']]);
      expect((await store.versions(list.id)).map((v) => v.droppedColumns)).toEqual([['Mother'], ['Mother', 'Place']]);
    } finally {
      await store.close();
    }
    const versions = await queryDirect<{ dropped_columns: string }>(location, 'select dropped_columns from list_version order by id');
    expect(versions.map((v) => v.dropped_columns)).toEqual(['["Mother"]', '["Mother","Place"]']);
    for (const table of ['record', 'quarantine', 'list_version', 'change_log']) {
      const rows = JSON.stringify(await queryDirect(location, `select * from ${table}`));
      for (const secret of ['Anahitqueen', 'Lilitqueen', 'Zaruhiqueen']) expect(rows.includes(secret), `${secret} in ${table}`).toBe(false);
    }
    if (testStore().dialect === 'sqlite') {
      for (const f of [location, `${location}-wal`].filter((x) => existsSync(x))) {
        const bytes = readFileSync(f);
        for (const secret of ['Anahitqueen', 'Lilitqueen', 'Zaruhiqueen']) expect(bytes.includes(Buffer.from(secret)), `${secret} in ${path.basename(f)}`).toBe(false);
      }
    }
  });
});
