/**
 * The reconciliation report: pure tables built from the register, and the HTML, XLSX and CSV
 * writers that render them.
 */
export type { Label, Language } from './label.js';
export { LANGUAGES, dayLabel } from './label.js';
export type { Cutoff, Period } from './periods.js';
export { normaliseCutoffs, periodsFor, periodOfDates, periodOfPerson, AMBIGUOUS_EXPLAINED } from './periods.js';
export type { Report, ReportInput, ReportTable, ReportRow, ReportCell, ReportList, ReportListVersion, ReportSource, PersonRow, WrittenName, ProbabilityHistogram } from './report-model.js';
export type { AccountingCell, AccountingOptions, AccountingPerson, AccountingStateRow, AccountingSummary } from './accounting-summary.js';
export { summariseAccounting } from './accounting-summary.js';
export { buildReport } from './tables.js';
export { histogramFromCounts, probabilityHistogram } from './probability-histogram.js';
export { ACCOUNTING_STATE_LABELS, STATUS_LABELS, LIST_KIND_LABELS, UI_LABELS } from './report-labels.js';
export { renderHtmlReport, writeHtmlReport } from './html-writer.js';
export { sheetName, writeXlsxReport } from './xlsx-writer.js';
export { reportCsvFiles, tableToCsv, writeCsvReport } from './csv-writer.js';
export type { FlatTable } from './report-rows.js';
export { flatTables } from './report-rows.js';
export type { WrittenReport } from './report-writer.js';
export { writeReport } from './report-writer.js';
export type { NounForms } from './plural.js';
export { countLabel, countOf, nounFor, NOUNS } from './plural.js';
export { reviewLabel, runLabel, sourceLineText } from './report-source.js';
export { longDayLabel } from './label.js';
