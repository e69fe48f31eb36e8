/**
 * The reconciliation report: pure tables built from the register, and the HTML, XLSX and CSV
 * writers that render them.
 */
export type { Label, Language } from './label.js';
export { LANGUAGES, dayLabel } from './label.js';
export type { Period } from './periods.js';
export { normaliseCutoffs, periodsFor, periodOfDates, periodOfPerson, captureDates, CAPTURE_DATE_KINDS } from './periods.js';
export type { Report, ReportInput, ReportTable, ReportRow, ReportCell, ReportList, PersonRow, WrittenName, ProbabilityHistogram } from './report-model.js';
export { buildReport } from './tables.js';
export { histogramFromCounts, probabilityHistogram } from './probability-histogram.js';
export { STATUS_LABELS, LIST_KIND_LABELS, UI_LABELS } from './report-labels.js';
export { renderHtmlReport, writeHtmlReport } from './html-writer.js';
export { sheetName, writeXlsxReport } from './xlsx-writer.js';
export { reportCsvFiles, tableToCsv, writeCsvReport } from './csv-writer.js';
export type { FlatTable } from './report-rows.js';
export { flatTables } from './report-rows.js';
export type { WrittenReport } from './report-writer.js';
export { writeReport } from './report-writer.js';
