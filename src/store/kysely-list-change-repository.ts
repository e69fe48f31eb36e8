import type { Kysely } from 'kysely';
import type { ListChange } from './list-change-repository.js';
import type { NewChange, StoredList } from './repository.js';
import type { StoreSchema } from './schema.js';

/** The fields of a list a change names, as they were and as they become. */
function changedFields(list: StoredList, change: ListChange): { before: Record<string, unknown>; after: Record<string, unknown>; next: StoredList } {
  const next: StoredList = { ...list };
  if (change.party !== undefined) next.party = change.party;
  if (change.kind !== undefined) next.kind = change.kind;
  if (change.label !== undefined) next.label = change.label === '' ? null : change.label;
  if (change.duplicateFree !== undefined) next.duplicateFree = change.duplicateFree;
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const key of ['party', 'kind', 'label', 'duplicateFree'] as const) {
    if (next[key] !== list[key]) {
      before[key] = list[key];
      after[key] = next[key];
    }
  }
  return { before, after, next };
}

/**
 * Applies a {@link ListChange} inside the caller's transaction: the list row, and for a new
 * party every record and quarantined row of the list (each stored row carries its party).
 * A change that changes nothing is not logged.
 */
export async function changeList(db: Kysely<StoreSchema>, list: StoredList, change: ListChange, actor: string, log: (change: NewChange) => Promise<void>): Promise<StoredList> {
  const { before, after, next } = changedFields(list, change);
  if (Object.keys(after).length === 0) return list;
  await db
    .updateTable('list')
    .set({ party: next.party, kind: next.kind, label: next.label, duplicate_free: next.duplicateFree ? 1 : 0 })
    .where('id', '=', list.id)
    .execute();
  if ('party' in after) {
    await db.updateTable('record').set({ party: next.party }).where('list_id', '=', list.id).execute();
    await db.updateTable('quarantine').set({ party: next.party }).where('list_id', '=', list.id).execute();
  }
  await log({ actor, action: 'list-changed', listId: list.id, version: null, detail: { list: list.name, before, after } });
  return next;
}
