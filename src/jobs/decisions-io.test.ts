import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { decisionsFromCsv } from '../register/index.js';
import { exportDecisions, importDecisions } from './decisions-io.js';
import type { RegisterTestStore } from './register-test-store.js';
import { registerTestStore, TEST_HEADER } from './register-test-store.js';

const HOME = [TEST_HEADER, ['H1', 'Գրիգորյան', 'Արամ', '', '1999', '', ''], ['H2', 'Սարգսյան', 'Դավիթ', '', '2000', '', '']];
const HELD = [TEST_HEADER, ['D1', 'Qriqoryan', 'Aram', '', '1999', '', ''], ['D2', 'Sarkisyan', 'Davud', '', '2000', '', '']];

const stores: RegisterTestStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

async function twoLists(): Promise<RegisterTestStore> {
  const t = await registerTestStore();
  stores.push(t);
  await t.importCsv('home-missing', 'home', 'missing', HOME);
  await t.importCsv('detaining-held', 'detaining', 'detention', HELD);
  return t;
}

const CSV_HEADER = 'record_a,record_b,verdict,reviewer,decided_at,note';

describe('decisions export and import', () => {
  it('round-trips between two reviewers\' stores: new decisions added once, repeats recognised', async () => {
    const a = await twoLists();
    const file = path.join(a.folder, 'theirs.csv');
    writeFileSync(file, [CSV_HEADER, 'home-missing:1,detaining-held:1,same,anna,2026-11-29T09:00:00Z,"same unit, same father"', 'home-missing:2,detaining-held:2,different,anna,2026-11-29T09:01:00Z,'].join('\n'));
    expect(await importDecisions(a.store, file)).toMatchObject({ read: 2, added: 2, repeats: 0, conflicts: [] });

    const out = path.join(a.folder, 'export.csv');
    expect(await exportDecisions(a.store, out)).toMatchObject({ written: 2, leftOut: 0 });
    const exported = decisionsFromCsv(readFileSync(out, 'utf8'));
    expect(exported.map((d) => [d.a, d.b, d.verdict, d.reviewer, d.note])).toEqual([
      ['home-missing:1', 'detaining-held:1', 'same', 'anna', 'same unit, same father'],
      ['home-missing:2', 'detaining-held:2', 'different', 'anna', ''],
    ]);

    const b = await twoLists();
    expect(await importDecisions(b.store, out)).toMatchObject({ added: 2, repeats: 0 });
    expect(await importDecisions(b.store, out)).toMatchObject({ added: 0, repeats: 2 });
    const stored = await b.store.decisions();
    expect(stored.map((d) => [d.a.identity, d.b.identity, d.verdict])).toEqual([
      ['id:H1', 'id:D1', 'same'],
      ['id:H2', 'id:D2', 'different'],
    ]);
  });

  it('binds exported decisions by identity in a store whose list has moved on (rows shifted, a record gone)', async () => {
    const a = await twoLists();
    const theirs = path.join(a.folder, 'theirs.csv');
    writeFileSync(theirs, [CSV_HEADER, 'home-missing:2,detaining-held:2,same,anna,2026-11-29T09:00:00Z,'].join('\n'));
    await importDecisions(a.store, theirs);
    const out = path.join(a.folder, 'export.csv');
    await exportDecisions(a.store, out);
    expect(readFileSync(out, 'utf8')).toContain('"id:H2","id:D2"');

    const b = await twoLists();
    await b.importCsv('home-missing', 'home', 'missing', [HOME[0]!, HOME[2]!]);
    expect(await importDecisions(b.store, out)).toMatchObject({ added: 1 });
    const [stored] = await b.store.decisions();
    expect([stored!.a.identity, stored!.a.row, stored!.a.version]).toEqual(['id:H2', 1, 2]);

    const c = await twoLists();
    await c.importCsv('home-missing', 'home', 'missing', [HOME[0]!, HOME[1]!]);
    await expect(importDecisions(c.store, out)).rejects.toMatchObject({ code: 'WA_DECISIONS_INVALID', location: { row: 1, column: 'identity_a' } });
  });

  it('reports a pair on which the file and the store disagree, keeps both, the later in force', async () => {
    const t = await twoLists();
    const mine = path.join(t.folder, 'mine.csv');
    writeFileSync(mine, `${CSV_HEADER}\nhome-missing:1,detaining-held:1,same,anna,2026-11-29T09:00:00Z,\n`);
    await importDecisions(t.store, mine);
    const theirs = path.join(t.folder, 'theirs.csv');
    writeFileSync(theirs, `${CSV_HEADER}\ndetaining-held:1,home-missing:1,different,boris,2026-11-29T11:00:00Z,brothers\n`);
    const done = await importDecisions(t.store, theirs);
    expect(done.added).toBe(1);
    expect(done.conflicts.map((c) => [c.kept.verdict, c.kept.reviewer, c.overruled.verdict])).toEqual([['different', 'boris', 'same']]);
    expect((await t.store.decisions()).map((d) => d.verdict)).toEqual(['same', 'different']);
  });

  it('refuses a file naming a row the list does not have, with row and column, and stores nothing', async () => {
    const t = await twoLists();
    const bad = path.join(t.folder, 'bad.csv');
    writeFileSync(bad, `${CSV_HEADER}\nhome-missing:1,detaining-held:1,same,anna,2026-11-29T09:00:00Z,\nhome-missing:1,detaining-held:9,same,anna,2026-11-29T09:00:00Z,\n`);
    await expect(importDecisions(t.store, bad)).rejects.toMatchObject({ code: 'WA_DECISIONS_INVALID', location: { row: 2, column: 'record_b' } });
    const unknownList = path.join(t.folder, 'unknown.csv');
    writeFileSync(unknownList, `${CSV_HEADER}\nnowhere:1,detaining-held:1,same,anna,2026-11-29T09:00:00Z,\n`);
    await expect(importDecisions(t.store, unknownList)).rejects.toMatchObject({ code: 'WA_DECISIONS_INVALID', location: { row: 1, column: 'record_a' } });
    expect(await t.store.decisions()).toEqual([]);
  });
});
