import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openList } from '../ingest/open-list.js';
import type { ListKind } from '../ingest/record.js';
import { identityNamer } from '../store/record-identity.js';
import type { NewReviewPair, PersonMember, RunListVersion } from '../store/register-repository.js';
import { openStore } from '../store/open-store.js';
import type { Repository } from '../store/repository.js';
import { importList } from './import-list.js';

/**
 * A small real SQLite store for the register jobs' tests: lists imported through the real import
 * job, and a "run" stored the way reconcile stores one (persons by identity, review pairs with an
 * explanation). Not used at run time.
 */
export interface RegisterTestStore {
  store: Repository;
  folder: string;
  location: string;
  /** Writes a CSV file and imports it as a new version of `list`. */
  importCsv(list: string, party: string, kind: ListKind, rows: string[][]): Promise<RunListVersion>;
  /** Stores a run: persons given as lists of `list:row` keys of the latest versions, and review pairs. */
  storeRun(persons: Record<string, string[]>, review: { a: string; b: string; p: number }[], band?: { lower: number; upper: number }): Promise<number>;
  close(): Promise<void>;
}

/** Opens a fresh store in a temporary folder. */
export async function registerTestStore(): Promise<RegisterTestStore> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'wa-register-'));
  const location = path.join(folder, 'whereabouts.db');
  const store = await openStore(location);
  const versions = new Map<string, RunListVersion>();
  let files = 0;

  const names = async (): Promise<Map<string, { listId: number; identity: string; row: number }>> => {
    const byKey = new Map<string, { listId: number; identity: string; row: number }>();
    for (const v of versions.values()) {
      const name = identityNamer();
      for await (const r of store.records(v.listId, v.version)) byKey.set(`${v.listName}:${r.row}`, { listId: v.listId, identity: name(r), row: r.row });
    }
    return byKey;
  };

  return {
    store,
    folder,
    location,
    async importCsv(list, party, kind, rows) {
      const file = path.join(folder, `${list}-${++files}.csv`);
      writeFileSync(file, rows.map((cells) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c)).join(',')).join('\n') + '\n');
      const summary = await importList(store, { file, list, party, kind, actor: 'tester' }, openList);
      const v = { listName: list, listId: summary.list.id, version: summary.version };
      versions.set(list, v);
      return v;
    },
    async storeRun(persons, review, band) {
      const byKey = await names();
      const side = (key: string) => {
        const n = byKey.get(key);
        if (n === undefined) throw new Error(`no record ${key} in the latest versions`);
        return n;
      };
      const members: PersonMember[] = Object.entries(persons).flatMap(([personId, keys]) => keys.map((k) => ({ personId, listId: side(k).listId, identity: side(k).identity })));
      const pairs: NewReviewPair[] = review.map(({ a, b, p }) => ({
        a: side(a),
        b: side(b),
        match_probability: p,
        match_weight: Math.log2(p / (1 - p)),
        explanation: {
          record_l: a,
          record_r: b,
          match_weight: Math.log2(p / (1 - p)),
          match_probability: p,
          steps: [{ column: 'surname', label: 'transliteration', gamma: 5, value_l: '', value_r: '', bayes_factor: 2, match_weight: 1, tf_adjustment: 0, total_weight: 1 }],
        },
      }));
      return store.write('register', async (writer) => {
        const histogram = Array.from({ length: 20 }, (_, i) => (i === 19 ? 5 : i === 10 ? review.length : 100));
        const runId = await writer.createRun({
          startedAt: new Date().toISOString(),
          finishedAt: new Date().toISOString(),
          actor: 'tester',
          versions: [...versions.values()],
          settings: {},
          model: null,
          summary: { probabilityHistogram: histogram, ...(band === undefined ? {} : { reviewBand: band }) },
        });
        await writer.replacePersonMembers(runId, members);
        await writer.appendPersonEvents(runId, Object.keys(persons).map((personId) => ({ kind: 'new' as const, personId, detail: { records: persons[personId]!.length } })));
        await writer.insertReviewPairs(runId, pairs);
        return runId;
      });
    },
    async close() {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** The header of the test lists. */
export const TEST_HEADER = ['ID', 'Surname', 'Given name', 'Patronymic', 'Date of birth', 'Date of capture', 'Unit'];
