import { compileComparisons } from '../comparisons/comparison-levels.js';
import type { LinkRecord } from '../features/link-record.js';
import type { PairExplanation } from './match-explanation.js';
import { explainPair } from './match-explanation.js';
import type { NameAnalyser } from '../features/name-analyser.js';
import { namesAnalyser } from '../features/names-analyser.js';
import { PairScorer } from '../scoring/pair-scoring.js';
import { prepareRecords } from '../features/record-features.js';
import type { TrainedModel } from '../model/trained-model.js';

/**
 * Explains pairs of records with a saved model, without scoring every candidate pair again.
 * All records of the run are prepared so that term frequencies are those the run used.
 *
 * @example
 * const explain = explainerFor(records, model);
 * renderExplanation(explain(3, 17));
 */
export function explainerFor(records: readonly LinkRecord[], model: TrainedModel, analyser: NameAnalyser = namesAnalyser): (a: number, b: number) => PairExplanation {
  const features = prepareRecords(records, analyser);
  const scorer = new PairScorer(model, compileComparisons(model.settings.comparisons, features, analyser));
  return (a, b) => explainPair(scorer, features, a, b);
}
