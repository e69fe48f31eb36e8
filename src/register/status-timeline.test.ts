import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../ingest/partial-date.js';
import type { ListKind, ParsedRecord } from '../ingest/record.js';
import type { RegisterRecord } from './register-record.js';
import { currentStatus, statusTimeline } from './status-timeline.js';

function date(text: string): PartialDate {
  const [year, month, day] = text.split('-').map(Number);
  return { text, year: year!, month, day };
}

function record(list: string, listKind: ListKind, fields: ParsedRecord, listedDate?: string): RegisterRecord {
  return { key: `${list}:1`, list, row: 1, listKind, party: list.slice(0, 2), fields, listedDate };
}

describe('status timeline', () => {
  it('turns list kinds and dates into events, each with its source, in time order', () => {
    const timeline = statusTimeline([
      record('icrc-visits', 'visit', { event_date: date('2021-02-03') }, '2021-03-01'),
      record('az-held', 'detention', { event_date: date('2020-11-12') }, '2020-12-15'),
      record('am-missing', 'missing', { event_date: date('2020-11') }, '2021-01-10'),
    ]);
    expect(timeline.map((e) => [e.type, e.date, e.dateFrom, e.list])).toEqual([
      ['reported_missing', '2020-11', 'event_date', 'am-missing'],
      ['detention_acknowledged', '2020-12-15', 'listed_date', 'az-held'],
      ['visited', '2021-02-03', 'event_date', 'icrc-visits'],
    ]);
    expect(currentStatus(timeline)?.type).toBe('visited');
  });

  it('keeps a later missing list from undoing an acknowledged detention', () => {
    const timeline = statusTimeline([
      record('az-held', 'detention', {}, '2020-12-15'),
      record('am-missing', 'missing', { event_date: date('2020-11-10') }, '2021-06-01'),
      record('am-missing2', 'missing', {}, '2021-06-01'),
    ]);
    const status = currentStatus(timeline)!;
    expect(status.type).toBe('detention_acknowledged');
    expect(status.restsOn.map((e) => e.list)).toEqual(['az-held']);
  });

  it('reads exchanges and deaths from the status column, and puts undated events last', () => {
    const timeline = statusTimeline([
      record('rel', 'release', { status: 'обмен пленными' }),
      record('az-held', 'detention', {}, '2020-12-15'),
    ]);
    expect(timeline.map((e) => [e.type, e.date])).toEqual([
      ['detention_acknowledged', '2020-12-15'],
      ['exchanged', undefined],
    ]);
    expect(currentStatus(timeline)?.type).toBe('exchanged');
    const died = statusTimeline([record('x', 'other', { status: 'погиб в плену' }), record('y', 'release', { status: 'released' })]);
    expect(currentStatus(died)?.type).toBe('died');
  });

  it('gives no status when no record asserts one', () => {
    expect(currentStatus(statusTimeline([record('x', 'other', { notes: 'n/a' })]))).toBeUndefined();
  });
});
