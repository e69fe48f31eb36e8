import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LinkageResult } from '../linkage/index.js';
import { defaultLinkageSettings } from '../linkage/index.js';
import { openStore } from '../store/open-store.js';
import type { Repository } from '../store/repository.js';
import type { RegisterRunRecord } from './register-run.js';
import { registerRun } from './register-run.js';

const folder = mkdtempSync(path.join(os.tmpdir(), 'wa-register-run-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The part of a linkage result registerRun reads: the clusters, and no pair for review. */
function linkage(cluster: number[]): LinkageResult {
  const none = { a: new Int32Array(0), b: new Int32Array(0), weight: new Float64Array(0) };
  const clustering = { cluster: Int32Array.from(cluster), clusterCount: new Set(cluster).size, refused: { cannotLink: 0, duplicateFreeList: 0, veto: 0 }, conflicts: [] };
  return { clustering, matches: none, model: {} } as unknown as LinkageResult;
}

/** Stores a run of `records` clustered as `cluster`, with default settings and no summary. */
function run(store: Repository, startedAt: string, records: RegisterRunRecord[], cluster: number[]): ReturnType<typeof registerRun> {
  return registerRun(store, { actor: 'test', startedAt, versions: [], settings: defaultLinkageSettings(), records, linkage: linkage(cluster), summary: {} });
}

describe('registerRun', () => {
  it('numbers new persons in the order of their keys, also when one list name starts another', async () => {
    const store = await openStore(path.join(folder, 'prefix.db'));
    try {
      const [a, ab] = await store.write('setup', async (writer) => [
        await writer.createList({ name: 'a', party: 'home', kind: 'missing' }),
        await writer.createList({ name: 'a:b', party: 'home', kind: 'missing' }),
      ]);
      // Keys `a:z`, `a:b:c` and `a:m`: as strings `a:b:c` sorts first, though list `a` sorts before `a:b`.
      const records: RegisterRunRecord[] = [
        { id: 0, list: 'a', listId: a!.id, row: 1, identity: 'id:z' },
        { id: 1, list: 'a:b', listId: ab!.id, row: 1, identity: 'id:c' },
        { id: 2, list: 'a', listId: a!.id, row: 2, identity: 'id:m' },
      ];
      const stored = await run(store, '2026-11-29T10:00:00Z', records, [0, 1, 2]);
      expect(stored.personIds).toEqual(['P-000003', 'P-000001', 'P-000002']);
      expect(stored.events.map((e) => (e.kind === 'new' ? e.recordKeys : []))).toEqual([['a:b:id:c'], ['a:id:m'], ['a:id:z']]);

      // Run again with the two records of list `a` together: they keep the id of the first key.
      const again = await run(store, '2026-11-29T11:00:00Z', records, [0, 1, 0]);
      expect(again.personIds).toEqual(['P-000002', 'P-000001', 'P-000002']);
      expect(again.events).toEqual([{ kind: 'merged', personId: 'P-000002', absorbed: ['P-000003'] }]);
    } finally {
      await store.close();
    }
  });

  it('lists retired persons by id, each with its records by list name and identity, whatever order the register keeps them in', async () => {
    const store = await openStore(path.join(folder, 'retired.db'));
    try {
      // List `z` is made first, so the register's key (list id, identity) puts its rows first.
      const [z, b] = await store.write('setup', async (writer) => [
        await writer.createList({ name: 'z', party: 'home', kind: 'missing' }),
        await writer.createList({ name: 'b', party: 'home', kind: 'missing' }),
      ]);
      await store.write('register', async (writer) => {
        const runId = await writer.createRun({ startedAt: 't', finishedAt: 't', actor: 'test', versions: [], settings: {}, model: null, summary: { lastPersonNumber: 3 } });
        await writer.replacePersonMembers(runId, [
          { personId: 'P-000002', listId: z!.id, identity: 'id:a' },
          { personId: 'P-000001', listId: z!.id, identity: 'id:b' },
          { personId: 'P-000001', listId: b!.id, identity: 'id:c' },
          { personId: 'P-000003', listId: b!.id, identity: 'id:d' },
        ]);
      });
      const stored = await run(store, '2026-11-29T12:00:00Z', [{ id: 0, list: 'b', listId: b!.id, row: 1, identity: 'id:d' }], [0]);
      expect(stored.personIds).toEqual(['P-000003']);
      expect(stored.events).toEqual([
        { kind: 'retired', personId: 'P-000001', recordKeys: ['b:id:c', 'z:id:b'] },
        { kind: 'retired', personId: 'P-000002', recordKeys: ['z:id:a'] },
      ]);
    } finally {
      await store.close();
    }
  });
});
