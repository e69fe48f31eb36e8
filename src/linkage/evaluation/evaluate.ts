import { WhereaboutsError } from '../../errors.js';

/** Precision, recall and F1 of one kind. */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

/** How a clustering compares with the truth. */
export interface Evaluation {
  /** Over pairs of records: a pair is predicted when both share a predicted cluster, true when they share a truth cluster. */
  pairwise: Scores & { truePositives: number; predictedPairs: number; truePairs: number };
  /** B-cubed (Bagga and Baldwin): per record, the overlap of its predicted and true clusters, averaged over records. */
  bcubed: Scores;
  records: number;
}

function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

function pairs(size: number): number {
  return (size * (size - 1)) / 2;
}

/**
 * Scores a predicted clustering against a truth clustering over the same records: `predicted[i]`
 * and `truth[i]` are record i's cluster labels (any strings or numbers). Linear in the number of
 * records: pairs are counted from cluster sizes, never enumerated. With no pairs to find or
 * none predicted, precision/recall are 1 (nothing was wrong).
 *
 * @example
 * evaluateClustering(['a', 'a', 'b'], [1, 1, 1]).pairwise; // precision 1, recall 1/3
 */
export function evaluateClustering(predicted: ArrayLike<string | number>, truth: ArrayLike<string | number>): Evaluation {
  if (predicted.length !== truth.length) {
    throw new WhereaboutsError('WA_TRUTH_INVALID', `the truth has ${truth.length} records, the clustering ${predicted.length}`);
  }
  const n = predicted.length;
  const predictedSize = new Map<string | number, number>();
  const truthSize = new Map<string | number, number>();
  const overlap = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const p = predicted[i] as string | number;
    const t = truth[i] as string | number;
    predictedSize.set(p, (predictedSize.get(p) ?? 0) + 1);
    truthSize.set(t, (truthSize.get(t) ?? 0) + 1);
    const key = `${typeof p}:${p}\u0000${typeof t}:${t}`;
    overlap.set(key, (overlap.get(key) ?? 0) + 1);
  }
  let truePositives = 0;
  for (const size of overlap.values()) truePositives += pairs(size);
  let predictedPairs = 0;
  for (const size of predictedSize.values()) predictedPairs += pairs(size);
  let truePairs = 0;
  for (const size of truthSize.values()) truePairs += pairs(size);
  const precision = predictedPairs === 0 ? 1 : truePositives / predictedPairs;
  const recall = truePairs === 0 ? 1 : truePositives / truePairs;

  // B-cubed: a record in overlap cell (p, t) of size k has precision k/|p| and recall k/|t|.
  let bPrecision = 0;
  let bRecall = 0;
  for (let i = 0; i < n; i++) {
    const p = predicted[i] as string | number;
    const t = truth[i] as string | number;
    const k = overlap.get(`${typeof p}:${p}\u0000${typeof t}:${t}`) as number;
    bPrecision += k / (predictedSize.get(p) as number);
    bRecall += k / (truthSize.get(t) as number);
  }
  const bp = n === 0 ? 1 : bPrecision / n;
  const br = n === 0 ? 1 : bRecall / n;
  return {
    pairwise: { precision, recall, f1: f1(precision, recall), truePositives, predictedPairs, truePairs },
    bcubed: { precision: bp, recall: br, f1: f1(bp, br) },
    records: n,
  };
}
