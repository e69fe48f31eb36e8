import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeCsvReport } from './csv-writer.js';
import { writeHtmlReport } from './html-writer.js';
import type { Language } from './label.js';
import type { Report } from './report-model.js';
import { writeXlsxReport } from './xlsx-writer.js';

/** Where {@link writeReport} put each part of the report. */
export interface WrittenReport {
  html: string;
  xlsx: string;
  csv: string[];
}

/**
 * Writes the whole report into a directory: `reconciliation.html` (both languages, switchable),
 * `reconciliation.xlsx` and `csv/` (one file per table), the spreadsheets in `lang`.
 */
export async function writeReport(report: Report, outDir: string, lang: Language = 'en'): Promise<WrittenReport> {
  await mkdir(outDir, { recursive: true });
  const html = join(outDir, 'reconciliation.html');
  const xlsx = join(outDir, 'reconciliation.xlsx');
  await writeHtmlReport(report, html);
  await writeXlsxReport(report, xlsx, lang);
  const csv = await writeCsvReport(report, join(outDir, 'csv'), lang);
  return { html, xlsx, csv };
}
