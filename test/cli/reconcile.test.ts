import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, expect, it } from 'vitest';
import { whereabouts } from '../cli-runner.js';
import { describeEachDialect } from '../test-stores.js';

/**
 * The main job end to end, on both stores: the built CLI reconciles the bundled example lists
 * (four parties, four scripts, four formats) and is scored against their ground truth.
 */
const EXAMPLES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'examples');
const folder = mkdtempSync(path.join(os.tmpdir(), 'wa-reconcile-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const truth = parse(readFileSync(path.join(EXAMPLES, 'truth.csv')), { columns: true }) as Record<string, string>[];
const truthRows = truth.length;
const homeRows = truth.filter((r) => r['list'] === 'home-missing').length;

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file), { columns: true, bom: true }) as Record<string, string>[];
}

describeEachDialect('whereabouts reconcile on the example lists', (store) => {
  const out = (name: string): string => path.join(folder, `${store().dialect}-${name}`);

  it('links every record, finds the truth, and gives the same person ids when run again', () => {
    const first = whereabouts('reconcile', '--manifest', path.join(EXAMPLES, 'manifest.json'), '--db', store().location, '--out', out('a'), '--workers', '1');
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(new RegExp(`${truthRows.toLocaleString('en-US')} records → \\d+ persons`));
    expect(first.stdout).toMatch(/home-missing & detaining-held: \d+/);
    // Where the time went, phase by phase, import first and the files last.
    expect(first.stdout).toMatch(/^Time: import [\d.]+ s · reading records [\d.]+ s · preparing names .* · writing files [\d.]+ s$/m);

    const records = readCsv(path.join(out('a'), 'records.csv'));
    expect(records).toHaveLength(truthRows);
    expect(new Set(records.map((r) => `${r['list']}:${r['row']}`)).size).toBe(truthRows);
    expect(records.every((r) => /^P-\d{6}$/.test(r['person_id'] ?? ''))).toBe(true);
    // Beside the data row, the row as the clerk finds it: the header is row 1 of the sheet and line 1 of the CSV.
    const placeOf = (list: string, row: string) => records.find((r) => r['list'] === list && r['row'] === row)?.['row_in_file'];
    expect(placeOf('detaining-held', '1')).toBe('Excel row 2');
    expect(placeOf('home-missing', '7')).toBe('line 8');
    expect(placeOf('delegate-visits', '3')).toBe('row 3');
    const pairs = readCsv(path.join(out('a'), 'pairs.csv'));
    expect(pairs.length).toBeGreaterThan(records.length);
    expect(Object.keys(pairs[0] ?? {})).toEqual(expect.arrayContaining(['match_weight', 'match_probability', 'match_weight_surname', 'match_weight_birth_date']));

    const scores = whereabouts('evaluate', '--truth', path.join(EXAMPLES, 'truth.csv'), out('a'));
    expect(scores.status).toBe(0);
    const f1 = Number(/pairwise\s+[\d.]+%\s+[\d.]+%\s+([\d.]+)%/.exec(scores.stdout)?.[1]);
    // The examples hold brothers and namesakes; the bar is 0.97 pairwise F1.
    expect(f1).toBeGreaterThanOrEqual(97);

    const again = whereabouts('reconcile', '--manifest', path.join(EXAMPLES, 'manifest.json'), '--db', store().location, '--out', out('b'), '--workers', '1');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('unchanged, version 1');
    expect(again.stdout).toMatch(/Person ids: 0 new, 0 merged, 0 split, 0 retired/);
    expect(readFileSync(path.join(out('b'), 'records.csv'), 'utf8')).toBe(readFileSync(path.join(out('a'), 'records.csv'), 'utf8'));
  });

  it('explains a pair field by field, and the weights add up to the total', () => {
    const records = readCsv(path.join(out('a'), 'records.csv'));
    const byPerson = new Map<string, Record<string, string>[]>();
    for (const r of records) byPerson.set(r['person_id'] as string, [...(byPerson.get(r['person_id'] as string) ?? []), r]);
    const [l, r] = [...byPerson.values()].find((members) => new Set(members.map((m) => m['list'])).size >= 2) ?? [];
    const run = whereabouts('explain', `${l?.['list']}:${l?.['row']}`, `${r?.['list']}:${r?.['row']}`, '--db', store().location);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toBe(`${l?.['list']}:${l?.['row']}  vs  ${r?.['list']}:${r?.['row']}`);
    for (const field of ['prior', 'surname', 'given_name', 'father_name', 'birth_date', 'event_date', 'event_place', 'event_order']) expect(run.stdout).toMatch(new RegExp(`^${field}\\s`, 'm'));
    const totals = lines.slice(2, -1).map((line) => Number(/([+-]\d+\.\d\d)\s*[+-]*$/.exec(line)?.[1]));
    const final = Number(/match_weight ([+-]\d+\.\d\d)/.exec(lines.at(-1) ?? '')?.[1]);
    expect(Math.abs(totals.reduce((a, b) => a + b, 0) - final)).toBeLessThan(0.05 * totals.length);
    expect(final).toBeGreaterThan(0);
  });
});

it('deduplicates a single list, and names the file when one cannot be read', () => {
  const dir = path.join(folder, 'single');
  cpSync(path.join(EXAMPLES, 'home-missing.csv'), path.join(dir, 'home-missing.csv'), { recursive: true });
  const db = path.join(dir, 'w.db');
  const run = whereabouts('reconcile', path.join(dir, 'home-missing.csv'), '--db', db, '--out', path.join(dir, 'out'));
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(new RegExp(`home-missing: ${homeRows} records, \\d+ persons, \\d+ listed more than once`));

  const missing = whereabouts('reconcile', path.join(dir, 'nowhere.csv'), '--db', db, '--out', path.join(dir, 'out2'));
  expect(missing.status).toBe(1);
  expect(missing.stderr).toContain('nowhere.csv');
});

it('refuses bad options with exit code 1 and a message that says what to write', () => {
  const dir = path.join(folder, 'options');
  const db = path.join(folder, 'options.db');
  cpSync(EXAMPLES, dir, { recursive: true });
  const party = whereabouts('reconcile', path.join(dir, 'home-missing.csv'), '--party', 'home', '--db', db);
  expect(party.status).toBe(1);
  expect(party.stderr).toContain('LIST=VALUE');
  const kind = whereabouts('reconcile', path.join(dir, 'home-missing.csv'), '--kind', 'home-missing=prisoner', '--db', db);
  expect(kind.status).toBe(1);
  expect(kind.stderr).toContain('is not a list kind');
  writeFileSync(path.join(dir, 'settings.json'), JSON.stringify({ matchThreshold: 2 }));
  const settings = whereabouts('reconcile', path.join(dir, 'home-missing.csv'), '--settings', path.join(dir, 'settings.json'), '--db', db);
  expect(settings.status).toBe(1);
  expect(settings.stderr).toContain('matchThreshold');
  const nothing = whereabouts('reconcile', '--db', db);
  expect(nothing.status).toBe(1);
  expect(nothing.stderr).toContain('name at least one list file');
});
