import type { BlockingKeyPart, BlockingRule } from '../blocking/blocking.js';
import type { Comparer } from '../comparisons/comparison-levels.js';
import { ComparisonVectorCoder } from '../comparisons/comparison-vector.js';
import { enforceMonotoneWeights, estimatePrior, startingM, trainByExpectationMaximisation } from './em-training.js';
import type { LabelledPair } from './label-training.js';
import { mFromLabels } from './label-training.js';
import type { LinkageSettings } from '../model/linkage-settings.js';
import type { RuleHistograms } from '../scoring/pair-pass.js';
import type { TrainedModel } from '../model/trained-model.js';
import { MODEL_FORMAT_VERSION, comparisonModels } from '../model/trained-model.js';
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
 * m and u of the comparisons brothers share (birth place, date and place of disappearance),
 * with every other comparison's m and u fixed. EM left to learn them with the names lets the
 * match class drift to "same family, same day": brothers who went missing together agree on
 * everything but given name and birth date, and random-pair u makes each shared field weigh as
 * if a stranger had agreed. So: the prior and each candidate pair's match probability from the
 * other comparisons alone, then m as the level shares among candidate pairs weighted by that
 * probability, and u as the shares weighted by its complement (candidates that are not the same
 * man: brothers, namesakes, cousins, whom these fields must tell apart). One pass, no feedback.
 */
function trainFamilySharedComparisons(
  comparers: readonly Comparer[],
  coder: ComparisonVectorCoder,
  union: RuleHistograms['union'],
  m: readonly number[][],
  u: readonly number[][],
  allPairs: number,
  options: { maxIterations: number; convergence: number },
): { m: number[][]; u: number[][] } {
  const shared = comparers.map((c) => c.sharedByFamilies === true);
  // Without the shared comparisons: their m equal to u weighs nothing.
  const neutralM = m.map((row, k) => (shared[k] === true ? [...(u[k] as number[])] : [...row]));
  const lambda = estimatePrior(union, coder, neutralM, u, allPairs, options);
  const odds = lambda / (1 - lambda);
  const mSums = comparers.map((c) => new Float64Array(c.levels.length));
  const uSums = comparers.map((c) => new Float64Array(c.levels.length));
  for (const code of [...union.keys()].sort((x, y) => x - y)) {
    const count = union.get(code) ?? 0;
    const levels = coder.decode(code);
    let ratio = odds;
    levels.forEach((level, k) => {
      if (level !== 0 && shared[k] !== true) ratio *= ((m[k] as number[])[level] as number) / ((u[k] as number[])[level] as number);
    });
    const posterior = Number.isFinite(ratio) ? ratio / (1 + ratio) : 1;
    levels.forEach((level, k) => {
      if (shared[k] !== true) return;
      (mSums[k] as Float64Array)[level] = ((mSums[k] as Float64Array)[level] as number) + posterior * count;
      (uSums[k] as Float64Array)[level] = ((uSums[k] as Float64Array)[level] as number) + (1 - posterior) * count;
    });
  }
  const shares = (sums: Float64Array): number[] => {
    let nonNull = 0;
    for (let level = 1; level < sums.length; level++) nonNull += sums[level] as number;
    return Array.from(sums, (x, level) => (level === 0 ? 1 : Math.max(nonNull > 0 ? x / nonNull : 0, 1e-6)));
  };
  const uOut = u.map((row, k) => (shared[k] === true ? shares(uSums[k] as Float64Array) : [...row]));
  const mOut = m.map((row, k) => (shared[k] === true ? enforceMonotoneWeights(shares(mSums[k] as Float64Array), uOut[k] as number[]) : [...row]));
  return { m: mOut, u: uOut };
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
    // Comparisons brothers share take part only where the pairs agree on the given name, so
    // hold no brothers: there they help tell the same man from a namesake or a coincidence
    // (without them, the "given name + father + birth year" session has only the surname left
    // and cannot be identified). Their m and u are set afterwards from the candidate pairs.
    const withoutBrothers = rule.keys.includes('given_key');
    const active = comparers.map((c) => !blocked.has(c.name) && (c.sharedByFamilies !== true || withoutBrothers));
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
  let m: number[][] = comparers.map((c, k) => {
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
  let uTable = u.u;
  if (comparers.some((c) => c.sharedByFamilies === true)) {
    const family = trainFamilySharedComparisons(comparers, coder, histograms.union, m, u.u, allPairs, emOptions);
    m = family.m;
    uTable = family.u;
  }
  const prior = estimatePrior(histograms.union, coder, m, uTable, allPairs, emOptions);
  return {
    format_version: MODEL_FORMAT_VERSION,
    settings,
    probability_two_random_records_match: prior,
    comparisons: comparisonModels(comparers, m, uTable),
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
