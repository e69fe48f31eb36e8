import { afterEach, describe, expect, it } from 'vitest';
import { loadPerson, loadRegister } from './load-register.js';
import type { RegisterTestStore } from './register-test-store.js';
import { registerTestStore, TEST_HEADER } from './register-test-store.js';

const HOME = [
  TEST_HEADER,
  ['H1', 'Գրիգորյան', 'Արամ', 'Գագիկի', '12.03.1999', '20.10.2020', 'զ/մ 55048'],
  ['H2', 'Սարգսյան', 'Դավիթ', 'Արմենի', '15.06.2000', '25.10.2020', ''],
  ['H3', 'Հակոբյան', 'Մհեր', 'Վահեի', '1998', '15.11.2020', ''],
];
const HELD = [
  TEST_HEADER,
  ['D1', 'Qriqoryan', 'Aram', 'Qagik oğlu', '12.03.1999', '21.10.2020', '55048'],
  ['D2', 'Sarkisyan', 'Davud', 'Armen oğlu', '17.06.2000', '', ''],
];

let t: RegisterTestStore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function reconciled(): Promise<RegisterTestStore> {
  t = await registerTestStore();
  await t.importCsv('home-missing', 'home', 'missing', HOME);
  await t.importCsv('detaining-held', 'detaining', 'detention', HELD);
  await t.storeRun({ 'P-000001': ['home-missing:1', 'detaining-held:1'], 'P-000002': ['home-missing:2', 'detaining-held:2'], 'P-000003': ['home-missing:3'] }, []);
  return t;
}

describe('loadRegister', () => {
  it('builds the persons of the last reconcile from the stored records, in their scripts', async () => {
    const { store } = await reconciled();
    const register = await loadRegister(store);
    expect(register.persons.map((p) => [p.personId, p.records.map((r) => r.key)])).toEqual([
      ['P-000001', ['detaining-held:1', 'home-missing:1']],
      ['P-000002', ['detaining-held:2', 'home-missing:2']],
      ['P-000003', ['home-missing:3']],
    ]);
    const p2 = register.persons[1]!;
    expect(p2.records.map((r) => r.fields.surname)).toEqual(['Sarkisyan', 'Սարգսյան']);
    expect(p2.conflicts.map((c) => c.field)).toEqual(['birth_date']);
    expect(p2.status?.type).toBe('detention_acknowledged');
    expect(register.goneMembers).toBe(0);
    expect(register.unlinkedRecords).toBe(0);
  });

  it('follows records by identity into a new list version: rows move, persons keep their records', async () => {
    const { store, importCsv } = await reconciled();
    // H2 deleted, so H3 moves up to row 2; H4 is new and linked to no one yet.
    await importCsv('home-missing', 'home', 'missing', [HOME[0]!, HOME[1]!, HOME[3]!, ['H4', 'Պետրոսյան', 'Տիգրան', '', '1995', '', '']]);
    const register = await loadRegister(store);
    const byId = new Map(register.persons.map((p) => [p.personId, p.records.map((r) => r.key)]));
    expect(byId.get('P-000003')).toEqual(['home-missing:2']);
    expect(byId.get('P-000002')).toEqual(['detaining-held:2']);
    expect(register.goneMembers).toBe(1);
    expect(register.unlinkedRecords).toBe(1);
    expect(register.keyOf('home-missing', 'id:H3')).toBe('home-missing:2');
  });

  it('reads one person without the rest, and names records that are gone', async () => {
    const { store, importCsv } = await reconciled();
    await importCsv('home-missing', 'home', 'missing', [HOME[0]!, HOME[1]!, HOME[3]!]);
    const p2 = await loadPerson(store, 'P-000002');
    expect(p2?.records.map((r) => r.key)).toEqual(['detaining-held:2']);
    expect(p2?.gone.map((g) => g.identity)).toEqual(['id:H2']);
    expect(await loadPerson(store, 'P-999999')).toBeUndefined();
  });
});
