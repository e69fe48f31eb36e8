import type { Comparer } from '../comparisons/comparison-levels.js';
import { SeededRandom } from './seeded-random.js';

/** Splink's u probabilities: per comparison, the chance of each level among random pairs. */
export interface UEstimate {
  /** Per comparison, per level index (null level included, its value unused). */
  u: number[][];
  /** Pairs looked at. */
  sampledPairs: number;
}

/**
 * Pairs of different names related per coded comparison, as a share of `maxPairs`. Relating two
 * names costs microseconds and random pairs of a large list rarely repeat (the cache misses), so
 * names get fewer samples; the equal-name share, the one most of the weight rests on, is exact.
 */
const CODED_SAMPLE_SHARE = 0.25;

function fromCounts(levelCounts: Float64Array): number[] {
  let total = 0;
  for (let level = 1; level < levelCounts.length; level++) total += Math.max(levelCounts[level] as number, 0.5);
  return Array.from(levelCounts, (count, level) => (level === 0 ? 1 : Math.max(count, 0.5) / total));
}

/**
 * u of a coded comparison (names): the share of random pairs of present values that are equal is
 * Σ f², f being each value's share of the records holding one; the other levels split the rest
 * in the proportions seen among sampled pairs of records with different values.
 */
function* codedU(comparer: Comparer, coded: NonNullable<Comparer['coded']>, recordCount: number, samples: number, random: SeededRandom): Generator<void, number[]> {
  const present: number[] = [];
  const counts = new Map<number, number>();
  for (let r = 0; r < recordCount; r++) {
    const v = coded.valueOf(r);
    if (v < 0) continue;
    present.push(r);
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  const levelCounts = new Float64Array(comparer.levels.length);
  if (present.length < 2) return fromCounts(levelCounts);
  let equalShare = 0;
  for (const count of counts.values()) equalShare += (count / present.length) ** 2;
  if (counts.size === 1) {
    levelCounts[coded.equalLevel] = 1;
    return fromCounts(levelCounts);
  }
  let drawn = 0;
  // Bounded: with one dominant value most draws are equal and rejected.
  for (let attempt = 0; drawn < samples && attempt < samples * 50; attempt++) {
    const a = present[random.below(present.length)] as number;
    const b = present[random.below(present.length)] as number;
    if (coded.valueOf(a) === coded.valueOf(b)) continue;
    const level = comparer.level(a, b);
    levelCounts[level] = (levelCounts[level] as number) + 1;
    drawn++;
    if (drawn % SLICE === 0) yield;
  }
  const u = new Array<number>(comparer.levels.length).fill(0);
  u[0] = 1;
  let other = 0;
  for (let level = 1; level < u.length; level++) if (level !== coded.equalLevel) other += Math.max(levelCounts[level] as number, 0.5);
  for (let level = 1; level < u.length; level++) {
    u[level] = level === coded.equalLevel ? Math.max(equalShare, 0.5 / Math.max(drawn, 1)) : ((1 - equalShare) * Math.max(levelCounts[level] as number, 0.5)) / other;
  }
  return u;
}

/**
 * Estimates u probabilities from record pairs drawn at random (seeded: the same every run).
 * Nearly all random pairs are different persons, which is what u describes. When there are
 * fewer pairs than `maxPairs` they are all used. A level never seen gets half a count, so no
 * u is zero (a zero u would make a weight infinite). Name comparisons take their equal level
 * from value frequencies and sample a quarter as many pairs of different names.
 */
export function estimateUProbabilities(comparers: readonly Comparer[], recordCount: number, maxPairs: number, seed: number): UEstimate {
  const steps = uSteps(comparers, recordCount, maxPairs, seed);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/**
 * {@link estimateUProbabilities}, giving the event loop a turn every few thousand pairs: run on
 * the main thread while worker threads count comparison vectors, it lets their messages through
 * so both keep working. The same pairs in the same order: the same estimate.
 */
export async function estimateUProbabilitiesBetweenTasks(comparers: readonly Comparer[], recordCount: number, maxPairs: number, seed: number): Promise<UEstimate> {
  const steps = uSteps(comparers, recordCount, maxPairs, seed);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** Pairs between turns of the event loop (about a millisecond of work). */
const SLICE = 4096;

function* uSteps(comparers: readonly Comparer[], recordCount: number, maxPairs: number, seed: number): Generator<void, UEstimate> {
  const allPairs = (recordCount * (recordCount - 1)) / 2;
  const exhaustive = allPairs <= maxPairs;
  // Exhaustively when all pairs fit; coded comparisons are sampled only on large inputs.
  const sampledCoded = comparers.map((c) => !exhaustive && c.coded !== undefined);
  const counts = comparers.map((c) => new Float64Array(c.levels.length));
  const add = (a: number, b: number): void => {
    for (let k = 0; k < comparers.length; k++) {
      if (sampledCoded[k] === true) continue;
      const levelCounts = counts[k] as Float64Array;
      const level = (comparers[k] as Comparer).level(a, b);
      levelCounts[level] = (levelCounts[level] as number) + 1;
    }
  };
  let sampled = 0;
  if (exhaustive) {
    for (let a = 0; a < recordCount; a++) {
      for (let b = a + 1; b < recordCount; b++) add(a, b);
      yield;
    }
    sampled = allPairs;
  } else {
    const random = new SeededRandom(seed);
    while (sampled < maxPairs) {
      const a = random.below(recordCount);
      const b = random.below(recordCount);
      if (a === b) continue;
      add(a, b);
      sampled++;
      if (sampled % SLICE === 0) yield;
    }
  }
  const u: number[][] = [];
  for (let k = 0; k < comparers.length; k++) {
    const comparer = comparers[k] as Comparer;
    if (sampledCoded[k] !== true || comparer.coded === undefined) u.push(fromCounts(counts[k] as Float64Array));
    else u.push(yield* codedU(comparer, comparer.coded, recordCount, Math.ceil(maxPairs * CODED_SAMPLE_SHARE), new SeededRandom(seed + k + 1)));
  }
  return { u, sampledPairs: sampled };
}
