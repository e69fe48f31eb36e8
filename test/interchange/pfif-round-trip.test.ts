import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { whereabouts } from '../cli-runner.js';
import { pfifSchemaProblems } from '../pfif-schema.js';
import { describeEachDialect } from '../test-stores.js';

/**
 * PFIF out and in again, as two registers would exchange it: the bundled example lists
 * reconciled, each list exported as PFIF 1.4 and imported into a fresh store under its own
 * name, party and kind, then `whereabouts reconcile` with no files (the fresh store has lists
 * but no run): the same persons, made of the same records.
 */
const EXAMPLES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');
const folder = mkdtempSync(path.join(os.tmpdir(), 'wa-pfif-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

interface ManifestFile {
  list: string;
  party: string;
  kind: string;
}

const run = (...args: string[]): string => {
  const result = whereabouts(...args);
  if (result.status !== 0) throw new Error(`whereabouts ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
};

/** Persons as sets of their records, each record named by list and identity. */
async function partition(location: string, rename: (list: string, identity: string) => string = (l, i) => `${l}/${i}`): Promise<string[]> {
  const store = await openStore(location);
  try {
    const persons = new Map<string, string[]>();
    for (const m of await store.personMembers()) persons.set(m.personId, [...(persons.get(m.personId) ?? []), rename(m.listName, m.identity)]);
    return [...persons.values()].map((records) => records.sort().join(' | ')).sort();
  } finally {
    await store.close();
  }
}

describeEachDialect('PFIF round trip', (testStore) => {
  it('exports valid PFIF 1.4 and imports it into a fresh store that reconciles to the same persons', async () => {
    const dir = path.join(folder, testStore().dialect);
    cpSync(EXAMPLES, dir, { recursive: true });
    const source = testStore().location;
    const fresh = await testStore().another();
    run('reconcile', '--manifest', path.join(dir, 'manifest.json'), '--db', source, '--out', path.join(dir, 'out'), '--workers', '1');
    const files = (JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as { files: ManifestFile[] }).files;

    const all = path.join(dir, 'all.xml');
    expect(run('pfif', 'export', all, '--domain', 'tracing.example.org', '--db', source)).toMatch(/Wrote .*all\.xml: 1,009 person records/);
    expect(pfifSchemaProblems(readFileSync(all, 'utf8'))).toEqual([]);

    for (const file of files) {
      const xml = path.join(dir, `${file.list}.xml`);
      run('pfif', 'export', xml, '--list', file.list, '--db', source);
      const imported = run('pfif', 'import', xml, '--list', file.list, '--party', file.party, '--kind', file.kind, '--db', fresh);
      expect(imported).toMatch(/Rows imported: +\d/);
    }
    expect(run('reconcile', '--db', fresh, '--out', path.join(dir, 'out2'), '--workers', '1')).toMatch(/1,009 records/);

    const before = await partition(source);
    // The fresh store names each record by the id it was sent under: DOMAIN/LIST/IDENTITY.
    const after = await partition(fresh, (list, identity) => identity.replace(/^id:tracing\.example\.org\//, ''));
    expect(after.length).toBe(before.length);
    expect(after).toEqual(before);

    // The same document again changes nothing, its links included.
    const again = run('pfif', 'import', path.join(dir, 'home-missing.xml'), '--list', 'home-missing', '--db', fresh);
    expect(again).toMatch(/Nothing imported/);
    expect(again).toMatch(/; 0 recorded as "same" by the source, [\d,]+ recorded before/);
  });
});
