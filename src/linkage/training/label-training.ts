import type { Comparer } from '../comparisons/comparison-levels.js';

/** A human decision on two records (by record id): the same person, or different persons. */
export interface LabelledPair {
  a: number;
  b: number;
  same: boolean;
}

/**
 * m probabilities from pairs people labelled "same", blended with m from EM: EM's m counts as
 * `emWeight` labelled pairs, so a handful of labels nudges the model and many labels decide it.
 * Returns the m table and the number of "same" pairs used.
 */
export function mFromLabels(comparers: readonly Comparer[], labels: readonly LabelledPair[], emM: readonly number[][], emWeight: number): { m: number[][]; used: number } {
  const same = labels.filter((l) => l.same);
  const m = comparers.map((comparer, k) => {
    const counts = new Float64Array(comparer.levels.length);
    for (const pair of same) {
      const level = comparer.level(pair.a, pair.b);
      counts[level] = (counts[level] as number) + 1;
    }
    let nonNull = 0;
    for (let level = 1; level < counts.length; level++) nonNull += counts[level] as number;
    const prior = emM[k] as number[];
    return Array.from(counts, (count, level) => (level === 0 ? 1 : (count + emWeight * (prior[level] as number)) / (nonNull + emWeight)));
  });
  return { m, used: same.length };
}
