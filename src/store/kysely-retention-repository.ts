import { SqliteAdapter, sql } from 'kysely';
import type { Generated, Kysely } from 'kysely';
import type { ParsedRecord } from '../ingest/record.js';
import { encodeFields } from './record-codec.js';
import { identityKey } from './record-identity.js';
import { toNumber } from './record-pages.js';
import type { RegisterSchema } from './register-schema.js';
import type { NewChange } from './repository.js';
import type { ExpiryCounts, ListExpiry, StoredExpiry } from './retention-repository.js';
import { schemaDialect } from './schema-dialect.js';
import type { StoreSchema } from './schema.js';
import type { TransmissionFlagSchema } from './kysely-transmission-flag-repository.js';

/** The tables and columns of migration 0010 that the base schema types do not name. */
export type RetentionSchema = {
  expiry: { id: Generated<number>; at: string; actor: string; list_id: number; retain_until: string; rule: string; records: number; quarantined: number };
  list: { retain_until: string | null };
  quarantine: { expired_at: string | null };
};

type RetentionDb = Kysely<StoreSchema & RegisterSchema & TransmissionFlagSchema & RetentionSchema>;

/** Records blanked per statement batch: enough to keep the round trips few, little held at once. */
const PAGE = 1000;

export async function readListRetention(db: RetentionDb): Promise<Map<number, string>> {
  const rows = await db.selectFrom('list').select(['id', 'retain_until']).where('retain_until', 'is not', null).execute();
  return new Map(rows.map((r) => [toNumber(r.id), r.retain_until as string]));
}

export async function readExpiries(db: RetentionDb): Promise<StoredExpiry[]> {
  const rows = await db
    .selectFrom('expiry')
    .innerJoin('list', 'list.id', 'expiry.list_id')
    .select(['expiry.id', 'expiry.at', 'expiry.actor', 'expiry.list_id', 'list.name', 'expiry.retain_until', 'expiry.rule', 'expiry.records', 'expiry.quarantined'])
    .orderBy('expiry.id')
    .execute();
  return rows.map((r) => ({
    id: toNumber(r.id),
    at: r.at,
    actor: r.actor,
    listId: toNumber(r.list_id),
    listName: r.name,
    retainUntil: r.retain_until,
    rule: r.rule as StoredExpiry['rule'],
    records: toNumber(r.records),
    quarantined: toNumber(r.quarantined),
  }));
}

/** VACUUM and an empty write-ahead log on SQLite; VACUUM of the touched tables on PostgreSQL. */
export async function compactStore(db: RetentionDb, dialect: 'sqlite' | 'postgres'): Promise<void> {
  if (dialect === 'sqlite') {
    await sql`vacuum`.execute(db);
    await sql`pragma wal_checkpoint(truncate)`.execute(db);
    return;
  }
  for (const table of ['record', 'quarantine', 'list_version', 'review_pair', 'decision', 'transmission_flag']) await sql`vacuum ${sql.table(table)}`.execute(db);
}

export async function writeListRetention(db: RetentionDb, listId: number, until: string | null): Promise<void> {
  await db.updateTable('list').set({ retain_until: until }).where('id', '=', listId).execute();
}

/** What is left of a record's fields once it expired: its list's own id and the date of the event it reports. */
export function placeholderFields(fields: ParsedRecord): ParsedRecord {
  const kept: ParsedRecord = {};
  if (fields.record_id !== undefined) kept.record_id = fields.record_id;
  if (fields.event_date !== undefined) kept.event_date = { text: '', year: fields.event_date.year, ...(fields.event_date.month === undefined ? {} : { month: fields.event_date.month }), ...(fields.event_date.day === undefined ? {} : { day: fields.event_date.day }) };
  return kept;
}

/** See RetentionWrites.expireList. */
export async function expireListRows(db: RetentionDb, expiry: ListExpiry, log: (change: NewChange) => Promise<void>): Promise<ExpiryCounts> {
  const { list } = expiry;
  const at = new Date().toISOString();
  const unknownDb = db as unknown as Kysely<unknown>;
  const guard = schemaDialect(unknownDb);
  // Pages freed or rewritten by this transaction are zeroed, not left with the old bytes.
  if (db.getExecutor().adapter instanceof SqliteAdapter) await sql`pragma secure_delete = on`.execute(db);

  let records = 0;
  for (;;) {
    const page = await db.selectFrom('record').select(['id', 'fields', 'record_key']).where('list_id', '=', list.id).where('expired_at', 'is', null).orderBy('id').limit(PAGE).execute();
    if (page.length === 0) break;
    for (const row of page) {
      const key = identityKey({ fieldsText: row.fields, recordKey: row.record_key });
      await db
        .updateTable('record')
        .set({
          fields: encodeFields(placeholderFields(JSON.parse(row.fields) as ParsedRecord)),
          raw: '{}',
          warnings: null,
          expired_at: at,
          expired_key: row.record_key === null || row.record_key === '' ? key : null,
        })
        .where('id', '=', row.id)
        .execute();
    }
    records += page.length;
  }
  const quarantined = await db.updateTable('quarantine').set({ raw: '""', reason: 'expired', expired_at: at }).where('list_id', '=', list.id).where('expired_at', 'is', null).executeTakeFirst();

  // Title lines above a header may name someone; their count stays.
  for (const version of await db.selectFrom('list_version').select(['id', 'skipped']).where('list_id', '=', list.id).execute()) {
    if (version.skipped === null) continue;
    const skipped = JSON.parse(version.skipped) as { empty: number; preamble: { sheet?: string; text: string }[] };
    if (skipped.preamble.every((p) => p.text === '')) continue;
    await db.updateTable('list_version').set({ skipped: JSON.stringify({ ...skipped, preamble: skipped.preamble.map((p) => ({ ...p, text: '' })) }) }).where('id', '=', version.id).execute();
  }
  // A review pair's explanation quotes both records' values.
  const pairs = await db
    .updateTable('review_pair')
    .set({ explanation: 'null' })
    .where((eb) => eb.or([eb('a_list_id', '=', list.id), eb('b_list_id', '=', list.id)]))
    .where('explanation', '<>', 'null')
    .executeTakeFirst();
  // A reviewer's note or a flag's reason may say who the man is; the pairs and verdicts stay.
  const notes = await guard.withGuardLifted(unknownDb, 'decision', () =>
    sql`update decision set note = '' where (a_list_name = ${list.name} or b_list_name = ${list.name}) and note <> ''`.execute(db),
  );
  const reasons = await guard.withGuardLifted(unknownDb, 'transmission_flag', () =>
    db.updateTable('transmission_flag').set({ reason: '' }).where('list_id', '=', list.id).where('reason', '<>', '').executeTakeFirst(),
  );

  const counts: ExpiryCounts = {
    records,
    quarantined: Number(quarantined.numUpdatedRows),
    notes: Number(notes.numAffectedRows ?? 0) + Number(reasons.numUpdatedRows),
    reviewPairs: Number(pairs.numUpdatedRows),
  };
  await db.insertInto('expiry').values({ at, actor: expiry.actor, list_id: list.id, retain_until: expiry.retainUntil, rule: expiry.rule, records: counts.records, quarantined: counts.quarantined }).execute();
  await log({ actor: expiry.actor, action: 'expire', listId: list.id, version: null, detail: { list: list.name, retainUntil: expiry.retainUntil, rule: expiry.rule, ...counts } });
  return counts;
}
