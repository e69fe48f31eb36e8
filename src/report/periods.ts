import type { PartialDate } from '../ingest/partial-date.js';
import type { ListKind } from '../ingest/record.js';
import { WhereaboutsError } from '../errors.js';
import { dateReadings, readingSpan } from '../register/date-readings.js';
import type { Person } from '../register/person.js';
import type { Label } from './label.js';
import { dayLabel } from './label.js';

/**
 * A group of persons by the date of capture or disappearance. Between cut-offs the periods are
 * `period-0` … `period-k`; a date equal to a cut-off falls in the period that starts on it (a
 * ceasefire "from 10 November" covers the 10th). `ambiguous` holds persons whose dates could
 * fall on either side; `unknown` those without any date. Neither is ever guessed into a period.
 */
export interface Period {
  id: string;
  label: Label;
  /** First day, inclusive (ISO), for dated periods that have one. */
  from?: string;
  /** Last day, exclusive (ISO): the next cut-off. */
  until?: string;
}

const ISO_DAY = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** Checks and sorts cut-off dates; throws WA_USAGE naming a date that is not a real `YYYY-MM-DD`. */
export function normaliseCutoffs(cutoffs: readonly string[]): string[] {
  for (const c of cutoffs) {
    const m = ISO_DAY.exec(c);
    const real = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === c;
    if (!real) throw new WhereaboutsError('WA_USAGE', `cut-off "${c}" is not a date written as YYYY-MM-DD, e.g. 2020-11-10`);
  }
  return [...new Set(cutoffs)].sort();
}

/** The periods cut-offs make, then `ambiguous` and `unknown`. No cut-offs: no periods at all. */
export function periodsFor(cutoffs: readonly string[]): Period[] {
  if (cutoffs.length === 0) return [];
  const periods: Period[] = [];
  for (let i = 0; i <= cutoffs.length; i++) {
    const from = cutoffs[i - 1];
    const until = cutoffs[i];
    let label: Label;
    if (from === undefined) label = { en: `before ${dayLabel(until!).en}`, ru: `до ${dayLabel(until!).ru}` };
    else if (until === undefined) label = { en: `from ${dayLabel(from).en}`, ru: `с ${dayLabel(from).ru}` };
    else label = { en: `${dayLabel(from).en} to ${dayLabel(until).en}`, ru: `с ${dayLabel(from).ru} до ${dayLabel(until).ru}` };
    periods.push({ id: `period-${i}`, label, from, until });
  }
  periods.push({ id: 'ambiguous', label: { en: 'date ambiguous', ru: 'дата неоднозначна' } });
  periods.push({ id: 'unknown', label: { en: 'date unknown', ru: 'дата неизвестна' } });
  return periods;
}

/** How many cut-offs lie on or before a day: the index of the day's period. */
function periodIndex(cutoffs: readonly string[], day: string): number {
  let n = 0;
  for (const c of cutoffs) if (c <= day) n++;
  return n;
}

/**
 * The period of a set of dates (one person's claims of capture or disappearance). Every reading
 * of every date counts: a month or a year spans its days, a swappable day and month both ways,
 * two sources that disagree both. One period for all of them: that period; several: ambiguous.
 */
export function periodOfDates(cutoffs: readonly string[], dates: readonly PartialDate[]): string {
  if (dates.length === 0) return 'unknown';
  const hit = new Set<number>();
  for (const date of dates) {
    for (const reading of dateReadings(date)) {
      const span = readingSpan(reading);
      for (let i = periodIndex(cutoffs, span.from); i <= periodIndex(cutoffs, span.to); i++) hit.add(i);
    }
  }
  return hit.size === 1 ? `period-${[...hit][0]}` : 'ambiguous';
}

/**
 * The lists whose event date is the capture or the disappearance. On a visit, release or death
 * list the event date is that event's own date, which says nothing about when he was taken.
 */
export const CAPTURE_DATE_KINDS: ReadonlySet<ListKind> = new Set(['missing', 'detention']);

/** The dates of capture or disappearance the person's sources give. */
export function captureDates(person: Person): PartialDate[] {
  return person.records.filter((r) => CAPTURE_DATE_KINDS.has(r.listKind)).flatMap((r) => (r.fields.event_date ? [r.fields.event_date] : []));
}

/** A person's period, from the capture or disappearance dates of all their records. */
export function periodOfPerson(cutoffs: readonly string[], person: Person): string {
  return periodOfDates(cutoffs, captureDates(person));
}
