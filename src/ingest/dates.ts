import { foldLabel } from './label-fold.js';
import { DATE_FILLER_WORDS, MONTH_NAMES } from './month-names.js';
import type { PartialDate } from './partial-date.js';

/** Which of two small numbers is the day, when a list settles it. */
export type DayMonthOrder = 'day-first' | 'month-first' | 'unsettled';

/** How to read the date cells of one column. */
export interface DateReadingContext {
  /** Settled by the column's other cells (see `settleDayMonthOrder`), else `unsettled`. */
  order: DayMonthOrder;
  /**
   * Two-digit years up to this (0-99) are read as 20yy, later ones as 19yy. The edge passes the
   * current year's last two digits, so "05" is 2005 and "75" is 1975; dates.ts never reads a clock.
   */
  twoDigitYearPivot: number;
}

/** A date cell read: a date (with a note when something was inferred), or why it could not be. */
export type DateCellReading = { date: PartialDate; note?: string } | { problem: string };

const MIN_YEAR = 1850;
const MAX_YEAR = 2100;
/** Excel serials from 1900-01-01; 2101 is the first that cannot be a year (as 1905-10-01). */
const MIN_SERIAL = 2101;
const MAX_SERIAL = 73_415; // 2100-12-31

let months: Map<string, number> | undefined;
let fillers: Set<string> | undefined;

function monthIndex(): Map<string, number> {
  if (months === undefined) {
    months = new Map();
    for (const [month, names] of Object.entries(MONTH_NAMES)) for (const name of names) months.set(foldLabel(name), Number(month));
    fillers = new Set(DATE_FILLER_WORDS.map(foldLabel));
  }
  return months;
}

/**
 * Words of date cells, folded: a list writes the same few month names ("Dec", "марта") in
 * thousands of cells, and folding one costs a Unicode normalisation. Bounded, so that a column
 * of free text cannot grow it without end.
 */
const foldedWords = new Map<string, string>();
const FOLDED_WORDS_KEPT = 4096;

function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = foldLabel(word);
    if (foldedWords.size < FOLDED_WORDS_KEPT) foldedWords.set(word, folded);
  }
  return folded;
}

const TOKEN = /\p{L}+|\d+/gu;
const TIME_SUFFIX = /(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AP]M)?(?:Z|[+-]\d{2}:?\d{2})?)$/iu;
const DIGITS = /^\d+$/u;
/** An Excel serial with a time of day as its fraction: "36232.5". */
const SERIAL_WITH_TIME = /^\d{4,5}[.,]\d+$/u;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** Two ASCII digits at `at` as a number, or -1. */
function twoDigits(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The two forms that make up nearly every cell of large lists, `dd.mm.yyyy` and `yyyy-mm-dd`,
 * read from character codes without a regex. Returns undefined to fall back to the full reader.
 */
function readCommonForm(text: string, context: DateReadingContext): DateCellReading | undefined {
  if (text.length !== 10) return undefined;
  if (text.charCodeAt(2) === 46 && text.charCodeAt(5) === 46) {
    const first = twoDigits(text, 0);
    const second = twoDigits(text, 3);
    const hi = twoDigits(text, 6);
    const lo = twoDigits(text, 8);
    if (first < 0 || second < 0 || hi < 0 || lo < 0) return undefined;
    const year = hi * 100 + lo;
    if (first > 12 || context.order === 'day-first' || first === second) return build(text, year, second, first);
    if (second > 12) return build(text, year, first, second);
    return undefined;
  }
  if (text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45) {
    const hi = twoDigits(text, 0);
    const lo = twoDigits(text, 2);
    const month = twoDigits(text, 5);
    const day = twoDigits(text, 8);
    if (hi < 0 || lo < 0 || month < 0 || day < 0 || month > 12) return undefined;
    return build(text, hi * 100 + lo, month, day);
  }
  return undefined;
}

function expandYear(token: string, context: DateReadingContext): { year: number; twoDigit: boolean } | undefined {
  if (token.length === 4) return { year: Number(token), twoDigit: false };
  if (token.length === 2) {
    const yy = Number(token);
    return { year: yy <= context.twoDigitYearPivot ? 2000 + yy : 1900 + yy, twoDigit: true };
  }
  return undefined;
}

function build(text: string, year: number, month?: number, day?: number, alternative?: { month: number; day: number }): DateCellReading {
  if (year < MIN_YEAR || year > MAX_YEAR) return { problem: `year ${year} is out of range` };
  if (month === undefined) return { date: { text, year } };
  if (month < 1 || month > 12) return { problem: `month ${month} does not exist` };
  if (day === undefined) return { date: { text, year, month } };
  if (day < 1 || day > daysInMonth(year, month)) return { problem: `day ${day} does not exist in ${year}-${String(month).padStart(2, '0')}` };
  const date: PartialDate = { text, year, month, day };
  if (alternative !== undefined && alternative.day <= daysInMonth(year, alternative.month)) date.alternative = alternative;
  return { date };
}

function withNote(reading: DateCellReading, note: string | undefined): DateCellReading {
  return note !== undefined && 'date' in reading ? { ...reading, note } : reading;
}

/**
 * Converts an Excel serial day number (1900 system) to a calendar date. Excel counts a
 * 29 February 1900 that never was, so serials from 61 on are one day ahead of the calendar.
 */
export function excelSerialToDate(serial: number): { year: number; month: number; day: number } {
  const whole = Math.floor(serial);
  const epoch = Date.UTC(1899, 11, whole >= 61 ? 30 : 31);
  const date = new Date(epoch + whole * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Reads one date cell as lists write it: `12.03.1999`, `1999-03-12`, `12/03/1999`, `3/25/1999`
 * (month first only when it cannot be anything else, or the column settles it), `12 Mar 1999`,
 * `12 марта 1999 г.`, `12 մարտի 1999 թ.`, `12 mart 1999`, `March 1999`, `03.1999`, `1999`, Excel
 * serial numbers, and two-digit years (see {@link DateReadingContext}). What is not written stays
 * undefined: a year alone is a year. When day and month could be swapped and the column does not
 * settle which is which, the day-first reading (the region's habit) is given with the other in
 * `alternative`. Returns undefined for an empty cell.
 */
export function readDateCell(cell: string, context: DateReadingContext): DateCellReading | undefined {
  const text = cell.trim();
  if (text === '') return undefined;
  const common = readCommonForm(text, context);
  if (common !== undefined) return common;
  const monthsByName = monthIndex();
  const body = text.replace(TIME_SUFFIX, '');

  if (DIGITS.test(body)) return readNumber(text, body, context);
  if (SERIAL_WITH_TIME.test(body)) {
    const serial = Number(body.replace(',', '.'));
    if (serial >= MIN_SERIAL && serial <= MAX_SERIAL) return readNumber(text, String(Math.floor(serial)), context);
  }

  const tokens = body.match(TOKEN) ?? [];
  const numbers: string[] = [];
  let monthName: number | undefined;
  for (const token of tokens) {
    if (/^\d/u.test(token)) {
      numbers.push(token);
      continue;
    }
    const folded = foldWord(token);
    const month = monthsByName.get(folded);
    if (month !== undefined && monthName === undefined) {
      monthName = month;
    } else if (!fillers?.has(folded)) {
      return { problem: `"${token}" is not a month or a date word` };
    }
  }
  if (monthName !== undefined) return readWithMonthName(text, numbers, monthName, context);
  return readNumeric(text, numbers, context);
}

function readNumber(text: string, body: string, context: DateReadingContext): DateCellReading {
  const value = Number(body);
  if (/^\d{4}$/u.test(body) && value >= MIN_YEAR && value <= MAX_YEAR) return build(text, value);
  if (/^\d{8}$/u.test(body)) {
    // 19990312 is ISO without separators; 12031999 is the dotted form without dots.
    const isoYear = Number(body.slice(0, 4));
    if (isoYear >= MIN_YEAR && isoYear <= MAX_YEAR) return build(text, isoYear, Number(body.slice(4, 6)), Number(body.slice(6, 8)));
    return readNumeric(text, [body.slice(0, 2), body.slice(2, 4), body.slice(4)], context);
  }
  if (value >= MIN_SERIAL && value <= MAX_SERIAL) {
    const { year, month, day } = excelSerialToDate(value);
    return build(text, year, month, day);
  }
  return { problem: `the number ${body} is neither a year nor an Excel date` };
}

function readWithMonthName(text: string, numbers: string[], month: number, context: DateReadingContext): DateCellReading {
  const yearAt = numbers.findIndex((n) => n.length === 4);
  if (numbers.length === 1) {
    const only = numbers[0] as string;
    const year = expandYear(only, context);
    if (year === undefined) return { problem: 'a month name needs a year' };
    return withNote(build(text, year.year, month), year.twoDigit ? `two-digit year read as ${year.year}` : undefined);
  }
  if (numbers.length !== 2) return { problem: numbers.length === 0 ? 'a month name needs a year' : 'too many numbers for one date' };
  // The year is the four-digit number, else the one after the month ("12 Mar 99", "Mar 12 99").
  const y = yearAt === -1 ? 1 : yearAt;
  const year = expandYear(numbers[y] as string, context);
  const dayText = numbers[1 - y] as string;
  if (year === undefined || dayText.length > 2) return { problem: 'cannot tell the day from the year' };
  return withNote(build(text, year.year, month, Number(dayText)), year.twoDigit ? `two-digit year read as ${year.year}` : undefined);
}

function readNumeric(text: string, numbers: string[], context: DateReadingContext): DateCellReading {
  // A year with its marker: "1999 г.", "1999 թ.", "1999-cu il".
  if (numbers.length === 1 && numbers[0]?.length === 4) return build(text, Number(numbers[0]));
  if (numbers.length === 2) {
    // Month and year: "03.1999", "1999-03".
    const [a, b] = numbers as [string, string];
    if (b.length === 4 && a.length <= 2) return build(text, Number(b), Number(a));
    if (a.length === 4 && b.length <= 2) return build(text, Number(a), Number(b));
    return { problem: 'not a date: a month and a four-digit year were expected' };
  }
  if (numbers.length !== 3) return { problem: 'not a date' };
  const [a, b, c] = numbers as [string, string, string];
  if (a.length === 4) {
    const year = Number(a);
    const m = Number(b);
    const d = Number(c);
    // yyyy-dd-mm is not a form anyone uses on purpose, but it can be the only reading.
    if (m > 12 && d <= 12) return withNote(build(text, year, d, m), 'day and month read the only way they fit');
    return build(text, year, m, d);
  }
  const year = expandYear(c, context);
  if (year === undefined || a.length > 2 || b.length > 2) return { problem: 'not a date' };
  const note = year.twoDigit ? `two-digit year read as ${year.year}` : undefined;
  const first = Number(a);
  const second = Number(b);
  if (first > 12 && second > 12) return { problem: 'neither number can be the month' };
  if (first > 12) return withNote(build(text, year.year, second, first), note);
  if (second > 12) return withNote(build(text, year.year, first, second), note);
  if (context.order === 'month-first') return withNote(build(text, year.year, first, second), note);
  if (context.order === 'day-first' || first === second) return withNote(build(text, year.year, second, first), note);
  return withNote(build(text, year.year, second, first, { month: first, day: second }), note);
}

/**
 * Settles a column's day/month order from sample cells: `day-first` when some cell can only be
 * read day first (13.04.1999) and none only month first, `month-first` in the opposite case,
 * else `unsettled`. Cells in ISO order or with month names say nothing.
 */
export function settleDayMonthOrder(cells: Iterable<string>): DayMonthOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const cell of cells) {
    const match = /^\s*(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{2}|\d{4})\b/u.exec(cell);
    if (match === null) continue;
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (first > 12 && second <= 12) dayFirst = true;
    if (second > 12 && first <= 12) monthFirst = true;
  }
  if (dayFirst && !monthFirst) return 'day-first';
  if (monthFirst && !dayFirst) return 'month-first';
  return 'unsettled';
}
