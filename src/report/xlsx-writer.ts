import ExcelJS from 'exceljs';
import type { Language } from './label.js';
import type { Report } from './report-model.js';
import type { FlatTable } from './report-rows.js';
import { flatTables } from './report-rows.js';

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
export function sheetName(title: string, used: Set<string>): string {
  const clean = title.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim() || 'Sheet';
  let name = clean.slice(0, 31);
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${clean.slice(0, 31 - String(n).length - 1)} ${n}`;
  used.add(name.toLowerCase());
  return name;
}

function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, table: FlatTable, used: Set<string>): void {
  const sheet = workbook.addWorksheet(sheetName(table.shortTitle ?? table.title, used), { views: [{ state: 'frozen', ySplit: 3 }] });
  // Widths from the header and the first rows: measuring every row of a large list costs more
  // than a slightly narrow column.
  sheet.columns = table.header.map((h, i) => ({ width: Math.min(60, Math.max(8, h.length + 2, ...table.rows.slice(0, 200).map((r) => String(r[i] ?? '').length + 2))) }));
  sheet.autoFilter = `A3:${columnLetter(table.header.length)}${3 + table.rows.length}`;
  const title = sheet.addRow([table.title]);
  title.font = { bold: true, size: 13 };
  title.commit();
  sheet.addRow([]).commit();
  const header = sheet.addRow(table.header);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.border = { bottom: { style: 'thin' } }));
  header.commit();
  // Text stays text: exceljs writes a string as a string, never as a formula.
  for (const r of table.rows) sheet.addRow(r).commit();
  sheet.commit();
}

/**
 * Writes the report as a workbook: one sheet per table, the persons, and the persons behind each
 * number. Streamed row by row, so a register of tens of thousands of persons stays quick.
 */
export async function writeXlsxReport(report: Report, path: string, lang: Language = 'en'): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
  workbook.creator = 'whereabouts';
  workbook.title = report.title[lang];
  const used = new Set<string>();
  for (const table of flatTables(report, lang)) addSheet(workbook, table, used);
  await workbook.commit();
}
