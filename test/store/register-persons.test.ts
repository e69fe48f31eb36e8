import { expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { Repository } from '../../src/store/repository.js';
import { describeEachDialect, queryDirect } from '../test-stores.js';
import { listRow, newRun, storeVersion } from './register-fixtures.js';

/** Two lists and a first run over them; the lists' ids for building members. */
async function twoListsAndARun(store: Repository) {
  const delegate = await storeVersion(store, 'delegate', [listRow(1, 'Petrenko', 'D-1'), listRow(2, 'Bondar', 'D-2')]);
  const mediator = await storeVersion(store, 'mediator', [listRow(1, 'Petrenko'), listRow(2, 'Bondar')]);
  const runId = await store.write('register', (writer) => writer.createRun(newRun([delegate, mediator])));
  return { d: delegate.listId, m: mediator.listId, runId, delegate, mediator };
}

describeEachDialect('register persons', (testStore) => {
  it('replaces the whole register, keeping when each record first joined its person', async () => {
    const store = await openStore(await testStore().another());
    try {
      const { d, m, runId, delegate, mediator } = await twoListsAndARun(store);
      expect(await store.personMembers()).toEqual([]);
      await store.write('register', (writer) =>
        writer.replacePersonMembers(runId, [
          { personId: 'P-000001', listId: d, identity: 'id:D-1' },
          { personId: 'P-000001', listId: m, identity: 'content:aaaa' },
          { personId: 'P-000002', listId: d, identity: 'id:D-2' },
        ]),
      );
      const secondRun = await store.write('register', async (writer) => {
        const id = await writer.createRun(newRun([delegate, mediator]));
        // The mediator's record moves to P-000002; P-000001 keeps only the delegate's.
        await writer.replacePersonMembers(id, [
          { personId: 'P-000001', listId: d, identity: 'id:D-1' },
          { personId: 'P-000002', listId: d, identity: 'id:D-2' },
          { personId: 'P-000002', listId: m, identity: 'content:aaaa' },
        ]);
        return id;
      });

      expect(await store.personMembers()).toEqual([
        { personId: 'P-000001', listId: d, listName: 'delegate', identity: 'id:D-1', firstRunId: runId },
        { personId: 'P-000002', listId: d, listName: 'delegate', identity: 'id:D-2', firstRunId: runId },
        { personId: 'P-000002', listId: m, listName: 'mediator', identity: 'content:aaaa', firstRunId: secondRun },
      ]);
      const logged = (await store.changeLog()).filter((entry) => entry.action === 'persons-replaced');
      expect(logged.map((entry) => entry.detail)).toEqual([
        { run: runId, persons: 2, records: 3, recordsBefore: 0, recordsKept: 0 },
        { run: secondRun, persons: 2, records: 3, recordsBefore: 3, recordsKept: 2 },
      ]);
      expect(logged.map((entry) => entry.actor)).toEqual(['officer', 'officer']);
    } finally {
      await store.close();
    }
  });

  it('leaves the old register in place when the run storing a new one fails', async () => {
    const store = await openStore(await testStore().another());
    try {
      const { d, runId } = await twoListsAndARun(store);
      const before = [{ personId: 'P-000001', listId: d, identity: 'id:D-1' }];
      await store.write('register', (writer) => writer.replacePersonMembers(runId, before));
      await expect(
        store.write('register', async (writer) => {
          await writer.replacePersonMembers(runId, [{ personId: 'P-000009', listId: d, identity: 'id:D-2' }]);
          expect((await writer.personMembers()).map((member) => member.personId)).toEqual(['P-000009']);
          throw new Error('clustering failed after the register was replaced');
        }),
      ).rejects.toThrow('clustering failed');
      expect((await store.personMembers()).map(({ personId, listId, identity }) => ({ personId, listId, identity }))).toEqual(before);
      expect((await store.changeLog()).filter((entry) => entry.action === 'persons-replaced')).toHaveLength(1);
    } finally {
      await store.close();
    }
  });

  it('replaces a register of 60,000 members whole or in part, and a failed run leaves it and its person index as they were', async () => {
    const location = await testStore().another();
    const store = await openStore(location);
    try {
      const { d, m, runId, delegate, mediator } = await twoListsAndARun(store);
      // Given out of key order: the store orders them itself.
      const members = Array.from({ length: 60_000 }, (_, i) => ({
        personId: `P-${String(1 + Math.floor(i / 2)).padStart(6, '0')}`,
        listId: i % 2 === 0 ? d : m,
        identity: `content:${(60_000 - i).toString(16)}`,
      }));
      await store.write('register', (writer) => writer.replacePersonMembers(runId, members));
      // Run two moves every tenth record to a person of its own; the rest keep their rows.
      const moved = members.map((member, i) => (i % 10 === 0 ? { ...member, personId: `P-${String(100_000 + i).padStart(6, '0')}` } : member));
      const secondRun = await store.write('register', async (writer) => {
        const id = await writer.createRun(newRun([delegate, mediator]));
        await writer.replacePersonMembers(id, moved);
        return id;
      });
      const read = async () => (await store.personMembers()).map(({ personId, listId, identity, firstRunId }) => `${listId} ${identity} ${personId} ${firstRunId}`).sort();
      const expected = moved.map((member, i) => `${member.listId} ${member.identity} ${member.personId} ${i % 10 === 0 ? secondRun : runId}`).sort();
      expect(await read()).toEqual(expected);

      // A third run replaces every member, then fails: nothing of it remains.
      await expect(
        store.write('register', async (writer) => {
          await writer.replacePersonMembers(runId, members.map((member) => ({ ...member, personId: 'P-999999' })));
          throw new Error('killed after the register was replaced');
        }),
      ).rejects.toThrow('killed');
      expect(await read()).toEqual(expected);
      const indexes = location.startsWith('postgres')
        ? await queryDirect<{ name: string }>(location, `select indexname as name from pg_indexes where tablename = 'person_member'`)
        : await queryDirect<{ name: string }>(location, `select name from sqlite_master where type = 'index' and tbl_name = 'person_member'`);
      expect(indexes.map((index) => index.name)).toContain('person_member_person');
      expect((await store.changeLog()).filter((entry) => entry.action === 'persons-replaced').map((entry) => entry.detail)).toEqual([
        { run: runId, persons: 30_000, records: 60_000, recordsBefore: 0, recordsKept: 0 },
        { run: secondRun, persons: 36_000, records: 60_000, recordsBefore: 60_000, recordsKept: 54_000 },
      ]);
    } finally {
      await store.close();
    }
  });

  it('refuses one record under two persons', async () => {
    const store = await openStore(await testStore().another());
    try {
      const { d, runId } = await twoListsAndARun(store);
      const twice = [
        { personId: 'P-000001', listId: d, identity: 'id:D-1' },
        { personId: 'P-000002', listId: d, identity: 'id:D-1' },
      ];
      await expect(store.write('register', (writer) => writer.replacePersonMembers(runId, twice))).rejects.toThrow();
      expect(await store.personMembers()).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('keeps an append-only person history, readable for one person', async () => {
    const location = await testStore().another();
    const store = await openStore(location);
    try {
      const { runId } = await twoListsAndARun(store);
      await store.write('register', (writer) =>
        writer.appendPersonEvents(runId, [
          { kind: 'new', personId: 'P-000001', detail: { records: ['delegate:1', 'mediator:1'] } },
          { kind: 'new', personId: 'P-000002', detail: { records: ['delegate:2'] } },
          { kind: 'merge', personId: 'P-000001', detail: { absorbed: ['P-000003'] } },
        ]),
      );
      const history = await store.personEvents('P-000001');
      expect(history.map((e) => [e.runId, e.kind, e.personId, e.detail])).toEqual([
        [runId, 'new', 'P-000001', { records: ['delegate:1', 'mediator:1'] }],
        [runId, 'merge', 'P-000001', { absorbed: ['P-000003'] }],
      ]);
      expect(Number.isNaN(Date.parse(history[0]!.at))).toBe(false);
      expect((await store.personEvents()).map((e) => e.personId)).toEqual(['P-000001', 'P-000002', 'P-000001']);
      expect((await store.changeLog()).filter((entry) => entry.action === 'person-events').map((entry) => entry.detail)).toEqual([
        { run: runId, new: 2, merge: 1 },
      ]);

      await expect(queryDirect(location, `update person_event set person_id = 'P-000009'`)).rejects.toThrow(/append-only/);
      await expect(queryDirect(location, 'delete from person_event')).rejects.toThrow(/append-only/);
      expect(await store.personEvents('P-000009')).toEqual([]);
      expect(await store.personEvents()).toHaveLength(3);
    } finally {
      await store.close();
    }
  });
});
