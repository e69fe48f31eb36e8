import type { BlockingPlan, BlockingRule, CompiledBlockingRule } from '../blocking/blocking.js';
import { BlockingCompiler, blockingFeaturesOf, planBlocking, setListBounds, validateBlockingRules } from '../blocking/blocking.js';
import type { BlockingWorkerData, BlockingWorkerReply } from './blocking-worker.js';
import type { RecordFeatures } from '../features/record-features.js';
import { startWorker } from './worker-thread.js';

/**
 * {@link planBlocking} on `threads` worker threads: the rules are independent, so each thread
 * takes the largest rule left until none is, while this thread computes the records' key
 * signatures. The workers share the features and send back each rule's arrays in shared
 * buffers: nothing large is copied. The plan is the same as {@link planBlocking}'s, array for
 * array. With one thread, blocking is planned on this one.
 *
 * @example
 * const plan = await planBlockingOnThreads(features, settings.blockingRules, settings.maxPairsPerBlock, 2);
 */
export async function planBlockingOnThreads(features: RecordFeatures, rules: readonly BlockingRule[], maxPairsPerBlock: number, threads: number): Promise<BlockingPlan> {
  if (threads <= 1 || rules.length <= 1) return planBlocking(features, rules, maxPairsPerBlock);
  validateBlockingRules(rules);
  const data: BlockingWorkerData = { features: blockingFeaturesOf(features), rules: [...rules], maxPairsPerBlock, taken: new Int32Array(new SharedArrayBuffer(4)) };
  const workers = Array.from({ length: Math.min(threads, rules.length) }, () => startWorker('blocking-worker', data));
  const compiled: CompiledBlockingRule[] = [];
  try {
    const finished = workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          worker.on('message', (reply: BlockingWorkerReply) => {
            if (reply.type === 'compiled') compiled[reply.rule] = { ...reply.compiled, rule: rules[reply.rule] as BlockingRule };
            else if (reply.type === 'done') resolve();
            else reject(new Error(reply.message));
          });
          worker.once('error', reject);
          worker.once('exit', (code) => reject(new Error(`a blocking worker stopped (exit code ${code}) before it was done`)));
        }),
    );
    const signatures = new BlockingCompiler(data.features, rules, maxPairsPerBlock).signatures();
    await Promise.all(finished);
    setListBounds(signatures, compiled);
    return { rules: compiled, maxPairsPerBlock, signatures };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
