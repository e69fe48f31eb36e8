import type { ComparisonSettings } from '../comparisons/comparison-settings.js';
import type { RecordFeatures } from '../features/record-features.js';
import type { UEstimate } from '../training/u-estimation.js';
import type { UWorkerData, UWorkerReply } from './u-worker.js';
import { startWorker } from './worker-thread.js';

/**
 * {@link estimateUProbabilities} on a worker thread of its own, with the default names analyser:
 * u needs the records' features and nothing of blocking, so it is drawn while this thread plans
 * the blocks. The worker shares the features' typed arrays and compiles its own comparers; the
 * same pairs drawn with the same seed give the same estimate as on this thread.
 *
 * @example
 * const u = estimateUOnThread(features, settings.comparisons, settings.uSamplePairs, settings.seed);
 * const plan = planBlocking(features, settings.blockingRules, settings.maxPairsPerBlock);
 * trainModel({ ..., u: await u });
 */
export function estimateUOnThread(features: RecordFeatures, comparisons: readonly ComparisonSettings[], maxPairs: number, seed: number): Promise<UEstimate> {
  const data: UWorkerData = { features, comparisons: [...comparisons], maxPairs, seed };
  const worker = startWorker('u-worker', data);
  return new Promise<UEstimate>((resolve, reject) => {
    worker.once('message', (reply: UWorkerReply) => {
      if (reply.type === 'u') resolve(reply.estimate);
      else reject(new Error(reply.message));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the u worker stopped (exit code ${code}) before it answered`)));
  }).finally(() => worker.terminate());
}
