import type { PartialDate } from '../ingest/partial-date.js';

/** One way of reading a partial date: the day-first reading or its day/month alternative. */
export interface DateReading {
  year: number;
  month?: number;
  day?: number;
}

/** The span of days a reading can mean, as ISO dates (inclusive). */
export interface DateSpan {
  from: string;
  to: string;
}

/** Every reading of a date: as parsed, plus the swapped day and month when the source allows it. */
export function dateReadings(date: PartialDate): DateReading[] {
  const readings: DateReading[] = [{ year: date.year, month: date.month, day: date.day }];
  if (date.alternative) readings.push({ year: date.year, ...date.alternative });
  return readings;
}

/** Whether two readings can be one day: every component both of them know is equal. */
export function readingsAgree(a: DateReading, b: DateReading): boolean {
  if (a.year !== b.year) return false;
  if (a.month !== undefined && b.month !== undefined && a.month !== b.month) return false;
  if (a.day !== undefined && b.day !== undefined && a.day !== b.day) return false;
  return true;
}

/** Whether two partial dates could be the same date under some reading of each. */
export function datesCompatible(a: PartialDate, b: PartialDate): boolean {
  return dateReadings(a).some((ra) => dateReadings(b).some((rb) => readingsAgree(ra, rb)));
}

/**
 * Whether two full dates that disagree as written would agree with day and month swapped: the
 * clerical slip lists make most, worth telling a reviewer apart from a plain disagreement.
 */
export function swappedDayMonth(a: PartialDate, b: PartialDate): boolean {
  if (a.day === undefined || a.month === undefined || b.day === undefined || b.month === undefined) return false;
  return a.year === b.year && a.day === b.month && a.month === b.day && a.day !== a.month;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The days a reading covers: a year spans January to December, a month its whole month. */
export function readingSpan(reading: DateReading): DateSpan {
  if (reading.month === undefined) return { from: iso(reading.year, 1, 1), to: iso(reading.year, 12, 31) };
  if (reading.day === undefined) {
    return { from: iso(reading.year, reading.month, 1), to: iso(reading.year, reading.month, daysInMonth(reading.year, reading.month)) };
  }
  const day = iso(reading.year, reading.month, reading.day);
  return { from: day, to: day };
}

/** The earliest day any reading of the date can mean, for ordering events. */
export function earliestDay(date: PartialDate): string {
  return dateReadings(date)
    .map((r) => readingSpan(r).from)
    .reduce((min, d) => (d < min ? d : min));
}
