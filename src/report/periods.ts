import type { PartialDate } from '../ingest/partial-date.js';
import { WhereaboutsError } from '../errors.js';
import { decidingDates } from '../register/accounting-states.js';
import { dateReadings, readingSpan } from '../register/date-readings.js';
import type { RegisterRecord } from '../register/register-record.js';
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

/** A cut-off day and, optionally, what happened on it (`ceasefire`), for the period labels. */
export interface Cutoff {
  /** ISO day `YYYY-MM-DD`. */
  date: string;
  label?: string;
}

const ISO_DAY = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;

/** Cut-off names the report knows in both languages; any other label is shown as typed. */
const KNOWN_CUTOFFS: Readonly<Record<string, { en: string; ruBefore: string; ruFrom: string }>> = {
  ceasefire: { en: 'the ceasefire', ruBefore: 'до прекращения огня', ruFrom: 'с прекращения огня' },
  armistice: { en: 'the armistice', ruBefore: 'до перемирия', ruFrom: 'с перемирия' },
  перемирие: { en: 'the armistice', ruBefore: 'до перемирия', ruFrom: 'с перемирия' },
};

/**
 * Checks and sorts cut-offs, given as `YYYY-MM-DD` or `YYYY-MM-DD=label` (`2020-11-10=ceasefire`);
 * throws WA_USAGE naming a date that is not a real day. The same day twice is kept once.
 */
export function normaliseCutoffs(cutoffs: readonly (string | Cutoff)[]): Cutoff[] {
  const byDate = new Map<string, Cutoff>();
  for (const given of cutoffs) {
    let cutoff: Cutoff;
    if (typeof given === 'string') {
      const at = given.indexOf('=');
      const label = at < 0 ? '' : given.slice(at + 1).trim();
      cutoff = { date: (at < 0 ? given : given.slice(0, at)).trim(), ...(label === '' ? {} : { label }) };
    } else cutoff = given;
    const c = cutoff.date;
    const m = ISO_DAY.exec(c);
    const real = m && new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === c;
    if (!real) throw new WhereaboutsError('WA_USAGE', `cut-off "${c}" is not a date written as YYYY-MM-DD, e.g. 2020-11-10 or 2020-11-10=ceasefire`);
    if (!byDate.has(c) || cutoff.label !== undefined) byDate.set(c, cutoff);
  }
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** "the ceasefire (10 Nov 2020)" or "10 Nov 2020", as the period labels name a cut-off. */
function cutoffName(cutoff: Cutoff): { en: string; ruBefore: string; ruFrom: string; ruUntil: string } {
  const day = dayLabel(cutoff.date);
  if (cutoff.label === undefined) return { en: day.en, ruBefore: `до ${day.ru}`, ruFrom: `с ${day.ru}`, ruUntil: `до ${day.ru}` };
  const known = KNOWN_CUTOFFS[cutoff.label.toLowerCase()];
  if (known !== undefined) return { en: `${known.en} (${day.en})`, ruBefore: `${known.ruBefore} (${day.ru})`, ruFrom: `${known.ruFrom} (${day.ru})`, ruUntil: `${known.ruBefore} (${day.ru})` };
  return { en: `${cutoff.label} (${day.en})`, ruBefore: `до: ${cutoff.label} (${day.ru})`, ruFrom: `с: ${cutoff.label} (${day.ru})`, ruUntil: `до: ${cutoff.label} (${day.ru})` };
}

/** The periods cut-offs make, then `ambiguous` and `unknown`. No cut-offs: no periods at all. */
export function periodsFor(given: readonly (string | Cutoff)[]): Period[] {
  const cutoffs = normaliseCutoffs(given);
  if (cutoffs.length === 0) return [];
  const periods: Period[] = [];
  for (let i = 0; i <= cutoffs.length; i++) {
    const from = cutoffs[i - 1];
    const until = cutoffs[i];
    let label: Label;
    if (from === undefined) label = { en: `before ${cutoffName(until!).en}`, ru: cutoffName(until!).ruBefore };
    else if (until === undefined) label = { en: `from ${cutoffName(from).en}`, ru: cutoffName(from).ruFrom };
    else label = { en: `${cutoffName(from).en} to ${cutoffName(until).en}`, ru: `${cutoffName(from).ruFrom} ${cutoffName(until).ruUntil}` };
    periods.push({ id: `period-${i}`, label, ...(from === undefined ? {} : { from: from.date }), ...(until === undefined ? {} : { until: until.date }) });
  }
  periods.push({ id: 'ambiguous', label: { en: 'date ambiguous', ru: 'дата неоднозначна' } });
  periods.push({ id: 'unknown', label: { en: 'date unknown', ru: 'дата неизвестна' } });
  return periods;
}

/** The one sentence that explains "date ambiguous" wherever that column appears. */
export const AMBIGUOUS_EXPLAINED: Label = {
  en: 'Date ambiguous: the dates the sources give could fall on either side of a cut-off (a month or a year that spans it, a day and month that could be read either way, or two sources that disagree); such persons are never guessed into a period.',
  ru: 'Дата неоднозначна: даты источников могут оказаться по обе стороны от даты отсечения (месяц или год, охватывающий её, день и месяц, которые можно прочесть двояко, или два источника, которые расходятся); такие лица никогда не относятся к периоду наугад.',
};

/** How many cut-offs lie on or before a day: the index of the day's period. */
function periodIndex(cutoffs: readonly Cutoff[], day: string): number {
  let n = 0;
  for (const c of cutoffs) if (c.date <= day) n++;
  return n;
}

/**
 * The period of a set of dates (one person's claims of capture or disappearance). Every reading
 * of every date counts: a month or a year spans its days, a swappable day and month both ways,
 * two sources that disagree both. One period for all of them: that period; several: ambiguous.
 */
export function periodOfDates(cutoffs: readonly Cutoff[], dates: readonly PartialDate[]): string {
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
 * A person's period, from the dates that decide it (the register's `decidingDates`): the capture
 * dates detention lists give, else the disappearance dates of missing lists.
 */
export function periodOfPerson(cutoffs: readonly Cutoff[], person: { records: readonly RegisterRecord[] }): string {
  return periodOfDates(cutoffs, decidingDates(person.records)?.dates ?? []);
}
