import type { CellWarning, ListKind, ParsedRecord } from '../ingest/record.js';
import type { ColumnMapping, ListFormat, SkippedRows } from '../ingest/list-source.js';
import type { RawColumns } from './record-codec.js';
import type { AccessReads, AccessWrites } from './access-repository.js';
import type { AuditReads, AuditWrites } from './audit-repository.js';
import type { ListChangeWrites } from './list-change-repository.js';
import type { RegisterReads, RegisterWrites } from './register-repository.js';
import type { SettingsReads, SettingsWrites } from './settings-repository.js';
import type { TransmissionFlagReads, TransmissionFlagWrites } from './transmission-flag-repository.js';
import type { RetentionReads, RetentionWrites } from './retention-repository.js';
import type { DialectName, QuarantineInsert, RecordInsert, RowOwner } from './store-dialect.js';

/** A list as stored. */
export interface StoredList {
  id: number;
  name: string;
  party: string | null;
  kind: ListKind;
  createdAt: string;
  /** What reports call the list instead of its name, when someone gave one (`list set --label`). */
  label: string | null;
  /** Whether the list names each person at most once (`list set --duplicate-free`). */
  duplicateFree: boolean;
}

/** A list as it is created: a label and the duplicate-free mark come later, if at all. */
export type NewList = Omit<StoredList, 'id' | 'createdAt' | 'label' | 'duplicateFree'>;

/** One imported file: a version of a list. */
export interface StoredVersion {
  listId: number;
  version: number;
  fileName: string;
  fileSize: number;
  fileSha256: string;
  format: ListFormat;
  encoding: string | null;
  delimiter: string | null;
  sheets: string[] | null;
  columns: ColumnMapping[];
  /** Rows neither imported nor quarantined (empty rows, title lines); null until complete. */
  skipped: SkippedRows | null;
  recordCount: number;
  quarantinedCount: number;
  warningCount: number;
  importedAt: string;
  importedBy: string;
  /** The columns kept out of the store by `--drop-column` (migration 0010), when any. */
  droppedColumns?: string[];
}

/** What a new version records about its file before its rows are read. */
export type NewVersion = Omit<StoredVersion, 'skipped' | 'recordCount' | 'quarantinedCount' | 'warningCount' | 'importedAt'>;

/** What is known of a version once every row is read. */
export interface VersionCompletion {
  /** The columns as finally understood (workbooks and JSON find columns while reading). */
  columns: ColumnMapping[];
  skipped: SkippedRows;
  recordCount: number;
  quarantinedCount: number;
  warningCount: number;
  /** The headers of the records' raw cells, when they were encoded by position (RawLayout). */
  rawColumns?: RawColumns[];
  /** The columns kept out of the store (`--drop-column`, migration 0010). */
  droppedColumns?: string[];
}

/** An imported row read back. */
export interface StoredRecord {
  id: number;
  party: string | null;
  listId: number;
  version: number;
  row: number;
  sheet: string | null;
  raw: Record<string, string>;
  fields: ParsedRecord;
  /** The fields as stored (canonical JSON): equal text means equal content. */
  fieldsText: string;
  warnings: CellWarning[];
  recordKey: string | null;
  /** The row as the clerk sees it (the sheet's row, the CSV line); null where that is `row`. */
  sourceRow: number | null;
  /** Set once the record expired to a placeholder: the key its identity is computed from (record-identity.ts). */
  expiredKey?: string | null;
}

/** A record read back for linking: where it is and what was parsed, not its raw cells. */
export type ParsedStoredRecord = Pick<StoredRecord, 'row' | 'sheet' | 'fields' | 'fieldsText' | 'recordKey' | 'expiredKey' | 'sourceRow'>;

/** A quarantined row read back. */
export interface StoredQuarantinedRow {
  id: number;
  party: string | null;
  listId: number;
  version: number;
  row: number;
  sheet: string | null;
  raw: Record<string, string> | string;
  reason: string;
  column: string | null;
  /** As {@link StoredRecord.sourceRow}. */
  sourceRow: number | null;
}

/** One entry of the append-only change log. */
export interface ChangeLogEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  listId: number | null;
  version: number | null;
  detail: Record<string, unknown>;
}

/** A change to log; the repository stamps the time. */
export type NewChange = Omit<ChangeLogEntry, 'id' | 'at'>;

/**
 * Everything the rest of whereabouts may ask of the store. Written once for both dialects;
 * only this interface (and {@link RepositoryWriter}) touches the query builder. A later
 * capability adds its own methods here and its tables as a new migration file.
 */
export interface Repository extends RegisterReads, SettingsReads, TransmissionFlagReads, RetentionReads, AccessReads, AuditReads {
  readonly dialect: DialectName;
  /** The database as the user named it, for messages. */
  readonly location: string;
  findList(name: string): Promise<StoredList | undefined>;
  /** Every list, by name. */
  lists(): Promise<StoredList[]>;
  /** The versions of a list, oldest first. */
  versions(listId: number): Promise<StoredVersion[]>;
  /** The records of one version in file order, read in pages so memory stays flat. */
  records(listId: number, version: number): AsyncIterable<StoredRecord>;
  /**
   * The same records without their raw cells and warnings: what linking and naming them needs,
   * read and decoded in about half the time.
   */
  parsedRecords(listId: number, version: number): AsyncIterable<ParsedStoredRecord>;
  /** The quarantined rows of one version in file order. */
  quarantined(listId: number, version: number, limit?: number): Promise<StoredQuarantinedRow[]>;
  /** How many records of a version have a record_id. */
  countRecordsWithKey(listId: number, version: number): Promise<number>;
  /** The change log, oldest first; only one list's entries when `listId` is given. */
  changeLog(listId?: number): Promise<ChangeLogEntry[]>;
  /**
   * Runs `work` as one transaction: all of its writes are stored, or none (also when the
   * process dies midway). Writers with the same `lockKey` run one after the other.
   */
  write<T>(lockKey: string, work: (writer: RepositoryWriter) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The writes of one transaction, see {@link Repository.write}. */
export interface RepositoryWriter extends RegisterWrites, SettingsWrites, ListChangeWrites, TransmissionFlagWrites, RetentionWrites, AccessWrites, AuditWrites {
  /** How many rows to gather before each bulk insert. */
  readonly batchSize: number;
  findList(name: string): Promise<StoredList | undefined>;
  createList(list: NewList): Promise<StoredList>;
  latestVersion(listId: number): Promise<StoredVersion | undefined>;
  createVersion(version: NewVersion): Promise<void>;
  insertRecords(owner: RowOwner, rows: readonly RecordInsert[]): Promise<void>;
  insertQuarantined(owner: RowOwner, rows: readonly QuarantineInsert[]): Promise<void>;
  completeVersion(listId: number, version: number, completion: VersionCompletion): Promise<void>;
  appendChange(change: NewChange): Promise<void>;
}
