import type { ComparisonVectorCoder, VectorHistogram } from './comparison-vector.js';

/** Limits of expectation-maximisation. */
export interface EmOptions {
  maxIterations: number;
  /** Stop when no m, u or lambda moves by more than this between iterations. */
  convergence: number;
}

/** What EM found on the candidate pairs. */
export interface EmResult {
  /** Per comparison, per level index: m among candidate pairs (null level: 1, unused). */
  m: number[][];
  /** Per comparison, per level index: u among candidate pairs (not the random-pair u used for scoring). */
  u: number[][];
  /** Share of candidate pairs that are matches. */
  lambda: number;
  iterations: number;
  converged: boolean;
}

/**
 * Starting m: most matches agree exactly, a few disagree, the rest spread over the levels in
 * between. Sensible starts matter: EM on pairs blocked by surname could otherwise settle on
 * "same family" instead of "same person".
 */
export function startingM(levelCount: number): number[] {
  const m = new Array<number>(levelCount).fill(0);
  m[0] = 1;
  const inner = levelCount - 3;
  if (inner <= 0) {
    m[1] = 0.05;
    m[levelCount - 1] = 0.95;
    return m;
  }
  m[1] = 0.05;
  m[levelCount - 1] = 0.65;
  for (let level = 2; level < levelCount - 1; level++) m[level] = 0.3 / inner;
  return m;
}

/**
 * Fellegi-Sunter EM on a histogram of comparison vectors. Both m and u are estimated (u within
 * the candidate pairs differs from random pairs: blocking made them agree on the blocking keys);
 * the null level stays out of both. Works on distinct vectors, so its cost does not grow with
 * the number of pairs.
 */
export function trainByExpectationMaximisation(
  histogram: VectorHistogram,
  coder: ComparisonVectorCoder,
  start: { m: number[][]; u: number[][]; lambda: number },
  options: EmOptions,
): EmResult {
  const codes = [...histogram.keys()].sort((x, y) => x - y);
  const counts = Float64Array.from(codes, (c) => histogram.get(c) ?? 0);
  const comparisons = coder.levelCounts.length;
  const levels = codes.map((code) => Int32Array.from(coder.decode(code)));
  let m = start.m.map((row) => [...row]);
  let u = start.u.map((row) => [...row]);
  let lambda = start.lambda;
  let iterations = 0;
  let converged = false;
  const total = counts.reduce((s, c) => s + c, 0);
  if (total === 0) return { m, u, lambda, iterations, converged: true };
  while (iterations < options.maxIterations) {
    iterations++;
    const mSum = coder.levelCounts.map((l) => new Float64Array(l));
    const uSum = coder.levelCounts.map((l) => new Float64Array(l));
    let matchSum = 0;
    for (let p = 0; p < codes.length; p++) {
      const vector = levels[p] as Int32Array;
      let pm = lambda;
      let pu = 1 - lambda;
      for (let k = 0; k < comparisons; k++) {
        const level = vector[k] as number;
        if (level === 0) continue;
        pm *= (m[k] as number[])[level] as number;
        pu *= (u[k] as number[])[level] as number;
      }
      const posterior = pm + pu > 0 ? pm / (pm + pu) : 0;
      const count = counts[p] as number;
      matchSum += posterior * count;
      for (let k = 0; k < comparisons; k++) {
        const level = vector[k] as number;
        const ms = mSum[k] as Float64Array;
        const us = uSum[k] as Float64Array;
        ms[level] = (ms[level] as number) + posterior * count;
        us[level] = (us[level] as number) + (1 - posterior) * count;
      }
    }
    const normalise = (sums: Float64Array): number[] => {
      let nonNull = 0;
      for (let level = 1; level < sums.length; level++) nonNull += sums[level] as number;
      // A level no pair reaches keeps a tiny probability, so weights stay finite.
      return Array.from(sums, (s, level) => (level === 0 ? 1 : Math.max(nonNull > 0 ? s / nonNull : 0, 1e-6)));
    };
    const nextM = mSum.map(normalise);
    const nextU = uSum.map(normalise);
    const nextLambda = Math.min(Math.max(matchSum / total, 1e-9), 1 - 1e-9);
    let change = Math.abs(nextLambda - lambda);
    for (let k = 0; k < comparisons; k++) {
      for (let level = 1; level < (nextM[k] as number[]).length; level++) {
        change = Math.max(change, Math.abs(((nextM[k] as number[])[level] as number) - ((m[k] as number[])[level] as number)));
        change = Math.max(change, Math.abs(((nextU[k] as number[])[level] as number) - ((u[k] as number[])[level] as number)));
      }
    }
    m = nextM;
    u = nextU;
    lambda = nextLambda;
    if (change < options.convergence) {
      converged = true;
      break;
    }
  }
  return { m, u, lambda, iterations, converged };
}
