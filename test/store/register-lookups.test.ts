import { expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { identityKey } from '../../src/store/record-identity.js';
import { describeEachDialect } from '../test-stores.js';
import { listRow, storeVersion } from './register-fixtures.js';

describeEachDialect('register lookups', (testStore) => {
  it('picks records of a version by identity, telling identical rows apart and skipping unknown ones', async () => {
    const store = await openStore(await testStore().another());
    try {
      // A list without ids that names Kovalenko twice in identical rows.
      const v = await storeVersion(store, 'no-ids', [listRow(1, 'Kovalenko'), listRow(2, 'Shevchenko'), listRow(3, 'Kovalenko')]);
      const kovalenko = identityKey({ recordKey: null, fieldsText: '{"surname":"Kovalenko"}' });
      const found = await store.recordsByIdentity(v.listId, 1, [`${kovalenko}#2`, kovalenko, 'id:nobody', `${kovalenko}#3`]);
      expect([...found.entries()].map(([identity, record]) => [identity, record.row])).toEqual([
        [kovalenko, 1],
        [`${kovalenko}#2`, 3],
      ]);
      expect(await store.recordsByIdentity(v.listId, 1, [])).toEqual(new Map());
    } finally {
      await store.close();
    }
  });

  it('reads one record by its row, or nothing past the end of the version', async () => {
    const store = await openStore(await testStore().another());
    try {
      const v = await storeVersion(store, 'delegate', [listRow(1, 'Petrenko', 'D-1'), listRow(2, 'Бондар', 'D-2')]);
      await storeVersion(store, 'delegate', [listRow(1, 'Melnyk', 'D-3')]);
      const record = await store.record(v.listId, 1, 2);
      expect(record).toMatchObject({ listId: v.listId, version: 1, row: 2, recordKey: 'D-2', fields: { surname: 'Бондар' } });
      expect(record?.raw).toEqual({ ID: 'D-2', Surname: 'Бондар' });
      expect((await store.record(v.listId, 2, 1))?.fields.surname).toBe('Melnyk');
      expect(await store.record(v.listId, 2, 2)).toBeUndefined();
    } finally {
      await store.close();
    }
  });

  it('gives every list with its latest version, by list name', async () => {
    const store = await openStore(await testStore().another());
    try {
      expect(await store.latestVersions()).toEqual([]);
      await storeVersion(store, 'mediator', [listRow(1, 'Petrenko')]);
      await storeVersion(store, 'delegate', [listRow(1, 'Petrenko', 'D-1')]);
      await storeVersion(store, 'delegate', [listRow(1, 'Petrenko', 'D-1'), listRow(2, 'Bondar', 'D-2')]);
      const latest = await store.latestVersions();
      expect(latest.map(({ list, version }) => [list.name, version.version, version.recordCount])).toEqual([
        ['delegate', 2, 2],
        ['mediator', 1, 1],
      ]);
    } finally {
      await store.close();
    }
  });
});
