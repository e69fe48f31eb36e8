import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { RegisterTestStore } from './register-test-store.js';
import { registerTestStore, TEST_HEADER } from './register-test-store.js';
import { reportFromStore } from './report-job.js';

const HOME = [
  TEST_HEADER,
  ['H1', 'Գրիգորյան', 'Արամ', '', '1999', '20.10.2020', ''],
  ['H2', 'Սարգսյան', 'Դավիթ', '', '2000', '25.11.2020', ''],
  ['H3', 'Հակոբյան', 'Մհեր', '', '1998', '', ''],
];
const HELD = [TEST_HEADER, ['D1', 'Qriqoryan', 'Aram', '', '1999', '21.10.2020', ''], ['D2', 'Petrosyan', 'Tigran', '', '1995', '01.12.2020', '']];

let t: RegisterTestStore | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('report from the store', () => {
  it('counts the main pair from the stored persons, splits by cut-off and charts the stored histogram', async () => {
    t = await registerTestStore();
    await t.importCsv('home-missing', 'home', 'missing', HOME);
    await t.importCsv('detaining-held', 'detaining', 'detention', HELD);
    await t.storeRun({ 'P-000001': ['home-missing:1', 'detaining-held:1'], 'P-000002': ['home-missing:2'], 'P-000003': ['home-missing:3'], 'P-000004': ['detaining-held:2'] }, [{ a: 'home-missing:2', b: 'detaining-held:2', p: 0.5 }], { lower: 0.3, upper: 0.9 });
    const outDir = path.join(t.folder, 'report');
    const { report, written } = await reportFromStore(t.store, { cutoffs: ['2020-11-10'], outDir, lang: 'ru', generatedAt: '2026-11-29T10:00:00Z' });

    const main = report.tables.find((t) => t.kind === 'pair')!;
    expect(main.lists).toEqual(['home-missing', 'detaining-held']);
    const row = (id: string) => main.rows.find((r) => r.id === id)!;
    expect(row('both').total.personIds).toEqual(['P-000001']);
    expect(row('only-first').total.personIds).toEqual(['P-000002', 'P-000003']);
    expect(row('only-second').total.personIds).toEqual(['P-000004']);
    expect(row('only-first').byPeriod['period-0']!.personIds).toEqual([]);
    expect(row('only-first').byPeriod['period-1']!.personIds).toEqual(['P-000002']);
    expect(row('only-first').byPeriod['unknown']!.personIds).toEqual(['P-000003']);
    expect(report.histogram.pairs).toBe(100 * 18 + 5 + 1);
    expect(report.histogram.band).toEqual({ lower: 0.3, upper: 0.9 });

    // The first screen: P-000001 is acknowledged; P-000002 and P-000003 have no trace.
    const answers = report.tables.find((t) => t.id === 'answers')!;
    expect(answers.rows.find((r) => r.id === 'reported-acknowledged')!.total.personIds).toEqual(['P-000001']);
    expect(answers.rows.find((r) => r.id === 'reported-no-trace')!.total.personIds).toEqual(['P-000002', 'P-000003']);
    expect(answers.rows.find((r) => r.id === 'held-never-reported')!.total.personIds).toEqual(['P-000004']);
    expect(report.source).toMatchObject({ runId: 1, undecidedPairs: 1 });
    expect(report.source!.versions.map((v) => [v.list, v.version])).toEqual([['detaining-held', 1], ['home-missing', 1]]);

    expect(existsSync(written.html) && existsSync(written.xlsx)).toBe(true);
    expect(readFileSync(written.html, 'utf8')).toContain('Գրիգորյան');
  });

  it('asks for a reconcile when there is none', async () => {
    t = await registerTestStore();
    await expect(reportFromStore(t.store, { cutoffs: [], outDir: t.folder, lang: 'en', generatedAt: '2026-11-29T10:00:00Z' })).rejects.toMatchObject({ code: 'WA_NOTHING_TO_DO' });
  });
});
