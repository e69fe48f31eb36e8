import { describe, expect, it } from 'vitest';
import type { PartialDate } from '../ingest/partial-date.js';
import type { ListKind, ParsedRecord } from '../ingest/record.js';
import type { AccountingFrame } from './accounting-states.js';
import { ACCOUNTING_RULES, accountingState, decidingDates } from './accounting-states.js';
import type { RegisterRecord } from './register-record.js';

const FRAME: AccountingFrame = { home: 'am', detaining: 'az' };

function date(text: string, alternative?: { month: number; day: number }): PartialDate {
  const [year, month, day] = text.split('-').map(Number);
  return { text, year: year!, month, day, ...(alternative ? { alternative } : {}) };
}

let row = 0;
/** A record of `list` kept by `party`; the event date and status go in its fields. */
function rec(list: string, party: string, listKind: ListKind, eventDate?: string, fields: ParsedRecord = {}, listedDate?: string): RegisterRecord {
  row++;
  return { key: `${list}:${row}`, list, party, listKind, row, fields: { ...fields, ...(eventDate ? { event_date: date(eventDate) } : {}) }, ...(listedDate ? { listedDate } : {}) };
}

const missing = (d?: string) => rec('am-missing', 'am', 'missing', d);
const held = (d?: string, listed?: string) => rec('az-held', 'az', 'detention', d, {}, listed);
const visit = (d?: string) => rec('icrc-visits', 'icrc', 'visit', d);
const handback = (status: string, d?: string) => rec('icrc-returned', 'icrc', 'release', d, { status });
const death = (d?: string, status?: string) => rec('az-deaths', 'az', 'death', d, status ? { status } : {});

function decide(...records: RegisterRecord[]) {
  return accountingState(records, FRAME);
}

describe('accounting states, one rule at a time', () => {
  it('held-after-release: held on a list dated after his release is a conflict, resting on both', () => {
    const release = handback('освобождён', '2020-12-14');
    const later = held('2020-10-20', '2021-02-01');
    const a = decide(missing('2020-10-19'), later, release);
    expect([a.state, a.rule]).toEqual(['conflicting', 'held-after-release']);
    expect(a.restsOn.map((r) => r.recordKey)).toEqual([later.key, release.key]);
    // Held at capture, handed back later: both hold, no conflict.
    expect(decide(held('2020-10-20'), handback('освобождён', '2020-12-14')).state).toBe('released');
    // A visit in December 2020 against a release on 14 December: the month may be before it.
    expect(decide(visit('2020-12'), handback('освобождён', '2020-12-14')).state).toBe('released');
  });

  it('alive-after-death: visited, handed back or last seen after his death is a conflict', () => {
    expect(decide(death('2020-11-01'), visit('2020-11-20')).rule).toBe('alive-after-death');
    expect(decide(death('2020-11-01'), handback('обменян', '2020-12-14')).rule).toBe('alive-after-death');
    expect(decide(death('2020-10-01'), missing('2020-10-15')).rule).toBe('alive-after-death');
    // Died after he was handed back: both can hold, and death is the furthest fate.
    expect(decide(handback('обменян', '2020-12-14'), death('2021-03-01')).state).toBe('died');
    // A swappable date (03.11 or 11.03) that can fall before the death is no proof.
    const swappable = rec('icrc-visits', 'icrc', 'visit', undefined, { event_date: date('2020-03-11', { month: 11, day: 3 }) });
    expect(decide(death('2020-10-01'), swappable).state).toBe('died');
  });

  it('remains-identified: identified remains are the furthest fate, over a death', () => {
    const remains = death('2021-05-01', 'останки опознаны');
    const a = decide(missing('2020-10-01'), death('2020-10-10'), remains);
    expect([a.state, a.rule]).toEqual(['remains_identified', 'remains-identified']);
    expect(a.restsOn.map((r) => r.recordKey)).toEqual([remains.key]);
  });

  it('died: a death list, or a death in any status column', () => {
    expect(decide(missing('2020-10-01'), held('2020-10-02'), death('2020-10-30')).state).toBe('died');
    expect(decide(missing('2020-10-01'), rec('notes', 'icrc', 'other', undefined, { status: 'погиб в плену' })).state).toBe('died');
  });

  it('exchanged: an exchange or repatriation wins over a plain release', () => {
    const a = decide(held('2020-10-02'), handback('обмен пленными', '2020-12-14'), handback('released', '2020-12-14'));
    expect([a.state, a.rule]).toEqual(['exchanged', 'exchanged']);
    expect(decide(held(), handback('репатриирован')).state).toBe('exchanged');
  });

  it('released: released or escaped, whoever says it', () => {
    expect(decide(held('2020-10-02'), handback('освобождён, передан родным', '2021-01-28')).state).toBe('released');
    expect(decide(held(), rec('az-notes', 'az', 'other', '2020-12-01', { status: 'qaçıb' })).state).toBe('released');
  });

  it('acknowledged-and-reported: on the detaining party\'s list and the home party\'s: can be exchanged', () => {
    const h = held('2020-10-20');
    const m = missing('2020-10-19');
    const a = decide(m, h, visit('2020-11-20'));
    expect([a.state, a.rule]).toEqual(['acknowledged_held', 'acknowledged-and-reported']);
    expect(a.restsOn.map((r) => r.recordKey).sort()).toEqual([h.key, m.key].sort());
    // The detaining party's own word that he was moved or is in hospital is an acknowledgement too.
    expect(decide(m, rec('az-notes', 'az', 'other', '2020-11-01', { status: 'госпитализирован' })).state).toBe('acknowledged_held');
  });

  it('acknowledged-not-reported: held, and the home party does not list him', () => {
    expect(decide(held('2020-10-20')).state).toBe('held_never_reported');
    // A mediator's enquiry is not the home party's report.
    expect(decide(held('2020-10-20'), rec('icrc-enquiries', 'icrc', 'missing', '2020-10-19')).rule).toBe('acknowledged-not-reported');
  });

  it('seen-in-custody: a visit or another party\'s detention list, but not the detaining party', () => {
    expect(decide(missing('2020-10-19'), visit('2020-11-20')).state).toBe('seen_not_acknowledged');
    expect(decide(missing('2020-10-19'), rec('icrc-held', 'icrc', 'detention', '2020-10-20')).rule).toBe('seen-in-custody');
  });

  it('no-trace: reported missing and nothing else, resting on the reports', () => {
    const m = missing('2020-10-19');
    const e = rec('icrc-enquiries', 'icrc', 'missing', '2020-10-19');
    const a = decide(m, e);
    expect([a.state, a.rule]).toEqual(['no_trace', 'no-trace']);
    expect(a.restsOn.map((r) => r.recordKey)).toEqual([m.key, e.key]);
    // A list that asserts nothing (an "other" list without a status) places him nowhere either.
    expect(decide(rec('misc', 'am', 'other')).state).toBe('no_trace');
  });

  it('tries the rules in the documented order, each reachable', () => {
    const cases: RegisterRecord[][] = [
      [held('2020-10-02', '2021-03-01'), handback('обменян', '2020-12-14')],
      [death('2020-11-01'), visit('2020-11-20')],
      [death('2020-11-01', 'remains identified')],
      [death('2020-11-01')],
      [handback('обменян')],
      [handback('released')],
      [missing(), held()],
      [held()],
      [visit()],
      [missing()],
    ];
    expect(cases.map((c) => decide(...c).rule)).toEqual([...ACCOUNTING_RULES]);
  });

  it('without a frame nothing is acknowledged: custody is only seen', () => {
    expect(accountingState([missing(), held()], {}).state).toBe('seen_not_acknowledged');
  });
});

describe('the dates that decide the period', () => {
  it('takes the capture dates of detention lists, else the disappearance dates, never a visit\'s', () => {
    expect(decidingDates([missing('2020-11-09'), held('2020-11-11'), visit('2020-12-01')])).toEqual({ event: 'capture', dates: [date('2020-11-11')] });
    expect(decidingDates([missing('2020-11-09'), held(), visit('2020-12-01')])).toEqual({ event: 'disappearance', dates: [date('2020-11-09')] });
    expect(decidingDates([visit('2020-12-01')])).toBeUndefined();
  });
});
