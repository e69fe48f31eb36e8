/**
 * Import benchmark: `npm run bench:import`.
 *
 * Generates plausible CSV lists (250,000 and 1,000,000 rows; BENCH_ROWS=20000,80000 for a quick
 * run), imports each into a fresh SQLite store through the CLI's own path (openStore,
 * importList, openList), and in the same run times the peer: the sqlite3 shell's `.import` of
 * the same file into a fresh database. Each import runs in its own process so that its peak RSS
 * (the kernel's VmHWM) is its own; comparing sizes shows whether memory stays flat.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBigList } from './big-list.js';

const SQLITE3 = '/usr/bin/sqlite3';

interface ChildResult {
  seconds: number;
  /** User plus system CPU seconds of the timed part: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  rows: number;
  quarantined: number;
  peakRssMb: number;
}

function peakRssMb(): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return match === null ? process.memoryUsage().rss / 2 ** 20 : Number(match[1]) / 1024;
}

/** In the child: one import (or one read without storing), then its figures as JSON. */
async function child(mode: string, file: string, db: string): Promise<void> {
  const { openList } = await import('../src/ingest/open-list.js');
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  let rows = 0;
  let quarantined = 0;
  if (mode === 'read') {
    const source = await openList(file, {});
    for await (const result of source.rows()) {
      if (result.ok) rows += 1;
      else quarantined += 1;
    }
  } else {
    const { openStore } = await import('../src/store/open-store.js');
    const { importList } = await import('../src/jobs/import-list.js');
    const store = await openStore(db);
    try {
      const summary = await importList(store, { file, list: 'bench', party: 'bench', actor: 'bench' }, openList);
      rows = summary.recordCount;
      quarantined = summary.quarantinedCount;
    } finally {
      await store.close();
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuAtStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  process.stdout.write(JSON.stringify({ seconds, cpuSeconds, rows, quarantined, peakRssMb: peakRssMb() } satisfies ChildResult));
}

function runChild(mode: string, file: string, db: string): ChildResult {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', mode, file, db], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out) as ChildResult;
}

/** Times the sqlite3 shell, through GNU time when present to get its CPU seconds too. */
function sqliteImport(file: string, db: string): { seconds: number; cpuSeconds: number | undefined } {
  const gnuTime = existsSync('/usr/bin/time');
  const command = gnuTime ? '/usr/bin/time' : SQLITE3;
  const args = gnuTime ? ['-f', 'cpu %U %S', SQLITE3, db] : [db];
  const started = performance.now();
  const result = spawnSync(command, args, { input: `.mode csv\n.import '${file}' people\n`, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`sqlite3 .import failed: ${result.stderr}`);
  const cpu = /cpu ([\d.]+) ([\d.]+)/.exec(result.stderr);
  return { seconds, cpuSeconds: cpu === null ? undefined : Number(cpu[1]) + Number(cpu[2]) };
}

const rate = (rows: number, seconds: number): string => `${Math.round(rows / seconds).toLocaleString('en-US')} rows/s`;

async function main(): Promise<void> {
  const sizes = (process.env['BENCH_ROWS'] ?? '250000,1000000').split(',').map(Number);
  const folder = mkdtempSync(path.join(os.tmpdir(), 'wa-bench-import-'));
  console.log(`import benchmark: node ${process.version}, ${os.cpus().length} cpus, files in ${folder}`);
  try {
    for (const size of sizes) {
      const file = path.join(folder, `list-${size}.csv`);
      const bytes = await writeBigList(file, size);
      console.log(`\n${size.toLocaleString('en-US')} rows, ${(bytes / 2 ** 20).toFixed(1)} MiB CSV`);

      const read = runChild('read', file, '');
      console.log(
        `  read only (openList, nothing stored): ${read.seconds.toFixed(2)} s, ${rate(read.rows + read.quarantined, read.seconds)}, ` +
          `CPU ${read.cpuSeconds.toFixed(1)} s, peak RSS ${read.peakRssMb.toFixed(0)} MiB`,
      );

      const db = path.join(folder, `whereabouts-${size}.db`);
      const ours = runChild('import', file, db);
      const dbBytes = statSync(db).size;
      console.log(
        `  whereabouts import:                   ${ours.seconds.toFixed(2)} s, ${rate(ours.rows + ours.quarantined, ours.seconds)}, ` +
          `CPU ${ours.cpuSeconds.toFixed(1)} s, peak RSS ${ours.peakRssMb.toFixed(0)} MiB ` +
          `(${ours.rows} records, ${ours.quarantined} quarantined, store ${(dbBytes / 2 ** 20).toFixed(0)} MiB)`,
      );

      const peer = sqliteImport(file, path.join(folder, `sqlite3-${size}.db`));
      const peerCpu = peer.cpuSeconds === undefined ? '' : `, CPU ${peer.cpuSeconds.toFixed(1)} s`;
      console.log(`  sqlite3 .import (peer):               ${peer.seconds.toFixed(2)} s, ${rate(size, peer.seconds)}${peerCpu}`);
      const cpuRatio = peer.cpuSeconds === undefined ? '' : `; by CPU time ${(peer.cpuSeconds / ours.cpuSeconds).toFixed(2)}`;
      console.log(`  whereabouts / .import speed:          ${(peer.seconds / ours.seconds).toFixed(2)} by wall time${cpuRatio} (target >= 0.50)`);
      for (const name of [file, db, `${db}-wal`, `${db}-shm`, path.join(folder, `sqlite3-${size}.db`)]) rmSync(name, { force: true });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

const [flag, mode, file, db] = process.argv.slice(2);
if (flag === '--child') await child(mode!, file!, db!);
else await main();
