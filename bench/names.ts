/**
 * `npm run bench:names`: the names layer against plain any-ascii folding with Jaro-Winkler, on
 * the corpus in src/names/corpus (generated, synth and hand-written parts reported apart) and on
 * a generated population of surnames. Prints blocking-key recall, bucket sizes, ROC-AUC and
 * comparisons per second for both, per wall second and per CPU second (the machine is shared:
 * CPU seconds are what the process itself got). Options: --population N (default 1000000),
 * --seconds S, --missed.
 */
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { jaroWinkler, nameKeys, nameSimilarity, prepareName } from '../src/names/index.js';
import type { NamePart, PreparedName } from '../src/names/index.js';
import { readSeeds } from './names-corpus.js';
import { generatePopulation } from './names-population.js';
import { peerFold, peerKey } from './names-peer.js';
import { option, readPairs } from './names-pairs.js';
import type { Pair } from './names-pairs.js';

/** Area under the ROC curve: the chance a random positive outscores a random negative. */
function rocAuc(scores: readonly number[], labels: readonly boolean[]): number {
  const order = scores.map((s, i) => ({ s, y: labels[i] === true })).sort((x, y) => x.s - y.s);
  let rankSum = 0;
  let positives = 0;
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j < order.length && order[j]?.s === order[i]?.s) j += 1;
    const rank = (i + j + 1) / 2; // average rank for ties, 1-based
    for (let k = i; k < j; k += 1) if (order[k]?.y) {
      rankSum += rank;
      positives += 1;
    }
    i = j;
  }
  const negatives = order.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

interface Method {
  name: string;
  prepare(text: string, part: NamePart): unknown;
  keys(prepared: unknown): readonly string[];
  similarity(a: unknown, b: unknown): number;
  /**
   * The sum of similarity(a[i], b[i]) over the lists: a loop of each method's own, so that the
   * timed call site sees one function only (a shared loop calling `method.similarity` would time
   * the dispatch between the two methods as much as the methods).
   */
  compareAll(a: readonly unknown[], b: readonly unknown[]): number;
}

const OURS: Method = {
  name: 'whereabouts names',
  prepare: (text, part) => prepareName(text, part),
  keys: (p) => nameKeys(p as PreparedName),
  similarity: (a, b) => nameSimilarity(a as PreparedName, b as PreparedName),
  compareAll(a, b) {
    const x = a as readonly PreparedName[];
    const y = b as readonly PreparedName[];
    let sum = 0;
    for (let i = 0; i < x.length; i += 1) sum += nameSimilarity(x[i] as PreparedName, y[i] as PreparedName);
    return sum;
  },
};

const PEER: Method = {
  name: 'any-ascii + Jaro-Winkler + Soundex',
  prepare: (text) => peerFold(text),
  keys: (p) => [peerKey(p as string)],
  similarity: (a, b) => jaroWinkler(a as string, b as string),
  compareAll(a, b) {
    const x = a as readonly string[];
    const y = b as readonly string[];
    let sum = 0;
    for (let i = 0; i < x.length; i += 1) sum += jaroWinkler(x[i] as string, y[i] as string);
    return sum;
  },
};

function pct(x: number): string {
  return `${(100 * x).toFixed(2)}%`;
}

function corpusFigures(method: Method, pairs: readonly Pair[]): { recall: number; auc: number; missed: string[] } {
  const scores: number[] = [];
  const labels: boolean[] = [];
  let shared = 0;
  let positives = 0;
  const missed: string[] = [];
  for (const pair of pairs) {
    const a = method.prepare(pair.a, pair.part);
    const b = method.prepare(pair.b, pair.part);
    scores.push(method.similarity(a, b));
    labels.push(pair.same);
    if (!pair.same) continue;
    positives += 1;
    const keysB = new Set(method.keys(b));
    if (method.keys(a).some((k) => keysB.has(k))) shared += 1;
    else missed.push(`${pair.part}: ${pair.a} / ${pair.b}`);
  }
  return { recall: shared / positives, auc: rocAuc(scores, labels), missed };
}

function bucketFigures(method: Method, population: readonly string[]): { mean: number; largest: number; keysPerName: number; candidates: number } {
  const cache = new Map<string, readonly string[]>();
  const counts = new Map<string, number>();
  let incidences = 0;
  for (const name of population) {
    let keys = cache.get(name);
    if (keys === undefined) {
      keys = method.keys(method.prepare(name, 'surname'));
      cache.set(name, keys);
    }
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    incidences += keys.length;
  }
  let squares = 0;
  let largest = 0;
  for (const count of counts.values()) {
    squares += count * count;
    if (count > largest) largest = count;
  }
  // Mean bucket size as a record sees it: the size of the bucket each key of each name lands in;
  // candidates: how many records one record is compared with, summed over its keys (an upper
  // bound: a pair that shares two keys counts twice).
  return { mean: squares / incidences, largest, keysPerName: incidences / population.length, candidates: squares / population.length };
}

interface Speed {
  perWallSecond: number;
  perCpuSecond: number;
}

/**
 * Comparisons per second of each method, measured in alternating short rounds so that both
 * share whatever else the machine is doing at the time; per wall second and per second of CPU
 * time this process was given (process.cpuUsage), which is what a free core would show.
 */
function comparisonsPerSecond(methods: readonly Method[], pairs: readonly Pair[], seconds: number): Speed[] {
  const prepared = methods.map((method) => ({
    a: pairs.map((p) => method.prepare(p.a, p.part)),
    b: pairs.map((p) => method.prepare(p.b, p.part)),
  }));
  const counts = methods.map(() => 0);
  const wall = methods.map(() => 0);
  const cpu = methods.map(() => 0);
  let sink = 0;
  const rounds = 20;
  for (let round = 0; round < rounds; round += 1) {
    methods.forEach((method, m) => {
      const { a, b } = prepared[m] as { a: unknown[]; b: unknown[] };
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      const deadline = start + (seconds * 1000) / rounds;
      let count = 0;
      while (performance.now() < deadline) {
        sink += method.compareAll(a, b);
        count += a.length;
      }
      const used = process.cpuUsage(cpuStart);
      counts[m] = (counts[m] ?? 0) + count;
      wall[m] = (wall[m] ?? 0) + (performance.now() - start) / 1000;
      cpu[m] = (cpu[m] ?? 0) + (used.user + used.system) / 1e6;
    });
  }
  if (sink < 0) console.log(sink);
  return counts.map((count, m) => ({ perWallSecond: count / (wall[m] ?? 1), perCpuSecond: count / (cpu[m] ?? 1) }));
}

function main(): void {
  const populationSize = option('population', 1_000_000);
  const seconds = option('seconds', 2);
  const generated = readPairs('generated.tsv');
  const synth = readPairs('synth.tsv');
  const hand = readPairs('hand-written.tsv');
  console.log(`corpus: ${generated.length} generated pairs, ${synth.length} pairs from synth clerks, ${hand.length} hand-written pairs (held out)`);
  const t0 = performance.now();
  const population = generatePopulation(readSeeds(), populationSize);
  console.log(`population: ${population.length} surnames, ${new Set(population).size} distinct (${((performance.now() - t0) / 1000).toFixed(1)} s to generate)`);
  for (const method of [OURS, PEER]) {
    console.log(`\n== ${method.name}`);
    for (const [label, pairs] of [['generated', generated], ['synth', synth], ['hand-written', hand]] as const) {
      const { recall, auc, missed } = corpusFigures(method, pairs);
      console.log(`${label.padEnd(13)} key recall ${pct(recall)}  ROC-AUC ${auc.toFixed(4)}`);
      if (pairs.some((p) => p.slip)) {
        const clean = corpusFigures(method, pairs.filter((p) => !p.slip));
        const slipped = corpusFigures(method, pairs.filter((p) => p.slip || !p.same));
        console.log(`  without slips key recall ${pct(clean.recall)}  ROC-AUC ${clean.auc.toFixed(4)}`);
        console.log(`  with a slip   key recall ${pct(slipped.recall)}  ROC-AUC ${slipped.auc.toFixed(4)}`);
      }
      for (const part of ['surname', 'given', 'patronymic'] as const) {
        const subset = pairs.filter((p) => p.part === part);
        if (subset.some((p) => !p.same) && subset.some((p) => p.same)) {
          const f = corpusFigures(method, subset);
          console.log(`  ${part.padEnd(11)} key recall ${pct(f.recall)}  ROC-AUC ${f.auc.toFixed(4)}`);
        } else if (subset.length > 0) {
          console.log(`  ${part.padEnd(11)} key recall ${pct(corpusFigures(method, subset).recall)}  (no negatives)`);
        }
      }
      if (process.argv.includes('--missed')) for (const m of missed.slice(0, 400)) console.log(`    missed ${m}`);
    }
    const t1 = performance.now();
    const buckets = bucketFigures(method, population);
    console.log(`buckets       mean ${buckets.mean.toFixed(0)} records, largest ${buckets.largest}, ${buckets.keysPerName.toFixed(2)} keys per name, ${buckets.candidates.toFixed(0)} candidates per name (${((performance.now() - t1) / 1000).toFixed(1)} s)`);
  }
  const speeds = comparisonsPerSecond([OURS, PEER], [...generated, ...synth, ...hand], seconds);
  console.log('\n== speed, both methods in alternating rounds on all corpus pairs, one thread');
  [OURS, PEER].forEach((method, m) => {
    const speed = speeds[m] as Speed;
    console.log(`${method.name.padEnd(36)} ${(speed.perCpuSecond / 1e6).toFixed(2)} million comparisons per CPU second, ${(speed.perWallSecond / 1e6).toFixed(2)} million per wall second`);
  });
  console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${availableParallelism()} cores`);
}

main();
