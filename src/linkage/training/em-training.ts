import type { ComparisonVectorCoder, VectorHistogram } from '../comparisons/comparison-vector.js';

/** Limits and shape of one expectation-maximisation session. */
export interface EmOptions {
  maxIterations: number;
  /** Stop when no m, u or lambda moves by more than this between iterations. */
  convergence: number;
  /** Estimate u too (true), or keep the starting u fixed as Splink does with u from random pairs (false). */
  estimateU: boolean;
  /**
   * Per comparison: take part in this session. A comparison whose field the session's pairs
   * were blocked on agrees by construction, so it tells nothing here and keeps its m.
   */
  active?: readonly boolean[];
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
 * Fellegi-Sunter EM on a histogram of comparison vectors: m (and u when asked) per level of
 * the active comparisons, and lambda, the share of matches among these pairs. The null level
 * stays out. Works on distinct vectors, so its cost does not grow with the number of pairs.
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
  const active = options.active ?? coder.levelCounts.map(() => true);
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
        if (level === 0 || active[k] !== true) continue;
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
    const nextM = mSum.map((sums, k) => (active[k] === true ? normalise(sums) : (m[k] as number[])));
    const nextU = options.estimateU ? uSum.map((sums, k) => (active[k] === true ? normalise(sums) : (u[k] as number[]))) : u;
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

/**
 * The prior over all record pairs, with m and u fixed: the fixed point of
 * lambda = (expected matches among candidates) / (all pairs). Pairs outside the candidates are
 * taken as non-matches (blocking is built to miss few). Posteriors use the global u, which is
 * right whatever selected the pairs, since selection depends only on the compared fields.
 */
export function estimatePrior(histogram: VectorHistogram, coder: ComparisonVectorCoder, m: readonly number[][], u: readonly number[][], allPairs: number, options: Pick<EmOptions, 'maxIterations' | 'convergence'>): number {
  const ratios: number[] = [];
  const counts: number[] = [];
  // Sorted, so that sums come out the same however the histogram was merged (threads finish in any order).
  for (const code of [...histogram.keys()].sort((x, y) => x - y)) {
    const count = histogram.get(code) ?? 0;
    let ratio = 1;
    coder.decode(code).forEach((level, k) => {
      if (level !== 0) ratio *= ((m[k] as number[])[level] as number) / ((u[k] as number[])[level] as number);
    });
    ratios.push(ratio);
    counts.push(count);
  }
  let lambda = 1e-4;
  for (let iteration = 0; iteration < options.maxIterations * 10; iteration++) {
    const odds = lambda / (1 - lambda);
    let expected = 0;
    for (let p = 0; p < ratios.length; p++) {
      const r = (ratios[p] as number) * odds;
      expected += ((counts[p] as number) * r) / (1 + r);
    }
    const next = Math.min(Math.max(expected / allPairs, 1e-12), 0.5);
    if (Math.abs(Math.log(next / lambda)) < options.convergence) return next;
    lambda = next;
  }
  return lambda;
}

/**
 * Makes every level at least as strong evidence as the level below it (an exact match never
 * weighs less than a transliterated one), as levels are ordered by closeness. EM can break that
 * order when a level is rare among the training pairs (exact matches when the lists are in
 * different scripts). Adjacent violators are pooled (isotonic regression on the likelihood
 * ratio): they share the ratio (m1 + m2) / (u1 + u2), and m still sums to one.
 */
export function enforceMonotoneWeights(m: readonly number[], u: readonly number[]): number[] {
  // Blocks of pooled levels, weakest first: [first level, last level, m sum, u sum].
  const blocks: [number, number, number, number][] = [];
  for (let level = 1; level < m.length; level++) {
    blocks.push([level, level, m[level] as number, u[level] as number]);
    while (blocks.length >= 2) {
      const top = blocks[blocks.length - 1] as [number, number, number, number];
      const below = blocks[blocks.length - 2] as [number, number, number, number];
      if (top[2] / top[3] >= below[2] / below[3]) break;
      blocks.splice(blocks.length - 2, 2, [below[0], top[1], below[2] + top[2], below[3] + top[3]]);
    }
  }
  const out = [...m];
  for (const [first, last, mSum, uSum] of blocks) {
    for (let level = first; level <= last; level++) out[level] = Math.min(1, (u[level] as number) * (mSum / uSum));
  }
  return out;
}
