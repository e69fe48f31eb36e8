import type { ParsedRecord } from '../../ingest/record.js';
import type { PartialDate } from '../../ingest/partial-date.js';
import type { LinkRecord } from '../features/link-record.js';

/** A date as the ingest would parse `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (tests only). */
export function isoDate(text: string): PartialDate {
  const [year, month, day] = text.split('-').map(Number);
  const date: PartialDate = { text, year: year as number };
  if (month !== undefined) date.month = month;
  if (day !== undefined) date.day = day;
  return date;
}

/** Builds link records with dense ids from (list, fields) rows; rows number from 1 per list (tests only). */
export function linkRecordsOf(rows: ReadonlyArray<readonly [string, ParsedRecord]>): LinkRecord[] {
  const nextRow = new Map<string, number>();
  return rows.map(([list, fields], id) => {
    const row = (nextRow.get(list) ?? 0) + 1;
    nextRow.set(list, row);
    return { id, list, row, fields };
  });
}
