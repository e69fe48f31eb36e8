import type { ListKind, ParsedRecord } from '../ingest/record.js';

/** A record's key: `${list}:${row}`. The row is the 1-based data row of the list version. */
export type RecordKey = string;

/**
 * One list row as the register sees it: which list and party said it, what kind of list it is,
 * and the parsed fields in their original scripts. Plain data, so the store, synth or a test can
 * build it without the register knowing where it came from.
 */
export interface RegisterRecord {
  key: RecordKey;
  list: string;
  party: string;
  listKind: ListKind;
  row: number;
  fields: ParsedRecord;
  /** ISO date (`YYYY-MM-DD`) of the list version that carried the row, when known. */
  listedDate?: string;
}

/** A scored pair of records from the linkage engine. */
export interface ScoredPair {
  a: RecordKey;
  b: RecordKey;
  /** Splink's name: the posterior probability that both records describe one person. */
  match_probability: number;
}

/** A person as the linkage engine (or the store) hands it over: an id and its records. */
export interface PersonCluster {
  personId: string;
  recordKeys: RecordKey[];
}

/** Builds the key of a record from its list and row, the one spelling used everywhere. */
export function recordKey(list: string, row: number): RecordKey {
  return `${list}:${row}`;
}

/**
 * Splits a key back into list and row. The list name may itself hold colons, so the row is what
 * follows the last one. Returns undefined when the key does not end in a positive row number.
 */
export function parseRecordKey(key: string): { list: string; row: number } | undefined {
  const at = key.lastIndexOf(':');
  if (at <= 0) return undefined;
  const rowText = key.slice(at + 1);
  if (!/^[1-9][0-9]*$/.test(rowText)) return undefined;
  return { list: key.slice(0, at), row: Number(rowText) };
}

/** The key of an unordered pair: both keys sorted, so (a,b) and (b,a) are one pair. */
export function pairKey(a: RecordKey, b: RecordKey): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}
