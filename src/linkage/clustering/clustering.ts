/**
 * Clustering scored pairs into persons. The baseline is connected components; the guarded
 * method joins pairs strongest first and refuses a join that a human decision, a duplicate-free
 * list or a strong disagreement inside the would-be cluster forbids. See docs/linkage.md.
 */

import { groupIndices } from './group-indices.js';

/** Pairs to join, strongest evidence first or in any order (they are sorted). */
export interface MatchEdges {
  a: Int32Array;
  b: Int32Array;
  /** match_weight of each pair. */
  weight: Float64Array;
}

/** A pair of record ids. */
export type RecordPair = readonly [number, number];

/** How to cluster. */
export interface ClusteringOptions {
  recordCount: number;
  /** `connected-components`: every edge joins (baseline). `guarded`: strongest first, with the guards below. */
  method: 'connected-components' | 'guarded';
  /** Human "same person" decisions: joined first, transitively, whatever the scores say. */
  mustLink?: readonly RecordPair[];
  /** Human "different persons" decisions: never in one cluster, even through a chain. */
  cannotLink?: readonly RecordPair[];
  /** Per record, its list index; with `duplicateFreeLists`, a cluster holds at most one record of such a list. */
  listOf?: Int32Array;
  duplicateFreeLists?: ReadonlySet<number>;
  /**
   * Complete-link veto: two clusters are not joined when some record of one scores below
   * `threshold` (a match_weight) with some record of the other.
   */
  veto?: { matchWeight: (a: number, b: number) => number; threshold: number; maxPairsChecked?: number };
}

/** Why joins were refused, counted. */
export interface RefusedJoins {
  cannotLink: number;
  duplicateFreeList: number;
  veto: number;
}

/** Records grouped into persons. */
export interface Clustering {
  /** Per record: its cluster, numbered 0.. in order of each cluster's smallest record id. */
  cluster: Int32Array;
  clusterCount: number;
  refused: RefusedJoins;
  /** Cannot-link pairs that must-link decisions put in one cluster anyway: contradictory decisions to review. */
  conflicts: RecordPair[];
}

class Clusters {
  readonly parent: Int32Array;
  readonly members: (number[] | undefined)[];

  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
    this.members = [];
  }

  find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    while (this.parent[x] !== root) {
      const next = this.parent[x] as number;
      this.parent[x] = root;
      x = next;
    }
    return root;
  }

  membersOf(root: number): number[] {
    let list = this.members[root];
    if (list === undefined) {
      list = [root];
      this.members[root] = list;
    }
    return list;
  }

  /** Joins two roots, the smaller cluster into the larger; returns the new root. */
  union(ra: number, rb: number): number {
    const ma = this.membersOf(ra);
    const mb = this.membersOf(rb);
    const [big, small, bigRoot, smallRoot] = ma.length >= mb.length ? [ma, mb, ra, rb] : [mb, ma, rb, ra];
    for (const r of small) big.push(r);
    this.members[smallRoot] = undefined;
    this.parent[smallRoot] = bigRoot;
    return bigRoot;
  }
}

function partnersOf(pairs: readonly RecordPair[] | undefined, n: number): Map<number, number[]> {
  const partners = new Map<number, number[]>();
  for (const [a, b] of pairs ?? []) {
    if (a < 0 || b < 0 || a >= n || b >= n) throw new RangeError(`pair (${a}, ${b}) names a record that does not exist`);
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }
  return partners;
}

/**
 * Groups records into persons. Must-links come first and always hold; then edges are joined,
 * strongest first for the guarded method. Deterministic: the same input gives the same clusters.
 */
export function clusterRecords(edges: MatchEdges, options: ClusteringOptions): Clustering {
  const n = options.recordCount;
  const clusters = new Clusters(n);
  const refused: RefusedJoins = { cannotLink: 0, duplicateFreeList: 0, veto: 0 };
  const cannot = partnersOf(options.cannotLink, n);
  for (const [a, b] of options.mustLink ?? []) {
    const ra = clusters.find(a);
    const rb = clusters.find(b);
    if (ra !== rb) clusters.union(ra, rb);
  }
  const conflicts: RecordPair[] = [];
  for (const [a, b] of options.cannotLink ?? []) if (a < b && clusters.find(a) === clusters.find(b)) conflicts.push([a, b]);

  const guarded = options.method === 'guarded';
  const order = guarded ? strongestFirst(edges, n) : identity(edges.a.length);
  const duplicateFree = options.duplicateFreeLists ?? new Set<number>();
  const listOf = options.listOf;
  const seenList = new Map<number, number>();

  const forbidden = (small: number[], bigRoot: number): keyof RefusedJoins | undefined => {
    for (const r of small) for (const other of cannot.get(r) ?? []) if (clusters.find(other) === bigRoot) return 'cannotLink';
    return undefined;
  };

  for (const e of order) {
    const ra = clusters.find(edges.a[e] as number);
    const rb = clusters.find(edges.b[e] as number);
    if (ra === rb) continue;
    if (!guarded) {
      clusters.union(ra, rb);
      continue;
    }
    const ma = clusters.membersOf(ra);
    const mb = clusters.membersOf(rb);
    const [small, big, bigRoot] = ma.length <= mb.length ? [ma, mb, rb] : [mb, ma, ra];
    let reason = forbidden(small, bigRoot);
    if (reason === undefined && listOf !== undefined && duplicateFree.size > 0) {
      seenList.clear();
      for (const r of big) seenList.set(listOf[r] as number, 1);
      for (const r of small) {
        const list = listOf[r] as number;
        if (duplicateFree.has(list) && seenList.has(list)) {
          reason = 'duplicateFreeList';
          break;
        }
      }
    }
    const veto = options.veto;
    if (reason === undefined && veto !== undefined) {
      // Large clusters are rare and already suspicious: checking all their pairs would cost more
      // than it tells, so past the limit the join is refused.
      if (small.length * big.length > (veto.maxPairsChecked ?? 10_000)) reason = 'veto';
      else {
        // The joining edge's own pair is scored already: its weight stands for it (most joins
        // are of two single records, whose only pair it is).
        const ea = edges.a[e] as number;
        const eb = edges.b[e] as number;
        const edgeHolds = (edges.weight[e] as number) >= veto.threshold;
        outer: for (const x of small) {
          for (const y of big) {
            if (edgeHolds && ((x === ea && y === eb) || (x === eb && y === ea))) continue;
            if (veto.matchWeight(x < y ? x : y, x < y ? y : x) < veto.threshold) {
              reason = 'veto';
              break outer;
            }
          }
        }
      }
    }
    if (reason !== undefined) {
      refused[reason]++;
      continue;
    }
    clusters.union(ra, rb);
  }

  const cluster = new Int32Array(n);
  const numberOfRoot = new Int32Array(n).fill(-1);
  let clusterCount = 0;
  for (let r = 0; r < n; r++) {
    const root = clusters.find(r);
    if (numberOfRoot[root] === -1) numberOfRoot[root] = clusterCount++;
    cluster[r] = numberOfRoot[root] as number;
  }
  return { cluster, clusterCount, refused, conflicts };
}

function identity(m: number): Int32Array {
  const order = new Int32Array(m);
  for (let i = 0; i < m; i++) order[i] = i;
  return order;
}

/**
 * Edge indices by weight, strongest first; equal weights by a, then b. Three stable counting
 * sorts (by b, by a, by the weight's rank among the distinct weights), least significant first:
 * linear in the edges, where a comparison sort of a million indices costs seconds.
 */
function strongestFirst(edges: MatchEdges, n: number): Int32Array {
  const m = edges.a.length;
  for (let e = 0; e < m; e++) {
    const a = edges.a[e] as number;
    const b = edges.b[e] as number;
    if (a < 0 || b < 0 || a >= n || b >= n) throw new RangeError(`edge (${a}, ${b}) names a record that does not exist`);
  }
  // Distinct weights, ascending (NaN, never a score, sorts last and ranks weakest).
  const levels = Float64Array.from(edges.weight).sort();
  let distinct = 0;
  for (let i = 0; i < m; i++) if (i === 0 || levels[i] !== levels[distinct - 1]) levels[distinct++] = levels[i] as number;
  const rank = new Int32Array(m);
  for (let e = 0; e < m; e++) rank[e] = distinct - 1 - ascendingIndex(levels, distinct, edges.weight[e] as number);
  const byB = groupIndices(edges.b, n).order;
  const byA = groupIndices(edges.a, n, byB).order;
  return groupIndices(rank, distinct, byA).order;
}

/** The index of `w` among the first `count` sorted `levels`; `count - 1` (the last) when absent. */
function ascendingIndex(levels: Float64Array, count: number, w: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((levels[mid] as number) < w) lo = mid + 1;
    else hi = mid;
  }
  return levels[lo] === w ? lo : count - 1;
}
