import ExcelJS from 'exceljs';
import type { Language } from './label.js';
import type { Report } from './report-model.js';
import type { FlatTable } from './report-rows.js';
import { flatTables } from './report-rows.js';

/** Excel's rules for sheet names: at most 31 characters, none of : \ / ? * [ ], unique. */
function sheetName(title: string, used: Set<string>): string {
  const clean = title.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim() || 'Sheet';
  let name = clean.slice(0, 31);
  for (let n = 2; used.has(name.toLowerCase()); n++) name = `${clean.slice(0, 31 - String(n).length - 1)} ${n}`;
  used.add(name.toLowerCase());
  return name;
}

function addSheet(workbook: ExcelJS.Workbook, table: FlatTable, used: Set<string>): void {
  const sheet = workbook.addWorksheet(sheetName(table.shortTitle ?? table.title, used));
  sheet.addRow([table.title]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  const header = sheet.addRow(table.header);
  header.font = { bold: true };
  header.eachCell((cell) => (cell.border = { bottom: { style: 'thin' } }));
  // Text stays text: exceljs writes a string as a string, never as a formula.
  for (const r of table.rows) sheet.addRow(r);
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + table.rows.length, column: table.header.length } };
  table.header.forEach((h, i) => {
    const longest = Math.max(h.length, ...table.rows.slice(0, 500).map((r) => String(r[i] ?? '').length));
    sheet.getColumn(i + 1).width = Math.min(60, Math.max(8, longest + 2));
  });
}

/** The report as a workbook: one sheet per table, the persons, and the persons behind each number. */
export function reportWorkbook(report: Report, lang: Language = 'en'): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'whereabouts';
  workbook.title = report.title[lang];
  const used = new Set<string>();
  for (const table of flatTables(report, lang)) addSheet(workbook, table, used);
  return workbook;
}

/** Writes the workbook to a file. */
export async function writeXlsxReport(report: Report, path: string, lang: Language = 'en'): Promise<void> {
  await reportWorkbook(report, lang).xlsx.writeFile(path);
}
