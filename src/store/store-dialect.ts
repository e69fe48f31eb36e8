import type { Kysely } from 'kysely';
import type { StoreSchema } from './schema.js';

/** The databases whereabouts stores into. */
export type DialectName = 'sqlite' | 'postgres';

/** Where a batch of rows belongs: every stored row carries its party, list and version. */
export interface RowOwner {
  party: string | null;
  listId: number;
  version: number;
}

/** A value a bulk insert binds: what both drivers take as a parameter. */
export type BulkValue = string | number | null;

/** A record row ready to store: JSON columns already encoded (see record-codec.ts). */
export interface RecordInsert {
  row_number: number;
  sheet: string | null;
  raw: string;
  fields: string;
  warnings: string | null;
  record_key: string | null;
  /** The row as the clerk sees it; null where it is the data row. */
  source_row: number | null;
}

/** A quarantined row ready to store. */
export interface QuarantineInsert {
  row_number: number;
  sheet: string | null;
  raw: string;
  reason: string;
  column_name: string | null;
  source_row: number | null;
}

/** The columns of a `record` row, in the order {@link putRecord} writes them. */
export const RECORD_COLUMNS = ['party', 'list_id', 'version', 'row_number', 'sheet', 'raw', 'fields', 'warnings', 'record_key', 'source_row'] as const;

/** The columns of a `quarantine` row, in the order {@link putQuarantined} writes them. */
export const QUARANTINE_COLUMNS = ['party', 'list_id', 'version', 'row_number', 'sheet', 'raw', 'reason', 'column_name', 'source_row'] as const;

/** The six columns records and quarantined rows share: owner, row, sheet and raw cells. */
function putRowStart(params: BulkValue[], at: number, owner: RowOwner, row: RecordInsert | QuarantineInsert): void {
  params[at] = owner.party;
  params[at + 1] = owner.listId;
  params[at + 2] = owner.version;
  params[at + 3] = row.row_number;
  params[at + 4] = row.sheet;
  params[at + 5] = row.raw;
}

/** Writes a record's values into `params` from `at` on, in {@link RECORD_COLUMNS} order (no array per row). */
export function putRecord(params: BulkValue[], at: number, owner: RowOwner, row: RecordInsert): void {
  putRowStart(params, at, owner, row);
  params[at + 6] = row.fields;
  params[at + 7] = row.warnings;
  params[at + 8] = row.record_key;
  params[at + 9] = row.source_row;
}

/** Writes a quarantined row's values into `params` from `at` on, in {@link QUARANTINE_COLUMNS} order. */
export function putQuarantined(params: BulkValue[], at: number, owner: RowOwner, row: QuarantineInsert): void {
  putRowStart(params, at, owner, row);
  params[at + 6] = row.reason;
  params[at + 7] = row.column_name;
  params[at + 8] = row.source_row;
}

/**
 * What differs between SQLite and PostgreSQL, and nothing else: opening, transactions, and the
 * bulk path of an import. The repository above it is written once for both.
 */
export interface StoreDialect {
  readonly name: DialectName;
  /** The database as the user named it (a path, or a URL without its password). */
  readonly location: string;
  readonly db: Kysely<StoreSchema>;
  /** How many rows the import job should gather before calling the bulk inserts. */
  readonly batchSize: number;
  /**
   * Runs `work` in one transaction on one connection: committed when it resolves, rolled back
   * when it throws. Writers are serialised from the start (SQLite `BEGIN IMMEDIATE`,
   * PostgreSQL an advisory lock on `lockKey`) so two imports cannot both take version N.
   */
  transaction<T>(lockKey: string, work: (db: Kysely<StoreSchema>) => Promise<T>): Promise<T>;
  /** Stores a batch of records inside the transaction `db` belongs to. */
  insertRecords(db: Kysely<StoreSchema>, owner: RowOwner, rows: readonly RecordInsert[]): Promise<void>;
  /** Stores a batch of quarantined rows inside the transaction `db` belongs to. */
  insertQuarantine(db: Kysely<StoreSchema>, owner: RowOwner, rows: readonly QuarantineInsert[]): Promise<void>;
  /**
   * Stores rows of plain values (`rows[i][j]` is `columns[j]`) into `table`, inside the
   * transaction `db` belongs to, by the dialect's cheapest bulk path: the register's writes
   * (members, events, review pairs) are far too many for a query builder per batch.
   */
  insertRows(db: Kysely<StoreSchema>, table: string, columns: readonly string[], rows: readonly (readonly BulkValue[])[]): Promise<void>;
  /** Closes every connection. */
  destroy(): Promise<void>;
}
