import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { whereabouts } from '../cli-runner.js';
import { HELD_V1, writeCsv } from '../list-files.js';

const folder = mkdtempSync(path.join(os.tmpdir(), 'wa-flag-cli-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('flags a record, shows the flags in force, and clears one, as a tracing officer types it', () => {
  const db = path.join(folder, 'store.db');
  expect(whereabouts('import', writeCsv(folder, 'held.csv', HELD_V1), '--list', 'held', '--db', db).status).toBe(0);

  const set = whereabouts('flag', 'held:2', '--do-not-transmit', '--reason', 'family fears reprisal', '--db', db, '--actor', 'amira');
  expect(set.stderr).toBe('');
  expect(set.stdout).toMatch(/Flagged held:2: the record will not be sent to any party/);
  expect(whereabouts('flag', 'held:3', '--field', 'birth_date', '--do-not-transmit', '--reason', 'dob identifies him', '--db', db).status).toBe(0);

  const shown = whereabouts('flag', '--db', db);
  expect(shown.stdout).toMatch(/2 do-not-transmit flags in force/);
  expect(shown.stdout).toMatch(/held:2 \(version 1\), the whole record: set by amira on \d{4}-\d\d-\d\d, because: family fears reprisal/);
  expect(shown.stdout).toMatch(/held:3 \(version 1\), field birth_date/);

  expect(whereabouts('flag', 'held:2', '--clear', '--reason', 'family consents', '--db', db).stdout).toMatch(/Cleared the flag on the record of held:2/);
  expect(whereabouts('flag', '--db', db).stdout).toMatch(/^1 do-not-transmit flag in force/);

  const noReason = whereabouts('flag', 'held:1', '--do-not-transmit', '--db', db);
  expect(noReason.status).toBe(1);
  expect(noReason.stderr).toMatch(/--reason TEXT.*\[WA_USAGE\]/);
  const both = whereabouts('flag', 'held:1', '--do-not-transmit', '--clear', '--reason', 'x', '--db', db);
  expect(both.status).toBe(1);
  expect(both.stderr).toMatch(/either --do-not-transmit or --clear/);
  const clearNothing = whereabouts('flag', 'held:1', '--clear', '--reason', 'x', '--db', db);
  expect(clearNothing.status).toBe(1);
  expect(clearNothing.stderr).toMatch(/held:1 has no do-not-transmit flag on the record to clear \[WA_NOTHING_TO_DO\]/);
});
