import { WhereaboutsError } from '../errors.js';
import { splitFullName } from '../names/full-name.js';
import { readDateCell, settleDayMonthOrder } from './dates.js';
import type { DateCellReading, DateReadingContext } from './dates.js';
import { eventOfHeader } from './event-headers.js';
import { recogniseHeader } from './header-recognition.js';
import { foldLabel } from './label-fold.js';
import type { ColumnMapping, ReadResult } from './list-source.js';
import type { CanonicalField, CellWarning, ParsedRecord } from './record.js';
import { RepeatedCells } from './repeated-cells.js';
import { readSexCell } from './sex-values.js';
import { birthAfterEvent, implausibleDate, readingDay } from './date-plausibility.js';
import type { CalendarDay } from './date-plausibility.js';
import { hasLetter } from './name-letters.js';
import type { DecodingWatch } from './text-stream.js';

/** Fields that carry a person's name; a row needs one of them filled to be usable. */
export const NAME_FIELDS = ['surname', 'given_name', 'full_name'] as const satisfies readonly CanonicalField[];

/**
 * Longest text a compared field (a name, a place, a unit) keeps for linkage. A real name is far
 * shorter; a 10 MB cell once cost a reconcile a gigabyte and 14 s for one record. Notes and ids
 * are not compared by similarity and are kept whole.
 */
export const MAX_COMPARED_LENGTH = 256;

/** The first MAX_COMPARED_LENGTH characters, never splitting a surrogate pair. */
function cappedText(text: string): string {
  const end = (text.charCodeAt(MAX_COMPARED_LENGTH - 1) & 0xfc00) === 0xd800 ? MAX_COMPARED_LENGTH - 1 : MAX_COMPARED_LENGTH;
  return text.slice(0, end).trim();
}

const TEXT = 0;
const DATE = 1;
const SEX = 2;

/** What the plan needs beyond the header. */
export interface ColumnPlanOptions {
  sheet?: string;
  /** `--map`: header as written → field or `ignore`. Headers not in the table are an error. */
  map?: Record<string, CanonicalField | 'ignore'>;
  /** See {@link DateReadingContext.twoDigitYearPivot}. */
  twoDigitYearPivot: number;
  /** The file, for error locations. */
  file: string;
  /** Warn when a row has fewer cells than the header (CSV); workbooks and JSON omit empty cells. */
  warnShortRows: boolean;
  /**
   * For text files: the decoder's watch; U+FFFD in a cell marks bytes it could not decode, and
   * cells are searched for NULs once it has met one.
   */
  decoding?: DecodingWatch;
  /** The day the list is read on (default: today): dates after it get a cell warning. */
  today?: CalendarDay;
}

/**
 * How every column of one table (a CSV file, a sheet, a JSON array) is read, decided once from
 * its header and a sample of rows, so that reading a row is a plain loop over precomputed
 * arrays: no header lookup, regex compilation or allocation beyond the row itself.
 */
export class ColumnPlan {
  /** Keys of `raw`: the headers as written, made unique ("Name", "Name (2)", "column 4"). */
  readonly keys: string[] = [];
  readonly columns: ColumnMapping[] = [];
  private readonly fieldAt: (CanonicalField | undefined)[] = [];
  private readonly kindAt: number[] = [];
  /** Each mapped column's values, read once per distinct text (see RepeatedCells). */
  private readonly valuesAt: (RepeatedCells<string> | RepeatedCells<DateCellReading | undefined> | undefined)[] = [];
  /** The parts split from full names, one string per distinct part. */
  private readonly nameParts = { surname: sameText(), given_name: sameText(), patronymic: sameText() };
  private readonly options: ColumnPlanOptions;
  /** The headers as written, to recognise a repeated header row. */
  private readonly header: string[] = [];
  /** Index of the first name column, or -1. */
  private firstNameColumn = -1;
  private readonly today: CalendarDay;

  constructor(header: readonly string[], sample: readonly (readonly string[])[], options: ColumnPlanOptions) {
    this.options = options;
    this.today = options.today ?? readingDay();
    const map = options.map ?? {};
    const overrides = new Map<string, CanonicalField | 'ignore'>();
    for (const [column, field] of Object.entries(map)) overrides.set(column.trim(), field);
    const foldedOverrides = new Map([...overrides].map(([column, field]) => [foldLabel(column), field]));
    const used = new Set<string>();

    header.forEach((written, index) => {
      const trimmed = written.trim();
      const override = overrides.get(trimmed) ?? (trimmed === '' ? undefined : foldedOverrides.get(foldLabel(trimmed)));
      if (override !== undefined) used.add(trimmed === '' ? '' : foldLabel(trimmed));
      this.addColumn(written, index, override);
    });

    const missing = [...overrides.keys()].filter((column) => !used.has(foldLabel(column)));
    if (missing.length > 0 && options.sheet === undefined) {
      throw new WhereaboutsError(
        'WA_MAP_INVALID',
        `--map names ${missing.map((c) => `"${c}"`).join(', ')}, but the file has no such column; its columns are ${header.map((h) => `"${h.trim()}"`).join(', ')}`,
        { location: { file: options.file } },
      );
    }

    // "Name" or "Имя" alone, with no surname column, is the whole name.
    const has = (field: CanonicalField): boolean => this.fieldAt.includes(field);
    if (!has('surname') && !has('full_name')) {
      const given = this.fieldAt.indexOf('given_name');
      const column = this.columns[given];
      if (column !== undefined && column.how === 'recognised') {
        this.fieldAt[given] = 'full_name';
        column.field = 'full_name';
      }
    }

    this.fieldAt.forEach((field, index) => {
      if (field !== 'birth_date' && field !== 'event_date') return;
      const order = settleDayMonthOrder(sample.map((row) => row[index] ?? ''));
      const context: DateReadingContext = { order, twoDigitYearPivot: options.twoDigitYearPivot };
      this.valuesAt[index] = dateReadings(context, field, this.today);
    });
  }

  /** True when some column feeds a name field; without one no row can be imported. */
  get hasNameColumn(): boolean {
    return this.fieldAt.some((field) => field === 'surname' || field === 'given_name' || field === 'full_name');
  }

  /** Adds a column first seen after the header (a key that appears late in JSON). */
  addColumn(written: string, index: number = this.keys.length, override?: CanonicalField | 'ignore'): void {
    const trimmed = written.trim();
    // "__proto__" as a plain property would be swallowed by the object's prototype slot.
    let key = trimmed === '' ? `column ${index + 1}` : trimmed === '__proto__' ? `__proto__ (column ${index + 1})` : trimmed;
    for (let n = 2; this.keys.includes(key); n++) key = `${trimmed === '' ? `column ${index + 1}` : trimmed} (${n})`;
    this.keys.push(key);
    this.header.push(written);

    const mapping: ColumnMapping = { header: written, how: 'unmapped' };
    if (this.options.sheet !== undefined) mapping.sheet = this.options.sheet;
    let field: CanonicalField | undefined;
    if (override !== undefined) {
      mapping.how = 'override';
      if (override !== 'ignore') field = override;
    } else {
      const recognised = recogniseHeader(trimmed);
      if (recognised !== undefined) {
        field = recognised.field;
        mapping.how = 'recognised';
        mapping.matched = recognised.entry;
      }
    }
    if (field !== undefined) mapping.field = field;
    if (field === 'event_date') {
      const event = eventOfHeader(trimmed);
      if (event !== undefined) mapping.event = event.event;
    }
    this.columns.push(mapping);
    this.fieldAt.push(field);
    if (this.firstNameColumn === -1 && (field === 'surname' || field === 'given_name' || field === 'full_name')) this.firstNameColumn = this.fieldAt.length - 1;
    this.kindAt.push(field === 'birth_date' || field === 'event_date' ? DATE : field === 'sex' ? SEX : TEXT);
    const at = this.keys.length - 1;
    if (field === 'birth_date' || field === 'event_date') {
      const context: DateReadingContext = { order: 'unsettled', twoDigitYearPivot: this.options.twoDigitYearPivot };
      this.valuesAt[at] = dateReadings(context, field, this.today);
    } else if (field !== undefined && field !== 'sex') {
      this.valuesAt[at] = sameText();
    }
  }

  /**
   * Reads one row's cells (in header order). Returns undefined for a row with no cell filled
   * (the caller counts it); otherwise the row, imported or quarantined with its reason.
   */
  read(cells: readonly string[], row: number): ReadResult | undefined {
    const { keys, fieldAt, kindAt } = this;
    const width = keys.length;
    let filled = false;
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i] as string;
      if (cell.length > 0 && cell.trim() !== '') {
        filled = true;
        break;
      }
    }
    if (!filled) return undefined;

    const sheet = this.options.sheet;
    const raw: Record<string, string> = {};
    for (let i = 0; i < width; i++) raw[keys[i] as string] = cells[i] ?? '';

    if (cells.length > width) {
      for (let i = width; i < cells.length; i++) {
        if ((cells[i] as string).trim() === '') continue;
        for (let k = width; k < cells.length; k++) raw[`column ${k + 1}`] = cells[k] as string;
        return this.quarantine(row, raw, `the row has ${cells.length} cells where the header has ${width}; a cell was probably split by an unquoted delimiter, so the cells cannot be matched to their columns`);
      }
    }
    const decoding = this.options.decoding;
    if (decoding !== undefined && decoding.undecodable) {
      for (let i = 0; i < cells.length; i++) {
        if ((cells[i] as string).includes('\uFFFD')) return this.quarantine(row, raw, `bytes that are not valid ${decoding.encoding}; the row may be in another encoding`, keys[i]);
      }
    }

    const fields: ParsedRecord = {};
    const warnings: CellWarning[] = [];
    const nul = decoding?.nul === true;
    if (this.options.warnShortRows && cells.length < width) {
      warnings.push({ column: keys[cells.length] as string, reason: `the row ends after ${cells.length} of ${width} cells; the rest are empty` });
    }
    for (let i = 0; i < width; i++) {
      const field = fieldAt[i];
      if (field === undefined) continue;
      const cell = cells[i];
      if (cell === undefined) continue;
      // trim() allocates; most cells have nothing to trim.
      const length = cell.length;
      if (length === 0) continue;
      let value = cell.charCodeAt(0) > 32 && cell.charCodeAt(length - 1) > 32 ? cell : cell.trim();
      if (nul && value.includes('\0')) {
        // A damaged export: the same rule whatever the file's size (the raw cell keeps them).
        value = value.replaceAll('\0', '').trim();
        warnings.push({ column: keys[i] as string, reason: 'NUL characters (U+0000, left by a damaged export) removed from the cell' });
      }
      if (value === '') continue;
      const kind = kindAt[i];
      if (fields[field] !== undefined) {
        this.readRepeated(fields, field, kind, value, keys[i] as string, warnings);
        continue;
      }
      if (kind === TEXT) {
        if (value.length > MAX_COMPARED_LENGTH && field !== 'notes' && field !== 'record_id') {
          value = cappedText(value);
          warnings.push({ column: keys[i] as string, reason: `longer than ${MAX_COMPARED_LENGTH} characters: only the first ${MAX_COMPARED_LENGTH} are read and compared (the raw row keeps the cell whole)` });
        }
        (fields as Record<string, string>)[field] = (this.valuesAt[i] as RepeatedCells<string>).get(value);
      } else if (kind === SEX) {
        const sex = readSexCell(value);
        if (sex === undefined) warnings.push({ column: keys[i] as string, reason: `"${value}" is not a sex value this list reader knows` });
        else fields.sex = sex;
      } else {
        const reading = (this.valuesAt[i] as RepeatedCells<DateCellReading | undefined>).get(value);
        if (reading === undefined) continue;
        if ('problem' in reading) warnings.push({ column: keys[i] as string, reason: `date not understood: ${reading.problem}` });
        else {
          (fields as Record<string, unknown>)[field] = reading.date;
          if (reading.note !== undefined) warnings.push({ column: keys[i] as string, reason: reading.note });
        }
      }
    }

    // Lists stitched together from several exports repeat the header row inside the data.
    const nameAt = this.firstNameColumn;
    if (nameAt !== -1 && cells[nameAt] !== undefined && cells[nameAt] !== '' && (cells[nameAt] as string).trim() === (this.header[nameAt] as string).trim()) {
      return this.quarantine(row, raw, 'the row repeats the header row');
    }
    if (fields.full_name !== undefined && fields.surname === undefined && fields.given_name === undefined) {
      const parts = splitFullName(fields.full_name);
      const same = this.nameParts;
      if (parts.surname !== undefined) fields.surname = same.surname.get(parts.surname);
      if (parts.given_name !== undefined) fields.given_name = same.given_name.get(parts.given_name);
      if (parts.patronymic !== undefined && fields.patronymic === undefined) fields.patronymic = same.patronymic.get(parts.patronymic);
    }
    if (fields.surname === undefined && fields.given_name === undefined && fields.full_name === undefined) {
      return this.quarantine(row, raw, `no name in any name column (${this.nameColumns()})`);
    }
    if (!hasLetter(fields.surname) && !hasLetter(fields.given_name) && !hasLetter(fields.full_name)) {
      return this.quarantine(row, raw, `no letter in any name column (${this.nameColumns()}): only punctuation, digits or symbols`, keys[nameAt]);
    }
    if (fields.birth_date !== undefined && fields.event_date !== undefined) {
      const contradiction = birthAfterEvent(fields.birth_date, fields.event_date);
      if (contradiction !== undefined) warnings.push({ column: this.columnOf('birth_date'), reason: contradiction });
    }
    const result: ReadResult = { ok: true, row: sheet === undefined ? { row, raw, fields, warnings } : { row, sheet, raw, fields, warnings } };
    return result;
  }

  /** A row quarantined before its cells could be matched to columns (broken quoting). */
  quarantine(row: number, raw: Record<string, string> | string, reason: string, column?: string): ReadResult {
    const quarantined: ReadResult = { ok: false, row: { row, raw, reason } };
    if (this.options.sheet !== undefined) quarantined.row.sheet = this.options.sheet;
    if (column !== undefined) quarantined.row.column = column;
    return quarantined;
  }

  /**
   * A second column of a field already filled in this row (two "surname" columns: a double
   * surname, or two exports joined). Nothing is dropped: free text is joined to the first value
   * in column order, and a second id, number, sex or date that differs keeps the first one; a
   * cell warning says which, and the raw row keeps both cells.
   */
  private readRepeated(fields: ParsedRecord, field: CanonicalField, kind: number | undefined, value: string, column: string, warnings: CellWarning[]): void {
    const text = fields as Record<string, unknown>;
    const first = text[field];
    if (kind === TEXT && field !== 'record_id' && field !== 'service_number') {
      if (first === value) return;
      text[field] = `${first as string} ${value}`;
      warnings.push({ column, reason: `a second ${field} column: its value is added after the first one's` });
      return;
    }
    const same = kind === SEX ? readSexCell(value) === first : kind === DATE ? (first as { text: string }).text === value : first === value;
    if (!same) warnings.push({ column, reason: `a second ${field} column that differs from the first; the first one's value is used (both are kept in the raw row)` });
  }

  private columnOf(field: CanonicalField): string {
    const at = this.fieldAt.indexOf(field);
    return at === -1 ? field : (this.keys[at] as string);
  }

  private nameColumns(): string {
    const names = this.keys.filter((_, i) => {
      const field = this.fieldAt[i];
      return field === 'surname' || field === 'given_name' || field === 'full_name';
    });
    return names.length > 0 ? names.join(', ') : 'the list has no column recognised as a name; use --map';
  }
}

/** A text column's values, one string per distinct value. */
function sameText(): RepeatedCells<string> {
  return new RepeatedCells((cell) => cell);
}

/**
 * A date column's readings, one per distinct cell text: dates are read once, and shared, and so
 * is the warning for a date that cannot be right (after the day of reading, or a birth too long ago).
 */
function dateReadings(context: DateReadingContext, field: 'birth_date' | 'event_date', today: CalendarDay): RepeatedCells<DateCellReading | undefined> {
  return new RepeatedCells((cell) => {
    const reading = readDateCell(cell, context);
    if (reading === undefined || !('date' in reading)) return reading;
    const implausible = implausibleDate(reading.date, field, today);
    if (implausible === undefined) return reading;
    return { ...reading, note: reading.note === undefined ? implausible : `${reading.note}; ${implausible}` };
  });
}
