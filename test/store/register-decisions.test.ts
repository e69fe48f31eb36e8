import { expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { recordIdentities } from '../../src/store/record-identity.js';
import type { NewDecision } from '../../src/store/register-repository.js';
import type { Repository, StoredRecord } from '../../src/store/repository.js';
import { describeEachDialect, queryDirect } from '../test-stores.js';
import { listRow, storeVersion } from './register-fixtures.js';

function decision(verdict: NewDecision['verdict'], reviewer: string, at: string, aRow = 1): NewDecision {
  return {
    at,
    reviewer,
    note: `${reviewer} looked at the birth dates`,
    verdict,
    a: { listName: 'delegate', identity: `id:D-${aRow}`, row: aRow, version: 1 },
    b: { listName: 'mediator', identity: 'content:0123456789abcdef', row: 3, version: 2 },
  };
}

describeEachDialect('register decisions', (testStore) => {
  it('reads decisions back oldest first, as appended, and logs each with its reviewer', async () => {
    const store = await openStore(await testStore().another());
    try {
      const first = [decision('unsure', 'amira', '2026-11-29T08:00:00Z'), decision('same', 'amira', '2026-11-29T08:01:00Z', 2)];
      const later = decision('different', 'boris', '2026-11-29T10:00:00+03:00');
      await store.write('register', (writer) => writer.appendDecisions(first));
      await store.write('register', (writer) => writer.appendDecisions([later]));

      const stored = await store.decisions();
      expect(stored.map(({ id: _id, ...rest }) => rest)).toEqual([...first, later]);
      expect(stored.map((d) => d.id)).toEqual([...stored.map((d) => d.id)].sort((x, y) => x - y));

      const logged = (await store.changeLog()).filter((entry) => entry.action === 'decision');
      expect(logged.map((entry) => [entry.actor, entry.detail['verdict'], entry.detail['reviewer']])).toEqual([
        ['amira', 'unsure', 'amira'],
        ['amira', 'same', 'amira'],
        ['boris', 'different', 'boris'],
      ]);
      expect(logged[2]!.detail['records']).toEqual([later.a, later.b]);
    } finally {
      await store.close();
    }
  });

  it('has the database refuse to change or remove a decision', async () => {
    const location = await testStore().another();
    const store = await openStore(location);
    try {
      await store.write('register', (writer) => writer.appendDecisions([decision('same', 'amira', '2026-11-29T08:00:00Z')]));
      await expect(queryDirect(location, `update decision set verdict = 'different'`)).rejects.toThrow(/append-only/);
      await expect(queryDirect(location, 'delete from decision')).rejects.toThrow(/append-only/);
      expect((await store.decisions()).map((d) => d.verdict)).toEqual(['same']);
    } finally {
      await store.close();
    }
  });

  it('refuses a verdict other than same, different or unsure, and stores nothing of the batch', async () => {
    const store = await openStore(await testStore().another());
    try {
      const wrong = { ...decision('same', 'amira', '2026-11-29T08:00:00Z'), verdict: 'maybe' } as unknown as NewDecision;
      const good = decision('different', 'amira', '2026-11-29T08:00:00Z');
      await expect(store.write('register', (writer) => writer.appendDecisions([good, wrong]))).rejects.toThrow();
      expect(await store.decisions()).toEqual([]);
      expect((await store.changeLog()).filter((entry) => entry.action === 'decision')).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('finds the records a decision names in a later, re-sorted version of the lists', async () => {
    const store = await openStore(await testStore().another());
    try {
      const v1 = await storeVersion(store, 'delegate', [listRow(1, 'Petrenko', 'D-1'), listRow(2, 'Bondar', 'D-2')]);
      const m1 = await storeVersion(store, 'mediator', [listRow(1, 'Bondar'), listRow(2, 'Petrenko')]);
      const [delegateBondar] = (await store.recordsByIdentity(v1.listId, 1, ['id:D-2'])).keys();
      const mediatorIdentities = [...(await store.recordsByIdentity(m1.listId, 1, await identitiesOf(store, m1.listId, 1))).entries()];
      const mediatorBondar = mediatorIdentities.find(([, record]) => record.fields.surname === 'Bondar')![0];
      await store.write('register', (writer) =>
        writer.appendDecisions([
          {
            at: '2026-11-29T08:00:00Z',
            reviewer: 'amira',
            note: '',
            verdict: 'same',
            a: { listName: 'delegate', identity: delegateBondar!, row: 2, version: 1 },
            b: { listName: 'mediator', identity: mediatorBondar, row: 1, version: 1 },
          },
        ]),
      );

      // Both parties send new versions: rows re-sorted, a new person added at the top.
      await storeVersion(store, 'delegate', [listRow(1, 'Melnyk', 'D-3'), listRow(2, 'Bondar', 'D-2'), listRow(3, 'Petrenko', 'D-1')]);
      await storeVersion(store, 'mediator', [listRow(1, 'Melnyk'), listRow(2, 'Petrenko'), listRow(3, 'Bondar')]);

      const [made] = await store.decisions();
      const delegate2 = await store.recordsByIdentity(v1.listId, 2, [made!.a.identity]);
      const mediator2 = await store.recordsByIdentity(m1.listId, 2, [made!.b.identity]);
      expect([delegate2.get(made!.a.identity)?.row, delegate2.get(made!.a.identity)?.fields.surname]).toEqual([2, 'Bondar']);
      expect([mediator2.get(made!.b.identity)?.row, mediator2.get(made!.b.identity)?.fields.surname]).toEqual([3, 'Bondar']);
    } finally {
      await store.close();
    }
  });
});

/** The identities of every record of a version, computed the way the store does. */
async function identitiesOf(store: Repository, listId: number, version: number): Promise<string[]> {
  const records: StoredRecord[] = [];
  for await (const record of store.records(listId, version)) records.push(record);
  return recordIdentities(records);
}
