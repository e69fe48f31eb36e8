import { parentPort, workerData } from 'node:worker_threads';
import { compileComparisons } from '../comparisons/comparison-levels.js';
import type { ComparisonSettings } from '../comparisons/comparison-settings.js';
import { namesAnalyser } from '../features/names-analyser.js';
import type { RecordFeatures } from '../features/record-features.js';
import type { UEstimate } from '../training/u-estimation.js';
import { estimateUProbabilities } from '../training/u-estimation.js';

/** What a u worker is started with: what {@link estimateUProbabilities} takes, comparers as settings. */
export interface UWorkerData {
  features: RecordFeatures;
  comparisons: ComparisonSettings[];
  maxPairs: number;
  seed: number;
}

/** What a u worker answers, once. */
export type UWorkerReply = { type: 'u'; estimate: UEstimate } | { type: 'failed'; message: string };

const { features, comparisons, maxPairs, seed } = workerData as UWorkerData;
try {
  // The same comparers the main thread compiles (the default names analyser): the same pairs
  // are drawn with the same seed, so the estimate is the one the main thread would make.
  const comparers = compileComparisons(comparisons, features, namesAnalyser);
  const estimate = estimateUProbabilities(comparers, features.count, maxPairs, seed);
  parentPort?.postMessage({ type: 'u', estimate } satisfies UWorkerReply);
} catch (error) {
  parentPort?.postMessage({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies UWorkerReply);
}
