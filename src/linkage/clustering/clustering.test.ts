import { describe, expect, it } from 'vitest';
import type { MatchEdges } from './clustering.js';
import { clusterRecords } from './clustering.js';

function edges(list: [number, number, number][]): MatchEdges {
  return { a: Int32Array.from(list.map((e) => e[0])), b: Int32Array.from(list.map((e) => e[1])), weight: Float64Array.from(list.map((e) => e[2])) };
}

function together(cluster: Int32Array, a: number, b: number): boolean {
  return cluster[a] === cluster[b];
}

describe('clusterRecords', () => {
  // 0 and 2 are namesakes (strong disagreement); 1 is a record close enough to both.
  const chain = edges([
    [0, 1, 8],
    [1, 2, 6],
  ]);
  const weights = new Map([
    ['0:1', 8],
    ['1:2', 6],
    ['0:2', -15],
  ]);
  const veto = { matchWeight: (a: number, b: number) => weights.get(`${a}:${b}`) ?? -30, threshold: -10 };

  it('joins a chain of namesakes with plain connected components', () => {
    const result = clusterRecords(chain, { recordCount: 3, method: 'connected-components' });
    expect(result.clusterCount).toBe(1);
  });

  it('keeps the namesakes apart when a pair across the would-be cluster disagrees strongly', () => {
    const result = clusterRecords(chain, { recordCount: 3, method: 'guarded', veto });
    expect(result.clusterCount).toBe(2);
    // The strongest link wins: 1 stays with 0.
    expect(together(result.cluster, 0, 1)).toBe(true);
    expect(together(result.cluster, 1, 2)).toBe(false);
    expect(result.refused.veto).toBe(1);
  });

  it('joins equal weights by record ids, whatever order the edges come in', () => {
    // 0-1 and 1-2 score the same; 0 and 2 are namesakes. The pair with the smaller ids joins first.
    const orders: [number, number, number][][] = [
      [
        [1, 2, 8],
        [0, 1, 8],
      ],
      [
        [0, 1, 8],
        [1, 2, 8],
      ],
    ];
    for (const list of orders) {
      const result = clusterRecords(edges(list), { recordCount: 3, method: 'guarded', veto });
      expect(together(result.cluster, 0, 1)).toBe(true);
      expect(together(result.cluster, 1, 2)).toBe(false);
    }
  });

  it('splits a chain at a cannot-link decision', () => {
    const result = clusterRecords(
      edges([
        [0, 1, 8],
        [1, 2, 9],
        [2, 3, 7],
      ]),
      { recordCount: 4, method: 'guarded', cannotLink: [[0, 3]] },
    );
    expect(together(result.cluster, 0, 3)).toBe(false);
    expect(together(result.cluster, 1, 2)).toBe(true);
    expect(result.refused.cannotLink).toBe(1);
  });

  it('makes must-link transitive, below any threshold and without edges', () => {
    const result = clusterRecords(edges([]), { recordCount: 5, method: 'guarded', mustLink: [[0, 1], [1, 4]] });
    expect(together(result.cluster, 0, 4)).toBe(true);
    expect(together(result.cluster, 0, 2)).toBe(false);
    expect(result.clusterCount).toBe(3);
  });

  it('reports must-links that contradict a cannot-link', () => {
    const result = clusterRecords(edges([]), { recordCount: 3, method: 'guarded', mustLink: [[0, 1], [1, 2]], cannotLink: [[0, 2]] });
    expect(result.conflicts).toEqual([[0, 2]]);
  });

  it('puts at most one record of a duplicate-free list in a person', () => {
    // Records 0 and 1 are on list 0 (duplicate-free), 2 on list 1; 2 matches both.
    const result = clusterRecords(
      edges([
        [0, 2, 9],
        [1, 2, 7],
      ]),
      { recordCount: 3, method: 'guarded', listOf: Int32Array.from([0, 0, 1]), duplicateFreeLists: new Set([0]) },
    );
    expect(together(result.cluster, 0, 2)).toBe(true);
    expect(together(result.cluster, 1, 2)).toBe(false);
    expect(result.refused.duplicateFreeList).toBe(1);
  });

  it('numbers clusters the same way whatever order the edges come in', () => {
    const forward = clusterRecords(edges([[0, 1, 5], [2, 3, 5], [1, 3, 4]]), { recordCount: 5, method: 'guarded' });
    const backward = clusterRecords(edges([[1, 3, 4], [2, 3, 5], [0, 1, 5]]), { recordCount: 5, method: 'guarded' });
    expect([...forward.cluster]).toEqual([...backward.cluster]);
  });
});
