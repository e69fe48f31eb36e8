import { WhereaboutsError } from '../errors.js';
import type { LabelledPair, LinkageResult, LinkageSettings } from '../linkage/index.js';
import { groupIndices, matchWeightOf } from '../linkage/index.js';
import { decisionConstraints } from '../register/index.js';
import type { Decision, PersonIdEvent, RecordKey } from '../register/index.js';
import type { ClusteredRecords, PreviousPersons } from '../register/person-ids.js';
import { assignClusterIds, formattedPersonNumber, personIdNumber } from '../register/person-ids.js';
import { findNamedRecords, namedMembers } from '../store/register-repository.js';
import type { Repository } from '../store/repository.js';
import type { NewPersonEvent, NewReviewPair, RunListVersion, StoredDecision, StoredPersonMember } from '../store/register-repository.js';

/**
 * How the register names a record across runs and list versions: its list and identity
 * (`home-missing:id:17`, `held:content:3f2a…`), never its row, which moves between versions.
 */
export function memberKey(listName: string, identity: string): string {
  return `${listName}:${identity}`;
}

/** A record as the register step needs it. */
export interface RegisterRunRecord {
  id: number;
  list: string;
  listId: number;
  row: number;
  identity: string;
}

/** Decisions turned into what the linkage engine takes, with what could not be applied. */
export interface AppliedDecisions {
  labels: LabelledPair[];
  /** Decisions in force whose records are no longer in the lists' latest versions. */
  stale: number;
  /** Decisions in force that bind records of this run ("same" or "different"). */
  applied: number;
}

function asRegisterDecision(d: StoredDecision): Decision {
  return { a: memberKey(d.a.listName, d.a.identity), b: memberKey(d.b.listName, d.b.identity), verdict: d.verdict, reviewer: d.reviewer, at: d.at, note: d.note };
}

/**
 * Turns the decisions log into labels on this run's records: the latest decision for each pair
 * is in force; "same" links the two whatever the model says, "different" keeps them apart
 * even through a chain, "unsure" binds nothing. Labels also feed the model's m probabilities.
 */
export function applyDecisions(log: readonly StoredDecision[], records: readonly RegisterRunRecord[]): AppliedDecisions {
  if (log.length === 0) return { labels: [], stale: 0, applied: 0 };
  // Only the records a decision names are looked up, by list and identity: no key is joined
  // for the records no decision names.
  const named = new Map<string, Set<string>>();
  for (const d of log) {
    for (const side of [d.a, d.b]) {
      let identities = named.get(side.listName);
      if (identities === undefined) named.set(side.listName, (identities = new Set()));
      identities.add(side.identity);
    }
  }
  const idOf = new Map<RecordKey, number>();
  for (const r of records) if (named.get(r.list)?.has(r.identity) === true) idOf.set(memberKey(r.list, r.identity), r.id);
  const constraints = decisionConstraints(log.map(asRegisterDecision));
  const labels: LabelledPair[] = [];
  let stale = 0;
  for (const [pairs, same] of [[constraints.mustLink, true], [constraints.cannotLink, false]] as const) {
    for (const [ka, kb] of pairs) {
      const a = idOf.get(ka);
      const b = idOf.get(kb);
      if (a === undefined || b === undefined) stale++;
      else labels.push({ a, b, same });
    }
  }
  return { labels, stale, applied: labels.length };
}

/** What the register step stored. */
export interface RegisterRunResult {
  runId: number;
  /** Per record id: its stable person id. */
  personIds: string[];
  events: PersonIdEvent[];
  reviewPairs: number;
}

/** The highest person number a run has handed out, kept in every run's summary. */
const LAST_PERSON_NUMBER = 'lastPersonNumber';

function toStoredEvent(event: PersonIdEvent): NewPersonEvent {
  // Each kind's detail by hand rather than by a rest pattern: 400,000 new persons in a first run.
  switch (event.kind) {
    case 'new':
    case 'retired':
      return { kind: event.kind, personId: event.personId, detail: { recordKeys: event.recordKeys } };
    case 'merged':
      return { kind: 'merge', personId: event.personId, detail: { absorbed: event.absorbed } };
    case 'split':
      return { kind: 'split', personId: event.personId, detail: { partsGoneTo: event.partsGoneTo } };
  }
}

/**
 * Stores a linkage run as the new state of the register, in one transaction: the run (settings,
 * model, summary), stable person ids (a person keeps its id while any of its records remain;
 * merges and splits are recorded), the persons' members and the pairs left for review.
 */
export async function registerRun(
  store: Repository,
  run: {
    actor: string;
    startedAt: string;
    versions: RunListVersion[];
    settings: LinkageSettings;
    records: readonly RegisterRunRecord[];
    linkage: LinkageResult;
    summary: Record<string, unknown>;
  },
): Promise<RegisterRunResult> {
  const { records, linkage } = run;
  // Records are indexed by id below (as the linkage engine numbers them): ids are positions.
  if (records.length !== linkage.clustering.cluster.length || records.some((r, i) => r.id !== i)) {
    throw new WhereaboutsError('WA_INTERNAL', 'the records to register are not numbered 0.. in order');
  }
  const reviewPairs = pairsForReview(run.settings, run.records, linkage);
  const lastRun = await store.latestRun();
  const usedUpTo = Number(lastRun?.summary[LAST_PERSON_NUMBER] ?? 0);

  return store.write('register', async (writer) => {
    const members = await writer.personMembers();
    const order = recordOrder(records);
    const previousPerson = new Int32Array(records.length).fill(-1);
    const previous = previousPersons(members, usedUpTo, records, order.byListId, previousPerson);
    const assignment = assignClusterIds(previous, clusteredRecords(records, linkage.clustering, order.byKey, previousPerson), usedUpTo);
    // A loop, not Math.max(...ids): a million persons would overflow the call stack.
    let lastPersonNumber = usedUpTo;
    for (const id of assignment.personIds) lastPersonNumber = Math.max(lastPersonNumber, personIdNumber(id) ?? 0);
    const runId = await writer.createRun({
      startedAt: run.startedAt,
      finishedAt: new Date().toISOString(),
      actor: run.actor,
      versions: run.versions,
      settings: run.settings,
      // Stored as plain JSON; parseModel validates it when read back.
      model: JSON.parse(JSON.stringify(linkage.model)) as unknown,
      summary: { ...run.summary, [LAST_PERSON_NUMBER]: lastPersonNumber },
    });
    const cluster = linkage.clustering.cluster;
    const personIds = records.map((r) => assignment.personIds[cluster[r.id] as number] as string);
    // In the order of the register's primary key, which the store then need not sort.
    await writer.replacePersonMembers(
      runId,
      Array.from(order.byListId, (r) => {
        const record = records[r] as RegisterRunRecord;
        return { personId: personIds[r] as string, listId: record.listId, identity: record.identity };
      }),
    );
    await writer.appendPersonEvents(runId, assignment.events.map(toStoredEvent));
    await writer.insertReviewPairs(runId, reviewPairs);
    return { runId, personIds, events: assignment.events, reviewPairs: reviewPairs.length };
  });
}

/**
 * The previous register's persons, and into `previousPerson` each record's person in it (by
 * list and identity), or -1. The members come in key order (see `RegisterWrites.personMembers`),
 * as do the records by `byListId`.
 */
function previousPersons(
  members: readonly StoredPersonMember[],
  usedUpTo: number,
  records: readonly RegisterRunRecord[],
  byListId: Int32Array,
  previousPerson: Int32Array,
): PreviousPersons {
  const ids: string[] = [];
  const personOfRow = new Int32Array(members.length);
  // Ids as formatPersonId writes them, numbered up to the last number handed out, are told apart
  // by their number (a million member rows, each with its own copy of its person's id); any
  // other id through a map.
  const byNumber = new Int32Array(members.length > 0 ? Math.min(usedUpTo, 4 * members.length + 65_536) + 1 : 0).fill(-1);
  const index = new Map<string, number>();
  members.forEach((m, row) => {
    const number = formattedPersonNumber(m.personId);
    const numbered = number >= 0 && number < byNumber.length;
    let person = numbered ? (byNumber[number] as number) : (index.get(m.personId) ?? -1);
    if (person === -1) {
      person = ids.length;
      if (numbered) byNumber[number] = person;
      else index.set(m.personId, person);
      ids.push(m.personId);
    }
    personOfRow[row] = person;
  });
  const held = findNamedRecords(
    namedMembers(members),
    { length: byListId.length, listId: (i) => (records[byListId[i] as number] as RegisterRunRecord).listId, identity: (i) => (records[byListId[i] as number] as RegisterRunRecord).identity },
  );
  const holds = new Uint8Array(ids.length);
  for (let i = 0; i < held.length; i++) {
    const row = held[i] as number;
    if (row < 0) continue;
    const person = personOfRow[row] as number;
    previousPerson[byListId[i] as number] = person;
    holds[person] = 1;
  }
  // Retired persons (no record left) are listed by id, each with its records by list name and
  // identity, as the register's read orders them; the persons still held keep their places.
  const retired: number[] = [];
  for (let person = 0; person < ids.length; person++) if (holds[person] === 0) retired.push(person);
  const byId = [...retired].sort((a, b) => compareCodePoints(ids[a] as string, ids[b] as string));
  const origin = new Int32Array(ids.length);
  for (let person = 0; person < ids.length; person++) origin[person] = person;
  const listed = [...ids];
  retired.forEach((slot, k) => {
    origin[slot] = byId[k] as number;
    listed[slot] = ids[byId[k] as number] as string;
  });
  let rowsOf: ((person: number) => number[]) | undefined;
  return {
    ids: listed,
    // Only retired persons are asked for, so the rows are grouped by person on the first ask.
    recordKeys: (person) => {
      rowsOf ??= groupRows(personOfRow, ids.length);
      return rowsOf(origin[person] as number)
        .map((row) => members[row] as StoredPersonMember)
        .sort((a, b) => compareCodePoints(a.listName, b.listName) || compareCodePoints(a.identity, b.identity))
        .map((m) => memberKey(m.listName, m.identity));
    },
  };
}

/**
 * Orders text by code point, as SQLite compares it (byte by byte in UTF-8) and PostgreSQL in a
 * C collation: as strings compare in JavaScript, unless one character lies beyond U+FFFF (a
 * surrogate pair) and the other at U+E000 or above.
 */
function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xPair = x >= 0xd800 && x <= 0xdfff;
    const yPair = y >= 0xd800 && y <= 0xdfff;
    if (xPair !== yPair && x >= 0xd800 && y >= 0xd800) return xPair ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

/** Rows by group, each group's rows in row order. */
function groupRows(groupOfRow: Int32Array, groups: number): (group: number) => number[] {
  const { start, order } = groupIndices(groupOfRow, groups);
  return (group) => Array.from(order.subarray(start[group] as number, start[group + 1] as number));
}

/** The records in the two orders the register step needs, each list sorted by identity once for both. */
interface RecordOrder {
  /** By key, as `memberKey` strings sort: the order `assignClusterIds` takes. */
  byKey: Int32Array;
  /** By list id, then identity: the order of the register's primary key. */
  byListId: Int32Array;
}

/**
 * Orders the records without joining their keys: within a list, keys sort as identities do, and
 * two lists' keys sort as their names followed by ':' do, unless one such prefix starts the
 * other (lists `a` and `a:b`); only then are the keys joined and sorted whole.
 */
function recordOrder(records: readonly RegisterRunRecord[]): RecordOrder {
  const lists = new Map<number, { prefix: string; records: number[] }>();
  records.forEach((r, i) => {
    let list = lists.get(r.listId);
    if (list === undefined) lists.set(r.listId, (list = { prefix: `${r.list}:`, records: [] }));
    list.records.push(i);
  });
  const identities = records.map((r) => r.identity);
  const byIdentity = (a: number, b: number): number => {
    const ia = identities[a] as string;
    const ib = identities[b] as string;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
  for (const list of lists.values()) list.records.sort(byIdentity);
  const concat = (parts: readonly (readonly number[])[]): Int32Array => {
    const out = new Int32Array(records.length);
    let at = 0;
    for (const part of parts) for (const r of part) out[at++] = r;
    return out;
  };
  const byListId = concat([...lists.keys()].sort((a, b) => a - b).map((id) => lists.get(id)?.records ?? []));
  const all = [...lists.values()];
  if (all.every((a) => all.every((b) => a === b || !b.prefix.startsWith(a.prefix)))) {
    return { byKey: concat(all.sort((a, b) => (a.prefix < b.prefix ? -1 : 1)).map((l) => l.records)), byListId };
  }
  const keys = records.map((r) => memberKey(r.list, r.identity));
  const byKey = Int32Array.from(keys.keys()).sort((a, b) => ((keys[a] as string) < (keys[b] as string) ? -1 : (keys[a] as string) > (keys[b] as string) ? 1 : 0));
  return { byKey, byListId };
}

/** This run's records as `assignClusterIds` takes them. */
function clusteredRecords(records: readonly RegisterRunRecord[], clustering: LinkageResult['clustering'], byKey: Int32Array, previousPerson: Int32Array): ClusteredRecords {
  const keyOf = (r: number): RecordKey => memberKey((records[r] as RegisterRunRecord).list, (records[r] as RegisterRunRecord).identity);
  return { cluster: clustering.cluster, clusterCount: clustering.clusterCount, previousPerson, byKey, keyOf };
}

/** The candidate pairs between the review and match thresholds, with their explanations. */
function pairsForReview(settings: LinkageSettings, records: readonly RegisterRunRecord[], linkage: LinkageResult): NewReviewPair[] {
  const matchWeight = matchWeightOf(settings.matchThreshold);
  const pairs: NewReviewPair[] = [];
  const { a, b, weight } = linkage.matches;
  for (let i = 0; i < a.length; i++) {
    const w = weight[i] as number;
    if (w >= matchWeight) continue;
    const l = records[a[i] as number] as RegisterRunRecord;
    const r = records[b[i] as number] as RegisterRunRecord;
    const explanation = linkage.explain(l.id, r.id);
    pairs.push({
      a: { listId: l.listId, identity: l.identity, row: l.row },
      b: { listId: r.listId, identity: r.identity, row: r.row },
      match_probability: explanation.match_probability,
      match_weight: w,
      explanation,
    });
  }
  return pairs;
}
