import type { PartialDate } from './partial-date.js';

/**
 * The canonical fields a list's columns are mapped onto. Names are snake_case because they are
 * user-facing: `--map "Column=field"`, CSV outputs and the store use the same spelling.
 */
export const CANONICAL_FIELDS = [
  'record_id',
  'surname',
  'given_name',
  'patronymic',
  'full_name',
  'sex',
  'birth_date',
  'birth_place',
  'citizenship',
  'unit',
  'rank',
  'service_number',
  'event_date',
  'place',
  'status',
  'notes',
] as const;

export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** Fields that hold dates; every other canonical field holds text. */
export const DATE_FIELDS = ['birth_date', 'event_date'] as const satisfies readonly CanonicalField[];

export type Sex = 'male' | 'female' | 'other';

/**
 * One list row after parsing. Every value is as the source wrote it (trimmed), in its own
 * script; transliteration happens later, in names/. `event_date` is the date of capture,
 * detention or disappearance, whichever the list records.
 */
export interface ParsedRecord {
  record_id?: string;
  surname?: string;
  given_name?: string;
  /** Patronymic or father's name, as written (Гагикович, Գագիկի, Gagik oğlu). */
  patronymic?: string;
  /** The original full-name string when the list has one column for the name. */
  full_name?: string;
  sex?: Sex;
  birth_date?: PartialDate;
  birth_place?: string;
  citizenship?: string;
  unit?: string;
  rank?: string;
  service_number?: string;
  event_date?: PartialDate;
  place?: string;
  status?: string;
  notes?: string;
}

/** What a list asserts about the persons on it. Later capabilities derive status from it. */
export const LIST_KINDS = ['missing', 'detention', 'visit', 'release', 'death', 'other'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** A problem with one cell that did not stop the row from being imported. */
export interface CellWarning {
  column: string;
  reason: string;
}

/** A row read from a list: raw cells kept verbatim beside the parsed fields. */
export interface IngestRow {
  /** 1-based data row number within the file (or sheet); the header is not counted. */
  row: number;
  /**
   * The row as the clerk finds it in the file: the spreadsheet's own row number (title rows and
   * the header counted) for a workbook, the line it starts on for CSV. Absent where it is the
   * data row itself (a JSON array's item, a JSON Lines file's line).
   */
  sourceRow?: number;
  /** Sheet name, for workbooks. */
  sheet?: string;
  /** Every cell as written, keyed by the column's header as written (unmapped columns too). */
  raw: Record<string, string>;
  fields: ParsedRecord;
  warnings: CellWarning[];
}

/** A row that could not be imported, kept with its reason. */
export interface QuarantinedRow {
  row: number;
  /** As {@link IngestRow.sourceRow}. */
  sourceRow?: number;
  sheet?: string;
  /** Whatever could be read of the row: cells by header where possible, else the raw text. */
  raw: Record<string, string> | string;
  reason: string;
  column?: string;
}
