import { WhereaboutsError } from '../errors.js';
import type { PersonCluster, RecordKey } from './register-record.js';

/**
 * What happened to persons between two runs. `merged`: the kept id absorbed others (their ids
 * are retired into it). `split`: a person's records went to several persons; the id stayed with
 * the largest part. `new`: a person with no records from before. `retired`: every record gone.
 */
export type PersonIdEvent =
  | { kind: 'new'; personId: string; recordKeys: RecordKey[] }
  | { kind: 'merged'; personId: string; absorbed: string[] }
  | { kind: 'split'; personId: string; partsGoneTo: string[] }
  | { kind: 'retired'; personId: string; recordKeys: RecordKey[] };

/** The outcome of {@link assignPersonIds}. */
export interface PersonIdAssignment {
  persons: PersonCluster[];
  events: PersonIdEvent[];
}

const ID_PATTERN = /^P-([0-9]+)$/;

/** Formats the n-th person id: `P-000123`; numbers past 999999 simply grow longer. */
export function formatPersonId(n: number): string {
  return `P-${String(n).padStart(6, '0')}`;
}

function idNumber(id: string): number | undefined {
  const m = ID_PATTERN.exec(id);
  return m ? Number(m[1]) : undefined;
}

/** Older ids sort first: lower numbers were handed out earlier; other spellings after, by text. */
function olderFirst(a: string, b: string): number {
  const na = idNumber(a);
  const nb = idNumber(b);
  if (na !== undefined && nb !== undefined && na !== nb) return na - nb;
  if (na !== undefined && nb === undefined) return -1;
  if (na === undefined && nb !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Gives every cluster a person id, keeping ids stable across re-runs: a person keeps their id as
 * long as any of their records remain.
 *
 * - A previous person's id goes to the cluster holding most of their records (ties: the cluster
 *   whose smallest record key sorts first). Records that went elsewhere are a `split`.
 * - A cluster claimed by several previous ids keeps the one with most records in it (ties: the
 *   oldest id); the others are `merged` into it.
 * - A cluster with no id to keep gets a new one: `P-` and the next number after the highest
 *   ever used (previous ids and `usedUpTo`), in the order of the clusters' smallest record keys,
 *   so the same input always gives the same ids.
 *
 * @example
 * assignPersonIds([{ personId: 'P-000001', recordKeys: ['a:1', 'b:2'] }], [['a:1'], ['b:2', 'c:3']])
 * // a:1 keeps P-000001 (tie broken by smallest key); b:2 and c:3 become P-000002; event: split
 */
export function assignPersonIds(
  previous: readonly PersonCluster[],
  clusters: readonly (readonly RecordKey[])[],
  usedUpTo = 0,
): PersonIdAssignment {
  const ownerOf = new Map<RecordKey, string>();
  for (const p of previous) for (const k of p.recordKeys) ownerOf.set(k, p.personId);
  const seen = new Set<RecordKey>();
  for (const keys of clusters) {
    if (keys.length === 0) throw new WhereaboutsError('WA_INTERNAL', 'an empty cluster cannot be a person');
    for (const k of keys) {
      if (seen.has(k)) throw new WhereaboutsError('WA_INTERNAL', `record ${k} is in two clusters`);
      seen.add(k);
    }
  }

  // Clusters in a fixed order, so every tie-break below is deterministic. Each cluster's
  // smallest key is its first once sorted: found once, not in every comparison of the sort.
  const order = clusters
    .map((keys, index) => {
      const sorted = [...keys].sort();
      return { keys: sorted, min: sorted[0] as RecordKey, index };
    })
    .sort((a, b) => (a.min < b.min ? -1 : 1));

  // For each previous person: how many of their records each cluster holds.
  const shares = new Map<string, Map<number, number>>();
  order.forEach((c, pos) => {
    for (const k of c.keys) {
      const owner = ownerOf.get(k);
      if (owner === undefined) continue;
      const perCluster = shares.get(owner) ?? new Map<number, number>();
      perCluster.set(pos, (perCluster.get(pos) ?? 0) + 1);
      shares.set(owner, perCluster);
    }
  });

  // Each previous id is offered to its largest part (Map keeps insertion = cluster order).
  const offers = new Map<number, { id: string; count: number }[]>();
  for (const [id, perCluster] of shares) {
    let best = -1;
    let bestCount = 0;
    for (const [pos, count] of perCluster) if (count > bestCount) [best, bestCount] = [pos, count];
    const list = offers.get(best) ?? [];
    list.push({ id, count: bestCount });
    offers.set(best, list);
  }

  // A loop, not Math.max(...ids): a million previous persons would overflow the call stack.
  let next = usedUpTo;
  for (const p of previous) next = Math.max(next, idNumber(p.personId) ?? 0);
  next += 1;
  const idAt: string[] = [];
  const events: PersonIdEvent[] = [];
  order.forEach((c, pos) => {
    const offered = (offers.get(pos) ?? []).sort((a, b) => b.count - a.count || olderFirst(a.id, b.id));
    if (offered.length === 0) {
      idAt[pos] = formatPersonId(next++);
      return;
    }
    idAt[pos] = offered[0]!.id;
    if (offered.length > 1) events.push({ kind: 'merged', personId: offered[0]!.id, absorbed: offered.slice(1).map((o) => o.id) });
  });

  for (const [id, perCluster] of shares) {
    if (perCluster.size < 2) continue;
    const gone = [...perCluster.keys()].map((pos) => idAt[pos]!).filter((other) => other !== id);
    // An id absorbed by a merge has no part of its own left; its records still went elsewhere.
    events.push({ kind: 'split', personId: id, partsGoneTo: [...new Set(gone)] });
  }
  order.forEach((c, pos) => {
    if (c.keys.every((k) => !ownerOf.has(k))) events.push({ kind: 'new', personId: idAt[pos]!, recordKeys: c.keys });
  });
  for (const p of previous) {
    if (!shares.has(p.personId)) events.push({ kind: 'retired', personId: p.personId, recordKeys: [...p.recordKeys] });
  }

  const persons: PersonCluster[] = [];
  order.forEach((c, pos) => (persons[c.index] = { personId: idAt[pos]!, recordKeys: c.keys }));
  return { persons, events };
}
