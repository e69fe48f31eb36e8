import { expect, it } from 'vitest';
import { flagRecord, flagsInForce } from '../../src/jobs/flag-record.js';
import { openStore } from '../../src/store/open-store.js';
import { describeEachDialect, queryDirect } from '../test-stores.js';
import { listRow, storeVersion } from './register-fixtures.js';

describeEachDialect('do-not-transmit flags', (testStore) => {
  it('follows a record by identity into later versions, set and cleared as events with who and why', async () => {
    const location = await testStore().another();
    const store = await openStore(location);
    try {
      await storeVersion(store, 'held', [listRow(1, 'Grigoryan', '17'), listRow(2, 'Hakobyan', '18')]);
      const set = await flagRecord(store, { record: { list: 'held', row: 2 }, action: 'set', reason: 'family fears reprisal', actor: 'amira' });
      expect(set.outcome).toBe('flagged');
      expect(set.flag).toMatchObject({ listName: 'held', identity: 'id:18', field: null, row: 2, version: 1, actor: 'amira' });
      const again = await flagRecord(store, { record: { list: 'held', row: 2 }, action: 'set', reason: 'twice', actor: 'boris' });
      expect(again.outcome).toBe('unchanged');

      // The party re-sorts its list: 18 moves to row 1, and the flag stays on him.
      await storeVersion(store, 'held', [listRow(1, 'Hakobyan', '18'), listRow(2, 'Grigoryan', '17')]);
      expect((await flagsInForce(store)).map((f) => f.identity)).toEqual(['id:18']);
      await flagRecord(store, { record: { list: 'held', row: 2 }, field: 'surname', action: 'set', reason: 'name only', actor: 'amira' });
      await expect(flagRecord(store, { record: { list: 'held', row: 2 }, action: 'clear', reason: 'wrong row', actor: 'amira' })).rejects.toThrow(/no do-not-transmit flag on the record/);
      const cleared = await flagRecord(store, { record: { list: 'held', row: 1 }, action: 'clear', reason: 'family consents', actor: 'boris' });
      expect(cleared.outcome).toBe('cleared');

      expect((await flagsInForce(store)).map((f) => [f.identity, f.field])).toEqual([['id:17', 'surname']]);
      const events = await store.transmissionFlags();
      expect(events.map((e) => [e.identity, e.field, e.action, e.actor, e.reason])).toEqual([
        ['id:18', null, 'set', 'amira', 'family fears reprisal'],
        ['id:17', 'surname', 'set', 'amira', 'name only'],
        ['id:18', null, 'clear', 'boris', 'family consents'],
      ]);
      const logged = (await store.changeLog()).filter((e) => e.action.startsWith('do-not-transmit'));
      expect(logged.map((e) => e.action)).toEqual(['do-not-transmit', 'do-not-transmit', 'do-not-transmit-cleared']);
      // The reason stays with the flags, out of the change log that more people read.
      expect(JSON.stringify(logged)).not.toContain('reprisal');
      const audited = (await store.auditEntries({ limit: 100, resource: 'list:held' })).map((e) => [e.action, e.detail['identity'], e.detail['field']]);
      expect(audited).toEqual([
        ['do-not-transmit', 'id:18', null],
        ['do-not-transmit', 'id:17', 'surname'],
        ['do-not-transmit-cleared', 'id:18', null],
      ]);
      expect(JSON.stringify(await store.auditEntries({ limit: 100 }))).not.toContain('reprisal');
    } finally {
      await store.close();
    }
  });

  it('refuses a reason left empty, an unknown list and a row that is no record', async () => {
    const store = await openStore(await testStore().another());
    try {
      await storeVersion(store, 'held', [listRow(1, 'Grigoryan', '17')]);
      await expect(flagRecord(store, { record: { list: 'held', row: 1 }, action: 'set', reason: '  ', actor: 'a' })).rejects.toThrow(/--reason/);
      await expect(flagRecord(store, { record: { list: 'nope', row: 1 }, action: 'set', reason: 'r', actor: 'a' })).rejects.toMatchObject({ code: 'WA_LIST_NOT_FOUND' });
      await expect(flagRecord(store, { record: { list: 'held', row: 5 }, action: 'set', reason: 'r', actor: 'a' })).rejects.toMatchObject({ code: 'WA_RECORD_NOT_FOUND' });
    } finally {
      await store.close();
    }
  });

  it('has the database refuse to change or remove a flag event', async () => {
    const location = await testStore().another();
    const store = await openStore(location);
    try {
      await storeVersion(store, 'held', [listRow(1, 'Grigoryan', '17')]);
      await flagRecord(store, { record: { list: 'held', row: 1 }, action: 'set', reason: 'r', actor: 'a' });
    } finally {
      await store.close();
    }
    await expect(queryDirect(location, `update transmission_flag set action = 'clear'`)).rejects.toThrow(/append-only/);
    await expect(queryDirect(location, 'delete from transmission_flag')).rejects.toThrow(/append-only/);
  });
});
