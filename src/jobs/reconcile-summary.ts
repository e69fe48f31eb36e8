import type { BlockingReport } from '../linkage/index.js';
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

/** Bins of the match-probability distribution. */
export const HISTOGRAM_BINS = 20;

/** Adds a scored probability to a histogram of {@link HISTOGRAM_BINS} bins, all present from the start. */
export function addToHistogram(histogram: number[], probability: number): void {
  const bin = Math.min(HISTOGRAM_BINS - 1, Math.floor(probability * HISTOGRAM_BINS));
  histogram[bin] = (histogram[bin] as number) + 1;
}

/** Counts persons per list, overlaps between every pair of lists and within-list duplicates. */
export function summariseReconciliation(result: ReconcileResult): ReconcileSummary {
  const lists = [...new Set(result.records.map((r) => r.list))];
  // person → list → number of that person's records on the list
  const perPerson = new Map<string, Map<string, number>>();
  for (const record of result.records) {
    const person = result.personIds[record.id] as string;
    let counts = perPerson.get(person);
    if (counts === undefined) perPerson.set(person, (counts = new Map()));
    counts.set(record.list, (counts.get(record.list) ?? 0) + 1);
  }
  const listStats = lists.map((list) => ({ list, records: 0, persons: 0, duplicatePersons: 0 }));
  const index = new Map(lists.map((l, i) => [l, i]));
  const overlapCounts = new Map<string, number>();
  let withinListDuplicates = 0;
  for (const counts of perPerson.values()) {
    let duplicated = false;
    for (const [list, n] of counts) {
      const stats = listStats[index.get(list) as number] as (typeof listStats)[number];
      stats.records += n;
      stats.persons += 1;
      if (n > 1) {
        stats.duplicatePersons += 1;
        duplicated = true;
      }
    }
    if (duplicated) withinListDuplicates++;
    const on = [...counts.keys()].sort((a, b) => (index.get(a) as number) - (index.get(b) as number));
    for (let i = 0; i < on.length; i++) {
      for (let j = i + 1; j < on.length; j++) {
        const key = `${on[i]}\u0000${on[j]}`;
        overlapCounts.set(key, (overlapCounts.get(key) ?? 0) + 1);
      }
    }
  }
  const overlaps: ListOverlap[] = [];
  for (let i = 0; i < lists.length; i++) {
    for (let j = i + 1; j < lists.length; j++) {
      const left = lists[i] as string;
      const right = lists[j] as string;
      overlaps.push({ left, right, persons: overlapCounts.get(`${left}\u0000${right}`) ?? 0 });
    }
  }
  return {
    records: result.records.length,
    persons: perPerson.size,
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
