import type { Language } from './label.js';
import { listTitle } from './pair-tables.js';
import type { PersonRow, Report, ReportList, ReportTable, WrittenName } from './report-model.js';
import { ACCOUNTING_STATE_LABELS, FIELD_LABELS, STATUS_LABELS, UI_LABELS } from './report-labels.js';

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

/** Words of the clerk's sheets. */
const WORDS = {
  surname: { en: 'surname', ru: 'фамилия' },
  given: { en: 'given name', ru: 'имя' },
  father: { en: "father's name", ru: 'отчество' },
  born: { en: 'date of birth', ru: 'дата рождения' },
  row: { en: 'row', ru: 'строка' },
  category: { en: 'Category', ru: 'Категория' },
  name: { en: 'Name', ru: 'Имя' },
} as const;

/** A report table as rows of counts: label, total, then one column per period; the row id last. */
export function flatCounts(report: Report, table: ReportTable, lang: Language): FlatTable {
  return {
    id: table.id,
    title: table.title[lang],
    ...(table.shortTitle ? { shortTitle: table.shortTitle[lang] } : {}),
    header: [UI_LABELS.row[lang], UI_LABELS.total[lang], ...report.periods.map((p) => p.label[lang]), 'row_id'],
    rows: table.rows.map((r) => [r.detail ? `${r.label[lang]} (${r.detail[lang]})` : r.label[lang], r.total.personIds.length, ...report.periods.map((p) => r.byPeriod[p.id]!.personIds.length), r.id]),
  };
}

/**
 * The lists in the order the clerk's columns take them: the home party's, the detaining
 * party's, then the rest, each by name.
 */
export function listsInColumnOrder(report: Report): ReportList[] {
  const { home, detaining } = report.accounting.frame;
  const rank = (l: ReportList) => (l.party === home ? 0 : l.party === detaining ? 1 : 2);
  return [...report.lists].sort((a, b) => rank(a) - rank(b) || (a.list < b.list ? -1 : a.list > b.list ? 1 : 0));
}

/** Five columns per list: each source's spelling of surname, given name and father's name, birth date, and where its row is. */
function sourceHeader(lists: readonly ReportList[], lang: Language): string[] {
  return lists.flatMap((l) => {
    const name = listTitle(l);
    return [WORDS.surname, WORDS.given, WORDS.father, WORDS.born, WORDS.row].map((w) => `${name}: ${w[lang]}`);
  });
}

/** A person's cells under {@link sourceHeader}: a list that names him twice gives both, joined. */
function sourceCells(person: PersonRow, lists: readonly ReportList[], lang: Language): string[] {
  const byList = new Map<string, WrittenName[]>();
  for (const n of person.names) byList.set(n.list, [...(byList.get(n.list) ?? []), n]);
  return lists.flatMap((l) => {
    const names = byList.get(l.list) ?? [];
    const join = (pick: (n: WrittenName) => string | undefined) => names.map((n) => pick(n) ?? '').filter((v) => v !== '').join(' / ');
    // A full-name cell that was not split still shows, in the surname column.
    return [join((n) => n.surname ?? (n.givenName === undefined ? n.name : undefined)), join((n) => n.givenName), join((n) => n.fatherName), join((n) => n.birthDate), join((n) => n.where[lang])];
  });
}

function periodCell(report: Report, person: PersonRow, lang: Language): string[] {
  if (report.periods.length === 0) return [];
  const period = report.periods.find((p) => p.id === person.period);
  return [period?.label[lang] ?? ''];
}

/** The persons table: one row per person, each source's spelling in its own columns; the person id last. */
export function flatPersons(report: Report, lang: Language): FlatTable {
  const lists = listsInColumnOrder(report);
  return {
    id: 'persons',
    title: UI_LABELS.persons[lang],
    header: [
      ...sourceHeader(lists, lang),
      UI_LABELS.birthDate[lang],
      UI_LABELS.eventDate[lang],
      ...(report.periods.length > 0 ? [UI_LABELS.period[lang]] : []),
      UI_LABELS.accountingStateOnly[lang],
      UI_LABELS.status[lang],
      UI_LABELS.conflicts[lang],
      UI_LABELS.duplicates[lang],
      'person_id',
    ],
    rows: report.persons.map((p) => [
      ...sourceCells(p, lists, lang),
      p.birthDate ?? p.birthDateClaims.join(' / '),
      p.eventDates.join(', '),
      ...periodCell(report, p, lang),
      ACCOUNTING_STATE_LABELS[p.accountingState][lang],
      p.status ? STATUS_LABELS[p.status][lang] : '',
      p.conflictFields.map((f) => FIELD_LABELS[f][lang]).join(', '),
      p.duplicatedOn.join(', '),
      p.personId,
    ]),
  };
}

/**
 * The clerk's working sheet: one row per person per category of the first screen and of the
 * accounting states, with each source's spelling in its own columns, so it sorts and filters by
 * either side's spelling. Filtering on the category gives the persons behind its number.
 */
export function flatPersonsByCategory(report: Report, lang: Language): FlatTable {
  const lists = listsInColumnOrder(report);
  const byId = new Map(report.persons.map((p) => [p.personId, p]));
  const rows: (string | number)[][] = [];
  for (const table of report.tables.filter((t) => t.kind === 'answers' || t.kind === 'accounting')) {
    for (const r of table.rows) {
      for (const id of r.total.personIds) {
        const person = byId.get(id)!;
        rows.push([r.label[lang], ...periodCell(report, person, lang), ...sourceCells(person, lists, lang), id]);
      }
    }
  }
  return {
    id: 'persons-by-category',
    title: lang === 'en' ? 'Persons by category, as each source wrote them' : 'Лица по категориям, как их записал каждый источник',
    shortTitle: lang === 'en' ? 'Persons by category' : 'Лица по категориям',
    header: [WORDS.category[lang], ...(report.periods.length > 0 ? [UI_LABELS.period[lang]] : []), ...sourceHeader(lists, lang), 'person_id'],
    rows,
  };
}

/**
 * Every row of every table with the persons behind it, one line per person, with a name as a
 * source wrote it and the person's period: the spreadsheet counterpart of clicking a number on
 * the page. Filtering on table and row gives the total; on the period too, that period's number.
 */
export function flatPersonsByNumber(report: Report, lang: Language): FlatTable {
  // A person's name cell and period once, not once per number he is behind (a dozen each).
  const cells = new Map(report.persons.map((p) => [p.personId, [...periodCell(report, p, lang), p.names.map((n) => n.name).filter((n) => n !== '').join(' | ')]]));
  const rows: string[][] = [];
  for (const table of report.tables) {
    const title = table.title[lang];
    for (const r of table.rows) {
      const label = r.label[lang];
      for (const id of r.total.personIds) rows.push([title, label, ...cells.get(id)!, id, table.id, r.id]);
    }
  }
  return {
    id: 'persons-by-number',
    title: lang === 'en' ? 'Persons behind each number' : 'Лица за каждым числом',
    header: [UI_LABELS.table[lang], UI_LABELS.row[lang], ...(report.periods.length > 0 ? [UI_LABELS.period[lang]] : []), WORDS.name[lang], 'person_id', 'table_id', 'row_id'],
    rows,
  };
}

/** The machine-readable accounting states: `state,period,persons`, one row per state and period. */
export function flatAccountingStates(report: Report): FlatTable {
  const { states, periods } = report.accounting;
  const periodName = (id: string): string => {
    const p = periods.find((x) => x.id === id)!;
    if (id === 'ambiguous') return 'date ambiguous';
    if (id === 'unknown') return 'date unknown';
    if (p.from === undefined) return `before ${p.until}`;
    if (p.until === undefined) return `from ${p.from}`;
    return `${p.from} to ${p.until}`;
  };
  const rows: (string | number)[][] = [];
  for (const s of states) {
    rows.push([s.state, 'all', s.total.count]);
    for (const p of periods) rows.push([s.state, periodName(p.id), s.byPeriod[p.id]!.count]);
  }
  return { id: 'accounting-states', title: 'accounting states', header: ['state', 'period', 'persons'], rows };
}

/** Every flat table of the report, in the order the writers lay them out. */
export function flatTables(report: Report, lang: Language): FlatTable[] {
  return [...report.tables.map((t) => flatCounts(report, t, lang)), flatPersons(report, lang), flatPersonsByCategory(report, lang), flatPersonsByNumber(report, lang)];
}
