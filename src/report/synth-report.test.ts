import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../register/person.js';
import { resolveSettings } from '../synth/settings.js';
import { synthesize } from '../synth/write-lists.js';
import type { SynthManifest } from '../synth/write-lists.js';
import type { Report } from './report-model.js';
import { synthTestRegister } from './synth-test-register.js';
import { buildReport } from './tables.js';

/**
 * The report's numbers against the ground truth of `whereabouts synth`: lists read through
 * ingest, persons formed from truth.csv (the linkage engine is not under test here), and every
 * count compared with what the generator says it wrote or with sets taken from truth.csv alone.
 */
describe('the report on synth lists, against their ground truth', () => {
  let dir: string;
  let manifest: SynthManifest;
  let persons: Person[];
  let report: Report;
  /** Persons on each list, from truth.csv only. */
  const onList = new Map<string, Set<string>>();
  const rowsOf = new Map<string, Map<string, number>>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'whereabouts-synth-report-'));
    manifest = await synthesize(resolveSettings({ persons: 400, seed: 'report-truth' }), dir);
    const read = await synthTestRegister(dir);
    persons = read.persons;
    for (const [person, lists] of read.listsOf) for (const list of lists) onList.set(list, (onList.get(list) ?? new Set()).add(person));
    for (const [list, rows] of read.rowsOf) rowsOf.set(list, rows);
    report = buildReport({ persons, cutoffs: [manifest.settings.population.ceasefire] });
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('counts the persons and records of each list as synth wrote them', () => {
    const lists = report.tables.find((t) => t.id === 'lists')!;
    for (const file of manifest.files) {
      const row = lists.rows.find((r) => r.id === `list-${file.list}`)!;
      expect(row.total.personIds.length, file.list).toBe(file.persons);
      expect(row.detail!.en, file.list).toMatch(new RegExp(`; ${file.rows} records$`));
    }
  });

  it('puts the home missing list against the detaining party list, with the true overlap', () => {
    const main = report.tables.find((t) => t.kind === 'pair')!;
    expect(main.lists).toEqual(['home-missing', 'detaining-held']);
    const home = onList.get('home-missing')!;
    const held = onList.get('detaining-held')!;
    const ids = (rowId: string) => [...main.rows.find((r) => r.id === rowId)!.total.personIds].sort();
    expect(ids('both')).toEqual([...home].filter((p) => held.has(p)).sort());
    expect(ids('only-first')).toEqual([...home].filter((p) => !held.has(p)).sort());
    expect(ids('only-second')).toEqual([...held].filter((p) => !home.has(p)).sort());
    const twice = (list: string) => [...rowsOf.get(list)!].filter(([, n]) => n > 1).map(([p]) => p).sort();
    expect(ids('duplicates-first')).toEqual(twice('home-missing'));
    expect(ids('duplicates-second')).toEqual(twice('detaining-held'));
    // Synth makes overlap, gaps and duplicates, so none of these checks is vacuous.
    expect(ids('both').length).toBeGreaterThan(0);
    expect(ids('only-first').length).toBeGreaterThan(0);
    expect(ids('duplicates-first').length).toBeGreaterThan(0);
  });

  it('splits by the ceasefire without losing anyone, keeping undetermined dates apart', () => {
    for (const table of report.tables) {
      for (const row of table.rows) {
        const split = report.periods.reduce((n, p) => n + row.byPeriod[p.id]!.personIds.length, 0);
        expect(split, `${table.id}/${row.id}`).toBe(row.total.personIds.length);
      }
    }
    const all = report.tables.find((t) => t.id === 'parties')!.rows.find((r) => r.id === 'all')!;
    expect(all.byPeriod['period-1']!.personIds.length).toBeGreaterThan(0);
    expect(all.byPeriod['period-0']!.personIds.length).toBeGreaterThan(all.byPeriod['period-1']!.personIds.length);
  });
});
