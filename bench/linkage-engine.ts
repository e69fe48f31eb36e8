/**
 * The linkage engine's own benchmark: generated records (src/linkage/sample-population.ts),
 * linked single-threaded and with worker threads, against a peer in the same run: plain
 * connected components over the same scores (what a fuzzy join does). Prints wall time, peak
 * memory, candidate pairs and pairwise/B-cubed F1.
 *
 * Usage: npx tsx bench/linkage-engine.ts [persons ...]   (default 10000)
 */
import { evaluateClustering } from '../src/linkage/evaluate.js';
import { linkRecords } from '../src/linkage/link-records.js';
import type { LinkageInput } from '../src/linkage/link-records.js';
import { parallelPairPass } from '../src/linkage/parallel-pair-pass.js';
import { samplePopulation } from '../src/linkage/sample-population.js';

function peakMegabytes(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function run(label: string, persons: number, input: Omit<LinkageInput, 'records'>): Promise<void> {
  const population = samplePopulation(persons, 11);
  const started = performance.now();
  const result = await linkRecords({ records: population.records, ...input });
  const seconds = (performance.now() - started) / 1000;
  const evaluation = evaluateClustering(result.clustering.cluster, population.truth);
  console.log(
    [
      label.padEnd(34),
      `records ${population.records.length}`.padEnd(16),
      `time ${seconds.toFixed(1)} s`.padEnd(13),
      `peak rss ${peakMegabytes()} MB`.padEnd(18),
      `pairs ${result.blocking.candidatePairs}`.padEnd(17),
      `pairwise P/R/F1 ${evaluation.pairwise.precision.toFixed(3)}/${evaluation.pairwise.recall.toFixed(3)}/${evaluation.pairwise.f1.toFixed(3)}`,
      `b-cubed F1 ${evaluation.bcubed.f1.toFixed(3)}`,
    ].join(' '),
  );
}

const sizes = process.argv.slice(2).map(Number);
for (const persons of sizes.length > 0 ? sizes : [10_000]) {
  await run('engine, guarded, 1 thread', persons, {});
  await run('engine, guarded, 2 workers', persons, { pairPass: parallelPairPass(2) });
  await run('peer: connected components', persons, { clustering: 'connected-components' });
}
