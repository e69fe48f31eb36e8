import type { BlockingPlan, BlockRange, CompiledBlockingRule } from '../blocking/blocking.js';
import { forEachPairInRange, pairsInRange, splitIntoRanges } from '../blocking/blocking.js';
import type { Comparer } from '../comparisons/comparison-levels.js';
import type { VectorHistogram } from '../comparisons/comparison-vector.js';
import { ComparisonVectorCoder, comparisonVectorCode, mergeHistograms } from '../comparisons/comparison-vector.js';
import type { MatchEdges } from '../clustering/clustering.js';
import type { LinkageSettings } from '../model/linkage-settings.js';
import type { PairScorer } from './pair-scoring.js';
import { PairRowWriter, weightCell } from './pair-rows.js';
import type { RecordFeatures } from '../features/record-features.js';

/**
 * A chunk of scored candidate pairs, for writing out (pairs.csv) as they come. Its arrays are
 * views into buffers the pass reuses for the next chunk: valid during the callback that receives
 * them, to be copied if kept (a million records make 20 million pairs; fresh buffers for each
 * chunk cost the main thread a full garbage collection every few chunks).
 */
export interface ScoredPairChunk {
  a: Int32Array;
  b: Int32Array;
  matchWeight: Float64Array;
  /** Per pair, per comparison (row-major, `comparisons` per pair): the weight it added, tf included. */
  fieldWeights: Float32Array;
  comparisons: number;
  /** The chunk's rows of pairs.csv in UTF-8 (see {@link PairRowWriter}), when the pass was given the records' lists and rows. */
  csv?: Uint8Array;
}

/** What the rows of pairs.csv name a record by: its list and row. */
export type PairRowSource = Pick<RecordFeatures, 'lists' | 'list' | 'row'>;

/** Options of the scoring pass. */
export interface ScoringPassOptions {
  /** Pairs at or above this match_weight are kept and returned (for clustering and review). */
  keepAtOrAbove: number;
  /** When given, every candidate pair is handed over in chunks, whatever its score. */
  onChunk?: (chunk: ScoredPairChunk) => void;
  onProgress?: (donePairs: number) => void;
}

/**
 * The two walks over all candidate pairs: counting comparison vectors for EM, and scoring.
 * The single-threaded walk is below; `parallel-pair-pass.ts` spreads the same walks over
 * worker threads. Both stream blocks in ranges, so memory does not grow with the pair count.
 */
export interface PairPass {
  /** Comparison vectors of the candidate pairs; beyond {@link TRAINING_PAIRS}, of a weighted sample of ranges. */
  countVectors(onProgress?: (donePairs: number) => void): Promise<RuleHistograms>;
  /** Scores every candidate pair; returns the kept pairs and the pairs each rule added. */
  scorePairs(scorer: PairScorer, options: ScoringPassOptions): Promise<{ kept: MatchEdges; newPairsByRule: number[] }>;
  close(): Promise<void>;
}

/** Makes the walk over the candidate pairs of a plan (see `LinkageInput.pairPass` in link-records.ts). */
export interface PairPassFactory {
  (features: RecordFeatures, settings: LinkageSettings, plan: BlockingPlan, comparers: readonly Comparer[]): PairPass;
  /** The threads it walks pairs on: blocking is planned on as many (1 when not given). */
  readonly threads?: number;
}

/** Comparison vectors counted over the union of candidate pairs, and over each rule's own pairs (for EM sessions). */
export interface RuleHistograms {
  union: VectorHistogram;
  byRule: VectorHistogram[];
  /** Pairs each rule adds to the union. */
  newPairsByRule: number[];
}

/**
 * What the counting walk adds up: whole numbers only, so that the totals do not depend on the
 * order ranges are counted in (two workers finish them in any order, and sums of sampled
 * ranges' fractional weights came out different in the last digits from run to run).
 * {@link weighCounts} turns them into {@link RuleHistograms}, rule by rule in a fixed order.
 */
export interface VectorCounts {
  /** Per rule: vectors of the pairs it adds to the union, in the counted ranges. */
  newByRule: VectorHistogram[];
  /** Per rule: vectors of the pairs of its own blocks (for its EM session). */
  byRule: VectorHistogram[];
  /** Per rule: how many pairs each counted new pair stands for (1 unless ranges were sampled). */
  weightByRule: number[];
}

/** Counts of nothing yet. */
export function emptyCounts(): VectorCounts {
  return { newByRule: [], byRule: [], weightByRule: [] };
}

/** Adds `from` into `into`: integer sums, the same in any order. */
export function mergeCounts(into: VectorCounts, from: VectorCounts): void {
  const mergeRules = (target: VectorHistogram[], source: readonly VectorHistogram[]): void => {
    source.forEach((histogram, rule) => {
      while (target.length <= rule) target.push(new Map());
      mergeHistograms(target[rule] as VectorHistogram, histogram);
    });
  };
  mergeRules(into.newByRule, from.newByRule);
  mergeRules(into.byRule, from.byRule);
  from.weightByRule.forEach((weight, rule) => (into.weightByRule[rule] = weight));
}

/** The histograms EM reads: each rule's new pairs times its weight, summed rule after rule, vectors in code order. */
export function weighCounts(counts: VectorCounts, rules: number): RuleHistograms {
  const union: VectorHistogram = new Map();
  const newPairsByRule: number[] = [];
  for (let rule = 0; rule < rules; rule++) {
    const histogram = counts.newByRule[rule] ?? new Map<number, number>();
    const weight = counts.weightByRule[rule] ?? 1;
    let pairs = 0;
    for (const code of [...histogram.keys()].sort((x, y) => x - y)) {
      const count = histogram.get(code) as number;
      pairs += count;
      union.set(code, (union.get(code) ?? 0) + count * weight);
    }
    newPairsByRule.push(pairs * weight);
  }
  const byRule = Array.from({ length: rules }, (_, rule) => counts.byRule[rule] ?? new Map<number, number>());
  return { union, byRule, newPairsByRule };
}

/** Pairs per streamed range: large enough to amortise, small enough to bound memory. */
export const PAIRS_PER_RANGE = 250_000;

/** Growable typed storage for kept pairs. */
export class EdgeCollector {
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  private weight = new Float64Array(1024);
  length = 0;

  push(a: number, b: number, weight: number): void {
    if (this.length === this.a.length) {
      const grow = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
        const next = make(old.length * 2);
        next.set(old);
        return next;
      };
      this.a = grow(this.a, (n) => new Int32Array(n));
      this.b = grow(this.b, (n) => new Int32Array(n));
      this.weight = grow(this.weight, (n) => new Float64Array(n));
    }
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.weight[this.length] = weight;
    this.length++;
  }

  append(edges: MatchEdges): void {
    for (let i = 0; i < edges.a.length; i++) this.push(edges.a[i] as number, edges.b[i] as number, edges.weight[i] as number);
  }

  /** The pairs so far as views, valid until the collector is pushed to or cleared. */
  view(): MatchEdges {
    return { a: this.a.subarray(0, this.length), b: this.b.subarray(0, this.length), weight: this.weight.subarray(0, this.length) };
  }

  edges(): MatchEdges {
    return { a: this.a.slice(0, this.length), b: this.b.slice(0, this.length), weight: this.weight.slice(0, this.length) };
  }
}

/**
 * Candidate pairs EM counts before it samples: beyond this, every k-th range of each rule is
 * counted and stands for the k around it. The histograms EM works on have a few thousand
 * distinct vectors; millions of pairs more only repeat them.
 */
export const TRAINING_PAIRS = 3_000_000;

/**
 * The ranges EM counts: all of them when their pairs fit `maxPairs`, otherwise every k-th range
 * of each rule (the first always), weighted by the rule's pairs over the counted ranges' pairs,
 * so the union histogram still estimates the count of every vector (the prior depends on it).
 */
export function trainingRanges(plan: BlockingPlan, ranges: readonly BlockRange[], maxPairs: number): BlockRange[] {
  const pairs = ranges.map((range) => pairsInRange(plan, range));
  const total = pairs.reduce((sum, p) => sum + p, 0);
  if (total <= maxPairs) return [...ranges];
  const step = Math.ceil(total / maxPairs);
  const chosen: BlockRange[] = [];
  plan.rules.forEach((_, rule) => {
    let all = 0;
    let counted = 0;
    const picked: BlockRange[] = [];
    let index = 0;
    ranges.forEach((range, i) => {
      if (range.rule !== rule) return;
      all += pairs[i] as number;
      if (index++ % step === 0) {
        counted += pairs[i] as number;
        picked.push(range);
      }
    });
    const weight = counted > 0 ? all / counted : 1;
    for (const range of picked) chosen.push({ ...range, weight });
  });
  return chosen;
}

/**
 * The new pairs of a counted range with their comparison vectors, kept so that scoring reads
 * each pair's levels instead of comparing its records again (levels are most of a pair's cost).
 */
export interface CountedPairs {
  a: Int32Array;
  b: Int32Array;
  codes: Float64Array;
}

/** Counted pairs by range ({@link rangeKey}). */
export type CountedPairsByRange = Map<string, CountedPairs>;

/** Names a range of blocks (a training range and the scoring range it copies share it). */
export function rangeKey(range: BlockRange): string {
  return `${range.rule}:${range.from}`;
}

/** The new pairs of the range being counted, with their vector codes in `weight`. */
const countedEdges = new EdgeCollector();

/**
 * Counts comparison vectors over some ranges (shared by the single-threaded pass and workers);
 * with `keep`, also keeps each range's new pairs and their vectors for scoring. `onRange` hears
 * the pairs each range stands for (its new pairs times its weight).
 */
export function countVectorsInRanges(plan: BlockingPlan, comparers: readonly Comparer[], ranges: readonly BlockRange[], into: VectorCounts, onRange?: (newPairs: number) => void, keep?: CountedPairsByRange): void {
  const strides = new ComparisonVectorCoder(comparers).strides;
  while (into.byRule.length < plan.rules.length) into.byRule.push(new Map());
  while (into.newByRule.length < plan.rules.length) into.newByRule.push(new Map());
  for (const range of ranges) {
    let pairs = 0;
    const weight = range.weight ?? 1;
    into.weightByRule[range.rule] = weight;
    const own = into.byRule[range.rule] as VectorHistogram;
    const added = into.newByRule[range.rule] as VectorHistogram;
    const depth = (plan.rules[range.rule] as CompiledBlockingRule).depth;
    countedEdges.length = 0;
    forEachPairInRange(
      plan,
      range,
      (a, b, isNew, block) => {
        const code = comparisonVectorCode(comparers, strides, a, b);
        // A rule's EM session learns from its own blocks only: the pieces of a split block also
        // agree on the refinement (birth year...), which would pass namesakes off as matches.
        if (depth[block] === 0) own.set(code, (own.get(code) ?? 0) + 1);
        if (isNew) {
          added.set(code, (added.get(code) ?? 0) + 1);
          pairs++;
          if (keep !== undefined) countedEdges.push(a, b, code);
        }
      },
      true,
    );
    if (keep !== undefined) {
      const edges = countedEdges.edges();
      keep.set(rangeKey(range), { a: edges.a, b: edges.b, codes: edges.weight });
    }
    onRange?.(pairs * weight);
  }
}

/** Growable typed storage for the field weights of every scored pair of a range. */
class FieldWeightCollector {
  values = new Float32Array(1 << 16);
  length = 0;

  reserve(more: number): void {
    if (this.length + more <= this.values.length) return;
    const next = new Float32Array(Math.max(this.values.length * 2, this.length + more));
    next.set(this.values.subarray(0, this.length));
    this.values = next;
  }
}

/** Every pair of the range being scored, and its field weights: reused from range to range. */
const scoredEdges = new EdgeCollector();
const scoredFields = new FieldWeightCollector();

/** One row writer per source of rows, its buffer reused from range to range (a fresh 20 MB buffer per range cost more than formatting). */
const rowWriters = new WeakMap<PairRowSource, PairRowWriter>();

function rowWriter(rows: PairRowSource): PairRowWriter {
  let writer = rowWriters.get(rows);
  if (writer === undefined) {
    writer = new PairRowWriter(rows);
    rowWriters.set(rows, writer);
  }
  return writer;
}

/** Per scorer, per comparison and level: its weight as pairs.csv writes it, when no term-frequency adjustment applies. */
const weightCellsOf = new WeakMap<PairScorer, Uint8Array[][]>();

function weightCells(scorer: PairScorer): Uint8Array[][] {
  let cells = weightCellsOf.get(scorer);
  if (cells === undefined) {
    cells = scorer.weights.map((byLevel) => Array.from(byLevel, (w) => weightCell(w)));
    weightCellsOf.set(scorer, cells);
  }
  return cells;
}

/**
 * Scores the pairs of one range: kept pairs into `kept`, and when `rows` (the records' lists and
 * rows) is given, every pair into a chunk with its pairs.csv rows already formatted. With
 * `counted` (the range's pairs as the counting walk kept them), levels are read from the kept
 * vectors instead of compared again; the weights come out the same.
 */
export function scoreRange(plan: BlockingPlan, scorer: PairScorer, range: BlockRange, keepAtOrAbove: number, kept: EdgeCollector, rows?: PairRowSource, counted?: CountedPairs): { pairs: number; chunk?: ScoredPairChunk } {
  const { comparers, weights } = scorer;
  const comparisons = comparers.length;
  const coder = new ComparisonVectorCoder(comparers);
  const levels = new Int32Array(comparisons);
  const forEachPair = (visit: (a: number, b: number) => void): void => {
    if (counted === undefined) {
      forEachPairInRange(plan, range, (a, b) => {
        for (let k = 0; k < comparisons; k++) levels[k] = (comparers[k] as Comparer).level(a, b);
        visit(a, b);
      });
      return;
    }
    const { a, b, codes } = counted;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i] as number;
      for (let k = 0; k < comparisons; k++) levels[k] = Math.floor(code / (coder.strides[k] as number)) % (coder.levelCounts[k] as number);
      visit(a[i] as number, b[i] as number);
    }
  };
  if (rows === undefined) {
    let pairs = 0;
    forEachPair((a, b) => {
      const weight = scorer.matchWeightAtLevels(levels, a, b);
      if (weight >= keepAtOrAbove) kept.push(a, b, weight);
      pairs++;
    });
    return { pairs };
  }
  const all = scoredEdges;
  const fields = scoredFields;
  all.length = 0;
  fields.length = 0;
  const text = rowWriter(rows);
  text.clear();
  const cellOf = weightCells(scorer);
  const cells: (Uint8Array | undefined)[] = new Array<Uint8Array | undefined>(comparisons).fill(undefined);
  forEachPair((a, b) => {
    let weight = scorer.priorWeight;
    fields.reserve(comparisons);
    const from = fields.length;
    for (let k = 0; k < comparisons; k++) {
      const level = levels[k] as number;
      const tf = scorer.tfAdjustment(k, level, a, b);
      const w = ((weights[k] as Float64Array)[level] as number) + tf;
      cells[k] = tf === 0 ? (cellOf[k] as Uint8Array[])[level] : undefined;
      fields.values[fields.length++] = w;
      weight += w;
    }
    all.push(a, b, weight);
    text.push(a, b, weight, fields.values, from, comparisons, cells);
    if (weight >= keepAtOrAbove) kept.push(a, b, weight);
  });
  const edges = all.view();
  return { pairs: all.length, chunk: { a: edges.a, b: edges.b, matchWeight: edges.weight, fieldWeights: fields.values.subarray(0, fields.length), comparisons, csv: text.view() } };
}

/** The single-threaded walk: for small inputs, tests, and where workers are not wanted. */
export function singleThreadPairPass(plan: BlockingPlan, comparers: readonly Comparer[], rows?: PairRowSource, trainingPairs = TRAINING_PAIRS): PairPass {
  const ranges = splitIntoRanges(plan, PAIRS_PER_RANGE);
  const counted: CountedPairsByRange = new Map();
  return {
    async countVectors(onProgress) {
      const counts = emptyCounts();
      let done = 0;
      countVectorsInRanges(
        plan,
        comparers,
        trainingRanges(plan, ranges, trainingPairs),
        counts,
        (pairs) => {
          done += pairs;
          onProgress?.(done);
        },
        counted,
      );
      return weighCounts(counts, plan.rules.length);
    },
    async scorePairs(scorer, options) {
      const kept = new EdgeCollector();
      const newPairsByRule = plan.rules.map(() => 0);
      let done = 0;
      for (const range of ranges) {
        const key = rangeKey(range);
        const { pairs, chunk } = scoreRange(plan, scorer, range, options.keepAtOrAbove, kept, options.onChunk === undefined ? undefined : rows, counted.get(key));
        counted.delete(key);
        if (chunk !== undefined && chunk.a.length > 0) options.onChunk?.(chunk);
        newPairsByRule[range.rule] = (newPairsByRule[range.rule] as number) + pairs;
        done += pairs;
        options.onProgress?.(done);
      }
      return { kept: kept.edges(), newPairsByRule };
    },
    async close() {},
  };
}
