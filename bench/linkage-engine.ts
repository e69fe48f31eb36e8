/**
 * The linkage engine's own benchmark, on generated lists (src/synth, read back with src/ingest):
 * the engine single-threaded, with two worker threads, and in the same run a peer: plain
 * connected components over the same scores at the same threshold (what a fuzzy join does with
 * its matches). Prints wall and CPU time of linking alone (not synth or reading), peak memory,
 * candidate pairs, pairwise and B-cubed F1.
 *
 * Usage: npx tsx bench/linkage-engine.ts [--workers-only | --single-only] [--max-pairs-per-block=N] [records ...]   (default 10000)
 * (`--workers-only` skips the single-threaded run and the peer, for the largest sizes;
 * `--single-only` runs the single-threaded engine alone.)
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { openList } from '../src/ingest/index.js';
import { defaultLinkageSettings, evaluateClustering, linkRecords, parallelPairPass } from '../src/linkage/index.js';
import type { LinkageInput, LinkRecord } from '../src/linkage/index.js';
import { personsForRecords, resolveSettings, synthesize } from '../src/synth/index.js';

async function generated(records: number): Promise<{ records: LinkRecord[]; truth: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'wa-bench-linkage-'));
  try {
    const base = resolveSettings({ output: { utf8Csv: true, delegateFormat: 'csv' } });
    await synthesize({ ...base, persons: personsForRecords(records, base) }, dir);
    const out: LinkRecord[] = [];
    for (const file of (await readdir(dir)).filter((f) => f.endsWith('.csv') && f !== 'truth.csv').sort()) {
      const list = basename(file, extname(file));
      for await (const row of (await openList(join(dir, file))).rows()) if (row.ok) out.push({ id: out.length, list, row: row.row.row, fields: row.row.fields });
    }
    const truthText = await readFile(join(dir, 'truth.csv'), 'utf8');
    const person = new Map(
      truthText
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => {
          const [list, row, id] = line.split(',');
          return [`${list}:${row}`, id ?? ''] as const;
        }),
    );
    return { records: out, truth: out.map((r) => person.get(`${r.list}:${r.row}`) ?? `unknown:${r.id}`) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

async function run(label: string, data: { records: LinkRecord[]; truth: string[] }, input: Omit<LinkageInput, 'records'>): Promise<void> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  // CPU seconds of the main thread's stages (workers' time shows in the total only).
  const stages: string[] = [];
  let stage = '';
  let stageCpu = process.cpuUsage();
  const onProgress = (next: string): void => {
    if (next === stage) return;
    if (stage !== '') stages.push(`${stage} ${(cpuSeconds(process.cpuUsage(stageCpu))).toFixed(1)}`);
    stage = next;
    stageCpu = process.cpuUsage();
  };
  const result = await linkRecords({ records: data.records, ...input, onProgress });
  onProgress('done');
  const seconds = (performance.now() - started) / 1000;
  const totalCpu = cpuSeconds(process.cpuUsage(cpu));
  const evaluation = evaluateClustering(result.clustering.cluster, data.truth);
  console.log(
    [
      label.padEnd(30),
      `records ${data.records.length}`.padEnd(15),
      `wall ${seconds.toFixed(1)} s`.padEnd(12),
      `cpu (all threads) ${totalCpu.toFixed(1)} s`.padEnd(24),
      `peak rss ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`.padEnd(18),
      `pairs ${result.blocking.candidatePairs}`.padEnd(16),
      `pairwise P/R/F1 ${evaluation.pairwise.precision.toFixed(3)}/${evaluation.pairwise.recall.toFixed(3)}/${evaluation.pairwise.f1.toFixed(3)}`,
      `b-cubed F1 ${evaluation.bcubed.f1.toFixed(3)}`,
      `pairs/record ${(result.blocking.candidatePairs / data.records.length).toFixed(1)}`,
    ].join(' '),
  );
  console.log(`  stage cpu s: ${stages.join(', ')}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
}

const workersOnly = process.argv.includes('--workers-only');
const singleOnly = process.argv.includes('--single-only');
const budgetFlag = process.argv.find((a) => a.startsWith('--max-pairs-per-block='));
const settings = budgetFlag === undefined ? defaultLinkageSettings() : { ...defaultLinkageSettings(), maxPairsPerBlock: Number(budgetFlag.split('=')[1]) };
const sizes = process.argv.slice(2).filter((a) => !a.startsWith('--')).map(Number);
for (const records of sizes.length > 0 ? sizes : [10_000]) {
  const data = await generated(records);
  if (!workersOnly) await run('engine, guarded, 1 thread', data, { settings });
  if (singleOnly) continue;
  await run('engine, guarded, 2 workers', data, { settings, pairPass: parallelPairPass(2) });
  if (!workersOnly) await run('peer: connected components', data, { settings, clustering: 'connected-components', pairPass: parallelPairPass(2) });
}
