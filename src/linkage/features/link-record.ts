import type { ListKind, ParsedRecord } from '../../ingest/record.js';

/**
 * One record as the linkage engine takes it: where it comes from and its parsed fields.
 * `id` is its dense index (0..n-1) in the array handed to {@link import('./record-features.js').prepareRecords}.
 */
export interface LinkRecord {
  id: number;
  /** The list's name. */
  list: string;
  /** 1-based data row within the list. */
  row: number;
  fields: ParsedRecord;
  /**
   * What the record's list asserts. It says which event `event_date` and `place` describe: the
   * disappearance or capture (`missing`, `detention`), the same event on every such list, or a
   * later one (`visit`, `release`, `death`). Without it the event fields are not compared.
   */
  kind?: ListKind;
}

/** The key of a record, `list:row`, spelled as the register and the store spell it. */
export function linkRecordKey(list: string, row: number): string {
  return `${list}:${row}`;
}
