/**
 * Reading-lists benchmark: how fast `openList` turns a large CSV into parsed rows (no store),
 * against csv-parse (the usual Node.js CSV parser, producing one object per row) on the same file
 * in the same run, and whether memory stays flat as the file grows.
 *
 *   npx tsx bench/read-list.ts [--rows 1000000] [--dir /tmp]
 *
 * Each reader runs in its own child process, so that peak memory is its own.
 */
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse';
import { openList } from '../src/ingest/open-list.js';
import { writeBigList } from './big-list.js';

interface Figures {
  reader: string;
  rows: number;
  seconds: number;
  /** User + system CPU seconds: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakMb: number;
}

async function readOurs(file: string): Promise<number> {
  const source = await openList(file);
  let rows = 0;
  for await (const batch of source.batches()) rows += batch.length;
  return rows;
}

async function readPeer(file: string): Promise<number> {
  let rows = 0;
  const parser = createReadStream(file).pipe(parse({ columns: true, relax_column_count: true }));
  for await (const record of parser) if (record !== undefined) rows++;
  return rows;
}

async function child(reader: string, file: string): Promise<void> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const rows = reader === 'whereabouts openList' ? await readOurs(file) : await readPeer(file);
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const figures: Figures = { reader, rows, seconds, cpuSeconds: (used.user + used.system) / 1e6, peakMb: process.resourceUsage().maxRSS / 1024 };
  process.stdout.write(JSON.stringify(figures));
}

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : (process.argv[at + 1] ?? fallback);
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv[3] as string, process.argv[4] as string);
  const total = Number(option('--rows', '1000000'));
  const dir = option('--dir', '/tmp');
  const self = fileURLToPath(import.meta.url);
  console.log('size       reader                     rows/s   rows/cpu-s   peak RSS');
  for (const rows of [Math.round(total / 4), total]) {
    const file = join(dir, `whereabouts-read-bench-${rows}.csv`);
    if (!existsSync(file)) await writeBigList(file, rows);
    const megabytes = statSync(file).size / 1e6;
    for (const reader of ['whereabouts openList', 'peer: csv-parse columns']) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', reader, file], { encoding: 'utf8' });
      const figures = JSON.parse(out) as Figures;
      const rate = Math.round(figures.rows / figures.seconds).toLocaleString('en-US');
      const cpuRate = Math.round(figures.rows / figures.cpuSeconds).toLocaleString('en-US');
      console.log(`${rows.toLocaleString('en-US').padStart(9)}  ${reader.padEnd(26)} ${rate.padStart(9)}  ${cpuRate.padStart(9)}   ${figures.peakMb.toFixed(0)} MB  (${megabytes.toFixed(0)} MB file, ${figures.seconds.toFixed(1)} s)`);
    }
  }
}

await main();
