import { createHash } from 'node:crypto';
import type { StoredRecord } from './repository.js';

/**
 * What naming a record needs: the list's own id for it, and its parsed fields as stored; for a
 * record expired to a placeholder (migration 0010), the key its fields gave before they were
 * blanked.
 */
export type IdentitySource = Pick<StoredRecord, 'recordKey' | 'fieldsText'> & { expiredKey?: string | null };

/**
 * The key of a record before duplicates are told apart: `id:<record_id>` when the record
 * carries the list's own id, else `content:<16 hex of sha256(fieldsText)>`. Chosen per record,
 * not per version, so one row without an id does not rename every other row of the list.
 */
export function identityKey(record: IdentitySource): string {
  if (record.expiredKey !== undefined && record.expiredKey !== null) return record.expiredKey;
  if (record.recordKey !== null && record.recordKey !== '') return `id:${record.recordKey}`;
  return `content:${createHash('sha256').update(record.fieldsText).digest('hex').slice(0, 16)}`;
}

/** Ids written as plain decimal numbers below this are counted in a bitmap (2 MiB at most). */
const BITMAP_IDS = 1 << 24;

/** `id` as a number when it is a plain decimal number below {@link BITMAP_IDS} ("17", not "017"), else -1. */
function plainNumber(id: string): number {
  const length = id.length;
  if (length === 0 || length > 8 || (length > 1 && id.charCodeAt(0) === 48)) return -1;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const digit = id.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n < BITMAP_IDS ? n : -1;
}

/**
 * Names the records of one version, fed in file order: the first record with a key gets the
 * key itself, the n-th (n ≥ 2) gets `<key>#<n>`. A list that names a man twice in identical
 * rows thus keeps both, and the first keeps the plain key whether or not a copy follows.
 *
 * Most lists number their rows, so ids that are plain numbers are remembered as bits rather than
 * as a million map entries (a plain number and its text name the same key, so the two cannot
 * disagree); other keys are counted in a map.
 *
 * @example
 * const name = identityNamer();
 * for await (const record of store.records(listId, version)) console.log(name(record));
 */
export function identityNamer(): (record: IdentitySource) => string {
  const seen = new Map<string, number>();
  let numbers = new Uint8Array(1024);
  const repeatedNumbers = new Map<number, number>();
  /** How many times `number` was met, this time included. */
  const countNumber = (number: number): number => {
    const at = number >>> 3;
    const bit = 1 << (number & 7);
    if (at >= numbers.length) {
      const grown = new Uint8Array(Math.max(numbers.length * 2, at + 1));
      grown.set(numbers);
      numbers = grown;
    }
    if (((numbers[at] as number) & bit) === 0) {
      numbers[at] = (numbers[at] as number) | bit;
      return 1;
    }
    const n = (repeatedNumbers.get(number) ?? 1) + 1;
    repeatedNumbers.set(number, n);
    return n;
  };
  return (record) => {
    const key = identityKey(record);
    const number = record.recordKey === null ? -1 : plainNumber(record.recordKey);
    let n: number;
    if (number !== -1) n = countNumber(number);
    else {
      n = (seen.get(key) ?? 0) + 1;
      seen.set(key, n);
    }
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
