import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, expect, it } from 'vitest';
import { writeBigList } from '../bench/big-list.js';
import { CLI, requireBuiltCli, whereabouts } from './cli-runner.js';
import { HELD_V1, writeCsv } from './list-files.js';
import { describeEachDialect, queryDirect } from './test-stores.js';
import type { TestStore } from './test-stores.js';

/**
 * Rows in the file killed midway: enough that the uncommitted pages outgrow SQLite's 64 MiB page
 * cache and spill into the WAL well before the commit. (150,000 rows fitted in the cache once the
 * raw cells were stored by position: the WAL then grew only at the commit, and the kill could come
 * just after it.)
 */
const ROWS = 400_000;
const folder = mkdtempSync(path.join(os.tmpdir(), 'wa-kill-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Everything the store holds, counted table by table. */
async function census(location: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['list', 'list_version', 'record', 'quarantine', 'change_log']) {
    const [row] = await queryDirect<{ n: number | string }>(location, `select count(*) as n from ${table}`);
    counts[table] = Number(row!.n);
  }
  return counts;
}

/** Resolves once the import has written a good part of its rows, uncommitted. */
async function waitUntilMidway(store: TestStore, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + 45_000;
  while (Date.now() < deadline && !exited()) {
    if (store.dialect === 'sqlite') {
      // The uncommitted rows spill from SQLite's page cache into the WAL as the import runs.
      const wal = `${store.location}-wal`;
      if (existsSync(wal) && statSync(wal).size > 24 * 2 ** 20) return;
    } else {
      const busy = await queryDirect<{ n: number | string }>(
        store.location,
        `select count(*) as n from pg_stat_activity where datname = current_database() and query like 'insert into "record"%'`,
      );
      if (Number(busy[0]!.n) > 0) {
        await sleep(1500);
        return;
      }
    }
    await sleep(50);
  }
  throw new Error('the import finished (or never started) before it could be killed: make the file bigger');
}

describeEachDialect('an import killed midway', (testStore) => {
  // Two imports of 400,000 rows each: a generous timeout for a shared two-core machine.
  it('leaves the store exactly as it was, and the same import then succeeds', { timeout: 240_000 }, async () => {
    requireBuiltCli();
    const { location } = testStore();
    const small = writeCsv(folder, `held-${testStore().dialect}.csv`, HELD_V1);
    expect(whereabouts('import', small, '--list', 'held', '--db', location).status).toBe(0);
    const big = path.join(folder, `big-${testStore().dialect}.csv`);
    await writeBigList(big, ROWS);
    const before = await census(location);

    const child = spawn(process.execPath, [CLI, 'import', big, '--list', 'held', '--db', location], { stdio: 'ignore' });
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    const exited = new Promise<void>((resolve) =>
      child.on('exit', (code, signal) => {
        exit = { code, signal };
        resolve();
      }),
    );
    await waitUntilMidway(testStore(), () => exit !== undefined);
    child.kill('SIGKILL');
    await exited;
    expect(exit).toEqual({ code: null, signal: 'SIGKILL' });

    expect(await census(location)).toEqual(before);
    if (testStore().dialect === 'sqlite') {
      expect(await queryDirect(location, 'pragma integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    }

    const again = whereabouts('import', big, '--list', 'held', '--db', location);
    expect(again.stderr).toBe('');
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('as version 2');
    const after = await census(location);
    expect(after.record).toBe(before.record! + ROWS);
    expect(after.list_version).toBe(before.list_version! + 1);
  });
});
