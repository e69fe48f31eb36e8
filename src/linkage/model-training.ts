import type { Comparer } from './comparison-levels.js';
import type { VectorHistogram } from './comparison-vector.js';
import { ComparisonVectorCoder } from './comparison-vector.js';
import { startingM, trainByExpectationMaximisation } from './em-training.js';
import type { LabelledPair } from './label-training.js';
import { mFromLabels } from './label-training.js';
import type { LinkageSettings } from './linkage-settings.js';
import type { TrainedModel } from './trained-model.js';
import { MODEL_FORMAT_VERSION, comparisonModels } from './trained-model.js';
import type { UEstimate } from './u-estimation.js';

/** What training needs, computed by the earlier stages. */
export interface TrainingInput {
  settings: LinkageSettings;
  comparers: readonly Comparer[];
  recordCount: number;
  /** Comparison vectors of all candidate pairs. */
  histogram: VectorHistogram;
  /** u from random pairs. */
  u: UEstimate;
  labels?: readonly LabelledPair[];
}

/**
 * Trains the Fellegi-Sunter model: m by EM on the candidate pairs (blended with human labels
 * when there are any), u from random pairs, and the prior over all pairs from EM's share of
 * matches among candidates: expected matches = lambda × candidate pairs, spread over all
 * n(n-1)/2 pairs (blocking is built to find nearly every match).
 */
export function trainModel(input: TrainingInput): TrainedModel {
  const { settings, comparers, histogram, u } = input;
  const coder = new ComparisonVectorCoder(comparers);
  let candidatePairs = 0;
  for (const count of histogram.values()) candidatePairs += count;
  const em = trainByExpectationMaximisation(
    histogram,
    coder,
    { m: comparers.map((c) => startingM(c.levels.length)), u: u.u, lambda: 0.2 },
    { maxIterations: settings.emMaxIterations, convergence: settings.emConvergence },
  );
  let m = em.m;
  let labelledSame = 0;
  if (input.labels !== undefined && input.labels.length > 0) {
    const fromLabels = mFromLabels(comparers, input.labels, em.m, settings.labelBlendWeight);
    m = fromLabels.m;
    labelledSame = fromLabels.used;
  }
  const allPairs = Math.max(1, (input.recordCount * (input.recordCount - 1)) / 2);
  const expectedMatches = Math.max(em.lambda * candidatePairs, 1);
  const prior = Math.min(Math.max(expectedMatches / allPairs, 1e-12), 0.5);
  return {
    format_version: MODEL_FORMAT_VERSION,
    settings,
    probability_two_random_records_match: prior,
    comparisons: comparisonModels(comparers, m, u.u),
    training: {
      records: input.recordCount,
      candidate_pairs: candidatePairs,
      u_sampled_pairs: u.sampledPairs,
      em_iterations: em.iterations,
      em_converged: em.converged,
      em_lambda_within_candidates: em.lambda,
      labelled_same_pairs: labelledSame,
    },
  };
}
