import type { Person } from '../register/person.js';
import type { StatusEventType } from '../register/status-timeline.js';
import { STATUS_EVENT_TYPES } from '../register/status-timeline.js';
import { summariseAccounting } from './accounting-summary.js';
import { accountingTable, answersTable } from './answers-table.js';
import { groupRow } from './group-row.js';
import type { Label } from './label.js';
import { verbatim } from './label.js';
import { isOnList, listTitle, pairTables } from './pair-tables.js';
import { NameKeyCache, personRow } from './person-rows.js';
import { countOf, NOUNS } from './plural.js';
import { histogramFromCounts, probabilityHistogram } from './probability-histogram.js';
import type { Report, ReportInput, ReportList, ReportTable } from './report-model.js';
import { STATUS_LABELS, LIST_KIND_LABELS } from './report-labels.js';

function listsOf(persons: readonly Person[], labels: Readonly<Record<string, string>>): ReportList[] {
  const lists = new Map<string, ReportList>();
  for (const person of persons) {
    for (const r of person.records) {
      let held = lists.get(r.list);
      if (held === undefined) {
        const label = labels[r.list];
        lists.set(r.list, (held = { list: r.list, party: r.party, kind: r.listKind, records: 0, ...(label === undefined ? {} : { label }) }));
      }
      held.records++;
    }
  }
  return [...lists.values()].sort((a, b) => (a.list < b.list ? -1 : 1));
}

/** Release, exchange and death are always shown, even at zero: their absence is an answer too. */
const ALWAYS_SHOWN: ReadonlySet<StatusEventType> = new Set(['released', 'exchanged', 'died']);

/**
 * Builds the reconciliation report from the register: first the answers a mediator acts on (the
 * home party's missing against the detaining party's lists) and every person's accounting state,
 * then every pair of lists by relevance, totals per list and party and latest statuses, each
 * number split by the cut-offs, plus the persons table and the match-probability distribution.
 * Pure: the writers only render what this returns, so a filtered register gives a filtered report.
 */
export function buildReport(input: ReportInput): Report {
  const accounting = summariseAccounting(input.persons, { cutoffs: input.cutoffs ?? [], ...(input.frame === undefined ? {} : { frame: input.frame }) });
  const { periods, cutoffs } = accounting;
  const persons = [...input.persons].sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  const periodOf = new Map<string, string>();
  for (const a of accounting.persons) if (a.period !== undefined) periodOf.set(a.personId, a.period);
  const lists = listsOf(persons, input.listLabels ?? {});
  const r = (id: string, label: Label, group: readonly Person[], detail?: Label) => groupRow(id, label, group.map((p) => p.personId), periodOf, periods, detail);

  const listsTable: ReportTable = {
    id: 'lists',
    kind: 'lists',
    title: { en: 'Persons per list', ru: 'Лица по спискам' },
    rows: lists.map((l) =>
      r(`list-${l.list}`, { en: `${listTitle(l)} (${l.party})`, ru: `${listTitle(l)} (${l.party})` }, persons.filter((p) => isOnList(p, l.list)), {
        en: `${LIST_KIND_LABELS[l.kind].en}; ${countOf(l.records, NOUNS.record, 'en')}`,
        ru: `${LIST_KIND_LABELS[l.kind].ru}; ${countOf(l.records, NOUNS.record, 'ru')}`,
      }),
    ),
  };
  const parties = [...new Set(lists.map((l) => l.party))].sort();
  const partiesTable: ReportTable = {
    id: 'parties',
    kind: 'parties',
    title: { en: 'Persons per party', ru: 'Лица по сторонам' },
    rows: [
      ...parties.map((party) => r(`party-${party}`, { en: `Listed by ${party}`, ru: `В списках стороны ${party}` }, persons.filter((p) => p.records.some((rec) => rec.party === party)))),
      r('all', { en: 'All persons', ru: 'Все лица' }, persons),
    ],
  };
  const statusTable: ReportTable = {
    id: 'status',
    kind: 'status',
    title: { en: 'Latest status', ru: 'Последний статус' },
    rows: [
      ...STATUS_EVENT_TYPES.filter((t) => ALWAYS_SHOWN.has(t) || persons.some((p) => p.status?.type === t)).map((t) => r(`status-${t}`, STATUS_LABELS[t], persons.filter((p) => p.status?.type === t))),
      ...(persons.some((p) => !p.status) ? [r('status-none', { en: 'No status given', ru: 'Статус не указан' }, persons.filter((p) => !p.status))] : []),
    ],
  };

  const stateOf = new Map(accounting.persons.map((a) => [a.personId, a.state]));
  const keys = new NameKeyCache();
  return {
    title: typeof input.title === 'string' ? verbatim(input.title) : (input.title ?? { en: 'Reconciliation report', ru: 'Сверка списков' }),
    ...(input.generatedAt === undefined ? {} : { generatedAt: input.generatedAt }),
    cutoffs,
    periods,
    lists,
    ...(input.source === undefined ? {} : { source: input.source }),
    accounting,
    tables: [answersTable(accounting), accountingTable(accounting), ...pairTables(lists, persons, periodOf, periods, accounting.frame), listsTable, partiesTable, statusTable],
    persons: persons.map((p) =>
      personRow(p, { period: periodOf.get(p.personId), accountingState: stateOf.get(p.personId)!, keys, ...(input.rowLabels === undefined ? {} : { rowLabels: input.rowLabels }) }),
    ),
    histogram:
      input.probabilityCounts !== undefined
        ? histogramFromCounts(input.probabilityCounts, input.reviewBand)
        : probabilityHistogram((input.pairs ?? []).map((p) => p.match_probability), input.reviewBand),
  };
}
