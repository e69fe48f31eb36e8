/** A calendar date as three numbers; month and day are 1-based. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) of a calendar date: compact to store for a million persons. */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The calendar date of a day number. */
export function calendarDate(day: number): CalendarDate {
  const date = new Date(day * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The day number of an ISO date `yyyy-mm-dd`. */
export function dayNumberOfIso(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return dayNumber(year ?? 1970, month ?? 1, day ?? 1);
}

/** The Excel serial number of a day number (1900 date system, as Excel counts since 1899-12-30). */
export function excelSerial(day: number): number {
  return day + 25_569;
}
