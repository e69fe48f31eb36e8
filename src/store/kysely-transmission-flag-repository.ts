import type { Generated, Kysely } from 'kysely';
import type { CanonicalField } from '../ingest/record.js';
import { toNumber } from './record-pages.js';
import type { NewChange } from './repository.js';
import type { StoreSchema } from './schema.js';
import type { NewTransmissionFlag, StoredTransmissionFlag, TransmissionFlagAction } from './transmission-flag-repository.js';

/** The flags table (migration 0009) as Kysely sees it. */
export type TransmissionFlagSchema = {
  transmission_flag: {
    id: Generated<number>;
    at: string;
    actor: string;
    list_id: number;
    identity: string;
    field: string | null;
    action: string;
    reason: string;
    row_number: number;
    version: number;
  };
};

type FlagDb = Kysely<StoreSchema & TransmissionFlagSchema>;

/** Every flag event in the order appended, with its list's name. */
export async function readTransmissionFlags(db: FlagDb, listId?: number): Promise<StoredTransmissionFlag[]> {
  let query = db
    .selectFrom('transmission_flag')
    .innerJoin('list', 'list.id', 'transmission_flag.list_id')
    .select([
      'transmission_flag.id',
      'transmission_flag.at',
      'transmission_flag.actor',
      'transmission_flag.list_id',
      'list.name as list_name',
      'transmission_flag.identity',
      'transmission_flag.field',
      'transmission_flag.action',
      'transmission_flag.reason',
      'transmission_flag.row_number',
      'transmission_flag.version',
    ])
    .orderBy('transmission_flag.id');
  if (listId !== undefined) query = query.where('transmission_flag.list_id', '=', listId);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: toNumber(row.id),
    at: row.at,
    actor: row.actor,
    listId: toNumber(row.list_id),
    listName: row.list_name,
    identity: row.identity,
    field: row.field as CanonicalField | null,
    action: row.action as TransmissionFlagAction,
    reason: row.reason,
    row: toNumber(row.row_number),
    version: toNumber(row.version),
  }));
}

/**
 * Appends one flag event inside the caller's transaction and logs it. The change log names the
 * record and the field, not the reason: a reason may say why a family fears for a man, and the
 * change log is read by more people than the flags are.
 */
export async function appendTransmissionFlag(db: FlagDb, flag: NewTransmissionFlag, log: (change: NewChange) => Promise<void>): Promise<StoredTransmissionFlag> {
  const at = new Date().toISOString();
  const row = await db
    .insertInto('transmission_flag')
    .values({
      at,
      actor: flag.actor,
      list_id: flag.listId,
      identity: flag.identity,
      field: flag.field,
      action: flag.action,
      reason: flag.reason,
      row_number: flag.row,
      version: flag.version,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const list = await db.selectFrom('list').select('name').where('id', '=', flag.listId).executeTakeFirstOrThrow();
  await log({
    actor: flag.actor,
    action: flag.action === 'set' ? 'do-not-transmit' : 'do-not-transmit-cleared',
    listId: flag.listId,
    version: flag.version,
    detail: { list: list.name, identity: flag.identity, row: flag.row, field: flag.field },
  });
  return { ...flag, id: toNumber(row.id), at, listName: list.name };
}
