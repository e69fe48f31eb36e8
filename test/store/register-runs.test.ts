import { expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import type { NewReviewPair } from '../../src/store/register-repository.js';
import { describeEachDialect } from '../test-stores.js';
import { listRow, newRun, storeVersion } from './register-fixtures.js';

describeEachDialect('register runs and review pairs', (testStore) => {
  it('stores a run with the versions it read and reads settings, model and summary back as written', async () => {
    const store = await openStore(await testStore().another());
    try {
      expect(await store.latestRun()).toBeUndefined();
      const delegate = await storeVersion(store, 'delegate', [listRow(1, 'Petrenko', 'D-1')]);
      const mediator = await storeVersion(store, 'mediator', [listRow(1, 'Petrenko')]);
      const first = newRun([delegate, mediator]);
      const firstId = await store.write('register', (writer) => writer.createRun(first));
      const secondId = await store.write('register', (writer) => writer.createRun({ ...newRun([mediator], 'another officer'), model: null }));

      expect(await store.run(firstId)).toEqual({ id: firstId, ...first });
      expect((await store.run(firstId))?.versions.map((v) => v.listName)).toEqual(['delegate', 'mediator']);
      expect(await store.latestRun()).toMatchObject({ id: secondId, actor: 'another officer', model: null });
      expect(secondId).toBeGreaterThan(firstId);
      expect(await store.run(secondId + 100)).toBeUndefined();

      const logged = (await store.changeLog()).filter((entry) => entry.action === 'run');
      expect(logged.map((entry) => [entry.actor, entry.detail['run'], entry.detail['versions']])).toEqual([
        ['officer', firstId, ['delegate v1', 'mediator v1']],
        ['another officer', secondId, ['mediator v1']],
      ]);
      expect(logged[0]!.detail['summary']).toEqual(first.summary);
    } finally {
      await store.close();
    }
  });

  it("keeps each run's review pairs apart, in the order stored, with scores exactly as given", async () => {
    const store = await openStore(await testStore().another());
    try {
      const delegate = await storeVersion(store, 'delegate', [listRow(1, 'Petrenko', 'D-1'), listRow(2, 'Bondar', 'D-2')]);
      const mediator = await storeVersion(store, 'mediator', [listRow(1, 'Petrenko'), listRow(2, 'Bondar')]);
      const pairs: NewReviewPair[] = [
        {
          a: { listId: delegate.listId, identity: 'id:D-2', row: 2 },
          b: { listId: mediator.listId, identity: 'content:0123456789abcdef', row: 2 },
          match_probability: 0.8123456789012345,
          match_weight: 2.1234567890123,
          explanation: [{ comparison: 'surname', level: 'exact', bayes_factor: 48.2 }],
        },
        {
          a: { listId: delegate.listId, identity: 'id:D-1', row: 1 },
          b: { listId: mediator.listId, identity: 'content:fedcba9876543210#2', row: 1 },
          match_probability: 0.5,
          match_weight: -0.0000001,
          explanation: null,
        },
      ];
      const runId = await store.write('register', async (writer) => {
        const id = await writer.createRun(newRun([delegate, mediator]));
        await writer.insertReviewPairs(id, pairs);
        return id;
      });
      const otherRun = await store.write('register', async (writer) => {
        const id = await writer.createRun(newRun([delegate, mediator]));
        await writer.insertReviewPairs(id, [pairs[1]!]);
        return id;
      });

      const stored = await store.reviewPairs(runId);
      expect(stored).toEqual(
        pairs.map((p) => ({
          ...p,
          runId,
          a: { ...p.a, listName: 'delegate' },
          b: { ...p.b, listName: 'mediator' },
        })),
      );
      expect((await store.reviewPairs(otherRun)).map((p) => p.a.identity)).toEqual(['id:D-1']);
      expect(await store.reviewPairs(otherRun + 1)).toEqual([]);
      const logged = (await store.changeLog()).filter((entry) => entry.action === 'review-pairs');
      expect(logged.map((entry) => [entry.actor, entry.detail])).toEqual([
        ['officer', { run: runId, pairs: 2 }],
        ['officer', { run: otherRun, pairs: 1 }],
      ]);
    } finally {
      await store.close();
    }
  });

  it('refuses review pairs for a run that is not stored, and stores none of them', async () => {
    const store = await openStore(await testStore().another());
    try {
      const delegate = await storeVersion(store, 'delegate', [listRow(1, 'Petrenko', 'D-1')]);
      const side = { listId: delegate.listId, identity: 'id:D-1', row: 1 };
      const pair = { a: side, b: side, match_probability: 0.5, match_weight: 0, explanation: {} };
      await expect(store.write('register', (writer) => writer.insertReviewPairs(999, [pair]))).rejects.toThrow(/no run 999/);
      expect(await store.reviewPairs(999)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
