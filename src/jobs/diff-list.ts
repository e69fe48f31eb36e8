import { WhereaboutsError } from '../errors.js';
import { listNotFound } from './list-settings.js';
import { CANONICAL_FIELDS } from '../ingest/record.js';
import type { CanonicalField } from '../ingest/record.js';
import type { Repository, StoredList, StoredRecord, StoredVersion } from '../store/repository.js';

/**
 * How records of two versions were paired: by the list's own record ids when every record of
 * both versions has one, else by the content of the parsed fields (then a corrected record
 * shows as one removed and one added, since nothing says they are the same person's row).
 */
export type DiffMatching = 'record_id' | 'content';

/** One field that differs between two versions of a record. */
export interface FieldChange {
  field: CanonicalField;
  /** The value as written in each version; undefined when the field was empty. */
  before: string | undefined;
  after: string | undefined;
}

/** A record present in both versions with different fields. */
export interface ChangedRecord {
  before: StoredRecord;
  after: StoredRecord;
  changes: FieldChange[];
}

/** What changed in a list between two of its versions. */
export interface ListDiff {
  list: StoredList;
  from: StoredVersion;
  to: StoredVersion;
  matching: DiffMatching;
  added: StoredRecord[];
  removed: StoredRecord[];
  changed: ChangedRecord[];
  unchangedCount: number;
}

/** Which versions to compare; by default the latest against the one before it. */
export interface DiffRequest {
  list: string;
  from?: number;
  to?: number;
}

/**
 * Compares two versions of a list. Holds one version's records in memory (the other is
 * streamed), which is enough for lists of a few hundred thousand rows.
 */
export async function diffList(store: Repository, request: DiffRequest): Promise<ListDiff> {
  const list = await store.findList(request.list);
  if (list === undefined) {
    throw await listNotFound(store, request.list);
  }
  const versions = await store.versions(list.id);
  const latest = versions.at(-1)?.version ?? 0;
  const toNumber = request.to ?? latest;
  const fromNumber = request.from ?? toNumber - 1;
  if (request.from === undefined && request.to === undefined && versions.length < 2) {
    throw new WhereaboutsError(
      'WA_NOTHING_TO_DO',
      `list "${list.name}" has only ${versions.length} version${versions.length === 1 ? '' : 's'}: import a changed file to compare`,
    );
  }
  const from = findVersion(list, versions, fromNumber, '--from');
  const to = findVersion(list, versions, toNumber, '--to');

  const matching = await chooseMatching(store, list, from, to);
  const keyOf = matching === 'record_id' ? (r: StoredRecord) => r.recordKey ?? '' : (r: StoredRecord) => r.fieldsText;

  // Duplicates are real (a list can name a man twice), so each key holds a queue of records
  // paired in file order.
  const before = new Map<string, StoredRecord[]>();
  for await (const record of store.records(list.id, from.version)) {
    const key = keyOf(record);
    const queue = before.get(key);
    if (queue === undefined) before.set(key, [record]);
    else queue.push(record);
  }

  const added: StoredRecord[] = [];
  const changed: ChangedRecord[] = [];
  let unchangedCount = 0;
  for await (const record of store.records(list.id, to.version)) {
    const previous = before.get(keyOf(record))?.shift();
    if (previous === undefined) added.push(record);
    else if (previous.fieldsText === record.fieldsText) unchangedCount += 1;
    else changed.push({ before: previous, after: record, changes: fieldChanges(previous, record) });
  }
  const removed = [...before.values()].flat().sort((a, b) => a.id - b.id);
  return { list, from, to, matching, added, removed, changed, unchangedCount };
}

function findVersion(list: StoredList, versions: StoredVersion[], version: number, option: string): StoredVersion {
  const found = versions.find((v) => v.version === version);
  if (found === undefined) {
    const known = versions.map((v) => v.version).join(', ');
    throw new WhereaboutsError('WA_USAGE', `${option} ${version}: list "${list.name}" has versions ${known}`);
  }
  return found;
}

async function chooseMatching(
  store: Repository,
  list: StoredList,
  from: StoredVersion,
  to: StoredVersion,
): Promise<DiffMatching> {
  for (const version of [from, to]) {
    if ((await store.countRecordsWithKey(list.id, version.version)) < version.recordCount) return 'content';
  }
  return from.recordCount + to.recordCount > 0 ? 'record_id' : 'content';
}

function fieldText(record: StoredRecord, field: CanonicalField): string | undefined {
  const value = record.fields[field];
  if (value === undefined) return undefined;
  return typeof value === 'object' ? value.text : value;
}

function fieldChanges(before: StoredRecord, after: StoredRecord): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of CANONICAL_FIELDS) {
    const a = JSON.stringify(before.fields[field]);
    const b = JSON.stringify(after.fields[field]);
    if (a !== b) changes.push({ field, before: fieldText(before, field), after: fieldText(after, field) });
  }
  return changes;
}
