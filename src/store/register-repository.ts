import type { StoredList, StoredRecord, StoredVersion } from './repository.js';

/**
 * The register's side of the store: linkage runs, the current persons, reviewers' decisions
 * and the pairs a run left for review. `Repository` and `RepositoryWriter` extend these, so
 * callers keep one repository.
 *
 * A record is named across list versions by its *identity* (see record-identity.ts), never by
 * its row: rows move when a party re-sorts its list, identities do not.
 */

/** One list version a run read. */
export interface RunListVersion {
  listName: string;
  listId: number;
  version: number;
}

/** A linkage run as stored. JSON values are read back as written (parsed, not validated). */
export interface StoredRun {
  id: number;
  /** ISO 8601 UTC. */
  startedAt: string;
  finishedAt: string;
  actor: string;
  /** The list versions the run read, in the order given. */
  versions: RunListVersion[];
  /** The linkage settings used (validate with the linkage module's parser when reading). */
  settings: unknown;
  /** The trained model, or null when the run trained none. */
  model: unknown;
  /** Counts for display: records, pairs, persons... */
  summary: Record<string, unknown>;
}

/** A run to store; the store hands out its id. */
export type NewRun = Omit<StoredRun, 'id'>;

/** One record of one list belonging to a person in the current register. */
export interface PersonMember {
  personId: string;
  listId: number;
  identity: string;
}

/**
 * Records named by list id and identity, read by position, so that a million of them need no
 * object each: the register's members, or a run's records in some order.
 */
export interface NamedRecords {
  readonly length: number;
  listId(index: number): number;
  identity(index: number): string;
}

/** Members (or anything named by list id and identity), as {@link findNamedRecords} reads them. */
export function namedMembers(members: readonly Pick<PersonMember, 'listId' | 'identity'>[]): NamedRecords {
  return { length: members.length, listId: (i) => (members[i] as PersonMember).listId, identity: (i) => (members[i] as PersonMember).identity };
}

/** Orders records as the register's primary key does: by list id, then identity as strings compare. */
export function compareNamedRecords(a: NamedRecords, i: number, b: NamedRecords, j: number): number {
  const byList = a.listId(i) - b.listId(j);
  if (byList !== 0) return byList;
  const x = a.identity(i);
  const y = b.identity(j);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether the records come in key order ({@link compareNamedRecords}; a record may repeat). */
export function inKeyOrder(records: NamedRecords): boolean {
  for (let i = 1; i < records.length; i++) if (compareNamedRecords(records, i - 1, records, i) > 0) return false;
  return true;
}

/**
 * For each record of `wanted`, the position in `held` of the record with the same list id and
 * identity, or -1 (`held` names each record once). Both in key order, as the register's reads
 * and a run's records come: one pass over the two; in any other order, through a map of `held`.
 */
export function findNamedRecords(held: NamedRecords, wanted: NamedRecords): Int32Array {
  const found = new Int32Array(wanted.length).fill(-1);
  if (held.length === 0) return found;
  if (inKeyOrder(held) && inKeyOrder(wanted)) {
    let j = 0;
    for (let i = 0; i < wanted.length; i++) {
      while (j < held.length && compareNamedRecords(held, j, wanted, i) < 0) j++;
      if (j === held.length) break;
      if (held.listId(j) === wanted.listId(i) && held.identity(j) === wanted.identity(i)) found[i] = j;
    }
    return found;
  }
  const byList = new Map<number, Map<string, number>>();
  for (let j = 0; j < held.length; j++) {
    let ofList = byList.get(held.listId(j));
    if (ofList === undefined) byList.set(held.listId(j), (ofList = new Map()));
    ofList.set(held.identity(j), j);
  }
  for (let i = 0; i < wanted.length; i++) found[i] = byList.get(wanted.listId(i))?.get(wanted.identity(i)) ?? -1;
  return found;
}

/** A member as read back, with its list's name and the run that first put it under this person. */
export interface StoredPersonMember extends PersonMember {
  listName: string;
  firstRunId: number;
}

/** What happened to a person in a run. */
export type PersonEventKind = 'new' | 'merge' | 'split' | 'retired';

/** An entry of the append-only person history. */
export interface StoredPersonEvent {
  id: number;
  runId: number;
  /** ISO 8601 UTC, stamped by the store. */
  at: string;
  kind: PersonEventKind;
  personId: string;
  /** E.g. the ids absorbed by a merge, the records of a new person. */
  detail: Record<string, unknown>;
}

/** A person event to append; the store stamps its id, run and time. */
export type NewPersonEvent = Omit<StoredPersonEvent, 'id' | 'runId' | 'at'>;

/** A reviewer's answer (the same words as the register's `Verdict`). */
export type DecisionVerdict = 'same' | 'different' | 'unsure';

/**
 * One record a decision is about. `listName` + `identity` bind the decision across versions;
 * `row` and `version` say where the reviewer saw it, for display only.
 */
export interface DecisionSide {
  listName: string;
  identity: string;
  row: number;
  version: number;
}

/** A reviewer's decision as stored. Decisions are append-only: a changed mind is a new one. */
export interface StoredDecision {
  id: number;
  /** ISO 8601 with a time zone, as given (a decision imported from a file keeps its time). */
  at: string;
  reviewer: string;
  note: string;
  verdict: DecisionVerdict;
  a: DecisionSide;
  b: DecisionSide;
}

/** A decision to append; the store hands out its id. */
export type NewDecision = Omit<StoredDecision, 'id'>;

/** One record of a review pair, in the list version its run read. */
export interface ReviewPairSide {
  listId: number;
  identity: string;
  row: number;
}

/** A review pair as read back: each side also carries its list's name. */
export interface StoredReviewPair {
  runId: number;
  a: ReviewPairSide & { listName: string };
  b: ReviewPairSide & { listName: string };
  match_probability: number;
  match_weight: number;
  /** The per-comparison explanation as the linkage engine gave it. */
  explanation: unknown;
}

/** A review pair to store for a run. */
export interface NewReviewPair {
  a: ReviewPairSide;
  b: ReviewPairSide;
  match_probability: number;
  match_weight: number;
  explanation: unknown;
}

/** A list with its latest version. */
export interface ListWithLatestVersion {
  list: StoredList;
  version: StoredVersion;
}

/** The register's reads, on {@link Repository}. */
export interface RegisterReads {
  /** The most recent run (highest id), or undefined before the first. */
  latestRun(): Promise<StoredRun | undefined>;
  run(id: number): Promise<StoredRun | undefined>;
  /** The current register: every person's records, by person id, list name, identity. */
  personMembers(): Promise<StoredPersonMember[]>;
  /** The person history, oldest first; one person's only when `personId` is given. */
  personEvents(personId?: string): Promise<StoredPersonEvent[]>;
  /** Every decision ever recorded, oldest first (in the order appended). */
  decisions(): Promise<StoredDecision[]>;
  /** The pairs a run left for review, in the order stored. */
  reviewPairs(runId: number): Promise<StoredReviewPair[]>;
  /**
   * The records of one version with the given identities, keyed by identity; identities the
   * version does not hold are absent. Reads the whole version (identities are computed, not
   * stored), so ask for many identities at once rather than one at a time.
   */
  recordsByIdentity(listId: number, version: number, identities: readonly string[]): Promise<Map<string, StoredRecord>>;
  /** The record at a 1-based data row of a version (the first sheet's, when sheets repeat rows). */
  record(listId: number, version: number, row: number): Promise<StoredRecord | undefined>;
  /** Every list that has a version, with its latest version, by list name. */
  latestVersions(): Promise<ListWithLatestVersion[]>;
}

/**
 * The register's writes, on {@link RepositoryWriter}: inside one `write` transaction, so a
 * reconcile stores its run, persons, events and review pairs together or not at all. Each
 * write also appends to the change log. Use the lock key `register` for reconciles and reviews.
 */
export interface RegisterWrites {
  /** Stores a run and the list versions it read; logs `run`. Returns the run's id. */
  createRun(run: NewRun): Promise<number>;
  /**
   * The current register, read inside the transaction (so two reconciles cannot both start
   * from it), in the order of its primary key: by list id, then identity (as the database
   * orders text: see {@link findNamedRecords} for a reader that does not depend on it).
   */
  personMembers(): Promise<StoredPersonMember[]>;
  /**
   * Replaces the whole current register with `members`, as of run `runId`. A member already
   * held by the same person keeps its `firstRunId`. Logs `persons-replaced` with counts.
   */
  replacePersonMembers(runId: number, members: readonly PersonMember[]): Promise<void>;
  /** Appends to the person history of run `runId`; logs `person-events` with counts by kind. */
  appendPersonEvents(runId: number, events: readonly NewPersonEvent[]): Promise<void>;
  /**
   * Appends decisions; there is no way to change or remove one (the database refuses it).
   * Logs one `decision` entry per decision, with the reviewer as actor.
   */
  appendDecisions(decisions: readonly NewDecision[]): Promise<void>;
  /** Stores the review pairs of run `runId`; logs `review-pairs` with their count. */
  insertReviewPairs(runId: number, pairs: readonly NewReviewPair[]): Promise<void>;
}
