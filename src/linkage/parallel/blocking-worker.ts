import { parentPort, workerData } from 'node:worker_threads';
import type { BlockingFeatures, BlockingRule, CompiledBlockingRule } from '../blocking/blocking.js';
import { BlockingCompiler } from '../blocking/blocking.js';

/** What a blocking worker is started with. */
export interface BlockingWorkerData {
  features: BlockingFeatures;
  rules: BlockingRule[];
  maxPairsPerBlock: number;
  /** Shared by every thread compiling the plan: how many rules were taken so far (in the compiler's largest-first order). */
  taken: Int32Array;
}

/** What a blocking worker answers: each rule it compiled (its arrays in SharedArrayBuffers), then `done`. */
export type BlockingWorkerReply = { type: 'compiled'; rule: number; compiled: CompiledBlockingRule } | { type: 'done' } | { type: 'failed'; message: string };

const { features, rules, maxPairsPerBlock, taken } = workerData as BlockingWorkerData;
const reply = (message: BlockingWorkerReply): void => parentPort?.postMessage(message);
try {
  const compiler = new BlockingCompiler(features, rules, maxPairsPerBlock);
  const order = compiler.largestFirst();
  // Takes the next rule until none is left: the threads share the rules whatever their sizes.
  for (let next = Atomics.add(taken, 0, 1); next < order.length; next = Atomics.add(taken, 0, 1)) {
    const rule = order[next] as number;
    reply({ type: 'compiled', rule, compiled: compiler.compile(rule) });
  }
  reply({ type: 'done' });
} catch (error) {
  reply({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
