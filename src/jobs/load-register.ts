import type { RowPlace } from '../ingest/row-place.js';
import { rowPlace } from '../ingest/row-place.js';
import type { Person, PersonCluster, RecordKey, RegisterRecord } from '../register/index.js';
import { buildRegister, recordKey } from '../register/index.js';
import { identityNamer } from '../store/record-identity.js';
import type { ListWithLatestVersion, StoredPersonMember } from '../store/register-repository.js';
import type { Repository, StoredList, StoredRecord } from '../store/repository.js';

/** Where a record of the register is stored, and how it is named across versions. */
export interface RecordPlace {
  listId: number;
  listName: string;
  version: number;
  row: number;
  identity: string;
  /** Where the clerk finds the row in the file: "Excel row 12", "line 5". */
  place: RowPlace;
}

/** The register as the store holds it now. */
export interface LoadedRegister {
  persons: Person[];
  /** Every record of the register, by its key in the latest version of its list. */
  places: Map<RecordKey, RecordPlace>;
  /** The key of a record named by list and identity, when the latest version still holds it. */
  keyOf(listName: string, identity: string): RecordKey | undefined;
  /** The list versions read. */
  versions: ListWithLatestVersion[];
  /** Members of the stored register whose record the latest version of its list no longer has. */
  goneMembers: number;
  /** Records of the latest versions that no person holds yet (imported after the last reconcile). */
  unlinkedRecords: number;
}

/** The key of a (list, identity) pair in lookups. */
const identityKey = (listName: string, identity: string): string => `${listName}\u0000${identity}`;

/** A stored record as the register sees it. */
export function registerRecord(list: StoredList, record: Pick<StoredRecord, 'row' | 'fields'>): RegisterRecord {
  // The list's own date is not known (the import date is not it), so listedDate stays unset.
  return { key: recordKey(list.name, record.row), list: list.name, party: list.party ?? '', listKind: list.kind, row: record.row, fields: record.fields };
}

/**
 * Reads the register from the store: the persons of the latest reconcile, each resolved by
 * identity in the latest version of every list, so a list re-imported since keeps its persons
 * as long as their records remain. Records no person holds yet are counted, not shown: the next
 * `whereabouts reconcile` links them.
 */
export async function loadRegister(store: Repository): Promise<LoadedRegister> {
  const versions = await store.latestVersions();
  const members = await store.personMembers();
  const personOf = new Map<string, string>();
  for (const m of members) personOf.set(identityKey(m.listName, m.identity), m.personId);

  const records = new Map<string, RegisterRecord>();
  const places = new Map<RecordKey, RecordPlace>();
  const byIdentity = new Map<string, RecordKey>();
  let unlinkedRecords = 0;
  for (const { list, version } of versions) {
    const name = identityNamer();
    // The register needs the parsed fields only: the raw cells are left in the store.
    for await (const stored of store.parsedRecords(list.id, version.version)) {
      const identity = name(stored);
      const at = identityKey(list.name, identity);
      if (!personOf.has(at)) {
        unlinkedRecords++;
        continue;
      }
      const record = registerRecord(list, stored);
      records.set(at, record);
      byIdentity.set(at, record.key);
      places.set(record.key, { listId: list.id, listName: list.name, version: version.version, row: stored.row, identity, place: rowPlace(version.format, stored.row, stored.sourceRow, stored.sheet, version.sheets?.length ?? 1) });
    }
  }

  const clusters = new Map<string, RecordKey[]>();
  let goneMembers = 0;
  for (const m of members) {
    const record = records.get(identityKey(m.listName, m.identity));
    if (record === undefined) {
      goneMembers++;
      continue;
    }
    const keys = clusters.get(m.personId) ?? [];
    keys.push(record.key);
    clusters.set(m.personId, keys);
  }
  const personClusters: PersonCluster[] = [...clusters].map(([personId, recordKeys]) => ({ personId, recordKeys }));
  return {
    persons: buildRegister([...records.values()], personClusters),
    places,
    keyOf: (listName, identity) => byIdentity.get(identityKey(listName, identity)),
    versions,
    goneMembers,
    unlinkedRecords,
  };
}

/** One person read from the store, with where each of their records is. */
export interface LoadedPerson {
  members: StoredPersonMember[];
  records: RegisterRecord[];
  places: Map<RecordKey, RecordPlace>;
  /** Members whose record the latest version of its list no longer holds. */
  gone: StoredPersonMember[];
}

/**
 * Reads one person's records without reading the whole register: their members, each looked up
 * by identity in the latest version of its list. Undefined when no person has that id.
 */
export async function loadPerson(store: Repository, personId: string): Promise<LoadedPerson | undefined> {
  const members = (await store.personMembers()).filter((m) => m.personId === personId);
  if (members.length === 0) return undefined;
  const latest = new Map((await store.latestVersions()).map((v) => [v.list.id, v]));
  const records: RegisterRecord[] = [];
  const places = new Map<RecordKey, RecordPlace>();
  const gone: StoredPersonMember[] = [];
  const byList = new Map<number, StoredPersonMember[]>();
  for (const m of members) byList.set(m.listId, [...(byList.get(m.listId) ?? []), m]);
  for (const [listId, listMembers] of byList) {
    const at = latest.get(listId);
    const found = at === undefined ? new Map<string, StoredRecord>() : await store.recordsByIdentity(listId, at.version.version, listMembers.map((m) => m.identity));
    for (const m of listMembers) {
      const stored = found.get(m.identity);
      if (at === undefined || stored === undefined) {
        gone.push(m);
        continue;
      }
      const record = registerRecord(at.list, stored);
      records.push(record);
      places.set(record.key, {
        listId,
        listName: at.list.name,
        version: at.version.version,
        row: stored.row,
        identity: m.identity,
        place: rowPlace(at.version.format, stored.row, stored.sourceRow, stored.sheet, at.version.sheets?.length ?? 1),
      });
    }
  }
  return { members, records, places, gone };
}
