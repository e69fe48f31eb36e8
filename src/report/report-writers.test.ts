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
  const named = (name: string) => parse(files.find((f) => f.name === name)!.text, { bom: true }) as string[][];

  it('one file per table, the accounting states for programs, then the persons', () => {
    expect(files.map((f) => f.name)).toEqual([
      'answers.csv',
      'accounting-states.csv',
      'pair-am_missing-az-held.csv',
      'lists.csv',
      'parties.csv',
      'status.csv',
      'persons.csv',
      'persons-by-category.csv',
      'persons-by-number.csv',
    ]);
    const pair = named('pair-am_missing-az-held.csv');
    expect(pair[0]).toEqual(['Row', 'All', 'before 10 Nov 2020', 'from 10 Nov 2020', 'date ambiguous', 'date unknown', 'row_id']);
    expect(pair[1]).toEqual(['On both lists', '1', '1', '0', '0', '0', 'both']);
    expect(pair[2]!.slice(0, 2)).toEqual(['Only on am/missing: not on the detention list', '1']);
    expect(pair[3]!.slice(0, 6)).toEqual(['Only on az-held: not reported as missing', '1', '0', '0', '1', '0']);
  });

  it('writes accounting-states.csv as state,period,persons, every state and period', () => {
    const rows = named('accounting-states.csv');
    expect(rows[0]).toEqual(['state', 'period', 'persons']);
    expect(rows).toHaveLength(1 + 9 * 5);
    expect(rows.filter((r) => r[1] === 'all').map((r) => r[0])).toEqual([
      'no_trace', 'seen_not_acknowledged', 'acknowledged_held', 'released', 'exchanged', 'died', 'remains_identified', 'held_never_reported', 'conflicting',
    ]);
    const count = (state: string, period: string) => rows.find((r) => r[0] === state && r[1] === period)![2];
    expect([count('acknowledged_held', 'all'), count('acknowledged_held', 'before 2020-11-10')]).toEqual(['1', '1']);
    expect([count('no_trace', 'all'), count('no_trace', 'from 2020-11-10')]).toEqual(['1', '1']);
    expect([count('held_never_reported', 'all'), count('held_never_reported', 'date ambiguous'), count('held_never_reported', 'date unknown')]).toEqual(['1', '1', '0']);
  });

  it('keeps names as written, one column per source, and never lets a cell run as a formula', () => {
    const persons = parse(reportCsvFiles(report, 'ru').find((f) => f.name === 'persons.csv')!.text, { bom: true }) as string[][];
    expect(persons[0]!.slice(0, 5)).toEqual(['am/missing: фамилия', 'am/missing: имя', 'am/missing: отчество', 'am/missing: дата рождения', 'am/missing: строка']);
    expect(persons[0]!.at(-1)).toBe('person_id');
    expect(persons[1]![0]).toBe('Գրիգորյան');
    expect(persons[1]![5]).toBe('Qriqoryan');
    expect(persons[2]![0]).toBe('\'=HYPERLINK("http://x")');
    expect(persons[3]![5]).toBe('Məmmədov, "Elvin"');
  });

  it('lists the persons behind every number, with a name', () => {
    const rows = parse(files.find((f) => f.name === 'persons-by-number.csv')!.text, { bom: true, columns: true }) as Record<string, string>[];
    const both = rows.filter((r) => r.table_id === 'pair-am/missing-az-held' && r.row_id === 'both');
    expect(both.map((r) => [r.Period, r.Name, r.person_id])).toEqual([['before 10 Nov 2020', 'Գրիգորյան | Qriqoryan', 'P-000001']]);
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

  it('writes a workbook that leads with the answers, sheet names within 31 characters and apart', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written.xlsx);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Summary',
      'Accounting states',
      'am missing – az-held',
      'Persons per list',
      'Persons per party',
      'Latest status',
      'Persons',
      'Persons by category',
      'Persons behind each number',
    ]);
    const summary = workbook.worksheets[0]!;
    expect(summary.getRow(4).values).toEqual([undefined, 'Reported missing by AM', 2, 1, 1, 0, 0, 'reported-missing']);
    const persons = workbook.getWorksheet('Persons')!;
    // A formula-looking name is stored as text, not as a formula.
    expect(persons.getRow(5).getCell(1).value).toBe('=HYPERLINK("http://x")');
  });

  it('gives each source its own columns of spellings in the clerk\'s sheets, machine ids last', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(written.xlsx);
    const header = (sheet: string) => (workbook.getWorksheet(sheet)!.getRow(3).values as unknown[]).slice(1);
    const perSource = (list: string) => [`${list}: surname`, `${list}: given name`, `${list}: father's name`, `${list}: date of birth`, `${list}: row`];
    expect(header('Persons').slice(0, 10)).toEqual([...perSource('am/missing'), ...perSource('az-held')]);
    expect(header('Persons').at(-1)).toBe('person_id');
    expect(header('Persons by category').slice(0, 3)).toEqual(['Category', 'Period', 'am/missing: surname']);
    const byCategory = workbook.getWorksheet('Persons by category')!;
    const rows = (byCategory.getSheetValues() as unknown[][]).slice(4).map((r) => Array.from(r.slice(1), (v) => v ?? null));
    // P-000001 as each side wrote him, in the first screen's "acknowledged as held".
    expect(rows).toContainEqual(['of them, acknowledged as held by AZ', 'before 10 Nov 2020', 'Գրիգորյան', null, null, null, 'row 1', 'Qriqoryan', null, null, null, 'row 1', 'P-000001']);
  });

  it('writes the workbook in Russian with --lang ru, sheet names within 31 characters and apart', async () => {
    const labelled = buildReport({
      persons: [
        buildPerson('P-000001', [rec('a', 1, 'missing', 'AM', { surname: 'Գրիգորյան' }), rec('b', 1, 'detention', 'AZ', { surname: 'Qriqoryan' })]),
        buildPerson('P-000002', [rec('c', 1, 'visit', 'ICRC', { surname: 'Grigoryan' })]),
      ],
      // Labels that agree on their first 14 characters, as a ministry's lists often do.
      listLabels: { a: 'Список пропавших без вести военнослужащих', b: 'Список пропавших без вести: задержанные', c: 'Список пропавших без вести: посещения' },
    });
    const dir2 = await mkdtemp(join(tmpdir(), 'whereabouts-writers-ru-'));
    try {
      const out = await writeReport(labelled, dir2, 'ru');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(out.xlsx);
      const names = workbook.worksheets.map((s) => s.name);
      expect(names.slice(0, 2)).toEqual(['Итоги', 'Состояния учёта']);
      expect(names).toContain('Лица');
      expect(names).toContain('Лица по категориям');
      expect(names.every((n) => n.length <= 31)).toBe(true);
      expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      // Told apart by what their labels do not share, not by a number.
      expect(names.slice(2, 5)).toEqual(['военнослужащих – задержанные', 'военнослужащих – посещения', 'задержанные – посещения']);
      expect((workbook.getWorksheet('Лица')!.getRow(3).values as unknown[])[1]).toBe('Список пропавших без вести военнослужащих: фамилия');
    } finally {
      await rm(dir2, { recursive: true, force: true });
    }
  });

  it('writes the HTML and the CSV files next to it', async () => {
    expect(await readFile(written.html, 'utf8')).toBe(renderHtmlReport(report));
    expect(written.csv.map((p) => p.slice(dir.length + 1))).toContain(join('csv', 'accounting-states.csv'));
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
    expect(page.match(/<script/g)).toHaveLength(3);
  });
});
