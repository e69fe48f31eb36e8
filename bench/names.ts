/**
 * `npm run bench:names`: the names layer against plain any-ascii folding with Jaro-Winkler, on
 * the corpus in src/names/corpus (generated and hand-written parts reported apart) and on a
 * generated population of surnames. Prints blocking-key recall, bucket sizes, ROC-AUC and
 * comparisons per second for both. Options: --population N (default 1000000), --seconds S.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { jaroWinkler, nameKeys, nameSimilarity, prepareName } from '../src/names/index.js';
import type { NamePart, PreparedName } from '../src/names/index.js';
import { readSeeds } from './names-corpus.js';
import { generatePopulation } from './names-population.js';
import { peerFold, peerKey } from './names-peer.js';

interface Pair {
  part: NamePart;
  a: string;
  b: string;
  same: boolean;
  /** The generator put a typing slip into one side. */
  slip: boolean;
}

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? Number(process.argv[at + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

function readPairs(file: string): Pair[] {
  return readFileSync(new URL(`../src/names/corpus/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#') && !line.startsWith('part\t'))
    .map((line) => {
      const [part, a, b, same, note] = line.split('\t');
      return { part: part as NamePart, a: a ?? '', b: b ?? '', same: same === '1', slip: note?.endsWith(' slip') === true };
    });
}

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
}

const OURS: Method = {
  name: 'whereabouts names',
  prepare: (text, part) => prepareName(text, part),
  keys: (p) => nameKeys(p as PreparedName),
  similarity: (a, b) => nameSimilarity(a as PreparedName, b as PreparedName),
};

const PEER: Method = {
  name: 'any-ascii + Jaro-Winkler + Soundex',
  prepare: (text) => peerFold(text),
  keys: (p) => [peerKey(p as string)],
  similarity: (a, b) => jaroWinkler(a as string, b as string),
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

/**
 * Comparisons per second of each method, measured in alternating short rounds so that both
 * share whatever else the machine is doing at the time.
 */
function comparisonsPerSecond(methods: readonly Method[], pairs: readonly Pair[], seconds: number): number[] {
  const prepared = methods.map((method) => pairs.map((p) => [method.prepare(p.a, p.part), method.prepare(p.b, p.part)] as const));
  const counts = methods.map(() => 0);
  const elapsed = methods.map(() => 0);
  let sink = 0;
  const rounds = 20;
  for (let round = 0; round < rounds; round += 1) {
    methods.forEach((method, m) => {
      const list = prepared[m] ?? [];
      const start = performance.now();
      const deadline = start + (seconds * 1000) / rounds;
      let count = 0;
      while (performance.now() < deadline) {
        for (let i = 0; i < list.length; i += 1) {
          const pair = list[i];
          if (pair !== undefined) sink += method.similarity(pair[0], pair[1]);
        }
        count += list.length;
      }
      counts[m] = (counts[m] ?? 0) + count;
      elapsed[m] = (elapsed[m] ?? 0) + (performance.now() - start) / 1000;
    });
  }
  if (sink < 0) console.log(sink);
  return counts.map((count, m) => count / (elapsed[m] ?? 1));
}

function main(): void {
  const populationSize = option('population', 1_000_000);
  const seconds = option('seconds', 2);
  const generated = readPairs('generated.tsv');
  const hand = readPairs('hand-written.tsv');
  console.log(`corpus: ${generated.length} generated pairs, ${hand.length} hand-written pairs (held out)`);
  const t0 = performance.now();
  const population = generatePopulation(readSeeds(), populationSize);
  console.log(`population: ${population.length} surnames, ${new Set(population).size} distinct (${((performance.now() - t0) / 1000).toFixed(1)} s to generate)`);
  for (const method of [OURS, PEER]) {
    console.log(`\n== ${method.name}`);
    for (const [label, pairs] of [['generated', generated], ['hand-written', hand]] as const) {
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
  const speeds = comparisonsPerSecond([OURS, PEER], [...generated, ...hand], seconds);
  console.log('\n== speed, both methods in alternating rounds on the corpus pairs');
  [OURS, PEER].forEach((method, m) => {
    console.log(`${method.name.padEnd(36)} ${((speeds[m] ?? 0) / 1e6).toFixed(2)} million comparisons per second (one core)`);
  });
}

main();
