import type { ListKind } from '../ingest/record.js';
import { transliterate } from '../names/index.js';
import type { BestValue } from './best-value.js';
import { bestAmong, bestValue } from './best-value.js';
import type { Claim } from './claims.js';
import { foldText } from './conflicts.js';
import type { RegisterRecord } from './register-record.js';
import type { StatusEventType } from './status-timeline.js';
import { recordEvent } from './status-timeline.js';

/**
 * What a record's event date and place are the date and place of. A missing list's are of the
 * disappearance, a detention list's of the capture, a visit list's of that visit, a release
 * list's of the handover, a death list's of the death. They are never weighed against each
 * other: a man last seen on 9 November and captured on the 11th has two dates, both right.
 */
export const EVENT_KINDS = ['disappearance', 'capture', 'visit', 'release', 'death', 'event'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

const EVENT_OF_KIND: Readonly<Record<ListKind, EventKind>> = { missing: 'disappearance', detention: 'capture', visit: 'visit', release: 'release', death: 'death', other: 'event' };

/** An "other" list's status says which event its date is of. */
const EVENT_OF_STATUS: Partial<Record<StatusEventType, EventKind>> = {
  reported_missing: 'disappearance',
  detention_acknowledged: 'capture',
  visited: 'visit',
  released: 'release',
  exchanged: 'release',
  escaped: 'release',
  died: 'death',
  remains_identified: 'death',
};

/** The event a record's date and place describe. */
export function eventOfRecord(record: RegisterRecord): EventKind {
  if (record.listKind !== 'other') return EVENT_OF_KIND[record.listKind];
  const type = recordEvent(record)?.type;
  return (type === undefined ? undefined : EVENT_OF_STATUS[type]) ?? 'event';
}

/** The date and place the sources give of one event, each with its best value. */
export interface EventClaims {
  event: EventKind;
  date?: { claims: Claim[]; best: BestValue };
  place?: { claims: Claim[]; best: BestValue };
}

/** Latin readings compared when two places are written in different scripts. */
const READINGS = 6;

/**
 * Whether two places as written name one place: the same text once folded, or, across scripts,
 * a Latin reading in common (Կապան, Капан and Kapan are all read "kapan"). The names layer's
 * tables, which know the letters and not the places: the gazetteer of the accuracy issue, when
 * it lands, knows places whose names differ (Şuşa / Շուշի).
 */
export function placesAgree(a: string, b: string): boolean {
  if (foldText(a) === foldText(b)) return true;
  const readings = new Set(transliterate(a).slice(0, READINGS));
  return transliterate(b)
    .slice(0, READINGS)
    .some((r) => readings.has(r));
}

function claimOf(record: RegisterRecord, value: Claim['value']): Claim {
  return { recordKey: record.key, list: record.list, party: record.party, row: record.row, value };
}

/** One event's date and place from the records that describe it. */
function eventClaims(event: EventKind, records: readonly RegisterRecord[], samePlace: (a: string, b: string) => boolean): EventClaims {
  const out: EventClaims = { event };
  const dates = records.flatMap((r) => (r.fields.event_date === undefined ? [] : [claimOf(r, r.fields.event_date)]));
  if (dates.length > 0) out.date = { claims: dates, best: bestValue('event_date', dates) };
  const places = records.flatMap((r) => (r.fields.place === undefined || r.fields.place.trim() === '' ? [] : [claimOf(r, r.fields.place)]));
  if (places.length > 0) out.place = { claims: places, best: bestAmong(places, (x, y) => samePlace(x.value as string, y.value as string)) };
  return out;
}

/**
 * The events a person's records describe, in {@link EVENT_KINDS} order, each with its own date
 * and place and their best values. Every visit is an event of its own (two visits on two dates
 * are both true); the other kinds gather the sources that describe the one event.
 */
export function personEvents(records: readonly RegisterRecord[], samePlace: (a: string, b: string) => boolean = placesAgree): EventClaims[] {
  const byEvent = new Map<EventKind, RegisterRecord[]>();
  for (const r of records) {
    if (r.fields.event_date === undefined && r.fields.place === undefined) continue;
    const event = eventOfRecord(r);
    byEvent.set(event, [...(byEvent.get(event) ?? []), r]);
  }
  const events: EventClaims[] = [];
  for (const event of EVENT_KINDS) {
    const group = byEvent.get(event);
    if (group === undefined) continue;
    if (event === 'visit') for (const r of group) events.push(eventClaims(event, [r], samePlace));
    else events.push(eventClaims(event, group, samePlace));
  }
  return events;
}
