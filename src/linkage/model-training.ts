import type { BlockingKeyPart, BlockingRule } from './blocking.js';
import type { Comparer } from './comparison-levels.js';
import { ComparisonVectorCoder } from './comparison-vector.js';
import { enforceMonotoneWeights, estimatePrior, startingM, trainByExpectationMaximisation } from './em-training.js';
import type { LabelledPair } from './label-training.js';
import { mFromLabels } from './label-training.js';
import type { LinkageSettings } from './linkage-settings.js';
import type { RuleHistograms } from './pair-pass.js';
import type { TrainedModel } from './trained-model.js';
import { MODEL_FORMAT_VERSION, comparisonModels } from './trained-model.js';
import type { UEstimate } from './u-estimation.js';

/** What training needs, computed by the earlier stages. */
export interface TrainingInput {
  settings: LinkageSettings;
  comparers: readonly Comparer[];
  recordCount: number;
  /** Comparison vectors of the candidate pairs: their union, and each blocking rule's own. */
  histograms: RuleHistograms;
  /** u from random pairs. */
  u: UEstimate;
  labels?: readonly LabelledPair[];
}

/** The comparison a blocking key part constrains. */
const FIELD_OF_KEY: Readonly<Record<BlockingKeyPart, string>> = {
  surname_key: 'surname',
  given_key: 'given_name',
  father_key: 'father_name',
  birth_year: 'birth_date',
  birth_date: 'birth_date',
  birth_month_day: 'birth_date',
  service_number: 'service_number',
  unit: 'unit',
};

function blockedFields(rule: BlockingRule): Set<string> {
  return new Set(rule.keys.map((key) => FIELD_OF_KEY[key]));
}

/**
 * Trains the Fellegi-Sunter model as Splink does. u comes from random pairs and stays fixed.
 * m is estimated by one EM session per blocking rule, on that rule's pairs, for the comparisons
 * the rule does not block on (those agree by construction and say nothing there); each m is
 * the mean over the sessions that estimated it, then made monotone in the level order. Human
 * labels, when given, are blended in. Finally the prior over all pairs is the fixed point of
 * expected matches among candidates over n(n-1)/2.
 */
export function trainModel(input: TrainingInput): TrainedModel {
  const { settings, comparers, histograms, u } = input;
  const coder = new ComparisonVectorCoder(comparers);
  let candidatePairs = 0;
  for (const count of histograms.union.values()) candidatePairs += count;
  const emOptions = { maxIterations: settings.emMaxIterations, convergence: settings.emConvergence, estimateU: false };

  const sums = comparers.map((c) => new Array<number>(c.levels.length).fill(0));
  const sessions = comparers.map(() => 0);
  let iterations = 0;
  let converged = true;
  let lambdaSum = 0;
  settings.blockingRules.forEach((rule, r) => {
    const histogram = histograms.byRule[r];
    if (histogram === undefined || histogram.size === 0) return;
    const blocked = blockedFields(rule);
    const active = comparers.map((c) => !blocked.has(c.name));
    const em = trainByExpectationMaximisation(histogram, coder, { m: comparers.map((c) => startingM(c.levels.length)), u: u.u, lambda: 0.3 }, { ...emOptions, active });
    iterations += em.iterations;
    converged &&= em.converged;
    lambdaSum += em.lambda;
    comparers.forEach((_, k) => {
      if (active[k] !== true) return;
      sessions[k] = (sessions[k] as number) + 1;
      const row = sums[k] as number[];
      (em.m[k] as number[]).forEach((value, level) => (row[level] = (row[level] as number) + value));
    });
  });
  let m = comparers.map((c, k) => {
    const count = sessions[k] as number;
    const raw = count === 0 ? startingM(c.levels.length) : (sums[k] as number[]).map((value) => value / count);
    return enforceMonotoneWeights(raw, u.u[k] as number[]);
  });
  let labelledSame = 0;
  if (input.labels !== undefined && input.labels.length > 0) {
    const fromLabels = mFromLabels(comparers, input.labels, m, settings.labelBlendWeight);
    m = fromLabels.m.map((row, k) => enforceMonotoneWeights(row, u.u[k] as number[]));
    labelledSame = fromLabels.used;
  }
  const allPairs = Math.max(1, (input.recordCount * (input.recordCount - 1)) / 2);
  const prior = estimatePrior(histograms.union, coder, m, u.u, allPairs, emOptions);
  return {
    format_version: MODEL_FORMAT_VERSION,
    settings,
    probability_two_random_records_match: prior,
    comparisons: comparisonModels(comparers, m, u.u),
    training: {
      records: input.recordCount,
      candidate_pairs: Math.round(candidatePairs),
      u_sampled_pairs: u.sampledPairs,
      em_iterations: iterations,
      em_converged: converged,
      em_lambda_within_candidates: settings.blockingRules.length > 0 ? lambdaSum / settings.blockingRules.length : 0,
      labelled_same_pairs: labelledSame,
    },
  };
}
