/**
 * A date as lists give it: often only a year, or a month and year, sometimes with day and
 * month that could be read either way. Never invented: what is not written stays undefined.
 */
export interface PartialDate {
  /** The cell as written, trimmed. */
  text: string;
  year: number;
  /** 1-12, when written. */
  month?: number;
  /** 1-31, when written. */
  day?: number;
  /**
   * Set when the day and month could be swapped (both 12 or less and different, in a
   * numeric format whose order the list does not settle). Holds the other reading.
   */
  alternative?: { month: number; day: number };
}

/** How much of a date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** The precision of a partial date. */
export function datePrecision(date: PartialDate): DatePrecision {
  if (date.day !== undefined && date.month !== undefined) return 'day';
  if (date.month !== undefined) return 'month';
  return 'year';
}

/** ISO 8601 text of what is known: `1999`, `1999-03` or `1999-03-12` (PFIF's date_of_birth form). */
export function formatPartialDate(date: PartialDate): string {
  const y = String(date.year).padStart(4, '0');
  if (date.month === undefined) return y;
  const m = String(date.month).padStart(2, '0');
  if (date.day === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(date.day).padStart(2, '0')}`;
}
