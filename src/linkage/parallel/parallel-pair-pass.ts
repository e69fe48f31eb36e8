import type { Worker } from 'node:worker_threads';
import type { BlockingPlan, BlockRange } from '../blocking/blocking.js';
import { splitIntoRanges } from '../blocking/blocking.js';
import type { MatchEdges } from '../clustering/clustering.js';
import type { PairPass, PairPassFactory, RuleHistograms, ScoredPairChunk } from '../scoring/pair-pass.js';
import { EdgeCollector, PAIRS_PER_RANGE, TRAINING_PAIRS, emptyCounts, mergeCounts, rangeKey, trainingRanges, weighCounts } from '../scoring/pair-pass.js';
import type { LinkageSettings } from '../model/linkage-settings.js';
import type { RecordFeatures } from '../features/record-features.js';
import type { WorkerReply, WorkerRequest } from './parallel-pair-worker.js';
import { chunkViews } from './shared-chunk.js';
import { startWorker } from './worker-thread.js';

/**
 * Hands ranges of blocks to each worker one at a time (the next range goes to whichever worker
 * finishes first, `next(worker)` picks which), so two cores stay busy however uneven the blocks
 * are, and at most one range per worker is in flight: memory stays bounded.
 */
async function dispatch(workers: Worker[], next: (worker: number) => BlockRange | undefined, request: (range: BlockRange, worker: number) => WorkerRequest, onReply: (reply: WorkerReply, worker: number) => void): Promise<void> {
  await Promise.all(
    workers.map(
      (worker, index) =>
        new Promise<void>((resolve, reject) => {
          const send = (): void => {
            const range = next(index);
            if (range === undefined) {
              worker.off('message', listen);
              worker.off('error', reject);
              resolve();
              return;
            }
            worker.postMessage(request(range, index));
          };
          const listen = (reply: WorkerReply): void => {
            if (reply.type === 'failed') {
              reject(new Error(reply.message));
              return;
            }
            onReply(reply, index);
            send();
          };
          worker.on('message', listen);
          worker.once('error', reject);
          send();
        }),
    ),
  );
}

/** Takes ranges in order, whichever worker asks. */
function inOrder(ranges: readonly BlockRange[]): () => BlockRange | undefined {
  let next = 0;
  return () => ranges[next++];
}

/** Gathers the workers' counts: whole numbers, so the sum is the same whichever worker counted what. */
async function collect(workers: Worker[], rules: number): Promise<RuleHistograms> {
  const into = emptyCounts();
  await Promise.all(
    workers.map(
      (worker) =>
        new Promise<void>((resolve, reject) => {
          worker.once('message', (reply: WorkerReply) => {
            if (reply.type !== 'counts') {
              reject(new Error('worker answered out of turn'));
              return;
            }
            mergeCounts(into, { newByRule: reply.newByRule.map((entries) => new Map(entries)), byRule: reply.byRule.map((entries) => new Map(entries)), weightByRule: reply.weightByRule });
            resolve();
          });
          worker.postMessage({ type: 'flush' } satisfies WorkerRequest);
        }),
    ),
  );
  return weighCounts(into, rules);
}

/**
 * A pair pass over worker threads: each worker shares the features' typed arrays and the
 * blocking plan (SharedArrayBuffers; only the distinct names and texts are copied), compiles its own comparers (with the names analyser: custom analysers need the
 * single-threaded pass), and walks the ranges it is handed.
 *
 * @example
 * await linkRecords({ records, pairPass: parallelPairPass(2) });
 */
export function parallelPairPass(threads: number, options: { trainingPairs?: number; pairsPerRange?: number } = {}): PairPassFactory {
  const factory = (features: RecordFeatures, settings: LinkageSettings, plan: BlockingPlan): PairPass => {
    const workers = Array.from({ length: Math.max(1, threads) }, () => startWorker('parallel-pair-worker', { features, settings, plan }));
    const ranges = splitIntoRanges(plan, options.pairsPerRange ?? PAIRS_PER_RANGE);
    // Which worker counted (and keeps the levels of) each range.
    const countedBy = new Map<string, number>();
    return {
      async countVectors(onProgress) {
        let done = 0;
        await dispatch(
          workers,
          inOrder(trainingRanges(plan, ranges, options.trainingPairs ?? TRAINING_PAIRS)),
          (range, worker) => {
            countedBy.set(rangeKey(range), worker);
            return { type: 'count', range };
          },
          (reply) => {
            if (reply.type === 'counted') {
              done += reply.pairs;
              onProgress?.(done);
            }
          },
        );
        return collect(workers, plan.rules.length);
      },
      async scorePairs(scorer, options) {
        const kept = new EdgeCollector();
        const newPairsByRule = plan.rules.map(() => 0);
        // Per worker: the buffer its chunks lie in (it sends a new one only when it outgrows it).
        const shared: (SharedArrayBuffer | undefined)[] = workers.map(() => undefined);
        let done = 0;
        // A worker first scores the ranges it counted (it kept their levels), then the others;
        // with none left it takes another's (and compares their pairs again): same scores.
        const own: BlockRange[][] = workers.map(() => []);
        const rest: BlockRange[] = [];
        for (const range of ranges) {
          const worker = countedBy.get(rangeKey(range));
          if (worker === undefined) rest.push(range);
          else (own[worker] as BlockRange[]).push(range);
        }
        own.forEach((list) => list.reverse());
        rest.reverse();
        const next = (worker: number): BlockRange | undefined => {
          const mine = own[worker] as BlockRange[];
          if (mine.length > 0) return mine.pop();
          if (rest.length > 0) return rest.pop();
          const longest = own.reduce((a, b) => (b.length > a.length ? b : a));
          return longest.shift();
        };
        await dispatch(
          workers,
          next,
          (range) => ({ type: 'score', range, model: scorer.model, keepAtOrAbove: options.keepAtOrAbove, withChunk: options.onChunk !== undefined }),
          (reply, worker) => {
            if (reply.type !== 'scored') return;
            kept.append(reply.kept);
            newPairsByRule[reply.rule] = (newPairsByRule[reply.rule] as number) + reply.pairs;
            if (reply.shared !== undefined) shared[worker] = reply.shared;
            const buffer = shared[worker];
            if (reply.chunk !== undefined && reply.chunk.pairs > 0 && buffer !== undefined) options.onChunk?.(chunkViews(buffer, reply.chunk));
            done += reply.pairs;
            options.onProgress?.(done);
          },
        );
        return { kept: kept.edges(), newPairsByRule };
      },
      async close() {
        await Promise.all(workers.map((worker) => worker.terminate()));
      },
    };
  };
  return Object.assign(factory, { threads: Math.max(1, threads) });
}

export type { MatchEdges, ScoredPairChunk };
