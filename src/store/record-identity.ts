import { createHash } from 'node:crypto';
import type { StoredRecord } from './repository.js';

/** What naming a record needs: the list's own id for it, and its parsed fields as stored. */
export type IdentitySource = Pick<StoredRecord, 'recordKey' | 'fieldsText'>;

/**
 * The key of a record before duplicates are told apart: `id:<record_id>` when the record
 * carries the list's own id, else `content:<16 hex of sha256(fieldsText)>`. Chosen per record,
 * not per version, so one row without an id does not rename every other row of the list.
 */
export function identityKey(record: IdentitySource): string {
  if (record.recordKey !== null && record.recordKey !== '') return `id:${record.recordKey}`;
  return `content:${createHash('sha256').update(record.fieldsText).digest('hex').slice(0, 16)}`;
}

/**
 * Names the records of one version, fed in file order: the first record with a key gets the
 * key itself, the n-th (n ≥ 2) gets `<key>#<n>`. A list that names a man twice in identical
 * rows thus keeps both, and the first keeps the plain key whether or not a copy follows.
 *
 * @example
 * const name = identityNamer();
 * for await (const record of store.records(listId, version)) console.log(name(record));
 */
export function identityNamer(): (record: IdentitySource) => string {
  const seen = new Map<string, number>();
  return (record) => {
    const key = identityKey(record);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}#${n}`;
  };
}

/**
 * The identities of the records of one version, given in file order: how a record is named
 * across versions (decisions, persons and review pairs refer to records this way).
 *
 * @example
 * recordIdentities([{ recordKey: '17', fieldsText: '{}' }, { recordKey: '17', fieldsText: '{}' }]);
 * // ['id:17', 'id:17#2']
 */
export function recordIdentities(records: readonly IdentitySource[]): string[] {
  const name = identityNamer();
  return records.map((record) => name(record));
}
