import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PartialDate } from '../ingest/partial-date.js';
import type { ListKind, ParsedRecord } from '../ingest/record.js';
import { buildPerson } from '../register/person.js';
import type { RegisterRecord } from '../register/register-record.js';
import { reportCsvFiles } from './csv-writer.js';
import { renderHtmlReport } from './html-writer.js';
import { writeReport } from './report-writer.js';
import type { WrittenReport } from './report-writer.js';
import { buildReport } from './tables.js';

function date(text: string): PartialDate {
  const [year, month, day] = text.split('-').map(Number);
  return { text, year: year!, month, day };
}

function rec(list: string, row: number, listKind: ListKind, party: string, fields: ParsedRecord): RegisterRecord {
  return { key: `${list}:${row}`, list, row, party, listKind, fields };
}

const report = buildReport({
  persons: [
    buildPerson('P-000001', [rec('am/missing', 1, 'missing', 'AM', { surname: 'Գրիգորյան', event_date: date('2020-10-01') }), rec('az-held', 1, 'detention', 'AZ', { surname: 'Qriqoryan' })]),
    buildPerson('P-000002', [rec('am/missing', 2, 'missing', 'AM', { full_name: '=HYPERLINK("http://x")', event_date: date('2020-12-01') })]),
    buildPerson('P-000003', [rec('az-held', 2, 'detention', 'AZ', { full_name: 'Məmmədov, "Elvin"', event_date: date('2020-11') })]),
  ],
  cutoffs: ['2020-11-10'],
  generatedAt: '2026-11-29 09:00',
});

describe('CSV files', () => {
  const files = reportCsvFiles(report);

  it('one file per table plus persons, with counts as the tables say', () => {
    expect(files.map((f) => f.name)).toEqual(['pair-am_missing-az-held.csv', 'lists.csv', 'parties.csv', 'status.csv', 'persons.csv', 'persons-by-number.csv']);
    const pair = parse(files[0]!.text, { bom: true }) as string[][];
    expect(pair[0]).toEqual(['row_id', 'Row', 'All', 'before 10 Nov 2020', 'from 10 Nov 2020', 'date ambiguous', 'date unknown']);
    expect(pair[1]).toEqual(['both', 'On both lists', '1', '1', '0', '0', '0']);
    expect(pair[2]!.slice(0, 3)).toEqual(['only-first', 'Only on am/missing: unaccounted for', '1']);
    expect(pair[3]!.slice(0, 7)).toEqual(['only-second', 'Only on az-held: not reported as missing', '1', '0', '0', '1', '0']);
  });

  it('keeps names as written, quoted, and never lets a cell run as a formula', () => {
    const persons = parse(reportCsvFiles(report, 'ru')[4]!.text, { bom: true }) as string[][];
    expect(persons[0]![2]).toBe('Дата рождения');
    expect(persons[1]![1]).toBe('Գրիգորյան [am/missing:1] | Qriqoryan [az-held:1]');
    expect(persons[2]![1]).toBe('\'=HYPERLINK("http://x") [am/missing:2]');
    expect(persons[3]![1]).toBe('Məmmədov, "Elvin" [az-held:2]');
  });

  it('lists the persons behind every number', () => {
    const rows = parse(files[5]!.text, { bom: true, columns: true }) as Record<string, string>[];
    const both = rows.filter((r) => r.table_id === 'pair-am/missing-az-held' && r.row_id === 'both');
    expect(both.map((r) => [r.Period, r.person_id])).toEqual([['before 10 Nov 2020', 'P-000001']]);
    // As many lines as the tables' totals add up to.
    expect(rows).toHaveLength(report.tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + r.total.personIds.length, 0), 0));
  });
});

describe('writeReport', () => {
  let dir: string;
  let written: WrittenReport;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'whereabouts-writers-'));
    written = await writeReport(report, dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes a workbook with one sheet per table, the persons and the persons behind each number', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written.xlsx);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['am missing vs az-held', 'Persons per list', 'Persons per party', 'Latest status', 'Persons', 'Persons behind each number']);
    const pair = workbook.worksheets[0]!;
    expect(pair.getRow(4).values).toEqual([undefined, 'both', 'On both lists', 1, 1, 0, 0, 0]);
    const persons = workbook.getWorksheet('Persons')!;
    // A formula-looking name is stored as text, not as a formula.
    expect(persons.getRow(5).getCell(2).value).toBe('=HYPERLINK("http://x") [am/missing:2]');
  });

  it('writes the HTML and the CSV files next to it', async () => {
    expect(await readFile(written.html, 'utf8')).toBe(renderHtmlReport(report));
    expect(written.csv.map((p) => p.slice(dir.length + 1))).toContain(join('csv', 'persons.csv'));
  });
});

describe('the HTML text', () => {
  const html = renderHtmlReport(report);

  it('loads nothing from outside and escapes what the sources wrote', () => {
    expect(html).not.toMatch(/<(link|img|iframe)\b|\bsrc=|@import|url\(/i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('Məmmədov, &quot;Elvin&quot;');
  });

  it('keeps a list name that looks like markup from closing the page script', () => {
    const hostile = buildReport({ persons: [buildPerson('P-000001', [rec('x</script><script>alert(1)//', 1, 'missing', 'AM', {})])] });
    const page = renderHtmlReport(hostile);
    const data = page.slice(page.indexOf('id="report-cells">'), page.indexOf('</script>', page.indexOf('id="report-cells">')));
    expect(data).toContain('x\\u003c/script>');
    expect(page.match(/<script/g)).toHaveLength(2);
  });
});
