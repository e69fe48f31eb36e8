import { parentPort, workerData } from 'node:worker_threads';
import type { BlockingPlan, BlockRange } from '../blocking/blocking.js';
import type { MatchEdges } from '../clustering/clustering.js';
import { compileComparisons } from '../comparisons/comparison-levels.js';
import type { LinkageSettings } from '../model/linkage-settings.js';
import { namesAnalyser } from '../features/names-analyser.js';
import type { CountedPairsByRange } from '../scoring/pair-pass.js';
import { EdgeCollector, countVectorsInRanges, emptyCounts, rangeKey, scoreRange } from '../scoring/pair-pass.js';
import { PairScorer } from '../scoring/pair-scoring.js';
import type { RecordFeatures } from '../features/record-features.js';
import type { ChunkLayout } from './shared-chunk.js';
import { writeChunk } from './shared-chunk.js';
import type { TrainedModel } from '../model/trained-model.js';

/** What the main thread asks a worker. */
export type WorkerRequest =
  | { type: 'count'; range: BlockRange }
  | { type: 'flush' }
  | { type: 'score'; range: BlockRange; model: TrainedModel; keepAtOrAbove: number; withChunk: boolean };

/** What a worker answers. */
export type WorkerReply =
  | { type: 'counted'; pairs: number }
  | { type: 'counts'; newByRule: [number, number][][]; byRule: [number, number][][]; weightByRule: number[] }
  | { type: 'scored'; rule: number; pairs: number; kept: MatchEdges; chunk?: ChunkLayout; shared?: SharedArrayBuffer }
  | { type: 'failed'; message: string };

const { features, settings, plan } = workerData as { features: RecordFeatures; settings: LinkageSettings; plan: BlockingPlan };
const comparers = compileComparisons(settings.comparisons, features, namesAnalyser);
let counts = emptyCounts();
/** The pairs this worker counted, by range, until it scores them. */
const counted: CountedPairsByRange = new Map();
let scorer: PairScorer | undefined;
let scorerModel: TrainedModel | undefined;
/** Where scored chunks are handed to the main thread; sent along only when new. */
let shared: SharedArrayBuffer | undefined;

function answer(request: WorkerRequest): WorkerReply {
  switch (request.type) {
    case 'count': {
      let pairs = 0;
      countVectorsInRanges(plan, comparers, [request.range], counts, (n) => (pairs += n), counted);
      return { type: 'counted', pairs };
    }
    case 'flush': {
      const reply: WorkerReply = { type: 'counts', newByRule: counts.newByRule.map((h) => [...h]), byRule: counts.byRule.map((h) => [...h]), weightByRule: counts.weightByRule };
      counts = emptyCounts();
      return reply;
    }
    case 'score': {
      // The model arrives with every range; build the scorer once per model.
      if (scorer === undefined || JSON.stringify(scorerModel) !== JSON.stringify(request.model)) {
        scorer = new PairScorer(request.model, comparers);
        scorerModel = request.model;
      }
      const kept = new EdgeCollector();
      const key = rangeKey(request.range);
      const { pairs, chunk } = scoreRange(plan, scorer, request.range, request.keepAtOrAbove, kept, request.withChunk ? features : undefined, counted.get(key));
      counted.delete(key);
      if (chunk === undefined) return { type: 'scored', rule: request.range.rule, pairs, kept: kept.edges() };
      const written = writeChunk(chunk, shared);
      const grown = written.buffer !== shared;
      shared = written.buffer;
      return { type: 'scored', rule: request.range.rule, pairs, kept: kept.edges(), chunk: written.layout, ...(grown ? { shared } : {}) };
    }
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  try {
    const reply = answer(request);
    const transfer: ArrayBuffer[] = [];
    if (reply.type === 'scored') {
      transfer.push(reply.kept.a.buffer as ArrayBuffer, reply.kept.b.buffer as ArrayBuffer, reply.kept.weight.buffer as ArrayBuffer);
    }
    parentPort?.postMessage(reply, transfer);
  } catch (error) {
    parentPort?.postMessage({ type: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply);
  }
});
