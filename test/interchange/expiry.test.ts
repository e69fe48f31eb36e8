import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { expireLists, setRetention } from '../../src/jobs/expire-lists.js';
import { flagRecord } from '../../src/jobs/flag-record.js';
import { exportPfif } from '../../src/jobs/pfif-export.js';
import { pfifSchemaProblems } from '../pfif-schema.js';
import { reconcile } from '../../src/jobs/reconcile.js';
import { openStore } from '../../src/store/open-store.js';
import type { Repository } from '../../src/store/repository.js';
import { describeEachDialect, queryDirect } from '../test-stores.js';

/**
 * Records that expire (issue 14): after `expire`, nothing of an expired record can be read back
 * from the store, by any table or, on SQLite, from the database's files; the register keeps its
 * persons and its decisions as pairs of identities.
 */
const folder = mkdtempSync(path.join(os.tmpdir(), 'wa-expiry-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Words that exist only in the list that expires: none may survive. */
const SECRETS = ['Zyxqarian', 'Quorvath', '1983', 'Vortigern', 'Plumbago', 'Marzipanov', 'secret title line', 'Ulmskaya', 'Xerxo'];

function writeLists(dir: string): { held: string; missing: string } {
  const held = path.join(dir, 'held.csv');
  writeFileSync(
    held,
    [
      'secret title line',
      'ID,Surname,Given name,Date of birth,Place,Remark',
      '1,Zyxqarian,Quorvath,17.04.1983,Vortigern,Plumbago',
      '2,Marzipanov,Ulmskaya,1983,Vortigern,',
      '3,,,1983,Xerxo,no name at all',
      '4,Hakobyan,Davit,12.03.1990,Goris,',
    ].join('\n') + '\n',
  );
  const missing = path.join(dir, 'missing.csv');
  writeFileSync(missing, ['ID,Surname,Given name,Date of birth', '7,Hakobyan,Davit,12.03.1990', '8,Sargsyan,Hayk,05.11.1992'].join('\n') + '\n');
  return { held, missing };
}

/** Persons as sets of records named by list and identity. */
async function persons(store: Repository): Promise<string[]> {
  const byPerson = new Map<string, string[]>();
  for (const m of await store.personMembers()) byPerson.set(m.personId, [...(byPerson.get(m.personId) ?? []), `${m.listName}/${m.identity}`]);
  return [...byPerson.values()].map((r) => r.sort().join(' ')).sort();
}

describeEachDialect('expire', (testStore) => {
  it('leaves nothing of an expired record in the store, and the register as it was', async () => {
    const dir = path.join(folder, testStore().dialect);
    mkdirSync(dir, { recursive: true });
    const { held, missing } = writeLists(dir);
    const location = testStore().location;
    const store = await openStore(location);
    let before: string[];
    try {
      await reconcile(store, { files: [{ path: held, list: 'held', party: 'detaining', kind: 'detention' }, { path: missing, list: 'missing', party: 'home', kind: 'missing' }], actor: 'ana', workers: 1 });
      before = await persons(store);
      // A reviewer's note and a flag's reason that name the man.
      await store.write('register', (w) =>
        w.appendDecisions([{ at: new Date().toISOString(), reviewer: 'ana', note: 'Zyxqarian is Marzipanov’s cousin', verdict: 'different', a: { listName: 'held', identity: 'id:1', row: 1, version: 1 }, b: { listName: 'held', identity: 'id:2', row: 2, version: 1 } }]),
      );
      await flagRecord(store, { record: { list: 'held', row: 1 }, action: 'set', reason: 'Quorvath’s family fears reprisal', actor: 'ana' });
      await setRetention(store, { party: 'detaining' }, '2026-01-01', 'ana');
      await setRetention(store, { list: 'missing' }, '2099-01-01', 'ana');
      expect((await expireLists(store, { today: '2025-12-31', actor: 'ana' })).expired).toEqual([]);
      const outcome = await expireLists(store, { today: '2026-01-01', actor: 'ana' });
      expect(outcome.expired.map((e) => [e.list, e.rule, e.counts.records, e.counts.quarantined])).toEqual([['held', 'party', 3, 1]]);
      expect((await store.expiries()).map((e) => [e.listName, e.retainUntil, e.rule, e.records])).toEqual([['held', '2026-01-01', 'party', 3]]);
      expect((await store.auditEntries({ limit: 100, resource: 'list:held' })).filter((e) => e.action === 'expire').map((e) => e.detail['records'])).toEqual([3]);
      // The register as it was: the same persons of the same records, counts unchanged.
      expect(await persons(store)).toEqual(before);
      // The reviewer's decision stays, as a pair of identities without its note.
      const different = (await store.decisions()).find((d) => d.verdict === 'different');
      expect(different).toMatchObject({ reviewer: 'ana', note: '', a: { identity: 'id:1' }, b: { identity: 'id:2' } });
      // A second expiry finds nothing left to do.
      expect((await expireLists(store, { today: '2026-02-01', actor: 'ana' })).expired[0]?.counts.records).toBe(0);
      // Linking again keeps every person: the expired records have no name, their persons hold them.
      await reconcile(store, { files: [], lists: ['held', 'missing'], actor: 'ana', workers: 1 });
      expect(await persons(store)).toEqual(before);
      // PFIF carries them as placeholders, so a partner expires its copies too.
      const file = path.join(dir, 'out.xml');
      await exportPfif(store, { file, domain: 'tracing.example.org', actor: 'ana' });
      const xml = readFileSync(file, 'utf8');
      expect(pfifSchemaProblems(xml)).toEqual([]);
      expect(xml).toContain('<pfif:person_record_id>tracing.example.org/held/id:1</pfif:person_record_id>\n    <pfif:entry_date>');
      expect(xml.match(/<pfif:expiry_date>2026-01-01T00:00:00Z<\/pfif:expiry_date>/g)).toHaveLength(3);
      expect(xml.match(/<pfif:expiry_date>2099-01-01T00:00:00Z<\/pfif:expiry_date>/g)).toHaveLength(2);
      for (const secret of SECRETS) expect(xml).not.toContain(secret);
      rmSync(file);
    } finally {
      await store.close();
    }

    if (testStore().dialect === 'sqlite') {
      const files = [location, `${location}-wal`, `${location}-shm`].filter((f) => existsSync(f));
      for (const file of files) {
        const bytes = readFileSync(file);
        for (const secret of SECRETS) expect(bytes.includes(Buffer.from(secret, 'utf8')), `${secret} in ${path.basename(file)}`).toBe(false);
      }
    } else {
      const tables = await queryDirect<{ table_name: string }>(location, `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
      expect(tables.length).toBeGreaterThan(10);
      for (const { table_name } of tables) {
        const rows = JSON.stringify(await queryDirect(location, `select * from "${table_name}"`));
        for (const secret of SECRETS) expect(rows.includes(secret), `${secret} in ${table_name}`).toBe(false);
      }
    }
  });
});
