import type { ColumnType, Generated } from 'kysely';

/**
 * The register's tables (migration 0002), as Kysely sees them. Kept apart from `StoreSchema`
 * so the import path's file stays untouched; the register repository reaches them through
 * `db.withTables<RegisterSchema>()`. Times are ISO 8601 text and JSON is text, as in 0001.
 */
// A type, not an interface: `withTables` wants the index signature only type aliases imply.
export type RegisterSchema = {
  run: RunTable;
  run_version: RunVersionTable;
  person_member: PersonMemberTable;
  person_event: PersonEventTable;
  decision: DecisionTable;
  review_pair: ReviewPairTable;
};

/** Append-only columns: insertable, never updatable (the database refuses it too). */
type Fixed<T> = ColumnType<T, T, never>;

/** A linkage run: when, by whom, with which settings and model, and what it counted. */
export interface RunTable {
  id: Generated<number>;
  started_at: string;
  finished_at: string;
  actor: string;
  /** JSON: the linkage settings used. */
  settings: string;
  /** JSON: the trained model, or null when the run trained none. */
  model: string | null;
  /** JSON object of counts. */
  summary: string;
}

/** One list version a run read; `id` keeps the order the run gave. */
export interface RunVersionTable {
  id: Generated<number>;
  run_id: number;
  list_id: number;
  /** The list's name when the run read it, so the run still reads clearly if the list is renamed. */
  list_name: string;
  version: number;
}

/** The current register: which person holds each record (by identity). Replaced by each run. */
export interface PersonMemberTable {
  person_id: string;
  list_id: number;
  identity: string;
  /** The run that first put this record under this person. */
  first_run_id: number;
}

/** Append-only person history. */
export interface PersonEventTable {
  id: Generated<number>;
  run_id: Fixed<number>;
  at: Fixed<string>;
  /** new | merge | split | retired */
  kind: Fixed<string>;
  person_id: Fixed<string>;
  /** JSON object. */
  detail: Fixed<string>;
}

/** Append-only reviewers' decisions; each side named by list name and identity. */
export interface DecisionTable {
  id: Generated<number>;
  at: Fixed<string>;
  reviewer: Fixed<string>;
  note: Fixed<string>;
  /** same | different | unsure */
  verdict: Fixed<string>;
  a_list_name: Fixed<string>;
  a_identity: Fixed<string>;
  a_row: Fixed<number>;
  a_version: Fixed<number>;
  b_list_name: Fixed<string>;
  b_identity: Fixed<string>;
  b_row: Fixed<number>;
  b_version: Fixed<number>;
}

/** A pair a run left for a reviewer, with the engine's scores and explanation. */
export interface ReviewPairTable {
  id: Generated<number>;
  run_id: number;
  a_list_id: number;
  a_identity: string;
  a_row: number;
  b_list_id: number;
  b_identity: string;
  b_row: number;
  match_probability: number;
  match_weight: number;
  /** JSON: the per-comparison explanation. */
  explanation: string;
}
