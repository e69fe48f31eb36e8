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

/**
 * The number of an id exactly as {@link formatPersonId} writes it (`P-000123` is 123), or -1 for
 * any other spelling (`P-0000123`, `P-12`, `X-1`): two ids with a number are one id if and
 * only if their numbers are equal.
 */
export function formattedPersonNumber(id: string): number {
  const n = id.length;
  if (n < 8 || n > 17 || id.charCodeAt(0) !== 80 || id.charCodeAt(1) !== 45) return -1;
  // Past six digits the number is not padded, so it cannot start with a zero.
  if (n > 8 && id.charCodeAt(2) === 48) return -1;
  let value = 0;
  for (let i = 2; i < n; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** The number of any id spelt `P-` and digits (`P-0000123` is 123 too), else undefined. */
export function personIdNumber(id: string): number | undefined {
  const m = ID_PATTERN.exec(id);
  return m ? Number(m[1]) : undefined;
}

/**
 * A person id as a tracing officer may type it: `29`, `p29`, `P-29`, `P 000029` all mean
 * `P-000029`. Text that is not a number with or without the `P` is returned upper-cased, as is.
 */
export function personIdFromInput(text: string): string {
  const m = /^\s*(?:p\s*-?\s*)?0*([0-9]+)\s*$/iu.exec(text);
  return m ? formatPersonId(Number(m[1])) : text.trim().toUpperCase();
}

/** Older ids sort first: lower numbers were handed out earlier; other spellings after, by text. */
function olderFirst(a: string, b: string): number {
  const na = personIdNumber(a);
  const nb = personIdNumber(b);
  if (na !== undefined && nb !== undefined && na !== nb) return na - nb;
  if (na !== undefined && nb === undefined) return -1;
  if (na === undefined && nb !== undefined) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A run's records by index (0..n-1) as {@link assignClusterIds} takes them: no record key is
 * built, hashed or sorted as a string unless an event names it.
 */
export interface ClusteredRecords {
  /** Per record: its cluster, 0..clusterCount-1. */
  cluster: Int32Array;
  clusterCount: number;
  /** Per record: the previous person holding it (an index into the previous ids), or -1. */
  previousPerson: Int32Array;
  /** Every record once, in the order of their keys (as strings sort; keys are distinct). */
  byKey: Int32Array;
  /** A record's key, for the events that name records. */
  keyOf(record: number): RecordKey;
}

/** The previous register as {@link assignClusterIds} takes it. */
export interface PreviousPersons {
  /** Every previous person's id, each once, in the register's order (retired events follow it). */
  ids: readonly string[];
  /** A previous person's record keys, asked only of persons retired in this run. */
  recordKeys(person: number): RecordKey[];
}

/** The outcome of {@link assignClusterIds}. */
export interface ClusterIdAssignment {
  /** Per cluster: its person id. */
  personIds: string[];
  events: PersonIdEvent[];
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
 * Events come merges first, then splits, new persons and retired ones; see
 * {@link assignPersonIds} for the same over record keys.
 */
export function assignClusterIds(previous: PreviousPersons, records: ClusteredRecords, usedUpTo = 0): ClusterIdAssignment {
  const { cluster, clusterCount, previousPerson, byKey } = records;
  const n = cluster.length;
  if (byKey.length !== n) throw new WhereaboutsError('WA_INTERNAL', `${byKey.length} records in key order for ${n} records`);

  // Each cluster's records, together and in key order, and the clusters in the order of their
  // smallest keys (the order they are first met in), so every tie-break below is deterministic.
  const start = new Int32Array(clusterCount + 1);
  for (let r = 0; r < n; r++) {
    const slot = (cluster[r] as number) + 1;
    start[slot] = (start[slot] as number) + 1;
  }
  for (let c = 0; c < clusterCount; c++) {
    if (start[c + 1] === 0) throw new WhereaboutsError('WA_INTERNAL', 'an empty cluster cannot be a person');
    start[c + 1] = (start[c + 1] as number) + (start[c] as number);
  }
  const members = new Int32Array(n);
  const fill = start.slice(0, clusterCount);
  const order = new Int32Array(clusterCount);
  let met = 0;
  for (const r of byKey) {
    const c = cluster[r] as number;
    if (fill[c] === start[c]) order[met++] = c;
    members[fill[c] as number] = r;
    fill[c] = (fill[c] as number) + 1;
  }
  if (met !== clusterCount) throw new WhereaboutsError('WA_INTERNAL', 'the records in key order are not every record once');

  // For each previous person, the clusters holding its records, in cluster order, with how many:
  // a chain of parts per person. Persons are met in cluster order, as the events list them.
  const personCount = previous.ids.length;
  const firstPart = new Int32Array(personCount).fill(-1);
  const lastPart = new Int32Array(personCount).fill(-1);
  const partPos: number[] = [];
  const partCount: number[] = [];
  const partNext: number[] = [];
  const metPersons: number[] = [];
  const held = new Uint8Array(clusterCount);
  for (let pos = 0; pos < clusterCount; pos++) {
    const c = order[pos] as number;
    for (let i = start[c] as number; i < (start[c + 1] as number); i++) {
      const p = previousPerson[members[i] as number] as number;
      if (p < 0) continue;
      held[pos] = 1;
      const last = lastPart[p] as number;
      if (last >= 0 && partPos[last] === pos) {
        partCount[last] = (partCount[last] as number) + 1;
        continue;
      }
      const part = partPos.length;
      partPos.push(pos);
      partCount.push(1);
      partNext.push(-1);
      if (last < 0) {
        firstPart[p] = part;
        metPersons.push(p);
      } else partNext[last] = part;
      lastPart[p] = part;
    }
  }

  // Each previous id is offered to its largest part (the first of equal parts).
  const offers = new Map<number, { id: string; count: number }[]>();
  for (const p of metPersons) {
    let best = -1;
    let bestCount = 0;
    for (let part = firstPart[p] as number; part >= 0; part = partNext[part] as number) {
      if ((partCount[part] as number) > bestCount) [best, bestCount] = [partPos[part] as number, partCount[part] as number];
    }
    const offered = offers.get(best);
    const offer = { id: previous.ids[p] as string, count: bestCount };
    if (offered === undefined) offers.set(best, [offer]);
    else offered.push(offer);
  }

  // A loop, not Math.max(...ids): a million previous persons would overflow the call stack.
  let next = usedUpTo;
  for (const id of previous.ids) next = Math.max(next, personIdNumber(id) ?? 0);
  next += 1;
  const idAt: string[] = new Array<string>(clusterCount);
  const events: PersonIdEvent[] = [];
  for (let pos = 0; pos < clusterCount; pos++) {
    const offered = offers.get(pos);
    if (offered === undefined) {
      idAt[pos] = formatPersonId(next++);
      continue;
    }
    if (offered.length > 1) offered.sort((a, b) => b.count - a.count || olderFirst(a.id, b.id));
    idAt[pos] = offered[0]!.id;
    if (offered.length > 1) events.push({ kind: 'merged', personId: offered[0]!.id, absorbed: offered.slice(1).map((o) => o.id) });
  }

  for (const p of metPersons) {
    const first = firstPart[p] as number;
    if (partNext[first] === -1) continue;
    const id = previous.ids[p] as string;
    const gone: string[] = [];
    // An id absorbed by a merge has no part of its own left; its records still went elsewhere.
    for (let part = first; part >= 0; part = partNext[part] as number) {
      const other = idAt[partPos[part] as number] as string;
      if (other !== id) gone.push(other);
    }
    events.push({ kind: 'split', personId: id, partsGoneTo: gone });
  }
  for (let pos = 0; pos < clusterCount; pos++) {
    if (held[pos] === 1) continue;
    const c = order[pos] as number;
    const recordKeys: RecordKey[] = [];
    for (let i = start[c] as number; i < (start[c + 1] as number); i++) recordKeys.push(records.keyOf(members[i] as number));
    events.push({ kind: 'new', personId: idAt[pos] as string, recordKeys });
  }
  for (let p = 0; p < personCount; p++) {
    if (firstPart[p] === -1) events.push({ kind: 'retired', personId: previous.ids[p] as string, recordKeys: previous.recordKeys(p) });
  }

  const personIds = new Array<string>(clusterCount);
  for (let pos = 0; pos < clusterCount; pos++) personIds[order[pos] as number] = idAt[pos] as string;
  return { personIds, events };
}

/**
 * {@link assignClusterIds} over record keys: each cluster a list of keys, each previous person
 * its id and keys. Persons come back in the clusters' order, each with its keys sorted.
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
  const personOf = new Map<string, number>();
  const owners: PersonCluster[] = [];
  for (const p of previous) {
    if (personOf.has(p.personId)) throw new WhereaboutsError('WA_INTERNAL', `person ${p.personId} is twice in the previous register`);
    personOf.set(p.personId, owners.length);
    owners.push(p);
  }
  const ownerOf = new Map<RecordKey, number>();
  for (const p of previous) for (const k of p.recordKeys) ownerOf.set(k, personOf.get(p.personId) as number);

  const keys: RecordKey[] = [];
  const clusterOf: number[] = [];
  const seen = new Set<RecordKey>();
  clusters.forEach((clusterKeys, c) => {
    if (clusterKeys.length === 0) throw new WhereaboutsError('WA_INTERNAL', 'an empty cluster cannot be a person');
    for (const k of clusterKeys) {
      if (seen.has(k)) throw new WhereaboutsError('WA_INTERNAL', `record ${k} is in two clusters`);
      seen.add(k);
      keys.push(k);
      clusterOf.push(c);
    }
  });
  const { personIds, events } = assignClusterIds(
    { ids: owners.map((p) => p.personId), recordKeys: (p) => [...(owners[p] as PersonCluster).recordKeys] },
    {
      cluster: Int32Array.from(clusterOf),
      clusterCount: clusters.length,
      previousPerson: Int32Array.from(keys, (k) => ownerOf.get(k) ?? -1),
      byKey: Int32Array.from(keys.keys()).sort((a, b) => ((keys[a] as string) < (keys[b] as string) ? -1 : 1)),
      keyOf: (r) => keys[r] as string,
    },
    usedUpTo,
  );
  return { persons: clusters.map((clusterKeys, c) => ({ personId: personIds[c] as string, recordKeys: [...clusterKeys].sort() })), events };
}
