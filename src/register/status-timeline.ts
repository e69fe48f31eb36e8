import type { PartialDate } from '../ingest/partial-date.js';
import { formatPartialDate } from '../ingest/partial-date.js';
import type { RecordKey, RegisterRecord } from './register-record.js';
import { earliestDay } from './date-readings.js';

/**
 * What can happen to a person, in the order of a detention's course. The order is the
 * tie-breaker for the current status (see {@link currentStatus}).
 */
export const STATUS_EVENT_TYPES = [
  'reported_missing',
  'detention_acknowledged',
  'visited',
  'transferred',
  'hospitalised',
  'escaped',
  'released',
  'exchanged',
  'died',
  'remains_identified',
] as const;

export type StatusEventType = (typeof STATUS_EVENT_TYPES)[number];

/** One event in a person's timeline, with the source that asserts it. */
export interface StatusEvent {
  type: StatusEventType;
  /** When it happened, as precisely as the source says; absent when the source gives no date. */
  date?: string;
  /** Where the date comes from: the row's event date, or the date of the list version. */
  dateFrom?: 'event_date' | 'listed_date';
  recordKey: RecordKey;
  list: string;
  party: string;
  row: number;
}

/** The current status and the events it rests on. Derived from the timeline, never typed in. */
export interface CurrentStatus {
  type: StatusEventType;
  /** Every event of that type, so a reader sees each source that supports it. */
  restsOn: StatusEvent[];
}

/**
 * Words in a row's status column that say more than its list's kind: a release list also
 * carries exchanges, an "other" list may carry anything. Checked in this order; first wins.
 */
const STATUS_WORDS: ReadonlyArray<[StatusEventType, RegExp]> = [
  // Before death: "останки погибшего опознаны" names both, and the remains are the news.
  ['remains_identified', /\bremains\b|останк|qalıq|աճյուն/iu],
  ['died', /\b(died|dead|deceased|killed)\b|умер|погиб|скончал|мертв|ölüb|həlak|մահ|զոհ/iu],
  ['exchanged', /exchang|repatri|обмен|репатри|mübadil|dəyiş|փոխանակ|վերադարձ/iu],
  ['released', /releas|освобожд|отпущ|azad|ազատ/iu],
  ['escaped', /escap|бежал|побег|qaç/iu],
  ['hospitalised', /hospital|госпитал|больниц|xəstəxana|հիվանդանոց/iu],
  ['transferred', /transfer|перевед|этапир|köçürül|տեղափոխ/iu],
  ['visited', /visit|посещ|ziyarət|այց/iu],
];

function typeFromStatusText(text: string | undefined): StatusEventType | undefined {
  if (text === undefined) return undefined;
  return STATUS_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
}

/**
 * The event a record asserts. A missing list reports the person missing as of the date of
 * disappearance; a detention list acknowledges detention as of the list's date (its event date
 * is the capture, which is when he went missing, not when the detention was acknowledged);
 * visit, release and death lists give their event date. A status column refines release and
 * "other" lists; a death (or identified remains) written on any list is taken as such.
 */
export function recordEvent(record: RegisterRecord): StatusEvent | undefined {
  const said = typeFromStatusText(record.fields.status);
  const death = said === 'died' || said === 'remains_identified' ? said : undefined;
  let type: StatusEventType | undefined;
  switch (record.listKind) {
    case 'missing':
      type = death ?? 'reported_missing';
      break;
    case 'detention':
      type = death ?? 'detention_acknowledged';
      break;
    case 'visit':
      type = death ?? 'visited';
      break;
    case 'release':
      type = said === 'exchanged' || said === 'escaped' || death !== undefined ? said : 'released';
      break;
    case 'death':
      type = death ?? 'died';
      break;
    case 'other':
      type = said;
      break;
  }
  if (type === undefined) return undefined;
  const eventDate: PartialDate | undefined = record.fields.event_date;
  let date: string | undefined;
  let dateFrom: StatusEvent['dateFrom'];
  if (type === 'detention_acknowledged' && record.listedDate) [date, dateFrom] = [record.listedDate, 'listed_date'];
  else if (eventDate) [date, dateFrom] = [formatPartialDate(eventDate), 'event_date'];
  else if (record.listedDate) [date, dateFrom] = [record.listedDate, 'listed_date'];
  // One literal, no spreads: this runs once per record of the register.
  const event: StatusEvent = { type, recordKey: record.key, list: record.list, party: record.party, row: record.row };
  if (date !== undefined) {
    event.date = date;
    event.dateFrom = dateFrom;
  }
  return event;
}

const RANK: Record<StatusEventType, number> = Object.fromEntries(STATUS_EVENT_TYPES.map((t, i) => [t, i])) as Record<StatusEventType, number>;

/** A sortable day for an event date written as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
function sortDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return earliestDay({ text: date, year: y!, month: m, day: d });
}

/**
 * The person's events in time order. Undated events go last (they happened, but when is not
 * known); equal dates fall back to the course of a detention, then to list and row.
 */
export function statusTimeline(records: readonly RegisterRecord[]): StatusEvent[] {
  const events = records.map(recordEvent).filter((e): e is StatusEvent => e !== undefined);
  return events.sort((a, b) => {
    if (a.date === undefined || b.date === undefined) {
      if (a.date !== b.date) return a.date === undefined ? 1 : -1;
    } else {
      const da = sortDay(a.date);
      const db = sortDay(b.date);
      if (da !== db) return da < db ? -1 : 1;
    }
    if (RANK[a.type] !== RANK[b.type]) return RANK[a.type] - RANK[b.type];
    return a.recordKey < b.recordKey ? -1 : a.recordKey > b.recordKey ? 1 : 0;
  });
}

/**
 * The current status: the furthest step in the course of a detention that any source asserts.
 * Not simply the latest-dated event, because lists lag: a home party's missing list dated after
 * the other side acknowledged the detention does not mean he went missing again. Returns
 * undefined when no record asserts any event.
 */
export function currentStatus(timeline: readonly StatusEvent[]): CurrentStatus | undefined {
  if (timeline.length === 0) return undefined;
  const furthest = timeline.reduce((best, e) => (RANK[e.type] > RANK[best.type] ? e : best));
  return { type: furthest.type, restsOn: timeline.filter((e) => e.type === furthest.type) };
}
