/**
 * The commands that read a stored run: `report`, `person`, `review` (loading the queue) and
 * `decisions export`, on a real SQLite store made by the real `whereabouts reconcile` on synth
 * lists. Peer in the same run: one SQL query over the store's own tables (better-sqlite3) counts
 * the main pair's overlap; the report's numbers must agree with it.
 * Run: `npx tsx bench/register-commands.ts [records]` (default 10000; needs `npm run build`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { exportDecisions } from '../src/jobs/decisions-io.js';
import { loadPerson, loadRegister } from '../src/jobs/load-register.js';
import { reportFromStore } from '../src/jobs/report-job.js';
import { loadReviewQueue } from '../src/jobs/review-session.js';
import { openStore } from '../src/store/open-store.js';

const records = Number(process.argv[2] ?? 10000);
const cli = join(import.meta.dirname, '..', 'dist', 'cli', 'main.js');
const dir = mkdtempSync(join(tmpdir(), 'wa-bench-commands-'));
const db = join(dir, 'whereabouts.db');

function print(label: string, wallMs: number, cpuMs: number): void {
  console.log(`${label.padEnd(48)} ${wallMs.toFixed(0).padStart(7)} ms wall ${cpuMs.toFixed(0).padStart(7)} ms cpu`);
}

async function time<T>(label: string, fn: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await fn();
  const used = process.cpuUsage(cpu);
  print(label, performance.now() - start, (used.user + used.system) / 1000);
  return result;
}

try {
  execFileSync(process.execPath, [cli, 'synth', '--records', String(records), '--out', join(dir, 'lists'), '--utf8-csv'], { stdio: 'ignore' });
  const started = performance.now();
  execFileSync(process.execPath, [cli, 'reconcile', '--manifest', join(dir, 'lists', 'manifest.json'), '--db', db, '--out', join(dir, 'out'), '--actor', 'bench'], { stdio: 'ignore' });
  print(`(setup) whereabouts reconcile, ${records} records`, performance.now() - started, NaN);

  const store = await openStore(db);
  try {
    await time('register: loadRegister (records by identity)', () => loadRegister(store));
    const outcome = await time('report: register from store + tables + files', () =>
      reportFromStore(store, { cutoffs: ['2020-11-10'], outDir: join(dir, 'report'), lang: 'en', generatedAt: new Date().toISOString() }),
    );
    const persons = outcome.register.persons;
    console.log(`  ${outcome.report.lists.reduce((n, l) => n + l.records, 0)} records, ${persons.length} persons`);
    const largest = persons.reduce((a, b) => (b.records.length > a.records.length ? b : a));
    await time('person: loadPerson (one person by identity)', () => loadPerson(store, largest.personId));
    const queue = await time('review: loadReviewQueue', () => loadReviewQueue(store));
    console.log(`  ${queue.items.length} pairs in the queue`);
    await time('decisions export (no decisions: names every list)', () => exportDecisions(store, join(dir, 'decisions.csv')));

    const main = outcome.report.tables.find((t) => t.kind === 'pair')!;
    const [first, second] = main.lists!;
    const both = main.rows.find((r) => r.id === 'both')!.total.personIds.length;
    const peer = await time('peer: SQL overlap of the main pair', () => {
      const sqlite = new Database(db, { readonly: true });
      try {
        return sqlite
          .prepare(
            `select count(*) as n from (select m.person_id from person_member m join list l on l.id = m.list_id
             where l.name in (?, ?) group by m.person_id having count(distinct l.name) = 2)`,
          )
          .get(first, second) as { n: number };
      } finally {
        sqlite.close();
      }
    });
    console.log(`  on both ${first} and ${second}: report ${both}, SQL ${peer.n}${both === peer.n ? ' (agree)' : ' (DIFFER)'}`);
  } finally {
    await store.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
