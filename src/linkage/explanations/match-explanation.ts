import type { PairScorer } from '../scoring/pair-scoring.js';
import { matchProbability } from '../scoring/pair-scoring.js';
import type { RecordFeatures } from '../features/record-features.js';
import { linkRecordKey } from '../features/link-record.js';

/** One bar of the waterfall: the prior, or one comparison at the pair's level. */
export interface WaterfallStep {
  /** `prior`, or the comparison's output_column_name. */
  column: string;
  /** The level's label (`exact`, `jaro_winkler >= 0.94`, `null`...); for the prior, its description. */
  label: string;
  /** Splink's gamma: -1 null, 0 else, higher closer. Undefined for the prior. */
  gamma?: number;
  value_l: string;
  value_r: string;
  m_probability?: number;
  u_probability?: number;
  /** m/u (for the prior: its odds). */
  bayes_factor: number;
  /** log2 of the bayes factor, before term-frequency adjustment. */
  match_weight: number;
  /** Term-frequency adjustment in bits (0 when none applies). */
  tf_adjustment: number;
  /** match_weight + tf_adjustment: what this step adds to the total. */
  total_weight: number;
}

/** Why a pair scored what it did, as plain data. The steps' `total_weight` sum to `match_weight`. */
export interface PairExplanation {
  record_l: string;
  record_r: string;
  steps: WaterfallStep[];
  match_weight: number;
  match_probability: number;
}

/**
 * Explains one pair: the prior, then every comparison's level with its m, u, bayes factor,
 * weight and term-frequency adjustment, then the final weight and probability.
 */
export function explainPair(scorer: PairScorer, features: RecordFeatures, a: number, b: number): PairExplanation {
  const lambda = scorer.model.probability_two_random_records_match;
  const steps: WaterfallStep[] = [
    {
      column: 'prior',
      label: 'probability two random records match',
      value_l: '',
      value_r: '',
      bayes_factor: lambda / (1 - lambda),
      match_weight: scorer.priorWeight,
      tf_adjustment: 0,
      total_weight: scorer.priorWeight,
    },
  ];
  let total = scorer.priorWeight;
  scorer.comparers.forEach((comparer, k) => {
    const level = comparer.level(a, b);
    const info = comparer.levels[level];
    const weight = (scorer.weights[k] as Float64Array)[level] as number;
    const tf = scorer.tfAdjustment(k, level, a, b);
    const step: WaterfallStep = {
      column: comparer.name,
      label: info?.label ?? '',
      gamma: level - 1,
      value_l: comparer.display(a),
      value_r: comparer.display(b),
      bayes_factor: 2 ** weight,
      match_weight: weight,
      tf_adjustment: tf,
      total_weight: weight + tf,
    };
    if (info !== undefined && !info.isNull) {
      step.m_probability = (scorer.m[k] as number[])[level] as number;
      step.u_probability = (scorer.u[k] as number[])[level] as number;
    }
    steps.push(step);
    total += weight + tf;
  });
  const key = (r: number): string => linkRecordKey(features.lists[features.list[r] as number] as string, features.row[r] as number);
  return { record_l: key(a), record_r: key(b), steps, match_weight: total, match_probability: matchProbability(total) };
}
