import type { Kysely, Selectable } from 'kysely';
import type { ListKind } from '../ingest/record.js';
import type { ColumnMapping, ListFormat, SkippedRows } from '../ingest/list-source.js';
import type { ListChange } from './list-change-repository.js';
import { changeList } from './kysely-list-change-repository.js';
import { KyselyAccessReads, KyselyAccessWrites } from './kysely-access-repository.js';
import type { AccessSchema } from './kysely-access-repository.js';
import { appendAuditEntries, readAuditEntries } from './kysely-audit-repository.js';
import type { AuditSchema } from './kysely-audit-repository.js';
import type { AuditQuery, NewAuditEntry } from './audit-repository.js';
import type { AuditEntry } from './audit-chain.js';
import { KyselyRegisterReads, KyselyRegisterWrites, toStoredRecord } from './kysely-register-repository.js';
import { readSetting, readSettings, writeSetting } from './kysely-settings-repository.js';
import type { SettingsSchema } from './kysely-settings-repository.js';
import type { SettingKey, SettingValues, StoredSetting } from './settings-repository.js';
import { appendTransmissionFlag, readTransmissionFlags } from './kysely-transmission-flag-repository.js';
import type { TransmissionFlagSchema } from './kysely-transmission-flag-repository.js';
import type { NewTransmissionFlag, StoredTransmissionFlag } from './transmission-flag-repository.js';
import { compactStore, expireListRows, readExpiries, readListRetention, writeListRetention } from './kysely-retention-repository.js';
import type { RetentionSchema } from './kysely-retention-repository.js';
import type { ExpiryCounts, ListExpiry, StoredExpiry } from './retention-repository.js';
import type { RegisterSchema } from './register-schema.js';
import { decodeFields } from './record-codec.js';
import { toNumber, versionRawColumns, versionRecordPages } from './record-pages.js';
import type {
  ListWithLatestVersion,
  NewDecision,
  NewPersonEvent,
  NewReviewPair,
  NewRun,
  PersonMember,
  StoredDecision,
  StoredPersonEvent,
  StoredPersonMember,
  StoredReviewPair,
  StoredRun,
} from './register-repository.js';
import type {
  ChangeLogEntry,
  NewChange,
  NewList,
  NewVersion,
  ParsedStoredRecord,
  Repository,
  RepositoryWriter,
  StoredList,
  StoredQuarantinedRow,
  StoredRecord,
  StoredVersion,
  VersionCompletion,
} from './repository.js';
import type { ListTable, ListVersionTable, StoreSchema } from './schema.js';
import type { QuarantineInsert, RecordInsert, RowOwner, StoreDialect } from './store-dialect.js';

function toList(row: Selectable<ListTable>): StoredList {
  return {
    id: toNumber(row.id),
    name: row.name,
    party: row.party,
    kind: row.kind as ListKind,
    createdAt: row.created_at,
    label: row.label ?? null,
    duplicateFree: toNumber(row.duplicate_free ?? 0) === 1,
  };
}

function toVersion(row: Selectable<ListVersionTable>): StoredVersion {
  return {
    listId: toNumber(row.list_id),
    version: toNumber(row.version),
    fileName: row.file_name,
    fileSize: toNumber(row.file_size),
    fileSha256: row.file_sha256,
    format: row.format as ListFormat,
    encoding: row.encoding,
    delimiter: row.delimiter,
    sheets: row.sheets === null ? null : (JSON.parse(row.sheets) as string[]),
    columns: JSON.parse(row.columns) as ColumnMapping[],
    skipped: row.skipped === null ? null : (JSON.parse(row.skipped) as SkippedRows),
    recordCount: toNumber(row.record_count),
    quarantinedCount: toNumber(row.quarantined_count),
    warningCount: toNumber(row.warning_count),
    importedAt: row.imported_at,
    importedBy: row.imported_by,
    ...(row.dropped_columns === null || row.dropped_columns === undefined ? {} : { droppedColumns: JSON.parse(row.dropped_columns) as string[] }),
  };
}

async function findList(db: Kysely<StoreSchema>, name: string): Promise<StoredList | undefined> {
  const row = await db.selectFrom('list').selectAll().where('name', '=', name).executeTakeFirst();
  return row === undefined ? undefined : toList(row);
}

/** The repository over either dialect: every query is written once, here. */
export class KyselyRepository implements Repository {
  readonly #dialect: StoreDialect;
  readonly #register: KyselyRegisterReads;
  readonly #access: KyselyAccessReads;

  constructor(dialect: StoreDialect) {
    this.#dialect = dialect;
    this.#register = new KyselyRegisterReads(dialect.db, this);
    this.#access = new KyselyAccessReads(dialect.db.withTables<AccessSchema>());
  }

  get dialect() {
    return this.#dialect.name;
  }

  get location() {
    return this.#dialect.location;
  }

  findList(name: string): Promise<StoredList | undefined> {
    return findList(this.#dialect.db, name);
  }

  async lists(): Promise<StoredList[]> {
    const rows = await this.#dialect.db.selectFrom('list').selectAll().orderBy('name').execute();
    return rows.map(toList);
  }

  async versions(listId: number): Promise<StoredVersion[]> {
    const rows = await this.#dialect.db
      .selectFrom('list_version')
      .selectAll()
      .where('list_id', '=', listId)
      .orderBy('version')
      .execute();
    return rows.map(toVersion);
  }

  async *records(listId: number, version: number): AsyncIterable<StoredRecord> {
    const columns = await versionRawColumns(this.#dialect.db, listId, version);
    for await (const page of versionRecordPages(this.#dialect.db, listId, version, (q) => q.selectAll())) {
      for (const row of page) yield toStoredRecord(row, columns);
    }
  }

  async *parsedRecords(listId: number, version: number): AsyncIterable<ParsedStoredRecord> {
    for await (const page of versionRecordPages(this.#dialect.db, listId, version, (q) => q.select(['id', 'row_number', 'sheet', 'fields', 'record_key', 'source_row', 'expired_key']))) {
      for (const row of page) {
        const sourceRow = row.source_row === null ? null : toNumber(row.source_row);
        const parsed: ParsedStoredRecord = { row: toNumber(row.row_number), sheet: row.sheet, fields: decodeFields(row.fields), fieldsText: row.fields, recordKey: row.record_key, sourceRow };
        // Only an expired record (migration 0010) carries the key: the others' objects stay as they were.
        if (row.expired_key !== null && row.expired_key !== undefined) parsed.expiredKey = row.expired_key;
        yield parsed;
      }
    }
  }

  async quarantined(listId: number, version: number, limit?: number): Promise<StoredQuarantinedRow[]> {
    let query = this.#dialect.db
      .selectFrom('quarantine')
      .selectAll()
      .where('list_id', '=', listId)
      .where('version', '=', version)
      .orderBy('id');
    if (limit !== undefined) query = query.limit(limit);
    const rows = await query.execute();
    return rows.map((row) => ({
      id: toNumber(row.id),
      party: row.party,
      listId: toNumber(row.list_id),
      version: toNumber(row.version),
      row: toNumber(row.row_number),
      sheet: row.sheet,
      raw: JSON.parse(row.raw) as Record<string, string> | string,
      reason: row.reason,
      column: row.column_name,
      sourceRow: row.source_row === null ? null : toNumber(row.source_row),
    }));
  }

  async countRecordsWithKey(listId: number, version: number): Promise<number> {
    const row = await this.#dialect.db
      .selectFrom('record')
      .select((eb) => eb.fn.count<string | number>('record_key').as('n'))
      .where('list_id', '=', listId)
      .where('version', '=', version)
      .executeTakeFirstOrThrow();
    return toNumber(row.n);
  }

  async changeLog(listId?: number): Promise<ChangeLogEntry[]> {
    let query = this.#dialect.db.selectFrom('change_log').selectAll().orderBy('id');
    if (listId !== undefined) query = query.where('list_id', '=', listId);
    const rows = await query.execute();
    return rows.map((row) => ({
      id: toNumber(row.id),
      at: row.at,
      actor: row.actor,
      action: row.action,
      listId: row.list_id === null ? null : toNumber(row.list_id),
      version: row.version === null ? null : toNumber(row.version),
      detail: JSON.parse(row.detail) as Record<string, unknown>,
    }));
  }

  // The register's reads (runs, persons, decisions, review pairs) live in kysely-register-repository.ts.
  latestRun = (): Promise<StoredRun | undefined> => this.#register.latestRun();
  run = (id: number): Promise<StoredRun | undefined> => this.#register.run(id);
  personMembers = (): Promise<StoredPersonMember[]> => this.#register.personMembers();
  personEvents = (personId?: string): Promise<StoredPersonEvent[]> => this.#register.personEvents(personId);
  decisions = (): Promise<StoredDecision[]> => this.#register.decisions();
  reviewPairs = (runId: number): Promise<StoredReviewPair[]> => this.#register.reviewPairs(runId);
  recordsByIdentity = (listId: number, version: number, identities: readonly string[]): Promise<Map<string, StoredRecord>> =>
    this.#register.recordsByIdentity(listId, version, identities);
  record = (listId: number, version: number, row: number): Promise<StoredRecord | undefined> => this.#register.record(listId, version, row);
  latestVersions = (): Promise<ListWithLatestVersion[]> => this.#register.latestVersions();

  settings(): Promise<StoredSetting[]> {
    return readSettings(this.#dialect.db.withTables<SettingsSchema>());
  }

  setting<K extends SettingKey>(key: K): Promise<SettingValues[K] | undefined> {
    return readSetting(this.#dialect.db.withTables<SettingsSchema>(), key);
  }

  transmissionFlags = (listId?: number): Promise<StoredTransmissionFlag[]> =>
    readTransmissionFlags(this.#dialect.db.withTables<TransmissionFlagSchema>(), listId);

  // Retention (migration 0010) lives in kysely-retention-repository.ts.
  listRetention = (): Promise<Map<number, string>> => readListRetention(this.#dialect.db.withTables<RegisterSchema & TransmissionFlagSchema & RetentionSchema>());
  expiries = (): Promise<StoredExpiry[]> => readExpiries(this.#dialect.db.withTables<RegisterSchema & TransmissionFlagSchema & RetentionSchema>());
  compact = (): Promise<void> => compactStore(this.#dialect.db.withTables<RegisterSchema & TransmissionFlagSchema & RetentionSchema>(), this.#dialect.name);
  // Parties, users, sessions and tokens (migration 0005) live in kysely-access-repository.ts.
  parties = () => this.#access.parties();
  users = () => this.#access.users();
  user = (username: string) => this.#access.user(username);
  userById = (id: number) => this.#access.userById(id);
  session = (tokenHash: string) => this.#access.session(tokenHash);
  apiToken = (tokenHash: string) => this.#access.apiToken(tokenHash);
  apiTokens = (userId?: number) => this.#access.apiTokens(userId);

  auditEntries = (query: AuditQuery): Promise<AuditEntry[]> => readAuditEntries(this.#dialect.db.withTables<AuditSchema>(), query);

  write<T>(lockKey: string, work: (writer: RepositoryWriter) => Promise<T>): Promise<T> {
    return this.#dialect.transaction(lockKey, (db) => work(new KyselyWriter(this.#dialect, db)));
  }

  close(): Promise<void> {
    return this.#dialect.destroy();
  }
}

class KyselyWriter implements RepositoryWriter {
  readonly #dialect: StoreDialect;
  readonly #db: Kysely<StoreSchema>;
  readonly #register: KyselyRegisterWrites;
  readonly #access: KyselyAccessWrites;

  constructor(dialect: StoreDialect, db: Kysely<StoreSchema>) {
    this.#dialect = dialect;
    this.#db = db;
    this.#register = new KyselyRegisterWrites(db, this, (table, columns, rows) => dialect.insertRows(db, table, columns, rows));
    this.#access = new KyselyAccessWrites(db.withTables<AccessSchema>());
  }

  // Parties, users, sessions and tokens (migration 0005) live in kysely-access-repository.ts.
  parties = () => this.#access.parties();
  users = () => this.#access.users();
  user = (username: string) => this.#access.user(username);
  userById = (id: number) => this.#access.userById(id);
  session = (tokenHash: string) => this.#access.session(tokenHash);
  apiToken = (tokenHash: string) => this.#access.apiToken(tokenHash);
  apiTokens = (userId?: number) => this.#access.apiTokens(userId);
  addParty: RepositoryWriter['addParty'] = (party) => this.#access.addParty(party);
  addUser: RepositoryWriter['addUser'] = (user) => this.#access.addUser(user);
  changeUser: RepositoryWriter['changeUser'] = (id, change) => this.#access.changeUser(id, change);
  createSession: RepositoryWriter['createSession'] = (session) => this.#access.createSession(session);
  touchSession: RepositoryWriter['touchSession'] = (hash, change) => this.#access.touchSession(hash, change);
  deleteSession: RepositoryWriter['deleteSession'] = (hash) => this.#access.deleteSession(hash);
  deleteUserSessions: RepositoryWriter['deleteUserSessions'] = (id) => this.#access.deleteUserSessions(id);
  deleteExpiredSessions: RepositoryWriter['deleteExpiredSessions'] = (now) => this.#access.deleteExpiredSessions(now);
  createApiToken: RepositoryWriter['createApiToken'] = (token) => this.#access.createApiToken(token);
  revokeApiToken: RepositoryWriter['revokeApiToken'] = (id) => this.#access.revokeApiToken(id);

  appendAudit = (entries: readonly NewAuditEntry[]): Promise<AuditEntry[]> => appendAuditEntries(this.#db.withTables<AuditSchema>(), entries);

  // The register's writes live in kysely-register-repository.ts.
  createRun = (run: NewRun): Promise<number> => this.#register.createRun(run);
  personMembers = (): Promise<StoredPersonMember[]> => this.#register.personMembers();
  replacePersonMembers = (runId: number, members: readonly PersonMember[]): Promise<void> =>
    this.#register.replacePersonMembers(runId, members);
  appendPersonEvents = (runId: number, events: readonly NewPersonEvent[]): Promise<void> => this.#register.appendPersonEvents(runId, events);
  appendDecisions = (decisions: readonly NewDecision[]): Promise<void> => this.#register.appendDecisions(decisions);
  insertReviewPairs = (runId: number, pairs: readonly NewReviewPair[]): Promise<void> => this.#register.insertReviewPairs(runId, pairs);

  get batchSize() {
    return this.#dialect.batchSize;
  }

  changeList = (list: StoredList, change: ListChange, actor: string): Promise<StoredList> => changeList(this.#db, list, change, actor, (c) => this.appendChange(c));

  transmissionFlags = (listId?: number): Promise<StoredTransmissionFlag[]> => readTransmissionFlags(this.#db.withTables<TransmissionFlagSchema>(), listId);
  appendTransmissionFlag = (flag: NewTransmissionFlag): Promise<StoredTransmissionFlag> =>
    appendTransmissionFlag(this.#db.withTables<TransmissionFlagSchema>(), flag, (c) => this.appendChange(c));

  setListRetention = async (list: StoredList, until: string | null, actor: string): Promise<void> => {
    await writeListRetention(this.#db.withTables<RegisterSchema & TransmissionFlagSchema & RetentionSchema>(), list.id, until);
    await this.appendChange({ actor, action: 'retention', listId: list.id, version: null, detail: { list: list.name, until } });
  };
  expireList = (expiry: ListExpiry): Promise<ExpiryCounts> =>
    expireListRows(this.#db.withTables<RegisterSchema & TransmissionFlagSchema & RetentionSchema>(), expiry, (c) => this.appendChange(c));

  async putSetting<K extends SettingKey>(key: K, value: SettingValues[K], actor: string): Promise<void> {
    await writeSetting(this.#db.withTables<SettingsSchema>(), key, value, actor);
    await this.appendChange({ actor, action: 'setting', listId: null, version: null, detail: { key, value } });
  }

  findList(name: string): Promise<StoredList | undefined> {
    return findList(this.#db, name);
  }

  async createList(list: NewList): Promise<StoredList> {
    const row = await this.#db
      .insertInto('list')
      .values({ name: list.name, party: list.party, kind: list.kind, created_at: new Date().toISOString() })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toList(row);
  }

  async latestVersion(listId: number): Promise<StoredVersion | undefined> {
    const row = await this.#db
      .selectFrom('list_version')
      .selectAll()
      .where('list_id', '=', listId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row === undefined ? undefined : toVersion(row);
  }

  async createVersion(version: NewVersion): Promise<void> {
    await this.#db
      .insertInto('list_version')
      .values({
        list_id: version.listId,
        version: version.version,
        file_name: version.fileName,
        file_size: version.fileSize,
        file_sha256: version.fileSha256,
        format: version.format,
        encoding: version.encoding,
        delimiter: version.delimiter,
        sheets: version.sheets === null ? null : JSON.stringify(version.sheets),
        columns: JSON.stringify(version.columns),
        record_count: 0,
        quarantined_count: 0,
        warning_count: 0,
        imported_at: new Date().toISOString(),
        imported_by: version.importedBy,
      })
      .execute();
  }

  insertRecords(owner: RowOwner, rows: readonly RecordInsert[]): Promise<void> {
    return this.#dialect.insertRecords(this.#db, owner, rows);
  }

  insertQuarantined(owner: RowOwner, rows: readonly QuarantineInsert[]): Promise<void> {
    return this.#dialect.insertQuarantine(this.#db, owner, rows);
  }

  async completeVersion(listId: number, version: number, completion: VersionCompletion): Promise<void> {
    await this.#db
      .updateTable('list_version')
      .set({
        columns: JSON.stringify(completion.columns),
        skipped: JSON.stringify(completion.skipped),
        record_count: completion.recordCount,
        quarantined_count: completion.quarantinedCount,
        warning_count: completion.warningCount,
        raw_columns: completion.rawColumns === undefined ? null : JSON.stringify(completion.rawColumns),
        ...(completion.droppedColumns === undefined ? {} : { dropped_columns: JSON.stringify(completion.droppedColumns) }),
      })
      .where('list_id', '=', listId)
      .where('version', '=', version)
      .execute();
  }

  async appendChange(change: NewChange): Promise<void> {
    await this.#db
      .insertInto('change_log')
      .values({
        at: new Date().toISOString(),
        actor: change.actor,
        action: change.action,
        list_id: change.listId,
        version: change.version,
        detail: JSON.stringify(change.detail),
      })
      .execute();
  }
}
