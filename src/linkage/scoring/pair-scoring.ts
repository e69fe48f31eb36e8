import type { Comparer } from '../comparisons/comparison-levels.js';
import type { TrainedModel } from '../model/trained-model.js';
import { probabilityTables } from '../model/trained-model.js';

/**
 * The smallest share a name may count for in term-frequency adjustments. Without a floor a name
 * seen twice in a million records would add 12 bits, more than a misspelt common name deserves.
 */
export const TF_MINIMUM_U = 1e-4;

/** match_probability from match_weight: the weight is log2 of the odds. */
export function matchProbability(matchWeight: number): number {
  const odds = 2 ** matchWeight;
  return Number.isFinite(odds) ? odds / (1 + odds) : 1;
}

/** match_weight from match_probability (the inverse of {@link matchProbability}). */
export function matchWeightOf(probability: number): number {
  if (probability <= 0) return -Infinity;
  if (probability >= 1) return Infinity;
  return Math.log2(probability / (1 - probability));
}

/**
 * Scores pairs with a trained model: prior weight plus, per comparison, log2(m/u) of the pair's
 * level, plus the term-frequency adjustment log2(u / tf) on exact name levels. Weight tables are
 * built once, so scoring a pair allocates nothing.
 */
export class PairScorer {
  readonly priorWeight: number;
  /** Per comparison, per level index: log2(m/u) (0 for the null level). */
  readonly weights: Float64Array[];
  readonly m: number[][];
  readonly u: number[][];
  private readonly tfLevel: Uint8Array[];

  constructor(
    readonly model: TrainedModel,
    readonly comparers: readonly Comparer[],
  ) {
    const lambda = model.probability_two_random_records_match;
    this.priorWeight = Math.log2(lambda / (1 - lambda));
    const { m, u } = probabilityTables(model, comparers);
    this.m = m;
    this.u = u;
    this.weights = comparers.map((comparer, k) => Float64Array.from(comparer.levels, (level, i) => (level.isNull ? 0 : Math.log2(((m[k] as number[])[i] as number) / ((u[k] as number[])[i] as number)))));
    this.tfLevel = comparers.map((comparer) => Uint8Array.from(comparer.levels, (level) => (level.tfAdjusted ? 1 : 0)));
  }

  /** The term-frequency adjustment (in bits) of comparison `k` at level `level` for the pair. */
  tfAdjustment(k: number, level: number, a: number, b: number): number {
    if ((this.tfLevel[k] as Uint8Array)[level] === 0) return 0;
    const tf = (this.comparers[k] as Comparer).termFrequency(a, b);
    if (tf <= 0) return 0;
    return Math.log2(((this.u[k] as number[])[level] as number) / Math.max(tf, TF_MINIMUM_U));
  }

  /** The match_weight of a pair whose levels are known (as {@link matchWeight} adds them up). */
  matchWeightAtLevels(levels: Int32Array, a: number, b: number): number {
    let weight = this.priorWeight;
    for (let k = 0; k < levels.length; k++) {
      const level = levels[k] as number;
      weight += (this.weights[k] as Float64Array)[level] as number;
      if ((this.tfLevel[k] as Uint8Array)[level] === 1) weight += this.tfAdjustment(k, level, a, b);
    }
    return weight;
  }

  /** The pair's match_weight. */
  matchWeight(a: number, b: number): number {
    let weight = this.priorWeight;
    const comparers = this.comparers;
    for (let k = 0; k < comparers.length; k++) {
      const level = (comparers[k] as Comparer).level(a, b);
      weight += (this.weights[k] as Float64Array)[level] as number;
      if ((this.tfLevel[k] as Uint8Array)[level] === 1) weight += this.tfAdjustment(k, level, a, b);
    }
    return weight;
  }
}
