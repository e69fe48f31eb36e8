import type { Comparer } from './comparison-levels.js';

/**
 * A pair's comparison vector (its level in every comparison, Splink's `gamma_*` columns) coded
 * as one integer, so that millions of pairs reduce to a histogram of distinct vectors: EM then
 * works on a few thousand patterns instead of every pair.
 */
export class ComparisonVectorCoder {
  readonly strides: number[];
  readonly levelCounts: number[];

  constructor(comparers: readonly Comparer[]) {
    this.levelCounts = comparers.map((c) => c.levels.length);
    this.strides = [];
    let stride = 1;
    for (const count of this.levelCounts) {
      this.strides.push(stride);
      stride *= count;
    }
    if (stride > Number.MAX_SAFE_INTEGER) throw new RangeError('too many comparison levels to code a vector as one number');
  }

  /** Level index of comparison `k` in `code`. */
  level(code: number, k: number): number {
    return Math.floor(code / (this.strides[k] as number)) % (this.levelCounts[k] as number);
  }

  /** All level indices of `code`. */
  decode(code: number): number[] {
    return this.levelCounts.map((_, k) => this.level(code, k));
  }
}

/** Distinct comparison vectors and how many candidate pairs have each. */
export type VectorHistogram = Map<number, number>;

/** Codes the comparison vector of records `a` and `b`. Allocates nothing. */
export function comparisonVectorCode(comparers: readonly Comparer[], strides: readonly number[], a: number, b: number): number {
  let code = 0;
  for (let k = 0; k < comparers.length; k++) code += (comparers[k] as Comparer).level(a, b) * (strides[k] as number);
  return code;
}

/** Adds `from` into `into`. */
export function mergeHistograms(into: VectorHistogram, from: Iterable<[number, number]>): void {
  for (const [code, count] of from) into.set(code, (into.get(code) ?? 0) + count);
}
