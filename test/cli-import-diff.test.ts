import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { whereabouts } from './cli-runner.js';
import { HEADER, HELD_V1, HELD_V2, writeCsv } from './list-files.js';
import { describeEachDialect } from './test-stores.js';

const folder = mkdtempSync(path.join(os.tmpdir(), 'wa-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describeEachDialect('whereabouts import and diff', (testStore) => {
  it('imports, says when a file is already there, versions a changed file and diffs it', () => {
    const db = testStore().location;
    const v1 = writeCsv(folder, `held-${testStore().dialect}-1.csv`, HELD_V1);
    const v2 = writeCsv(folder, `held-${testStore().dialect}-2.csv`, HELD_V2);
    const args = ['--list', 'held', '--party', 'detaining', '--kind', 'detention', '--actor', 'officer-a', '--db', db];

    const first = whereabouts('import', v1, ...args);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`Imported ${path.basename(v1)} into list "held" (party detaining, kind detention) as version 1.`);
    expect(first.stdout).toMatch(/Rows imported: +3\n/);
    expect(first.stdout).toMatch(/Rows quarantined: +0\n/);
    expect(first.stdout).toContain('Read as: CSV, utf-8, comma-separated');

    const again = whereabouts('import', v1, ...args);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain(`Nothing imported: ${path.basename(v1)} is identical to version 1 of list "held"`);

    const second = whereabouts('import', v2, '--list', 'held', '--db', db);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('as version 2.');

    const diff = whereabouts('diff', 'held', '--db', db);
    expect(diff.stderr).toBe('');
    expect(diff.status).toBe(0);
    expect(diff.stdout).toContain("Records matched by the list's record id.");
    expect(diff.stdout).toMatch(/Added: +1\n +Removed: +1\n +Changed: +1\n +Unchanged: +1\n/);
    expect(diff.stdout).toContain('+ row 3 | id 20 | Petrosyan Tigran | born 1995');
    expect(diff.stdout).toContain('- row 2 | id 18 | Hakobyan Davit | born 1988');
    expect(diff.stdout).toContain('~ row 2 | id 19 | Sargsyan Hayk | born 06.11.1992: birth_date "05.11.1992" -> "06.11.1992"');
  });

  it('reports quarantined rows with their row and reason, and still exits 0', () => {
    const file = writeCsv(folder, `odd-${testStore().dialect}.csv`, [
      HEADER,
      ['31', 'Mammadov', 'Orkhan', '1990', ''],
      ['32', '', '', '01.01.1990', 'no name'],
    ]);
    const run = whereabouts('import', file, '--list', 'odd', '--db', testStore().location);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Rows imported: +1\n/);
    expect(run.stdout).toMatch(/Rows quarantined: +1 \(kept in the store/);
    // The row as the clerk finds it in the file (the header is line 1), then the record's name.
    expect(run.stdout).toMatch(/\n {4}line 3 \(odd:2\): .*name/);
    expect(run.stdout).toContain('whereabouts quarantine odd');
    const listed = whereabouts('quarantine', 'odd', '--db', testStore().location, '--csv', path.join(folder, `odd-${testStore().dialect}-problems.csv`));
    expect(listed.status, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/quarantined line 3 \(odd:2\): no name[^\n]*\n {6}[^\n]*01\.01\.1990 \| [^\n]*no name/);
    const csv = readFileSync(path.join(folder, `odd-${testStore().dialect}-problems.csv`), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFlist,version,file,where,sheet,column,problem,reason,raw cells,record');
    expect(csv).toContain(`odd,1,odd-${testStore().dialect}.csv,line 3,,,quarantined,`);
  });
});

describe('whereabouts import and diff: user errors', () => {
  const db = path.join(folder, 'errors.db');
  const file = writeCsv(folder, 'errors.csv', HELD_V1);

  it('names a missing file and exits 1', () => {
    const run = whereabouts('import', path.join(folder, 'nowhere.csv'), '--list', 'x', '--db', db);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('nowhere.csv');
    expect(run.stderr).toContain('[WA_FILE_NOT_FOUND]');
  });

  it('explains a --map without a field, and an unknown field', () => {
    const noField = whereabouts('import', file, '--list', 'x', '--map', 'Remark', '--db', db);
    expect(noField.status).toBe(1);
    expect(noField.stderr).toContain('--map "Remark" has no "="; write it as "Column=field"');
    const unknown = whereabouts('import', file, '--list', 'x', '--map', 'Remark=comment', '--db', db);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('"comment" is not a field');
  });

  it('refuses an unknown --kind and a missing --list', () => {
    const kind = whereabouts('import', file, '--list', 'x', '--kind', 'prisoners', '--db', db);
    expect(kind.status).toBe(1);
    expect(kind.stderr).toContain('prisoners');
    const list = whereabouts('import', file, '--db', db);
    expect(list.status).toBe(1);
    expect(list.stderr).toContain('--list');
  });

  it('refuses a file that is not a list, naming it, and stores nothing', () => {
    const empty = path.join(folder, 'empty.csv');
    writeFileSync(empty, '');
    const run = whereabouts('import', empty, '--list', 'empty', '--db', db);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('empty.csv');
    expect(whereabouts('diff', 'empty', '--db', db).stderr).toContain('no list named "empty"');
  });

  it('names an unknown list or version in diff and exits 1', () => {
    expect(whereabouts('import', file, '--list', 'once', '--db', db).status).toBe(0);
    const unknown = whereabouts('diff', 'never-imported', '--db', db);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no list named "never-imported"');
    // The lists that do exist, so the officer sees the name they meant.
    expect(unknown.stderr).toMatch(/lists: [^)]*\bonce\b/);
    const single = whereabouts('diff', 'once', '--db', db);
    expect(single.status).toBe(1);
    expect(single.stderr).toContain('has only 1 version');
    const version = whereabouts('diff', 'once', '--from', '1', '--to', '7', '--db', db);
    expect(version.status).toBe(1);
    expect(version.stderr).toContain('--to 7: list "once" has versions 1');
  });
});
