import type { PartialDate } from '../ingest/partial-date.js';
import { formatPartialDate } from '../ingest/partial-date.js';
import type { ListKind } from '../ingest/record.js';
import type { DateSpan } from './date-readings.js';
import { dateReadings, readingSpan } from './date-readings.js';
import type { RecordKey, RegisterRecord } from './register-record.js';
import { recordEvent } from './status-timeline.js';

/**
 * What one record says about where a person is, in the accounting's terms: reported missing,
 * in someone's custody on a day, out of it (released, escaped, exchanged), dead, or his remains
 * identified. `listed` is a record that says none of these (an "other" list without a status).
 */
export const ASSERTION_KINDS = ['reported_missing', 'in_custody', 'released', 'escaped', 'exchanged', 'died', 'remains_identified', 'listed'] as const;
export type AssertionKind = (typeof ASSERTION_KINDS)[number];

/** One record as evidence for an accounting state: who says what, when. */
export interface Assertion {
  recordKey: RecordKey;
  list: string;
  party: string;
  listKind: ListKind;
  row: number;
  asserts: AssertionKind;
  /**
   * The day it holds on, as ISO text of what is known (`2020-11`, `2020-11-12`): for custody the
   * list's own date when known, else the capture or visit date; for the rest the event's date.
   */
  date?: string;
  /** Every day any reading of that date can mean (a month spans its days; a swappable date both). */
  span?: DateSpan;
}

/** The span of days covering every reading of a date. */
export function dateSpan(date: PartialDate): DateSpan {
  const spans = dateReadings(date).map(readingSpan);
  return {
    from: spans.reduce((min, s) => (s.from < min ? s.from : min), spans[0]!.from),
    to: spans.reduce((max, s) => (s.to > max ? s.to : max), spans[0]!.to),
  };
}

const ASSERTION_OF_EVENT = {
  reported_missing: 'reported_missing',
  detention_acknowledged: 'in_custody',
  visited: 'in_custody',
  transferred: 'in_custody',
  hospitalised: 'in_custody',
  escaped: 'escaped',
  released: 'released',
  exchanged: 'exchanged',
  died: 'died',
  remains_identified: 'remains_identified',
} as const satisfies Record<string, AssertionKind>;

/**
 * What a record asserts, from its list's kind and its status column (the status timeline's
 * reading). A detention record holds on the list's own date when known (the man was held when
 * the list was drawn up), else on its capture date; a visit on the visit's date.
 */
export function recordAssertion(record: RegisterRecord): Assertion {
  const event = recordEvent(record);
  const asserts: AssertionKind = event === undefined ? 'listed' : ASSERTION_OF_EVENT[event.type];
  const assertion: Assertion = { recordKey: record.key, list: record.list, party: record.party, listKind: record.listKind, row: record.row, asserts };
  const listed = record.listedDate;
  if (asserts === 'in_custody' && record.listKind === 'detention' && listed !== undefined) {
    const [year, month, day] = listed.split('-').map(Number);
    assertion.date = listed;
    assertion.span = dateSpan({ text: listed, year: year!, month, day });
  } else if (record.fields.event_date !== undefined) {
    assertion.date = formatPartialDate(record.fields.event_date);
    assertion.span = dateSpan(record.fields.event_date);
  }
  return assertion;
}

/** Whether `later` certainly falls after `earlier`: every day it can mean is after every day the other can. */
export function certainlyAfter(later: Assertion, earlier: Assertion): boolean {
  return later.span !== undefined && earlier.span !== undefined && later.span.from > earlier.span.to;
}
