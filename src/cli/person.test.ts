import { afterEach, describe, expect, it } from 'vitest';
import { loadPerson } from '../jobs/load-register.js';
import type { RegisterTestStore } from '../jobs/register-test-store.js';
import { registerTestStore, TEST_HEADER } from '../jobs/register-test-store.js';
import { buildPerson } from '../register/index.js';
import { formatPerson } from './person.js';

const HOME = [TEST_HEADER, ['H1', 'Գրիգորյան', 'Արամ', 'Գագիկի', '12.03.1999', '20.10.2020', 'զ/մ 55048'], ['H2', 'Գրիգորյան', 'Արամ', 'Գագիկի', '1999', '', '']];
const HELD = [TEST_HEADER, ['D1', 'Qriqoryan', 'Aram', 'Qagik oğlu', '14.03.1999', '21.10.2020', '55048']];

let t: RegisterTestStore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('whereabouts person', () => {
  it('shows records in their scripts with readings, conflicts, best values, timeline, decisions and history in 100 columns', async () => {
    t = await registerTestStore();
    await t.importCsv('home-missing', 'home', 'missing', HOME);
    await t.importCsv('detaining-held', 'detaining', 'detention', HELD);
    await t.storeRun({ 'P-000007': ['home-missing:1', 'home-missing:2', 'detaining-held:1'] }, []);
    await t.store.write('register', (w) =>
      w.appendDecisions([
        { at: '2026-11-29T09:00:00Z', reviewer: 'anna', note: '', verdict: 'unsure', a: { listName: 'home-missing', identity: 'id:H1', row: 1, version: 1 }, b: { listName: 'detaining-held', identity: 'id:D1', row: 1, version: 1 } },
        { at: '2026-11-29T09:05:00Z', reviewer: 'anna', note: 'same unit', verdict: 'same', a: { listName: 'home-missing', identity: 'id:H1', row: 1, version: 1 }, b: { listName: 'detaining-held', identity: 'id:D1', row: 1, version: 1 } },
      ]),
    );
    const loaded = (await loadPerson(t.store, 'P-000007'))!;
    const text = formatPerson(loaded, buildPerson('P-000007', loaded.records), await t.store.decisions(), await t.store.personEvents('P-000007'));
    expect(text.split('\n').every((line) => [...line].length <= 100)).toBe(true);
    expect(text).toContain('Գրիգորյան (Grigoryan)');
    expect(text).toContain('Qriqoryan');
    expect(text).toContain('Current status: Detention acknowledged, resting on detaining-held:1');
    expect(text).toContain('listed more than once on home-missing');
    expect(text).toMatch(/born: detaining-held:1 says 14\.03\.1999 .*home-missing:1 says 12\.03\.1999/s);
    expect(text).toMatch(/unit +55048: all 2 sources agree/);
    expect(text).toContain('UNSURE home-missing:1 and detaining-held:1 (superseded)');
    expect(text).toContain('SAME home-missing:1 and detaining-held:1, "same unit"');
    expect(text).toMatch(/2020-10-20 +Reported missing +home-missing:1/);
    expect(text).toMatch(/run \d+: new/);
    // Each record with the row the clerk finds it on (the header is line 1 of these CSV files).
    expect(text).toContain('(detaining, line 2)');
    // The date he was last seen and the date he was captured are two events, not rival values.
    expect(text).toMatch(/disappeared +date 20\.10\.2020 \(2020-10-20\): one source/);
    expect(text).toMatch(/captured +date 21\.10\.2020 \(2020-10-21\): one source/);
    expect(text).toMatch(/event date +captured: 21\.10\.2020 +.*disappeared: 20\.10\.2020/);
    expect(text).not.toMatch(/event date +[^\n]*sources disagree/);
  });
});
