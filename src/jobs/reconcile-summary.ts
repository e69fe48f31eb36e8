import type { BlockingReport } from '../linkage/index.js';
import { groupIndices, matchProbability, matchWeightOf } from '../linkage/index.js';
import { PROBABILITY_BINS, probabilityBin } from '../report/probability-histogram.js';
import type { ReconcileResult } from './reconcile.js';

/** Persons found on both lists of a pair. */
export interface ListOverlap {
  left: string;
  right: string;
  persons: number;
}

/** What the terminal says after a reconciliation, as plain numbers. */
export interface ReconcileSummary {
  records: number;
  persons: number;
  lists: { list: string; records: number; persons: number; duplicatePersons: number }[];
  overlaps: ListOverlap[];
  /** Persons with two or more records on one list, over all lists. */
  withinListDuplicates: number;
  candidatePairs: number;
  reviewPairs: number;
  blocking: BlockingReport;
  /** Counts of every scored pair's match_probability in 20 bins of 0.05 (the last holds 1). */
  probabilityHistogram: number[];
  decisionsApplied: number;
  decisionsStale: number;
  /** What happened to person ids in this run, counted by kind. */
  personEvents: Record<'new' | 'merged' | 'split' | 'retired', number>;
  runId: number;
}

/** Bins of the match-probability distribution (the report's, see probability-histogram.ts). */
export const HISTOGRAM_BINS = PROBABILITY_BINS;

/** A match weight below this has its probability in the first bin (half a bit below the bin's edge). */
const FIRST_BIN_BELOW = matchWeightOf(1 / HISTOGRAM_BINS) - 0.5;

/**
 * Adds a scored pair's probability, given by its match weight, to a histogram of
 * {@link HISTOGRAM_BINS} bins, all present from the start. Most candidate pairs weigh far below
 * the first bin's edge: they are counted there without computing the probability.
 */
export function addToHistogram(histogram: number[], matchWeight: number): void {
  const bin = matchWeight < FIRST_BIN_BELOW ? 0 : probabilityBin(matchProbability(matchWeight));
  histogram[bin] = (histogram[bin] as number) + 1;
}

/** Counts persons per list, overlaps between every pair of lists and within-list duplicates. */
export function summariseReconciliation(result: ReconcileResult): ReconcileSummary {
  // Lists numbered in the order first met; a person is a cluster of the run (each has its own id).
  const listIndex = new Map<string, number>();
  const n = result.records.length;
  const listOf = new Int32Array(n);
  let lastList: string | undefined;
  let l = -1;
  result.records.forEach((record, i) => {
    if (record.list !== lastList) {
      lastList = record.list;
      l = listIndex.get(lastList) ?? -1;
      if (l === -1) listIndex.set(lastList, (l = listIndex.size));
    }
    listOf[i] = l;
  });
  const { cluster: personOf, clusterCount: persons } = result.linkage.clustering;
  const lists = [...listIndex.keys()];
  const listCount = lists.length;

  // Each person's records together, then counted per list.
  const { start, order: byPerson } = groupIndices(personOf, persons);

  const listStats = lists.map((list) => ({ list, records: 0, persons: 0, duplicatePersons: 0 }));
  const overlap = new Int32Array(listCount * listCount);
  const onList = new Int32Array(listCount);
  const on: number[] = [];
  let withinListDuplicates = 0;
  for (let p = 0; p < persons; p++) {
    for (let i = start[p] as number; i < (start[p + 1] as number); i++) {
      const l = listOf[byPerson[i] as number] as number;
      if (onList[l] === 0) on.push(l);
      onList[l] = (onList[l] as number) + 1;
    }
    let duplicated = false;
    for (const l of on) {
      const count = onList[l] as number;
      const stats = listStats[l] as (typeof listStats)[number];
      stats.records += count;
      stats.persons += 1;
      if (count > 1) {
        stats.duplicatePersons += 1;
        duplicated = true;
      }
    }
    if (duplicated) withinListDuplicates++;
    for (let i = 0; i < on.length; i++) {
      for (let j = i + 1; j < on.length; j++) {
        const a = Math.min(on[i] as number, on[j] as number);
        const b = Math.max(on[i] as number, on[j] as number);
        overlap[a * listCount + b] = (overlap[a * listCount + b] as number) + 1;
      }
    }
    for (const l of on) onList[l] = 0;
    on.length = 0;
  }
  const overlaps: ListOverlap[] = [];
  for (let i = 0; i < listCount; i++) {
    for (let j = i + 1; j < listCount; j++) overlaps.push({ left: lists[i] as string, right: lists[j] as string, persons: overlap[i * listCount + j] as number });
  }
  return {
    records: n,
    persons,
    lists: listStats,
    overlaps,
    withinListDuplicates,
    candidatePairs: result.linkage.blocking.candidatePairs,
    reviewPairs: result.linkage.reviewPairs,
    blocking: result.linkage.blocking,
    probabilityHistogram: result.probabilityHistogram,
    decisionsApplied: result.decisions.applied,
    decisionsStale: result.decisions.stale,
    personEvents: countEvents(result),
    runId: result.runId,
  };
}

function countEvents(result: ReconcileResult): ReconcileSummary['personEvents'] {
  const counts = { new: 0, merged: 0, split: 0, retired: 0 };
  for (const event of result.personEvents) counts[event.kind]++;
  return counts;
}
