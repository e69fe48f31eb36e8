/**
 * Reading lists: files to rows. `openList` is the entry point; the rest are the contracts it
 * returns and the pure readers it is built from, exported for the CLI and for tests.
 */
export { openList } from './open-list.js';
export type { ListSource, ListReadOptions, ListFormat, ColumnMapping, ReadResult, SkippedRows } from './list-source.js';
export { CANONICAL_FIELDS, DATE_FIELDS, LIST_KINDS } from './record.js';
export type { CanonicalField, ParsedRecord, IngestRow, QuarantinedRow, CellWarning, Sex, ListKind } from './record.js';
export { datePrecision, formatPartialDate } from './partial-date.js';
export type { PartialDate, DatePrecision } from './partial-date.js';
export { readDateCell, settleDayMonthOrder, excelSerialToDate } from './dates.js';
export type { DateCellReading, DateReadingContext, DayMonthOrder } from './dates.js';
export { recogniseHeader } from './header-recognition.js';
export { EVENT_TYPES, eventOfHeader, kindFromColumns, kindOfEvent } from './event-headers.js';
export type { EventType, HeaderEvent, KindFromColumns } from './event-headers.js';
export type { HeaderRecognition } from './header-recognition.js';
export { readSexCell } from './sex-values.js';
export { parseColumnMap } from './column-map-option.js';
export { rowPlace, rowPlacePrefix, rowPlaceText } from './row-place.js';
export type { RowPlace } from './row-place.js';
