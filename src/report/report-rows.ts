import type { Language } from './label.js';
import type { PersonRow, Report, ReportTable } from './report-model.js';
import { FIELD_LABELS, STATUS_LABELS, UI_LABELS } from './report-labels.js';

/** A flat table of plain values, what the CSV and XLSX writers both lay out. */
export interface FlatTable {
  /** Stable name for files and sheets, from the table id. */
  id: string;
  title: string;
  /** A shorter title where sheet names must fit in 31 characters. */
  shortTitle?: string;
  header: string[];
  rows: (string | number)[][];
}

/** A report table as rows of counts: label, total, then one column per period. */
export function flatCounts(report: Report, table: ReportTable, lang: Language): FlatTable {
  return {
    id: table.id,
    title: table.title[lang],
    ...(table.lists ? { shortTitle: `${table.lists[0]} ${lang === 'en' ? 'vs' : 'и'} ${table.lists[1]}` } : {}),
    header: ['row_id', UI_LABELS.row[lang], UI_LABELS.total[lang], ...report.periods.map((p) => p.label[lang])],
    rows: table.rows.map((r) => [r.id, r.detail ? `${r.label[lang]} (${r.detail[lang]})` : r.label[lang], r.total.personIds.length, ...report.periods.map((p) => r.byPeriod[p.id]!.personIds.length)]),
  };
}

/** The persons table: one row per person, names as each source wrote them. */
export function flatPersons(report: Report, lang: Language): FlatTable {
  const periodLabel = new Map(report.periods.map((p) => [p.id, p.label[lang]]));
  const row = (p: PersonRow): string[] => [
    p.personId,
    p.names.map((n) => `${n.name} [${n.recordKey}]`).join(' | '),
    p.birthDate ?? p.birthDateClaims.join(' / '),
    p.eventDates.join(', '),
    ...(report.periods.length > 0 ? [p.period !== undefined ? (periodLabel.get(p.period) ?? '') : ''] : []),
    p.status ? STATUS_LABELS[p.status][lang] : '',
    p.lists.join(', '),
    p.conflictFields.map((f) => FIELD_LABELS[f][lang]).join(', '),
    p.duplicatedOn.join(', '),
  ];
  return {
    id: 'persons',
    title: UI_LABELS.persons[lang],
    header: [
      'person_id',
      UI_LABELS.namesAsWritten[lang],
      UI_LABELS.birthDate[lang],
      UI_LABELS.eventDate[lang],
      ...(report.periods.length > 0 ? [UI_LABELS.period[lang]] : []),
      UI_LABELS.status[lang],
      UI_LABELS.lists[lang],
      UI_LABELS.conflicts[lang],
      UI_LABELS.duplicates[lang],
    ],
    rows: report.persons.map(row),
  };
}

/**
 * Every row of every table with the persons behind it, one line per person and the person's
 * period: the spreadsheet counterpart of clicking a number on the page. Filtering on table and
 * row gives the total; filtering on the period too gives the number in that period's column.
 */
export function flatPersonsByNumber(report: Report, lang: Language): FlatTable {
  const periodOf = new Map(report.persons.map((p) => [p.personId, p.period]));
  const periodLabel = new Map(report.periods.map((p) => [p.id, p.label[lang]]));
  const rows: string[][] = [];
  for (const table of report.tables) {
    for (const r of table.rows) {
      for (const id of r.total.personIds) {
        const line = [table.id, table.title[lang], r.id, r.label[lang]];
        if (report.periods.length > 0) {
          const period = periodOf.get(id);
          line.push(period !== undefined ? (periodLabel.get(period) ?? '') : '');
        }
        line.push(id);
        rows.push(line);
      }
    }
  }
  return {
    id: 'persons-by-number',
    title: lang === 'en' ? 'Persons behind each number' : 'Лица за каждым числом',
    header: ['table_id', UI_LABELS.table[lang], 'row_id', UI_LABELS.row[lang], ...(report.periods.length > 0 ? [UI_LABELS.period[lang]] : []), 'person_id'],
    rows,
  };
}

/** Every flat table of the report, in the order the writers lay them out. */
export function flatTables(report: Report, lang: Language): FlatTable[] {
  return [...report.tables.map((t) => flatCounts(report, t, lang)), flatPersons(report, lang), flatPersonsByNumber(report, lang)];
}
