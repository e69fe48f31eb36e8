import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whereabouts } from '../cli-runner.js';
import { HELD_V1, writeCsv } from '../list-files.js';

/*
 * Where a command writes, given wrong: each is a user error (exit 1) whose message names the
 * path, never a stack trace, and nothing is overwritten without being asked.
 */
const folder = mkdtempSync(path.join(os.tmpdir(), 'wa-output-errors-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const db = path.join(folder, 'whereabouts.db');
let held: string;

beforeAll(() => {
  held = writeCsv(folder, 'held.csv', HELD_V1);
  const run = whereabouts('reconcile', held, '--db', db, '--out', path.join(folder, 'out'), '--workers', '1');
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});

function expectUserError(run: ReturnType<typeof whereabouts>, named: string): void {
  expect(run.status).toBe(1);
  expect(run.stderr).toContain(named);
  expect(run.stderr).not.toMatch(/\n\s+at /u);
}

describe('--out and output files, given wrong', () => {
  it('reconcile --out at an existing file: exit 1, "names a file, not a folder", the file untouched', () => {
    const file = path.join(folder, 'a-file.txt');
    writeFileSync(file, 'keep me');
    const run = whereabouts('reconcile', held, '--db', db, '--out', file);
    expectUserError(run, file);
    expect(run.stderr).toContain('names a file, not a folder');
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it('reconcile --out at a dangling symbolic link: exit 1, naming the link and where it points', () => {
    const link = path.join(folder, 'dangling');
    symlinkSync(path.join(folder, 'nowhere'), link);
    const run = whereabouts('reconcile', held, '--db', db, '--out', link);
    expectUserError(run, link);
    expect(run.stderr).toContain('symbolic link to');
    expect(existsSync(path.join(folder, 'nowhere'))).toBe(false);
  });

  it('report --out under /proc: exit 1 at once, naming the place', () => {
    const run = whereabouts('report', '--db', db, '--out', '/proc/whereabouts-report');
    expectUserError(run, '/proc/whereabouts-report');
    expect(run.stderr).toContain('cannot hold new folders');
  });

  it('report --out creates missing parent folders, as before', () => {
    const out = path.join(folder, 'deep', 'er', 'report');
    const run = whereabouts('report', '--db', db, '--out', out);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(existsSync(path.join(out, 'reconciliation.html'))).toBe(true);
  });

  it('decisions export at a folder: exit 1, "names a folder"', () => {
    const dir = path.join(folder, 'a-folder');
    mkdirSync(dir);
    const run = whereabouts('decisions', 'export', dir, '--db', db);
    expectUserError(run, dir);
    expect(run.stderr).toContain('names a folder');
  });

  it('decisions export at an existing file: refused without --force, overwritten with it', () => {
    const file = path.join(folder, 'decisions.csv');
    writeFileSync(file, 'a reviewer\'s work');
    const refused = whereabouts('decisions', 'export', file, '--db', db);
    expectUserError(refused, file);
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('a reviewer\'s work');
    const forced = whereabouts('decisions', 'export', file, '--db', db, '--force');
    expect(forced.status).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('record_a');
  });

  it('decisions export into a folder that does not exist: exit 1, naming the folder', () => {
    const file = path.join(folder, 'missing-folder', 'decisions.csv');
    const run = whereabouts('decisions', 'export', file, '--db', db);
    expectUserError(run, path.join(folder, 'missing-folder'));
  });
});

describe('--party and --kind for a list whose name holds "="', () => {
  it('split at the last "=", so the list "a=b" gets its party and kind', () => {
    const file = writeCsv(folder, 'a=b.csv', HELD_V1);
    const store = path.join(folder, 'equals.db');
    const run = whereabouts('reconcile', file, '--db', store, '--out', path.join(folder, 'out-equals'), '--party', 'a=b=detaining', '--kind', 'a=b=detention', '--workers', '1');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const shown = whereabouts('list', 'show', 'a=b', '--db', store);
    expect(shown.stdout).toMatch(/detaining/u);
    expect(shown.stdout).toMatch(/detention/u);
  });
});
