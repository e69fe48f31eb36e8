import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../ingest/partial-date.js';
import type { ListKind, ParsedRecord } from '../ingest/record.js';
import { personEvents, placesAgree } from './event-claims.js';
import { buildPerson } from './person.js';
import type { RegisterRecord } from './register-record.js';

function date(text: string): PartialDate {
  const [year, month, day] = text.split('-').map(Number);
  return { text, year: year!, month, day };
}

let row = 0;
function rec(list: string, listKind: ListKind, fields: ParsedRecord): RegisterRecord {
  row++;
  return { key: `${list}:${row}`, list, party: list.slice(0, 2), listKind, row, fields };
}

describe('a person\'s events', () => {
  const records = [
    rec('am-missing', 'missing', { event_date: date('2020-11-09'), place: 'Կապան' }),
    rec('ru-enquiries', 'missing', { event_date: date('2020-11-09'), place: 'Капан' }),
    rec('az-held', 'detention', { event_date: date('2020-11-11'), place: 'Qubadlı' }),
    rec('icrc-visits', 'visit', { event_date: date('2020-12-01'), place: 'Baku prison' }),
    rec('icrc-visits', 'visit', { event_date: date('2021-02-03'), place: 'Baku prison' }),
    rec('icrc-returned', 'release', { event_date: date('2021-06-12'), status: 'обменян' }),
  ];

  it('keeps the dates and places of disappearance, capture, each visit and release apart', () => {
    const events = personEvents(records);
    expect(events.map((e) => [e.event, e.date?.best.value])).toEqual([
      ['disappearance', date('2020-11-09')],
      ['capture', date('2020-11-11')],
      ['visit', date('2020-12-01')],
      ['visit', date('2021-02-03')],
      ['release', date('2021-06-12')],
    ]);
    // The capture two days after he was last seen is no rival of the disappearance date.
    expect(events[0]!.date!.best.reason).toMatchObject({ kind: 'sources-agree', of: 2 });
  });

  it('agrees on a town written in two scripts', () => {
    const disappearance = personEvents(records)[0]!;
    expect(disappearance.place!.best.value).toBe('Կապան');
    expect(disappearance.place!.best.reason).toMatchObject({ kind: 'sources-agree', support: 2, of: 2 });
    expect(placesAgree('Կապան', 'Kapan')).toBe(true);
    expect(placesAgree('Горис', 'Գորիս')).toBe(true);
    expect(placesAgree('Горис', 'Капан')).toBe(false);
  });

  it('leaves the event fields out of the person\'s other best values', () => {
    const person = buildPerson('P-000001', records);
    expect(person.fields.map((f) => f.field)).not.toContain('event_date');
    expect(person.fields.map((f) => f.field)).not.toContain('place');
    expect(person.events).toHaveLength(5);
  });
});
