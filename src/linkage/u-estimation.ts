import type { Comparer } from './comparison-levels.js';
import { SeededRandom } from './seeded-random.js';

/** Splink's u probabilities: per comparison, the chance of each level among random pairs. */
export interface UEstimate {
  /** Per comparison, per level index (null level included, its value unused). */
  u: number[][];
  /** Pairs looked at. */
  sampledPairs: number;
}

/**
 * Estimates u probabilities from record pairs drawn at random (seeded: the same every run).
 * Nearly all random pairs are different persons, which is what u describes. When there are
 * fewer pairs than `maxPairs` they are all used. A level never seen gets half a count, so no
 * u is zero (a zero u would make a weight infinite).
 */
export function estimateUProbabilities(comparers: readonly Comparer[], recordCount: number, maxPairs: number, seed: number): UEstimate {
  const counts = comparers.map((c) => new Float64Array(c.levels.length));
  const add = (a: number, b: number): void => {
    for (let k = 0; k < comparers.length; k++) {
      const levelCounts = counts[k] as Float64Array;
      const level = (comparers[k] as Comparer).level(a, b);
      levelCounts[level] = (levelCounts[level] as number) + 1;
    }
  };
  const allPairs = (recordCount * (recordCount - 1)) / 2;
  let sampled = 0;
  if (allPairs <= maxPairs) {
    for (let a = 0; a < recordCount; a++) for (let b = a + 1; b < recordCount; b++) add(a, b);
    sampled = allPairs;
  } else {
    const random = new SeededRandom(seed);
    while (sampled < maxPairs) {
      const a = random.below(recordCount);
      const b = random.below(recordCount);
      if (a === b) continue;
      add(a, b);
      sampled++;
    }
  }
  const u = counts.map((levelCounts) => {
    let total = 0;
    for (let level = 1; level < levelCounts.length; level++) total += Math.max(levelCounts[level] as number, 0.5);
    return Array.from(levelCounts, (count, level) => (level === 0 ? 1 : Math.max(count, 0.5) / total));
  });
  return { u, sampledPairs: sampled };
}
