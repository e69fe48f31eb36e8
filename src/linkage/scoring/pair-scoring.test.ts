import { describe, expect, it } from 'vitest';
import type { ParsedRecord } from '../../ingest/record.js';
import { compileComparisons } from '../comparisons/comparison-levels.js';
import { NameComparison } from '../comparisons/comparison-settings.js';
import { explainPair } from '../explanations/match-explanation.js';
import { PairScorer, matchProbability, matchWeightOf } from './pair-scoring.js';
import { defaultLinkageSettings } from '../model/linkage-settings.js';
import { namesAnalyser } from '../features/names-analyser.js';
import { prepareRecords } from '../features/record-features.js';
import { linkRecordsOf } from '../testing/test-records.js';
import type { TrainedModel } from '../model/trained-model.js';
import { MODEL_FORMAT_VERSION, comparisonModels } from '../model/trained-model.js';

describe('term-frequency adjustments', () => {
  // 40 Grigoryans and one pair of Zohrabyans.
  const rows: [string, ParsedRecord][] = [
    ...Array.from({ length: 40 }, (): [string, ParsedRecord] => ['l', { surname: 'Grigoryan' }]),
    ['l', { surname: 'Zohrabyan' }],
    ['l', { surname: 'Zohrabyan' }],
    ...Array.from({ length: 58 }, (_, i): [string, ParsedRecord] => ['l', { surname: `Name${i}yan` }]),
  ];
  const features = prepareRecords(linkRecordsOf(rows), namesAnalyser);
  const settings = { ...defaultLinkageSettings(), comparisons: [NameComparison('surname')] };
  const comparers = compileComparisons(settings.comparisons, features, namesAnalyser);
  const levels = comparers[0]?.levels.length ?? 0;
  const m = [Array.from({ length: levels }, (_, i) => (i === 0 ? 1 : i === levels - 1 ? 0.9 : 0.1 / (levels - 2)))];
  const u = [Array.from({ length: levels }, (_, i) => (i === 0 ? 1 : i === levels - 1 ? 0.05 : 0.95 / (levels - 2)))];
  const model: TrainedModel = {
    format_version: MODEL_FORMAT_VERSION,
    settings,
    probability_two_random_records_match: 0.01,
    comparisons: comparisonModels(comparers, m, u),
    training: { records: rows.length, candidate_pairs: 0, u_sampled_pairs: 0, em_iterations: 0, em_converged: true, em_lambda_within_candidates: 0, labelled_same_pairs: 0 },
  };
  const scorer = new PairScorer(model, comparers);

  it('makes a match on a rare surname stronger evidence than on a common one', () => {
    const common = scorer.matchWeight(0, 1);
    const rare = scorer.matchWeight(40, 41);
    expect(rare).toBeGreaterThan(common);
    // Grigoryan holds 40% of the records: agreeing on it is weaker than the average exact match.
    expect(explainPair(scorer, features, 0, 1).steps[1]?.tf_adjustment).toBeLessThan(0);
    expect(explainPair(scorer, features, 40, 41).steps[1]?.tf_adjustment).toBeGreaterThan(0);
  });

  it('explains with steps that add up to the weight it scores', () => {
    for (const [a, b] of [[0, 1], [40, 41], [0, 40], [42, 43]] as const) {
      const explanation = explainPair(scorer, features, a, b);
      const sum = explanation.steps.reduce((s, step) => s + step.total_weight, 0);
      expect(sum).toBeCloseTo(scorer.matchWeight(a, b), 10);
      expect(explanation.match_probability).toBeCloseTo(matchProbability(sum), 10);
    }
  });
});

describe('match weight and probability', () => {
  it('are inverse of each other', () => {
    for (const p of [0.001, 0.2, 0.5, 0.9, 0.999]) expect(matchProbability(matchWeightOf(p))).toBeCloseTo(p, 12);
  });
});
