import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store.js';
import { whereabouts } from '../cli-runner.js';
import { describeEachDialect } from '../test-stores.js';

/**
 * The newcomer's path, on both stores: reconcile the example files with no flags at all (no
 * party, no kind: kinds are read from the date columns), find that the report asks for parties, give each list its party and kind with
 * `list set`, reconcile again, and get the first screen split by the ceasefire.
 */
const EXAMPLES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');
const folder = mkdtempSync(path.join(os.tmpdir(), 'wa-newcomer-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const manifest = JSON.parse(readFileSync(path.join(EXAMPLES, 'manifest.json'), 'utf8')) as { files: { file: string; list: string; party: string; kind: string }[] };

function states(dir: string): Map<string, number> {
  const rows = parse(readFileSync(path.join(dir, 'csv', 'accounting-states.csv')), { bom: true, columns: true }) as { state: string; period: string; persons: string }[];
  return new Map(rows.map((r) => [`${r.state}/${r.period}`, Number(r.persons)]));
}

describeEachDialect('the newcomer path: reconcile without flags, list set, reconcile, report', (store) => {
  const out = (name: string): string => path.join(folder, `${store().dialect}-${name}`);

  it('first reconciles without flags: kinds are read from the date columns, the report asks for parties', () => {
    const files = manifest.files.map((f) => path.join(EXAMPLES, f.file));
    const first = whereabouts('reconcile', ...files, '--db', store().location, '--out', out('run1'), '--workers', '1');
    expect(first.status, first.stderr).toBe(0);
    // Each list's kind comes from the header of its date column, and the summary says which.
    expect(first.stdout).toContain('list "detaining-held" imported as version 1');
    expect(first.stdout).toContain('kind: detention, from the column «Saxlanılma tarixi»');
    expect(first.stdout).toContain('kind: missing, from the column «Անհետ կորելու ամսաթիվ»');
    const report = whereabouts('report', '--db', store().location, '--out', out('report1'), '--cutoff', '2020-11-10=ceasefire');
    expect(report.status, report.stderr).toBe(0);
    expect(report.stdout).toContain('whereabouts list set LIST --party P --kind K');
    const before = states(out('report1'));
    // Without parties nothing is acknowledged by the detaining party; with the kinds read from
    // the columns, the dates of capture and disappearance place persons on either side of the ceasefire.
    expect(before.get('acknowledged_held/all')).toBe(0);
    expect(before.get('held_never_reported/all')).toBe(0);
    expect(before.get('no_trace/before 2020-11-10')).toBeGreaterThan(100);
    expect(before.get('no_trace/from 2020-11-10')).toBeGreaterThan(0);
    expect(before.get('no_trace/date unknown')).toBeLessThan(before.get('no_trace/all')! / 10);
  });

  it('lists the lists with `list show` and refuses an unknown one by naming those that exist', () => {
    const show = whereabouts('list', 'show', '--db', store().location);
    expect(show.status, show.stderr).toBe(0);
    expect(show.stdout).toMatch(/List "home-missing": party \(not given\), kind missing\n {2}version 1: home-missing\.csv, [\d,]+ records/);
    const unknown = whereabouts('list', 'set', 'no-such-list', '--party', 'home', '--db', store().location);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no list named "no-such-list"');
    expect(unknown.stderr).toContain('lists: delegate-visits, detaining-deaths, detaining-held, home-missing, mediator-enquiries, mediator-exchange');
  });

  it('then gives each list its party and kind, reconciles and reports: the split by cut-off appears', async () => {
    for (const f of manifest.files) {
      const set = whereabouts('list', 'set', f.list, '--party', f.party, '--kind', f.kind, '--db', store().location, '--actor', 'newcomer');
      expect(set.status, set.stderr).toBe(0);
      expect(set.stdout).toContain(`Now: List "${f.list}": party ${f.party}, kind ${f.kind}`);
    }
    const label = whereabouts('list', 'set', 'home-missing', '--label', 'Missing servicemen', '--duplicate-free', '--db', store().location);
    expect(label.stdout).toContain('label "Missing servicemen", names each person at most once');
    const again = whereabouts('reconcile', '--db', store().location, '--out', out('run2'), '--workers', '1');
    expect(again.status, again.stderr).toBe(0);
    const report = whereabouts('report', '--db', store().location, '--out', out('report2'), '--cutoff', '2020-11-10=ceasefire');
    expect(report.status, report.stderr).toBe(0);
    expect(report.stdout).not.toContain('list set');
    expect(report.stdout).toMatch(/Reported missing by home: [\d,]+ {2}\(before the ceasefire \(10 Nov 2020\) \d+, from the ceasefire \(10 Nov 2020\) \d+, date ambiguous \d+, date unknown \d+\)/);
    const after = states(out('report2'));
    for (const state of ['acknowledged_held', 'exchanged', 'released', 'held_never_reported']) {
      expect(after.get(`${state}/all`), state).toBeGreaterThan(0);
      expect(after.get(`${state}/before 2020-11-10`)! + after.get(`${state}/from 2020-11-10`)!, state).toBeGreaterThan(0);
    }
    expect(readFileSync(path.join(out('report2'), 'reconciliation.html'), 'utf8')).toContain('Missing servicemen (home) and detaining-held (detaining)');
    // Each change is in the change log with who made it, and the records carry the new party.
    const opened = await openStore(store().location);
    try {
      const changes = (await opened.changeLog()).filter((c) => c.action === 'list-changed');
      expect(changes.filter((c) => c.actor === 'newcomer')).toHaveLength(manifest.files.length);
      const home = (await opened.findList('home-missing'))!;
      expect(home).toMatchObject({ party: 'home', kind: 'missing', label: 'Missing servicemen', duplicateFree: true });
      for await (const record of opened.records(home.id, 1)) expect(record.party).toBe('home');
      const run = (await opened.latestRun())!;
      expect((run.settings as { duplicateFreeLists: string[] }).duplicateFreeLists).toContain('home-missing');
    } finally {
      await opened.close();
    }
  });
});
