import type { Clustering } from './clustering.js';
import { linkRecordKey } from '../features/link-record.js';

/**
 * A stable id per cluster: the key (`list:row`) of its smallest member, ordering by list name
 * then row. It depends only on which records a cluster holds, not on the order files were given
 * or on thread timing, so reconciling the same files twice gives the same ids. (Ids across list
 * versions are the register's business.)
 */
export function stableClusterIds(clustering: Clustering, lists: readonly string[], listOf: Int32Array, rowOf: Int32Array): string[] {
  const bestList = new Array<string | undefined>(clustering.clusterCount);
  const bestRow = new Float64Array(clustering.clusterCount);
  for (let r = 0; r < clustering.cluster.length; r++) {
    const c = clustering.cluster[r] as number;
    const list = lists[listOf[r] as number] as string;
    const row = rowOf[r] as number;
    const current = bestList[c];
    if (current === undefined || list < current || (list === current && row < (bestRow[c] as number))) {
      bestList[c] = list;
      bestRow[c] = row;
    }
  }
  return Array.from(bestList, (list, c) => linkRecordKey(list ?? '', bestRow[c] as number));
}
