import { WhereaboutsError } from '../errors.js';
import type { ListChange } from '../store/list-change-repository.js';
import type { Repository, StoredList, StoredVersion } from '../store/repository.js';

/** A list as `whereabouts list show` describes it. */
export interface ListDescription {
  list: StoredList;
  /** Every version, oldest first. */
  versions: StoredVersion[];
}

/** The error for a list name the store does not hold: it names the lists that exist. */
export async function listNotFound(store: Repository, name: string): Promise<WhereaboutsError> {
  const names = (await store.lists()).map((l) => l.name);
  const known = names.length === 0 ? 'the store holds no list yet' : `lists: ${names.join(', ')}`;
  return new WhereaboutsError('WA_LIST_NOT_FOUND', `no list named "${name}" in ${store.location} (${known})`);
}

/** One list with its versions, or every list (by name) when no name is given. */
export async function describeLists(store: Repository, name?: string): Promise<ListDescription[]> {
  let lists: StoredList[];
  if (name === undefined) lists = await store.lists();
  else {
    const list = await store.findList(name);
    if (list === undefined) throw await listNotFound(store, name);
    lists = [list];
  }
  return Promise.all(lists.map(async (list) => ({ list, versions: await store.versions(list.id) })));
}

/** What `list set` changed. */
export interface ListSettingOutcome {
  before: StoredList;
  after: StoredList;
}

/**
 * Changes a list's party, kind, label or duplicate-free mark after import, in one transaction
 * logged as `list-changed`. The next reconcile and report use the new values; persons and
 * decisions are untouched (they name records by list and identity, not by party or kind).
 */
export async function setListDetails(store: Repository, name: string, change: ListChange, actor: string): Promise<ListSettingOutcome> {
  if (change.party !== undefined && change.party.trim() === '') throw new WhereaboutsError('WA_USAGE', '--party: give the name of the party that keeps the list');
  const outcome = await store.write(`import:${name}`, async (writer) => {
    const before = await writer.findList(name);
    if (before === undefined) return undefined;
    return { before, after: await writer.changeList(before, change, actor) };
  });
  if (outcome === undefined) throw await listNotFound(store, name);
  return outcome;
}
