/**
 * `npm run bench`: the real `whereabouts reconcile` against two peers a data analyst would use
 * instead, on lists from `whereabouts synth --utf8-csv`, at 10,000, 100,000 and 1,000,000
 * records. Each system runs as its own child process under GNU time (wall, CPU, peak RSS) and
 * is scored by the same `whereabouts evaluate --truth` on its records.csv.
 *
 *   whereabouts   fresh store, `reconcile --manifest` (the headline); then, on a second fresh
 *                 store, `import` of each file and `reconcile` again (files unchanged, so only
 *                 linkage runs): the import part and the linkage part
 *   peer 1        DuckDB fuzzy join (bench/peers/duckdb-fuzzy-join.ts)
 *   peer 2        PostgreSQL pg_trgm similarity join (bench/peers/pg-trgm-join.ts)
 *
 * Usage: npm run bench -- [--sizes 10000,100000,1000000] [--peer-limit 600] [--whereabouts-limit S]
 *                         [--out bench/out/linkage]
 *                         [--fresh-lists] [--no-split] [--skip duckdb,postgres]
 *                         [--pg-url postgres://postgres@127.0.0.1:5432/postgres] [--cli dist/cli/main.js]
 * Needs `npm run build` first (it runs dist/cli/main.js; --cli runs another build, e.g. a snapshot
 * compiled from one commit while others rebuild dist/). Lists are kept under --out and reused
 * by later runs of the same size unless --fresh-lists.
 */
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { measuredRun, measuredTsx } from './peers/measured-run.js';
import type { MeasuredRun } from './peers/measured-run.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    'peer-limit': { type: 'string', default: '600' },
    'whereabouts-limit': { type: 'string', default: 'Infinity' },
    out: { type: 'string', default: 'bench/out/linkage' },
    'fresh-lists': { type: 'boolean', default: false },
    'no-split': { type: 'boolean', default: false },
    skip: { type: 'string', default: '' },
    'pg-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
    cli: { type: 'string', default: 'dist/cli/main.js' },
  },
});
const sizes = values.sizes.split(',').map((s) => Number(s.replaceAll('_', '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 100)) throw new Error(`--sizes ${values.sizes}: whole numbers of records, at least 100`);
const peerLimit = Number(values['peer-limit']);
const ourLimit = Number(values['whereabouts-limit']);
const skip = new Set(values.skip.split(',').filter(Boolean));
const outRoot = resolve(values.out);
const CLI = resolve(values.cli);
if (!existsSync(CLI)) throw new Error(`${values.cli} is missing: run \`npm run build\` first`);

/** One system's figures at one size. */
interface Figures {
  system: string;
  run?: MeasuredRun;
  /** Server-side peak memory and CPU time, for PostgreSQL (its backend process). */
  serverPeakMb?: number;
  serverCpuSeconds?: number;
  candidatePairs?: number;
  pairwise?: { precision: number; recall: number; f1: number };
  bcubedF1?: number;
  note?: string;
  stages?: Record<string, number>;
}

const mb = (x: number | undefined): string => (x === undefined || Number.isNaN(x) ? '?' : `${Math.round(x)} MB`);
const sec = (x: number): string => `${x.toFixed(1)} s`;
const n = (x: number | undefined): string => (x === undefined ? '?' : x.toLocaleString('en-US'));
const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');

function cli(args: readonly string[], limitSeconds = Infinity): Promise<MeasuredRun> {
  return measuredRun(process.execPath, [CLI, ...args], limitSeconds);
}

function failed(run: MeasuredRun, what: string): never {
  throw new Error(`${what} failed (exit ${run.exitCode}):\n${run.stderr.slice(-2000)}${run.stdout.slice(-1000)}`);
}

/** Pairwise and B-cubed figures from `whereabouts evaluate`'s table. */
async function evaluate(truth: string, dir: string): Promise<Pick<Figures, 'pairwise' | 'bcubedF1'>> {
  const run = await cli(['evaluate', '--truth', truth, dir]);
  if (run.exitCode !== 0) failed(run, `evaluate ${dir}`);
  const row = (label: string): number[] => {
    const m = new RegExp(`^${label}\\s+([\\d.]+)%\\s+([\\d.]+)%\\s+([\\d.]+)%`, 'm').exec(run.stdout);
    if (m === null) throw new Error(`no ${label} line in evaluate's output:\n${run.stdout}`);
    return [Number(m[1]) / 100, Number(m[2]) / 100, Number(m[3]) / 100];
  };
  const [precision = NaN, recall = NaN, f1 = NaN] = row('pairwise');
  return { pairwise: { precision, recall, f1 }, bcubedF1: row('B-cubed')[2] ?? NaN };
}

interface ManifestFile {
  file: string;
  list: string;
  party: string;
  kind: string;
  rows: number;
}

async function synthLists(records: number, dir: string): Promise<ManifestFile[]> {
  const stamp = join(dir, 'bench-records.txt');
  if (values['fresh-lists'] || !existsSync(stamp) || readFileSync(stamp, 'utf8') !== String(records)) {
    rmSync(dir, { recursive: true, force: true });
    const run = await cli(['synth', '--out', dir, '--records', String(records), '--utf8-csv']);
    if (run.exitCode !== 0) failed(run, 'synth');
    writeFileSync(stamp, String(records));
    console.log(`  synth: ${sec(run.wallSeconds)} wall, ${sec(run.cpuSeconds)} cpu`);
  }
  return (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { files: ManifestFile[] }).files;
}

function freshStore(path: string): string {
  for (const suffix of ['', '-wal', '-shm']) rmSync(path + suffix, { force: true });
  return path;
}

async function whereabouts(base: string, lists: string, files: readonly ManifestFile[]): Promise<Figures[]> {
  const manifest = join(lists, 'manifest.json');
  const truth = join(lists, 'truth.csv');
  const out = join(base, 'whereabouts');
  const run = await cli(['reconcile', '--manifest', manifest, '--db', freshStore(join(base, 'whereabouts.db')), '--out', out, '--actor', 'bench'], ourLimit);
  if (run.timedOut) return [{ system: 'whereabouts reconcile', run, note: `did not finish in ${ourLimit} s` }];
  if (run.exitCode !== 0) failed(run, 'reconcile');
  const pairs = /Candidate pairs scored: ([\d,]+)/.exec(run.stdout)?.[1];
  const headline: Figures = { system: 'whereabouts reconcile', run, ...(pairs === undefined ? {} : { candidatePairs: Number(pairs.replaceAll(',', '')) }), ...(await evaluate(truth, out)) };
  console.log(run.stdout.split('\n').filter((l) => /→|Candidate pairs/.test(l)).map((l) => `    ${l.trim()}`).join('\n'));
  if (values['no-split']) return [headline];

  // The same job in two parts: import every file, then reconcile (files unchanged: linkage only).
  const store = freshStore(join(base, 'whereabouts-split.db'));
  const imports: MeasuredRun[] = [];
  for (const file of files) {
    const imported = await cli(['import', join(lists, file.file), '--list', file.list, '--party', file.party, '--kind', file.kind, '--db', store, '--actor', 'bench']);
    if (imported.exitCode !== 0) failed(imported, `import ${file.file}`);
    imports.push(imported);
  }
  const importPart: MeasuredRun = {
    ...(imports[0] as MeasuredRun),
    wallSeconds: imports.reduce((s, r) => s + r.wallSeconds, 0),
    cpuSeconds: imports.reduce((s, r) => s + r.cpuSeconds, 0),
    peakMb: Math.max(...imports.map((r) => r.peakMb)),
  };
  const linked = await cli(['reconcile', '--manifest', manifest, '--db', store, '--out', join(base, 'whereabouts-split'), '--actor', 'bench'], ourLimit);
  if (linked.timedOut) return [headline, { system: `  part: import (${files.length} files)`, run: importPart }, { system: '  part: linkage', run: linked, note: `did not finish in ${ourLimit} s` }];
  if (linked.exitCode !== 0) failed(linked, 'reconcile after import');
  const reimported = (linked.stdout.match(/imported as version/g) ?? []).length;
  return [
    headline,
    { system: `  part: import (${files.length} files)`, run: importPart },
    { system: '  part: linkage', run: linked, ...(reimported > 0 ? { note: `${reimported} file(s) imported again` } : {}) },
  ];
}

async function peer(system: string, script: string, args: readonly string[], truth: string, out: string): Promise<Figures> {
  const run = await measuredTsx(script, args, peerLimit);
  if (run.timedOut) return { system, run, note: `did not finish in ${peerLimit} s` };
  if (run.exitCode !== 0) return { system, run, note: `failed (exit ${run.exitCode}): ${run.stderr.trim().split('\n').slice(-3).join(' / ')}` };
  const figures = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { candidatePairs: number; stages: Record<string, number>; serverPeakMb?: number; serverCpuSeconds?: number };
  return {
    system,
    run,
    candidatePairs: figures.candidatePairs,
    stages: figures.stages,
    ...(figures.serverPeakMb === undefined ? {} : { serverPeakMb: figures.serverPeakMb }),
    ...(figures.serverCpuSeconds === undefined ? {} : { serverCpuSeconds: figures.serverCpuSeconds }),
    ...(await evaluate(truth, out)),
  };
}

/**
 * Drops the peer's scratch database when its process was killed before it could. A backend
 * busy in a long similarity join can outlive FORCE's wait, so the drop is retried for a minute.
 */
async function dropScratch(database: string): Promise<void> {
  const admin = new pg.Client({ connectionString: values['pg-url'] });
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        return;
      } catch (error) {
        if (attempt >= 12) throw error;
        await new Promise((resolve) => setTimeout(resolve, 5000));
      }
    }
  } finally {
    await admin.end();
  }
}

/** CPU of the process, plus the PostgreSQL backend's when the peer read it. */
function cpuOf(f: Figures): number {
  return (f.run?.cpuSeconds ?? NaN) + (f.serverCpuSeconds ?? 0);
}

function line(f: Figures): string {
  const r = f.run;
  const cpu = f.serverCpuSeconds === undefined ? `cpu ${sec(cpuOf(f))}` : `cpu ${sec(cpuOf(f))} (client ${sec(r?.cpuSeconds ?? NaN)} + server ${sec(f.serverCpuSeconds)})`;
  const memory = f.serverPeakMb === undefined ? mb(r?.peakMb) : `${mb((r?.peakMb ?? NaN) + f.serverPeakMb)} (client ${mb(r?.peakMb)} + server ${mb(f.serverPeakMb)})`;
  const quality = f.pairwise === undefined ? '' : `pairwise P/R/F1 ${f.pairwise.precision.toFixed(3)}/${f.pairwise.recall.toFixed(3)}/${f.pairwise.f1.toFixed(3)}  B-cubed F1 ${(f.bcubedF1 ?? NaN).toFixed(3)}`;
  return [
    f.system.padEnd(26),
    r === undefined ? '' : `wall ${sec(r.wallSeconds)}`.padEnd(13),
    r === undefined ? '' : cpu.padEnd(12),
    `peak ${memory}`.padEnd(16),
    f.candidatePairs === undefined ? '' : `pairs ${n(f.candidatePairs)}`.padEnd(18),
    quality,
    f.note ?? '',
    f.stages === undefined ? '' : `(${Object.entries(f.stages).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ')})`,
  ].filter(Boolean).join('  ');
}

const results: { records: number; rows: number; loadBefore: string; loadAfter: string; figures: Figures[] }[] = [];
console.log(`linkage benchmark, node ${process.version}, load average ${load()}, peer limit ${peerLimit} s`);
for (const records of sizes) {
  const base = join(outRoot, String(records));
  mkdirSync(base, { recursive: true });
  const lists = join(base, 'lists');
  console.log(`\n== ${n(records)} records (load average ${load()})`);
  const loadBefore = load();
  const files = await synthLists(records, lists);
  const rows = files.reduce((s, f) => s + f.rows, 0);
  const truth = join(lists, 'truth.csv');
  const figures: Figures[] = [];
  const show = (f: Figures): void => {
    figures.push(f);
    console.log(`  ${line(f)}`);
  };
  for (const f of await whereabouts(base, lists, files)) show(f);
  if (!skip.has('duckdb')) {
    const out = join(base, 'duckdb');
    show(await peer('peer: DuckDB fuzzy join', 'bench/peers/duckdb-fuzzy-join.ts', ['--lists', lists, '--out', out], truth, out));
  }
  if (!skip.has('postgres')) {
    const out = join(base, 'postgres');
    const database = `wa_bench_linkage_${records}`;
    show(await peer('peer: PostgreSQL pg_trgm', 'bench/peers/pg-trgm-join.ts', ['--lists', lists, '--out', out, '--database', database, '--url', values['pg-url'], '--limit-seconds', String(peerLimit)], truth, out));
    await dropScratch(database);
  }
  results.push({ records, rows, loadBefore, loadAfter: load(), figures });
}

console.log('\n| records | system | wall | CPU | peak memory | candidate pairs | pairwise F1 | B-cubed F1 |');
console.log('|---|---|---|---|---|---|---|---|');
for (const { rows, figures } of results) {
  for (const f of figures) {
    const r = f.run;
    const memory = f.serverPeakMb === undefined ? mb(r?.peakMb) : `${mb((r?.peakMb ?? NaN) + f.serverPeakMb)}`;
    const done = f.note?.startsWith('did not finish') === true || f.note?.startsWith('failed') === true;
    console.log(`| ${n(rows)} | ${f.system.trim()} | ${r === undefined ? '' : done ? f.note : sec(r.wallSeconds)} | ${r === undefined ? '' : sec(cpuOf(f))} | ${memory} | ${f.candidatePairs === undefined ? '-' : n(f.candidatePairs)} | ${f.pairwise?.f1.toFixed(3) ?? '-'} | ${f.bcubedF1?.toFixed(3) ?? '-'} |`);
  }
}

console.log('\nTargets:');
for (const { records, figures } of results) {
  const ours = figures[0];
  if (ours?.pairwise !== undefined) console.log(`  ${n(records)}: pairwise F1 ${ours.pairwise.f1.toFixed(3)} ${ours.pairwise.f1 >= 0.97 ? '>=' : '<'} 0.97`);
  const duck = figures.find((f) => f.system.includes('DuckDB'));
  if (records === 100_000 && ours?.run !== undefined && duck?.run !== undefined) {
    console.log(`  ${n(records)}: wall ${sec(ours.run.wallSeconds)} vs DuckDB ${duck.note ?? sec(duck.run.wallSeconds)}: ${ours.run.wallSeconds <= duck.run.wallSeconds ? 'no worse' : 'slower'}`);
  }
  if (records === 1_000_000 && ours?.run !== undefined && ours.note !== undefined) console.log(`  ${n(records)}: ${ours.note} (target 120 s)`);
  else if (records === 1_000_000 && ours?.run !== undefined) {
    console.log(`  ${n(records)}: wall ${sec(ours.run.wallSeconds)} (target 120 s), peak ${mb(ours.run.peakMb)} (target 4096 MB)`);
  }
}
const saved = join(outRoot, `results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(saved, JSON.stringify(results.map((r) => ({ ...r, figures: r.figures.map(({ run, ...f }) => ({ ...f, wallSeconds: run?.wallSeconds, cpuSeconds: run?.cpuSeconds, peakMb: run?.peakMb })) })), null, 2));
console.log(`\nload average at the end ${load()}; figures saved to ${saved}`);
