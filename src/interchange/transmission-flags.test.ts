import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CANONICAL_FIELDS } from '../ingest/record.js';
import type { CanonicalField, ParsedRecord } from '../ingest/record.js';
import { TransmissionFlags, transmittable, withoutWithheldCells, withoutWithheldFields } from './transmission-flags.js';
import type { FlagEvent } from './transmission-flags.js';

let clock = 0;
function event(listName: string, identity: string, action: 'set' | 'clear', field: CanonicalField | null = null): FlagEvent {
  clock += 1;
  return { listName, identity, field, action, actor: 'ana', at: new Date(Date.UTC(2026, 0, 1, 0, 0, clock)).toISOString(), reason: 'risk', row: 1, version: 1 };
}

describe('TransmissionFlags', () => {
  it('withholds a flagged record until the flag is cleared, and only that record', () => {
    const set = TransmissionFlags.from([event('held', 'id:17', 'set')]);
    expect(set.recordWithheld('held', 'id:17')).toBe(true);
    expect(set.recordWithheld('held', 'id:18')).toBe(false);
    expect(set.recordWithheld('missing', 'id:17')).toBe(false);
    const cleared = TransmissionFlags.from([event('held', 'id:17', 'set'), event('held', 'id:17', 'clear')]);
    expect(cleared.recordWithheld('held', 'id:17')).toBe(false);
    expect(cleared.empty).toBe(true);
  });

  it('keeps field flags apart from the record flag: clearing one leaves the other', () => {
    const flags = TransmissionFlags.from([
      event('held', 'id:17', 'set', 'birth_place'),
      event('held', 'id:17', 'set'),
      event('held', 'id:17', 'clear'),
    ]);
    expect(flags.recordWithheld('held', 'id:17')).toBe(false);
    expect([...flags.withheldFields('held', 'id:17')]).toEqual(['birth_place']);
    expect(flags.inForce().map((f) => f.field)).toEqual(['birth_place']);
  });

  it('withholds the full name with any part of it, and every part with the full name', () => {
    const part = TransmissionFlags.from([event('held', 'a', 'set', 'surname')]);
    expect([...part.withheldFields('held', 'a')].sort()).toEqual(['full_name', 'surname']);
    const whole = TransmissionFlags.from([event('held', 'a', 'set', 'full_name')]);
    expect([...whole.withheldFields('held', 'a')].sort()).toEqual(['full_name', 'given_name', 'patronymic', 'surname']);
  });

  it('is decided by the latest event for each record and field (against a plain model)', () => {
    const arbitraryEvent = fc.record({
      listName: fc.constantFrom('held', 'missing'),
      identity: fc.constantFrom('id:1', 'id:2', 'content:ab'),
      field: fc.constantFrom<CanonicalField | null>(null, 'birth_date', 'place'),
      action: fc.constantFrom<'set' | 'clear'>('set', 'clear'),
    });
    fc.assert(
      fc.property(fc.array(arbitraryEvent, { maxLength: 30 }), (partial) => {
        const events = partial.map((e) => ({ ...event(e.listName, e.identity, e.action, e.field) }));
        const flags = TransmissionFlags.from(events);
        const latest = new Map<string, 'set' | 'clear'>();
        for (const e of events) latest.set(`${e.listName}|${e.identity}|${e.field}`, e.action);
        for (const list of ['held', 'missing']) {
          for (const identity of ['id:1', 'id:2', 'content:ab']) {
            expect(flags.recordWithheld(list, identity)).toBe(latest.get(`${list}|${identity}|null`) === 'set');
            for (const field of ['birth_date', 'place'] as const) {
              expect(flags.withheldFields(list, identity).has(field)).toBe(latest.get(`${list}|${identity}|${field}`) === 'set');
            }
          }
        }
        expect(flags.inForce().length).toBe([...latest.values()].filter((a) => a === 'set').length);
      }),
    );
  });
});

describe('transmittable', () => {
  const records: { list: string; identity: string; fields: ParsedRecord }[] = [
    { list: 'held', identity: 'id:17', fields: { record_id: '17', surname: 'Grigoryan', birth_date: { text: '1990', year: 1990 } } },
    { list: 'held', identity: 'id:18', fields: { record_id: '18', surname: 'Hakobyan' } },
    { list: 'held', identity: 'id:19', fields: { record_id: '19', surname: 'Sargsyan', birth_place: 'Goris' } },
  ];
  const strip = (r: (typeof records)[number], withheld: ReadonlySet<CanonicalField>) => ({ ...r, fields: withoutWithheldFields(r.fields, withheld) });

  it('drops withheld records and strips withheld fields, so its length is what may be counted', () => {
    const flags = TransmissionFlags.from([event('held', 'id:18', 'set'), event('held', 'id:19', 'set', 'birth_place')]);
    const sent = transmittable(records, flags, strip);
    expect(sent.map((r) => r.identity)).toEqual(['id:17', 'id:19']);
    expect(sent[1]?.fields).toEqual({ record_id: '19', surname: 'Sargsyan' });
    expect(JSON.stringify(sent)).not.toContain('Hakobyan');
    expect(JSON.stringify(sent)).not.toContain('Goris');
  });

  it('sends everything when no flag is in force', () => {
    expect(transmittable(records, TransmissionFlags.none(), strip)).toEqual(records);
  });
});

describe('withoutWithheldCells', () => {
  it('drops the cells of the columns that fed a withheld field, on the record’s own sheet', () => {
    const columns = [
      { header: 'ФИО', field: 'full_name' as const },
      { header: 'Дата рождения', field: 'birth_date' as const },
      { header: 'Примечание' },
      { sheet: 'other', header: 'Место', field: 'place' as const },
    ];
    const raw = { ФИО: 'ГРИГОРЯН Арам Гагикович', 'Дата рождения': '12.03.1990', Примечание: 'x', Место: 'Шуша' };
    const withheld = TransmissionFlags.from([event('m', 'a', 'set', 'surname'), event('m', 'a', 'set', 'place')]).withheldFields('m', 'a');
    expect(withoutWithheldCells(raw, columns, null, withheld)).toEqual({ 'Дата рождения': '12.03.1990', Примечание: 'x', Место: 'Шуша' });
    expect(Object.keys(withoutWithheldCells(raw, columns, 'other', withheld))).toEqual(['ФИО', 'Дата рождения', 'Примечание']);
  });

  it('knows every canonical field', () => {
    for (const field of CANONICAL_FIELDS) {
      expect(withoutWithheldFields({ [field]: 'x' }, new Set([field]))).toEqual({});
    }
  });
});
