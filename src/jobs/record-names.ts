import type { RecordKey } from '../register/index.js';
import { parseRecordKey, recordKey } from '../register/index.js';
import { identityNamer } from '../store/record-identity.js';
import type { ListWithLatestVersion } from '../store/register-repository.js';
import type { Repository } from '../store/repository.js';

/** How the records of the latest version of each list are named: row ↔ identity. */
export interface RecordNames {
  versions: Map<string, ListWithLatestVersion>;
  /** The identity of `list:row` in the latest version, or undefined. */
  identityOf(key: RecordKey): string | undefined;
  /** The key (`list:row`) of a record named by identity in the latest version, or undefined. */
  keyOf(listName: string, identity: string): RecordKey | undefined;
}

/**
 * Names the records of the latest version of the given lists (all lists when none are given).
 * Identities are computed in file order (a duplicate row is `#2`), so each list is read once.
 */
export async function latestRecordNames(store: Repository, listNames?: ReadonlySet<string>): Promise<RecordNames> {
  const versions = new Map((await store.latestVersions()).map((v) => [v.list.name, v]));
  const identities = new Map<RecordKey, string>();
  const keys = new Map<string, RecordKey>();
  for (const [name, { list, version }] of versions) {
    if (listNames !== undefined && !listNames.has(name)) continue;
    const nameOf = identityNamer();
    for await (const record of store.records(list.id, version.version)) {
      const identity = nameOf(record);
      const key = recordKey(name, record.row);
      // A workbook may repeat row numbers across sheets: the first sheet's row is the one named.
      if (!identities.has(key)) identities.set(key, identity);
      keys.set(`${name}\u0000${identity}`, key);
    }
  }
  return {
    versions,
    identityOf: (key) => identities.get(key),
    keyOf: (listName, identity) => keys.get(`${listName}\u0000${identity}`),
  };
}

/** The lists named by record keys, for reading only those. */
export function listsOfKeys(keys: Iterable<RecordKey>): Set<string> {
  const lists = new Set<string>();
  for (const key of keys) {
    const parsed = parseRecordKey(key);
    if (parsed !== undefined) lists.add(parsed.list);
  }
  return lists;
}
