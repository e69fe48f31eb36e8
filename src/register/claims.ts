import type { PartialDate } from '../ingest/partial-date.js';
import type { CanonicalField, ParsedRecord } from '../ingest/record.js';
import type { RecordKey, RegisterRecord } from './register-record.js';

/** A value a source gives for a field: text as written, or a partial date. */
export type ClaimValue = string | PartialDate;

/** What one source says about one field of a person: which list, party and row, and the value. */
export interface Claim {
  recordKey: RecordKey;
  list: string;
  party: string;
  row: number;
  value: ClaimValue;
}

/** The claims of a person's records, by field, in the order of the records given. */
export type ClaimsByField = Partial<Record<CanonicalField, Claim[]>>;

/** Collects every non-empty field of every record as a claim of its source. */
export function collectClaims(records: readonly RegisterRecord[]): ClaimsByField {
  const byField: ClaimsByField = {};
  for (const record of records) {
    for (const [field, value] of Object.entries(record.fields) as [keyof ParsedRecord, ParsedRecord[keyof ParsedRecord]][]) {
      if (value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
      const claim: Claim = { recordKey: record.key, list: record.list, party: record.party, row: record.row, value };
      (byField[field] ??= []).push(claim);
    }
  }
  return byField;
}

/** Whether a claim's value is a date. */
export function isDateValue(value: ClaimValue): value is PartialDate {
  return typeof value === 'object';
}
