import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Language } from './label.js';
import type { Report } from './report-model.js';
import type { FlatTable } from './report-rows.js';
import { flatAccountingStates, flatTables } from './report-rows.js';

/**
 * Spreadsheet programs run a cell that starts with = + - @ as a formula, so a name typed as
 * "=HYPERLINK(...)" in a source list could act when a tracing officer opens the CSV. Such text
 * gets a leading apostrophe (OWASP's advice); numbers are left alone.
 */
function neutralise(value: string | number): string {
  if (typeof value === 'number') return String(value);
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvField(value: string | number): string {
  const text = neutralise(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Text that needs neither an apostrophe nor quotes: one test instead of two for most cells. */
const PLAIN_TEXT = /^(?:[^=+\-@\t\r",\n][^",\r\n]*)?$/;

/** One CSV cell, as {@link csvLine} writes it. */
export function csvCell(value: string | number): string {
  return typeof value === 'string' && PLAIN_TEXT.test(value) ? value : csvField(value);
}

/** One CSV line (CRLF-terminated), quoted where needed and safe from formula injection. */
export function csvLine(cells: readonly (string | number)[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

/** A table as CSV text: UTF-8 with a byte-order mark so Excel reads Cyrillic and Armenian right. */
export function tableToCsv(table: FlatTable): string {
  const lines = [table.header, ...table.rows].map((cells) => cells.map(csvField).join(','));
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** A file name from a table id: list names may hold any character, file systems may not. */
export function csvFileName(id: string): string {
  return `${id.replace(/[^A-Za-z0-9._-]+/g, '_')}.csv`;
}

/**
 * The report as CSV files, one per table, plus the persons, the persons by category and the
 * persons behind each number. The accounting states are written for programs rather than for
 * reading: `state,period,persons`, with the states' fixed names (docs/report.md).
 */
export function reportCsvFiles(report: Report, lang: Language = 'en'): { name: string; text: string }[] {
  const used = new Set<string>();
  return flatTables(report, lang).map((flat) => {
    const table = flat.id === 'accounting-states' ? flatAccountingStates(report) : flat;
    let name = csvFileName(table.id);
    for (let n = 2; used.has(name); n++) name = csvFileName(`${table.id}-${n}`);
    used.add(name);
    return { name, text: tableToCsv(table) };
  });
}

/** Writes the CSV files into a directory (created if missing); returns their paths. */
export async function writeCsvReport(report: Report, dir: string, lang: Language = 'en'): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const file of reportCsvFiles(report, lang)) {
    const path = join(dir, file.name);
    await writeFile(path, file.text, 'utf8');
    paths.push(path);
  }
  return paths;
}
