import { describe, expect, it } from 'vitest';
import type { Comparer } from '../comparisons/comparison-levels.js';
import { ComparisonVectorCoder } from '../comparisons/comparison-vector.js';
import type { VectorHistogram } from '../comparisons/comparison-vector.js';
import { enforceMonotoneWeights, estimatePrior, startingM, trainByExpectationMaximisation } from './em-training.js';
import { SeededRandom } from './seeded-random.js';

function fakeComparers(levelCounts: number[]): Comparer[] {
  return levelCounts.map((count, k) => ({
    name: `c${k}`,
    settings: { comparison: 'date', field: 'birth_date' },
    levels: Array.from({ length: count }, (_, i) => ({ label: `l${i}`, isNull: i === 0, tfAdjusted: false })),
    level: () => 0,
    display: () => '',
    termFrequency: () => 0,
  }));
}

function draw(random: SeededRandom, probabilities: number[]): number {
  let x = random.next();
  for (let level = 1; level < probabilities.length; level++) {
    x -= probabilities[level] as number;
    if (x < 0) return level;
  }
  return probabilities.length - 1;
}

describe('EM on comparison vectors', () => {
  // Known m and u (index 0 is the null level, unused), and a share of matches.
  const m = [
    [1, 0.05, 0.15, 0.8],
    [1, 0.1, 0.9],
    [1, 0.02, 0.08, 0.2, 0.7],
    [1, 0.2, 0.8],
  ];
  const u = [
    [1, 0.9, 0.08, 0.02],
    [1, 0.7, 0.3],
    [1, 0.85, 0.1, 0.04, 0.01],
    [1, 0.6, 0.4],
  ];
  const lambda = 0.15;

  it('recovers the m, u and lambda the pairs were drawn from', () => {
    const comparers = fakeComparers(m.map((row) => row.length));
    const coder = new ComparisonVectorCoder(comparers);
    const random = new SeededRandom(7);
    const histogram: VectorHistogram = new Map();
    for (let p = 0; p < 200_000; p++) {
      const match = random.next() < lambda;
      let code = 0;
      for (let k = 0; k < m.length; k++) code += draw(random, (match ? m : u)[k] as number[]) * (coder.strides[k] as number);
      histogram.set(code, (histogram.get(code) ?? 0) + 1);
    }
    const start = { m: comparers.map((c) => startingM(c.levels.length)), u: u.map((row) => row.map((x, i) => (i === 0 ? 1 : 1 / (row.length - 1)))), lambda: 0.3 };
    const result = trainByExpectationMaximisation(histogram, coder, start, { maxIterations: 500, convergence: 1e-7, estimateU: true });
    expect(result.converged).toBe(true);
    expect(result.lambda).toBeCloseTo(lambda, 2);
    for (let k = 0; k < m.length; k++) {
      for (let level = 1; level < (m[k] as number[]).length; level++) {
        expect(Math.abs(((result.m[k] as number[])[level] as number) - ((m[k] as number[])[level] as number))).toBeLessThan(0.02);
        expect(Math.abs(((result.u[k] as number[])[level] as number) - ((u[k] as number[])[level] as number))).toBeLessThan(0.02);
      }
    }
  });

  it('stops at the iteration cap and says it did not converge', () => {
    const comparers = fakeComparers([3, 3]);
    const coder = new ComparisonVectorCoder(comparers);
    const histogram: VectorHistogram = new Map([
      [2 + 2 * 3, 100],
      [1 + 1 * 3, 900],
      [2 + 1 * 3, 50],
    ]);
    const start = { m: [startingM(3), startingM(3)], u: [[1, 0.9, 0.1], [1, 0.9, 0.1]], lambda: 0.5 };
    const result = trainByExpectationMaximisation(histogram, coder, start, { maxIterations: 2, convergence: 1e-12, estimateU: true });
    expect(result.iterations).toBe(2);
    expect(result.converged).toBe(false);
  });
});

describe('enforceMonotoneWeights', () => {
  it('pools a strong level that weighs less than the one below it, keeping m summing to one', () => {
    // Levels: null, else, variant, exact. Exact was rarely seen among matches: m/u 0.1/0.02 < 0.5/0.01.
    const u = [1, 0.97, 0.01, 0.02];
    const m = enforceMonotoneWeights([1, 0.4, 0.5, 0.1], u);
    const ratio = (level: number): number => (m[level] as number) / (u[level] as number);
    expect(ratio(3)).toBeCloseTo(ratio(2), 10);
    expect(ratio(2)).toBeGreaterThan(ratio(1));
    expect((m[1] as number) + (m[2] as number) + (m[3] as number)).toBeCloseTo(1, 10);
  });

  it('leaves ordered levels alone', () => {
    expect(enforceMonotoneWeights([1, 0.1, 0.3, 0.6], [1, 0.9, 0.08, 0.02])).toEqual([1, 0.1, 0.3, 0.6]);
  });
});

describe('estimatePrior', () => {
  it('spreads the expected matches among candidates over all pairs', () => {
    const comparers = fakeComparers([3]);
    const coder = new ComparisonVectorCoder(comparers);
    // 100 candidate pairs that agree (overwhelming evidence), 900 that disagree (none), out of 1e6 pairs.
    const histogram: VectorHistogram = new Map([
      [2, 100],
      [1, 900],
    ]);
    const prior = estimatePrior(histogram, coder, [[1, 0.001, 0.999]], [[1, 0.999999, 0.000001]], 1_000_000, { maxIterations: 100, convergence: 1e-9 });
    // Each agreeing pair is a match with posterior ~0.99 at this prior, so about 99 of the 100.
    expect(prior * 1_000_000).toBeGreaterThan(98);
    expect(prior * 1_000_000).toBeLessThan(100.01);
  });
});
