import type { Kysely, Selectable } from 'kysely';
import { WhereaboutsError } from '../errors.js';
import { decodeFields, decodeRaw, decodeWarnings } from './record-codec.js';
import type { RawColumns } from './record-codec.js';
import { identityNamer } from './record-identity.js';
import { RECORD_PAGE, toNumber, versionRawColumns, versionRecordPages } from './record-pages.js';
import type {
  ListWithLatestVersion,
  NewDecision,
  NewPersonEvent,
  NewReviewPair,
  NewRun,
  PersonEventKind,
  PersonMember,
  RegisterReads,
  RegisterWrites,
  StoredDecision,
  StoredPersonEvent,
  StoredPersonMember,
  StoredReviewPair,
  StoredRun,
  DecisionVerdict,
} from './register-repository.js';
import { compareNamedRecords, findNamedRecords, inKeyOrder, namedMembers } from './register-repository.js';
import type { RegisterSchema, ReviewPairTable, RunTable } from './register-schema.js';
import type { NewChange, Repository, RepositoryWriter, StoredRecord } from './repository.js';
import type { RecordTable, StoreSchema } from './schema.js';
import type { BulkValue } from './store-dialect.js';

/** Both schemas: the import's tables (0001) and the register's (0002). */
type RegisterDb = Kysely<StoreSchema & RegisterSchema>;

/**
 * Parameters per multi-row INSERT: under SQLite's 32,766 and PostgreSQL's 65,535, whatever the
 * number of columns. Round trips, not the size of a statement, set the speed on PostgreSQL.
 */
const INSERT_PARAMETERS = 30_000;

/** The index of members by person (migration 0002), rebuilt around a bulk replacement. */
const PERSON_INDEX = 'person_member_person';

/** Member rows from which dropping and rebuilding the person index costs less than keeping it. */
const REBUILT_INDEX_FROM = 50_000;

/**
 * Rows handed to one call of the bulk insert: each chunk's values (a review pair's explanation
 * is kilobytes of JSON) are built, inserted and dropped, so that they die young instead of a
 * whole run's rows being held at once. A multiple of both dialects' rows per statement.
 */
const ROWS_PER_CHUNK = 1000;

/**
 * Review pairs per chunk: a pair's explanation is a few kilobytes of JSON (two bytes a character
 * when it quotes Armenian or Cyrillic names), and a thousand of them outgrow V8's young
 * generation, so each chunk was promoted, dead, to the old one (at 1,000,000 records: 200 MB and
 * 50,000 page faults more than chunks of a hundred).
 */
const REVIEW_PAIRS_PER_CHUNK = 100;

/** Members read per query when the writer reads the register: one range of the primary key each. */
const MEMBER_PAGE = 20_000;

/** The dialect's bulk insert (see `StoreDialect.insertRows`), bound to the writer's transaction. */
export type InsertRows = (table: string, columns: readonly string[], rows: readonly (readonly BulkValue[])[]) => Promise<void>;

/** Splits rows of `columns` values each into batches that one INSERT can carry. */
function chunks<T>(items: readonly T[], columns: number): T[][] {
  const size = Math.floor(INSERT_PARAMETERS / columns);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A `record` row as the repository hands it out (used by every read of records). */
export function toStoredRecord(row: Selectable<RecordTable>, rawColumns: readonly RawColumns[] | null): StoredRecord {
  return {
    id: toNumber(row.id),
    party: row.party,
    listId: toNumber(row.list_id),
    version: toNumber(row.version),
    row: toNumber(row.row_number),
    sheet: row.sheet,
    raw: decodeRaw(row.raw, row.sheet, rawColumns),
    fields: decodeFields(row.fields),
    fieldsText: row.fields,
    warnings: decodeWarnings(row.warnings),
    recordKey: row.record_key,
    sourceRow: row.source_row === null || row.source_row === undefined ? null : toNumber(row.source_row),
    ...(row.expired_key === null || row.expired_key === undefined ? {} : { expiredKey: row.expired_key }),
  };
}

async function readRun(db: RegisterDb, row: Selectable<RunTable> | undefined): Promise<StoredRun | undefined> {
  if (row === undefined) return undefined;
  const versions = await db
    .selectFrom('run_version')
    .select(['list_name', 'list_id', 'version'])
    .where('run_id', '=', row.id)
    .orderBy('id')
    .execute();
  return {
    id: toNumber(row.id),
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    actor: row.actor,
    versions: versions.map((v) => ({ listName: v.list_name, listId: toNumber(v.list_id), version: toNumber(v.version) })),
    settings: JSON.parse(row.settings) as unknown,
    model: row.model === null ? null : (JSON.parse(row.model) as unknown),
    summary: JSON.parse(row.summary) as Record<string, unknown>,
  };
}

async function personMembers(db: RegisterDb): Promise<StoredPersonMember[]> {
  const rows = await db
    .selectFrom('person_member as m')
    .innerJoin('list as l', 'l.id', 'm.list_id')
    .select(['m.person_id', 'm.list_id', 'l.name', 'm.identity', 'm.first_run_id'])
    .orderBy('m.person_id')
    .orderBy('l.name')
    .orderBy('m.identity')
    .execute();
  return rows.map((row) => ({
    personId: row.person_id,
    listId: toNumber(row.list_id),
    listName: row.name,
    identity: row.identity,
    firstRunId: toNumber(row.first_run_id),
  }));
}

type ReviewPairRow = Selectable<ReviewPairTable> & { a_list_name: string; b_list_name: string };

function toReviewPair(row: ReviewPairRow): StoredReviewPair {
  return {
    runId: toNumber(row.run_id),
    a: { listId: toNumber(row.a_list_id), listName: row.a_list_name, identity: row.a_identity, row: toNumber(row.a_row) },
    b: { listId: toNumber(row.b_list_id), listName: row.b_list_name, identity: row.b_identity, row: toNumber(row.b_row) },
    match_probability: Number(row.match_probability),
    match_weight: Number(row.match_weight),
    explanation: JSON.parse(row.explanation) as unknown,
  };
}

/** A member of the register as `replacePersonMembers` compares it. */
type HeldMember = Pick<StoredPersonMember, 'personId' | 'listId' | 'identity' | 'firstRunId'>;

/** The members' positions in the order of the primary key (list id, identity): as given when they come so. */
function keyOrder(members: readonly PersonMember[]): Iterable<number> {
  const named = namedMembers(members);
  if (inKeyOrder(named)) return members.keys();
  return Int32Array.from(members.keys()).sort((a, b) => compareNamedRecords(named, a, named, b));
}

/** The reads `KyselyRegisterReads` borrows from the repository rather than repeat. */
export type CoreReads = Pick<Repository, 'lists' | 'versions' | 'records'>;

/** The register's reads over either dialect; `KyselyRepository` delegates to it. */
export class KyselyRegisterReads implements RegisterReads {
  readonly #db: RegisterDb;
  readonly #core: CoreReads;

  constructor(db: Kysely<StoreSchema>, core: CoreReads) {
    this.#db = db.withTables<RegisterSchema>();
    this.#core = core;
  }

  async latestRun(): Promise<StoredRun | undefined> {
    const row = await this.#db.selectFrom('run').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirst();
    return readRun(this.#db, row);
  }

  async run(id: number): Promise<StoredRun | undefined> {
    const row = await this.#db.selectFrom('run').selectAll().where('id', '=', id).executeTakeFirst();
    return readRun(this.#db, row);
  }

  personMembers(): Promise<StoredPersonMember[]> {
    return personMembers(this.#db);
  }

  async personEvents(personId?: string): Promise<StoredPersonEvent[]> {
    let query = this.#db.selectFrom('person_event').selectAll().orderBy('id');
    if (personId !== undefined) query = query.where('person_id', '=', personId);
    const rows = await query.execute();
    return rows.map((row) => ({
      id: toNumber(row.id),
      runId: toNumber(row.run_id),
      at: row.at,
      kind: row.kind as PersonEventKind,
      personId: row.person_id,
      detail: JSON.parse(row.detail) as Record<string, unknown>,
    }));
  }

  async decisions(): Promise<StoredDecision[]> {
    const rows = await this.#db.selectFrom('decision').selectAll().orderBy('id').execute();
    return rows.map((row) => ({
      id: toNumber(row.id),
      at: row.at,
      reviewer: row.reviewer,
      note: row.note,
      verdict: row.verdict as DecisionVerdict,
      a: { listName: row.a_list_name, identity: row.a_identity, row: toNumber(row.a_row), version: toNumber(row.a_version) },
      b: { listName: row.b_list_name, identity: row.b_identity, row: toNumber(row.b_row), version: toNumber(row.b_version) },
    }));
  }

  async reviewPairs(runId: number): Promise<StoredReviewPair[]> {
    const rows = await this.#db
      .selectFrom('review_pair as p')
      .innerJoin('list as la', 'la.id', 'p.a_list_id')
      .innerJoin('list as lb', 'lb.id', 'p.b_list_id')
      .selectAll('p')
      .select(['la.name as a_list_name', 'lb.name as b_list_name'])
      .where('p.run_id', '=', runId)
      .orderBy('p.id')
      .execute();
    return rows.map(toReviewPair);
  }

  async recordsByIdentity(listId: number, version: number, identities: readonly string[]): Promise<Map<string, StoredRecord>> {
    const wanted = new Set(identities);
    const found = new Map<string, StoredRecord>();
    if (wanted.size === 0) return found;
    // Identities depend on every earlier row of the version (duplicates are numbered), so the
    // whole version is named in file order, from its fields and keys alone; only the records
    // wanted are then read whole.
    const name = identityNamer();
    const idOf = new Map<number, string>();
    for await (const page of versionRecordPages(this.#db, listId, version, (q) => q.select(['id', 'fields', 'record_key', 'expired_key']))) {
      for (const row of page) {
        const identity = name({ fieldsText: row.fields, recordKey: row.record_key, expiredKey: row.expired_key ?? null });
        if (wanted.has(identity)) idOf.set(toNumber(row.id), identity);
      }
    }
    const ids = [...idOf.keys()];
    const columns = await versionRawColumns(this.#db, listId, version);
    for (let start = 0; start < ids.length; start += RECORD_PAGE) {
      const rows = await this.#db.selectFrom('record').selectAll().where('id', 'in', ids.slice(start, start + RECORD_PAGE)).execute();
      for (const row of rows) found.set(idOf.get(toNumber(row.id)) as string, toStoredRecord(row, columns));
    }
    return found;
  }

  async record(listId: number, version: number, row: number): Promise<StoredRecord | undefined> {
    const found = await this.#db
      .selectFrom('record')
      .selectAll()
      .where('list_id', '=', listId)
      .where('version', '=', version)
      .where('row_number', '=', row)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    return found === undefined ? undefined : toStoredRecord(found, await versionRawColumns(this.#db, listId, version));
  }

  async latestVersions(): Promise<ListWithLatestVersion[]> {
    // A handful of lists: two small reads each cost less than a second way to map a version.
    const out: ListWithLatestVersion[] = [];
    for (const list of await this.#core.lists()) {
      const version = (await this.#core.versions(list.id)).at(-1);
      if (version !== undefined) out.push({ list, version });
    }
    return out;
  }
}

/** The writer operations `KyselyRegisterWrites` borrows from the repository's writer. */
export type CoreWrites = Pick<RepositoryWriter, 'appendChange'>;

/** The register's writes inside one transaction; `KyselyWriter` delegates to it. */
export class KyselyRegisterWrites implements RegisterWrites {
  readonly #db: RegisterDb;
  readonly #core: CoreWrites;
  readonly #insertRows: InsertRows;
  /** The register as this transaction last read it, until it replaces it (see replacePersonMembers). */
  #membersRead: readonly StoredPersonMember[] | undefined;

  constructor(db: Kysely<StoreSchema>, core: CoreWrites, insertRows: InsertRows) {
    this.#db = db.withTables<RegisterSchema>();
    this.#core = core;
    this.#insertRows = insertRows;
  }

  async createRun(run: NewRun): Promise<number> {
    const { id } = await this.#db
      .insertInto('run')
      .values({
        started_at: run.startedAt,
        finished_at: run.finishedAt,
        actor: run.actor,
        settings: JSON.stringify(run.settings),
        model: run.model === null || run.model === undefined ? null : JSON.stringify(run.model),
        summary: JSON.stringify(run.summary),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const runId = toNumber(id);
    if (run.versions.length > 0) {
      await this.#db
        .insertInto('run_version')
        .values(run.versions.map((v) => ({ run_id: runId, list_id: v.listId, list_name: v.listName, version: v.version })))
        .execute();
    }
    await this.#log(run.actor, 'run', {
      run: runId,
      versions: run.versions.map((v) => `${v.listName} v${v.version}`),
      summary: run.summary,
    });
    return runId;
  }

  async personMembers(): Promise<StoredPersonMember[]> {
    // In the order of the primary key, a page at a time: no join and no sort for the database,
    // and each page's rows die young (a million members are read by every reconcile).
    const lists = await this.#db.selectFrom('list').select(['id', 'name']).orderBy('id').execute();
    const members: StoredPersonMember[] = [];
    for (const list of lists) {
      const listId = toNumber(list.id);
      let after: string | undefined;
      for (;;) {
        let query = this.#db.selectFrom('person_member').select(['person_id', 'identity', 'first_run_id']).where('list_id', '=', listId);
        if (after !== undefined) query = query.where('identity', '>', after);
        const page = await query.orderBy('identity').limit(MEMBER_PAGE).execute();
        for (const row of page) members.push({ personId: row.person_id, listId, listName: list.name, identity: row.identity, firstRunId: toNumber(row.first_run_id) });
        if (page.length < MEMBER_PAGE) break;
        after = page[page.length - 1]!.identity;
      }
    }
    this.#membersRead = members;
    return members;
  }

  async replacePersonMembers(runId: number, members: readonly PersonMember[]): Promise<void> {
    const actor = await this.#runActor(runId);
    // The register as it stands: read by this transaction already when a reconcile asked for it
    // (nothing else writes it inside the transaction), or read now.
    const before: readonly HeldMember[] =
      this.#membersRead ??
      (await this.#db.selectFrom('person_member').select(['person_id', 'list_id', 'identity', 'first_run_id']).execute()).map((row) => ({
        personId: row.person_id,
        listId: toNumber(row.list_id),
        identity: row.identity,
        firstRunId: toNumber(row.first_run_id),
      }));
    this.#membersRead = undefined;
    // Each member's row in the register before, found by record (a record is under one person).
    const heldAt = findNamedRecords(namedMembers(before), namedMembers(members));
    // A member still under the same person keeps its row (and first run); any other is written.
    const keeps = new Uint8Array(before.length);
    const keptRow = new Int32Array(members.length).fill(-1);
    const persons = new Set<string>();
    let kept = 0;
    for (let i = 0; i < members.length; i++) {
      const m = members[i] as PersonMember;
      persons.add(m.personId);
      const at = heldAt[i] as number;
      // A record given twice is written twice, so the primary key refuses it as before.
      if (at >= 0 && keeps[at] === 0 && (before[at] as HeldMember).personId === m.personId) {
        keeps[at] = 1;
        keptRow[i] = at;
        kept++;
      }
    }
    const whole = kept * 2 <= before.length;
    if (whole) {
      // Most of the register changes (the first run: all of it): empty it and write it whole.
      await this.#db.deleteFrom('person_member').execute();
    } else {
      // Most of it stays (a run again, a new version of one list): only the rows that change.
      const gone = new Map<number, string[]>();
      before.forEach((m, i) => {
        if (keeps[i] === 1) return;
        const ofList = gone.get(m.listId);
        if (ofList === undefined) gone.set(m.listId, [m.identity]);
        else ofList.push(m.identity);
      });
      for (const [listId, identities] of gone) {
        for (const chunk of chunks(identities, 1)) {
          await this.#db.deleteFrom('person_member').where('list_id', '=', listId).where('identity', 'in', chunk).execute();
        }
      }
    }
    // Written whole, a kept member keeps its first run; in part, only the others are written.
    const written = new Int32Array(whole ? members.length : members.length - kept);
    let count = 0;
    for (const i of keyOrder(members)) if (whole || keptRow[i] === -1) written[count++] = i;
    await this.#insertMembers(count, whole, (n) => {
      const i = written[n] as number;
      const m = members[i] as PersonMember;
      const at = keptRow[i] as number;
      return [m.personId, m.listId, m.identity, at === -1 ? runId : (before[at] as HeldMember).firstRunId];
    });
    await this.#log(actor, 'persons-replaced', {
      run: runId,
      persons: persons.size,
      records: members.length,
      recordsBefore: before.length,
      recordsKept: kept,
    });
  }

  /**
   * Inserts `count` member rows, given in the order of the primary key so that its index grows
   * at its end. Into an emptied table, past {@link REBUILT_INDEX_FROM} rows, the person index is
   * dropped and built again after them, in this transaction: building it from all rows at once
   * costs less than a million inserts at random places of it (measured on SQLite and PostgreSQL
   * alike).
   */
  async #insertMembers(count: number, emptied: boolean, row: (n: number) => BulkValue[]): Promise<void> {
    const rebuild = emptied && count >= REBUILT_INDEX_FROM;
    if (rebuild) await this.#db.schema.dropIndex(PERSON_INDEX).execute();
    await this.#insertChunks('person_member', ['person_id', 'list_id', 'identity', 'first_run_id'], count, row);
    if (rebuild) await this.#db.schema.createIndex(PERSON_INDEX).on('person_member').column('person_id').execute();
  }

  /** Inserts `count` rows, each made by `row`, `perChunk` at a time. */
  async #insertChunks(table: string, columns: readonly string[], count: number, row: (n: number) => BulkValue[], perChunk = ROWS_PER_CHUNK): Promise<void> {
    for (let start = 0; start < count; start += perChunk) {
      const rows: BulkValue[][] = [];
      for (let n = start; n < Math.min(count, start + perChunk); n++) rows.push(row(n));
      await this.#insertRows(table, columns, rows);
    }
  }

  async appendPersonEvents(runId: number, events: readonly NewPersonEvent[]): Promise<void> {
    if (events.length === 0) return;
    const actor = await this.#runActor(runId);
    const at = new Date().toISOString();
    await this.#insertChunks('person_event', ['run_id', 'at', 'kind', 'person_id', 'detail'], events.length, (n) => {
      const e = events[n] as NewPersonEvent;
      return [runId, at, e.kind, e.personId, JSON.stringify(e.detail)];
    });
    const byKind: Partial<Record<PersonEventKind, number>> = {};
    for (const e of events) byKind[e.kind] = (byKind[e.kind] ?? 0) + 1;
    await this.#log(actor, 'person-events', { run: runId, ...byKind });
  }

  async appendDecisions(decisions: readonly NewDecision[]): Promise<void> {
    for (const chunk of chunks(decisions, 12)) {
      await this.#db
        .insertInto('decision')
        .values(
          chunk.map((d) => ({
            at: d.at,
            reviewer: d.reviewer,
            note: d.note,
            verdict: d.verdict,
            a_list_name: d.a.listName,
            a_identity: d.a.identity,
            a_row: d.a.row,
            a_version: d.a.version,
            b_list_name: d.b.listName,
            b_identity: d.b.identity,
            b_row: d.b.row,
            b_version: d.b.version,
          })),
        )
        .execute();
    }
    for (const d of decisions) {
      await this.#log(d.reviewer, 'decision', {
        verdict: d.verdict,
        reviewer: d.reviewer,
        records: [d.a, d.b],
      });
    }
  }

  async insertReviewPairs(runId: number, pairs: readonly NewReviewPair[]): Promise<void> {
    const actor = await this.#runActor(runId);
    await this.#insertChunks(
      'review_pair',
      ['run_id', 'a_list_id', 'a_identity', 'a_row', 'b_list_id', 'b_identity', 'b_row', 'match_probability', 'match_weight', 'explanation'],
      pairs.length,
      (n) => {
        const p = pairs[n] as NewReviewPair;
        return [runId, p.a.listId, p.a.identity, p.a.row, p.b.listId, p.b.identity, p.b.row, p.match_probability, p.match_weight, JSON.stringify(p.explanation ?? null)];
      },
      REVIEW_PAIRS_PER_CHUNK,
    );
    await this.#log(actor, 'review-pairs', { run: runId, pairs: pairs.length });
  }

  async #runActor(runId: number): Promise<string> {
    const row = await this.#db.selectFrom('run').select('actor').where('id', '=', runId).executeTakeFirst();
    if (row === undefined) throw new WhereaboutsError('WA_INTERNAL', `no run ${runId} in the store`);
    return row.actor;
  }

  #log(actor: string, action: string, detail: Record<string, unknown>): Promise<void> {
    const change: NewChange = { actor, action, listId: null, version: null, detail };
    return this.#core.appendChange(change);
  }
}
