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

/**
 * The calendar date of a day number. Integer arithmetic (Hinnant's civil-from-days) rather than
 * a Date object: it runs for every row of a million-row list.
 */
export function calendarDate(dayNumber: number): CalendarDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
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
