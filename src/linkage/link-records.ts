import { planBlockingOnThreads } from './parallel/parallel-blocking.js';
import type { BlockingReport } from './blocking/blocking-report.js';
import { blockingReport } from './blocking/blocking-report.js';
import { compileComparisons } from './comparisons/comparison-levels.js';
import type { Clustering, MatchEdges, RecordPair } from './clustering/clustering.js';
import { clusterRecords } from './clustering/clustering.js';
import { stableClusterIds } from './clustering/cluster-ids.js';
import type { LabelledPair } from './training/label-training.js';
import type { LinkRecord } from './features/link-record.js';
import type { LinkageSettings } from './model/linkage-settings.js';
import { defaultLinkageSettings } from './model/linkage-settings.js';
import type { PairExplanation } from './explanations/match-explanation.js';
import { explainPair } from './explanations/match-explanation.js';
import { trainModel } from './training/model-training.js';
import type { NameAnalyser } from './features/name-analyser.js';
import { namesAnalyser } from './features/names-analyser.js';
import type { PairPassFactory, ScoredPairChunk } from './scoring/pair-pass.js';
import { singleThreadPairPass } from './scoring/pair-pass.js';
import { PairScorer, matchProbability, matchWeightOf } from './scoring/pair-scoring.js';
import type { RecordFeatures } from './features/record-features.js';
import { prepareRecords } from './features/record-features.js';
import type { TrainedModel } from './model/trained-model.js';
import { estimateUOnThread } from './parallel/parallel-u-estimation.js';
import { estimateUProbabilitiesBetweenTasks } from './training/u-estimation.js';

/** The stages a run reports progress on, in order. */
export type LinkageStage = 'prepare' | 'block' | 'u' | 'em' | 'score' | 'cluster';

/** Everything a linkage run takes. Only `records` is required. */
export interface LinkageInput {
  records: readonly LinkRecord[];
  settings?: LinkageSettings;
  /** Reuse a saved model instead of training (its settings then apply). */
  model?: TrainedModel;
  /** Human labels (record ids) for m; "same"/"different" decisions also become must/cannot links. */
  labels?: readonly LabelledPair[];
  /** Extra constraints (record ids), e.g. decisions not used for training. */
  mustLink?: readonly RecordPair[];
  cannotLink?: readonly RecordPair[];
  /** `guarded` (default) or the `connected-components` baseline. */
  clustering?: 'guarded' | 'connected-components';
  analyser?: NameAnalyser;
  /**
   * How to walk candidate pairs: the single-threaded walk by default; pass
   * `parallelPairPass` (src/linkage/parallel/parallel-pair-pass.ts) to use worker threads (blocking is
   * then planned on as many).
   */
  pairPass?: PairPassFactory;
  /** Receives every scored candidate pair in chunks (for pairs.csv). */
  onPairs?: (chunk: ScoredPairChunk) => void;
  onProgress?: (stage: LinkageStage, done: number, total: number) => void;
}

/** A finished run: persons, the model to save, and what is needed to explain any pair. */
export interface LinkageResult {
  features: RecordFeatures;
  model: TrainedModel;
  blocking: BlockingReport;
  clustering: Clustering;
  /** Per cluster: its stable id (`list:row` of its smallest member). */
  personIds: string[];
  /** Per record: its person's id. */
  personOf(record: number): string;
  /** Per record: the best match_probability linking it to another record of its person (NaN when alone). */
  recordProbability: Float64Array;
  /** Candidate pairs at or above the review threshold, with match_weight. */
  matches: MatchEdges;
  /** Pairs between the review and match thresholds: to be looked at by a person. */
  reviewPairs: number;
  scorer: PairScorer;
  /** The waterfall of any two records (by id), candidates or not. */
  explain(a: number, b: number): PairExplanation;
}

/**
 * From this many records blocking is planned on the pair pass's threads: below, a worker's start
 * and its code's warming up cost more than half the planning (at 100,000 records planning takes
 * about a CPU-second on one thread, and 1.9 on two).
 */
const BLOCKING_THREADS_FROM_RECORDS = 200_000;

/**
 * Links records within and across lists into persons: prepare features, block, estimate u,
 * train m and the prior by EM (unless a model is given), score every candidate pair, cluster.
 * Pure: no files, no database, no terminal; deterministic for a given input and seed.
 */
export async function linkRecords(input: LinkageInput): Promise<LinkageResult> {
  const settings = input.model?.settings ?? input.settings ?? defaultLinkageSettings();
  const analyser = input.analyser ?? namesAnalyser;
  const progress = input.onProgress ?? (() => {});
  const n = input.records.length;

  progress('prepare', 0, n);
  const features = prepareRecords(input.records, analyser);
  progress('prepare', n, n);
  const comparers = compileComparisons(settings.comparisons, features, analyser);
  // Blocking is planned on the pass's threads from BLOCKING_THREADS_FROM_RECORDS records; below,
  // on this thread, and a core is free meanwhile: with worker threads and the default analyser,
  // u is drawn there (it needs nothing of blocking). Otherwise u is drawn here, after blocking,
  // while the workers count (at a million records, a u thread beside two blocking threads made
  // blocking 4 s slower for the 3 s of u it saved).
  const threads = input.pairPass?.threads ?? 1;
  const blockingThreads = n >= BLOCKING_THREADS_FROM_RECORDS ? threads : 1;
  const uOnThread =
    input.model === undefined && threads > 1 && blockingThreads === 1 && analyser === namesAnalyser ? estimateUOnThread(features, settings.comparisons, settings.uSamplePairs, settings.seed) : undefined;
  // Awaited below; until then a failure must not count as unhandled.
  uOnThread?.catch(() => {});

  progress('block', 0, 1);
  const plan = await planBlockingOnThreads(features, settings.blockingRules, settings.maxPairsPerBlock, blockingThreads);
  let blocking = blockingReport(plan, features);
  const pairsUpperBound = blocking.rules.reduce((sum, rule) => sum + rule.pairs, 0);
  progress('block', 1, 1);

  const pass = (input.pairPass ?? ((_f, _s, p, c) => singleThreadPairPass(p, c, features)))(features, settings, plan, comparers);
  try {
    let model = input.model;
    if (model === undefined) {
      // u (random pairs, on its own thread or this one) and the vector counts EM trains on
      // (candidate pairs, on the pass's threads) need nothing of each other: both run at once, u
      // on this thread giving the event loop a turn now and then so that the workers are handed
      // their next ranges.
      progress('u', 0, 1);
      let counted = 0;
      let uDone = false;
      const counting = pass.countVectors((done) => {
        counted = done;
        if (uDone) progress('em', done, pairsUpperBound);
      });
      // Awaited below; until then a failure must not count as unhandled.
      counting.catch(() => {});
      const u = await (uOnThread ?? estimateUProbabilitiesBetweenTasks(comparers, n, settings.uSamplePairs, settings.seed));
      uDone = true;
      progress('u', 1, 1);
      progress('em', counted, pairsUpperBound);
      const histograms = await counting;
      blocking = blockingReport(plan, features, histograms.newPairsByRule);
      progress('em', blocking.candidatePairs, blocking.candidatePairs);
      model = trainModel({ settings, comparers, recordCount: n, histograms, u, ...(input.labels === undefined ? {} : { labels: input.labels }) });
    }
    const scorer = new PairScorer(model, comparers);
    const reviewWeight = matchWeightOf(settings.reviewThreshold);
    const total = blocking.candidatePairs > 0 ? blocking.candidatePairs : pairsUpperBound;
    const scored = await pass.scorePairs(scorer, {
      keepAtOrAbove: reviewWeight,
      ...(input.onPairs === undefined ? {} : { onChunk: input.onPairs }),
      onProgress: (done) => progress('score', Math.min(done, total), total),
    });
    const matches = scored.kept;
    blocking = blockingReport(plan, features, scored.newPairsByRule);
    progress('score', blocking.candidatePairs, blocking.candidatePairs);

    progress('cluster', 0, 1);
    const matchWeight = matchWeightOf(settings.matchThreshold);
    // The pairs at or above the match threshold, in typed arrays sized by a first count.
    let strongPairs = 0;
    for (let i = 0; i < matches.a.length; i++) if ((matches.weight[i] as number) >= matchWeight) strongPairs++;
    const reviewPairs = matches.a.length - strongPairs;
    const strong: MatchEdges = { a: new Int32Array(strongPairs), b: new Int32Array(strongPairs), weight: new Float64Array(strongPairs) };
    for (let i = 0, at = 0; i < matches.a.length; i++) {
      const w = matches.weight[i] as number;
      if (w < matchWeight) continue;
      strong.a[at] = matches.a[i] as number;
      strong.b[at] = matches.b[i] as number;
      strong.weight[at++] = w;
    }
    const listIndex = new Map(features.lists.map((list, i) => [list, i]));
    const duplicateFree = new Set(settings.duplicateFreeLists.map((l) => listIndex.get(l)).filter((i): i is number => i !== undefined));
    const labels = input.labels ?? [];
    const clustering = clusterRecords(
      strong,
      {
        recordCount: n,
        method: input.clustering ?? 'guarded',
        mustLink: [...labels.filter((l) => l.same).map((l): RecordPair => [l.a, l.b]), ...(input.mustLink ?? [])],
        cannotLink: [...labels.filter((l) => !l.same).map((l): RecordPair => [l.a, l.b]), ...(input.cannotLink ?? [])],
        listOf: features.list,
        duplicateFreeLists: duplicateFree,
        veto: { matchWeight: (a, b) => scorer.matchWeight(a, b), threshold: matchWeightOf(settings.vetoThreshold) },
      },
    );
    const personIds = stableClusterIds(clustering, features.lists, features.list, features.row);
    const recordProbability = new Float64Array(n).fill(Number.NaN);
    for (let i = 0; i < strong.a.length; i++) {
      const a = strong.a[i] as number;
      const b = strong.b[i] as number;
      if (clustering.cluster[a] !== clustering.cluster[b]) continue;
      const p = matchProbability(strong.weight[i] as number);
      if (!(p <= (recordProbability[a] as number))) recordProbability[a] = p;
      if (!(p <= (recordProbability[b] as number))) recordProbability[b] = p;
    }
    for (const [a, b] of clustering.cluster.length > 0 ? [...labels.filter((l) => l.same).map((l) => [l.a, l.b] as const), ...(input.mustLink ?? [])] : []) {
      recordProbability[a] = 1;
      recordProbability[b] = 1;
    }
    progress('cluster', 1, 1);
    return {
      features,
      model,
      blocking,
      clustering,
      personIds,
      personOf: (record) => personIds[clustering.cluster[record] as number] as string,
      recordProbability,
      matches,
      reviewPairs,
      scorer,
      explain: (a, b) => explainPair(scorer, features, a, b),
    };
  } finally {
    await pass.close();
  }
}
