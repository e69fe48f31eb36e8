import type { PartialDate } from './partial-date.js';

/** A calendar day, as the day a list is read on. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

/** Years past which a birth date is taken for a typing mistake rather than a person's age. */
export const MAX_PLAUSIBLE_AGE = 110;

/** The day a list is read on, from `YYYY-MM-DD` or (by default) the machine's clock, in UTC. */
export function readingDay(iso?: string): CalendarDay {
  const match = iso === undefined ? undefined : /^(\d{4})-(\d{2})-(\d{2})$/u.exec(iso);
  if (match !== undefined && match !== null) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  const now = new Date();
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}

/** The earliest day a partial date can mean, over both readings when day and month may be swapped. */
function earliest(date: PartialDate): CalendarDay {
  const first = { year: date.year, month: date.month ?? 1, day: date.day ?? 1 };
  const other = date.alternative;
  if (other === undefined) return first;
  const second = { year: date.year, month: other.month, day: other.day };
  return compareDays(second, first) < 0 ? second : first;
}

/** The latest day a partial date can mean. */
function latest(date: PartialDate): CalendarDay {
  const first = { year: date.year, month: date.month ?? 12, day: date.day ?? 31 };
  const other = date.alternative;
  if (other === undefined) return first;
  const second = { year: date.year, month: other.month, day: other.day };
  return compareDays(second, first) > 0 ? second : first;
}

function compareDays(a: CalendarDay, b: CalendarDay): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

function isoDay(day: CalendarDay): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/**
 * Why a date read from a cell cannot be right, or undefined. Dates after the day the list is read
 * have not happened yet, on any reading; a birth more than {@link MAX_PLAUSIBLE_AGE} years before
 * it is almost surely a mistyped year. The date is kept: a cell warning says so, a person decides.
 */
export function implausibleDate(date: PartialDate, field: 'birth_date' | 'event_date', today: CalendarDay): string | undefined {
  if (compareDays(earliest(date), today) > 0) return `the date is after the day the list was read (${isoDay(today)}); it is kept, but cannot be right`;
  if (field === 'birth_date' && compareDays(latest(date), { ...today, year: today.year - MAX_PLAUSIBLE_AGE }) < 0) {
    return `a birth more than ${MAX_PLAUSIBLE_AGE} years before the day the list was read; it is kept, but the year is probably mistyped`;
  }
  return undefined;
}

/** Why a record's birth and event dates contradict each other (born after the event), or undefined. */
export function birthAfterEvent(birth: PartialDate, event: PartialDate): string | undefined {
  return compareDays(earliest(birth), latest(event)) > 0 ? 'the birth date is after the date of the event; both are kept, but one is wrong' : undefined;
}
