import type { ListKind } from '../ingest/record.js';
import type { Person } from '../register/person.js';
import type { StatusEventType } from '../register/status-timeline.js';
import { STATUS_EVENT_TYPES } from '../register/status-timeline.js';
import type { Label } from './label.js';
import { verbatim } from './label.js';
import { normaliseCutoffs, periodOfPerson, periodsFor } from './periods.js';
import type { Period } from './periods.js';
import { personRow } from './person-rows.js';
import { histogramFromCounts, probabilityHistogram } from './probability-histogram.js';
import type { Report, ReportInput, ReportList, ReportRow, ReportTable } from './report-model.js';
import { STATUS_LABELS, LIST_KIND_LABELS } from './report-labels.js';

/** Persons grouped into a row: the total and, with cut-offs, by period. */
function row(id: string, label: Label, persons: readonly Person[], periodOf: ReadonlyMap<string, string>, periods: readonly Period[], detail?: Label): ReportRow {
  const byPeriod: ReportRow['byPeriod'] = {};
  for (const p of periods) byPeriod[p.id] = { personIds: [] };
  for (const person of persons) {
    const period = periodOf.get(person.personId);
    if (period !== undefined) byPeriod[period]!.personIds.push(person.personId);
  }
  return { id, label, ...(detail ? { detail } : {}), total: { personIds: persons.map((p) => p.personId) }, byPeriod };
}

function listsOf(persons: readonly Person[]): ReportList[] {
  const lists = new Map<string, ReportList>();
  for (const person of persons) {
    for (const r of person.records) {
      const held = lists.get(r.list) ?? { list: r.list, party: r.party, kind: r.listKind, records: 0 };
      held.records++;
      lists.set(r.list, held);
    }
  }
  return [...lists.values()].sort((a, b) => (a.list < b.list ? -1 : 1));
}

/**
 * How much a pair of lists matters: a missing list against another party's detention list is
 * the question the report exists for; other pairs across parties next; pairs within a party last.
 */
function pairPriority(a: ReportList, b: ReportList): number {
  const kinds = new Set<ListKind>([a.kind, b.kind]);
  if (a.party !== b.party && kinds.has('missing') && kinds.has('detention')) return 0;
  return a.party !== b.party ? 1 : 2;
}

function only(list: ReportList, other: ReportList): Label {
  const base: Label = { en: `Only on ${list.list}`, ru: `Только в списке ${list.list}` };
  if (list.kind === 'missing' && other.kind === 'detention') return { en: `${base.en}: unaccounted for`, ru: `${base.ru}: судьба неизвестна` };
  if (list.kind === 'detention' && other.kind === 'missing') return { en: `${base.en}: not reported as missing`, ru: `${base.ru}: не заявлены пропавшими` };
  return base;
}

/** The lists each person is on, computed once: every pair table asks it of every person. */
const listsOfPerson = new WeakMap<Person, Set<string>>();
function on(person: Person, list: string): boolean {
  let lists = listsOfPerson.get(person);
  if (!lists) listsOfPerson.set(person, (lists = new Set(person.records.map((r) => r.list))));
  return lists.has(list);
}

function pairTable(first: ReportList, second: ReportList, persons: readonly Person[], periodOf: ReadonlyMap<string, string>, periods: readonly Period[]): ReportTable {
  const both = persons.filter((p) => on(p, first.list) && on(p, second.list));
  const pairLists = new Set([first.list, second.list]);
  const conflicting = both.filter((p) => p.conflicts.some((c) => pairLists.has(c.a.list) && pairLists.has(c.b.list)));
  const r = (id: string, label: Label, group: readonly Person[]) => row(id, label, group, periodOf, periods);
  return {
    id: `pair-${first.list}-${second.list}`,
    kind: 'pair',
    title: { en: `${first.list} (${first.party}) and ${second.list} (${second.party})`, ru: `${first.list} (${first.party}) и ${second.list} (${second.party})` },
    lists: [first.list, second.list],
    rows: [
      r('both', { en: 'On both lists', ru: 'В обоих списках' }, both),
      r('only-first', only(first, second), persons.filter((p) => on(p, first.list) && !on(p, second.list))),
      r('only-second', only(second, first), persons.filter((p) => on(p, second.list) && !on(p, first.list))),
      r('both-conflicting', { en: 'On both, with conflicting fields', ru: 'В обоих, данные противоречат' }, conflicting),
      r('duplicates-first', { en: `Listed more than once on ${first.list}`, ru: `Повторно в списке ${first.list}` }, persons.filter((p) => p.duplicatedOn.includes(first.list))),
      r('duplicates-second', { en: `Listed more than once on ${second.list}`, ru: `Повторно в списке ${second.list}` }, persons.filter((p) => p.duplicatedOn.includes(second.list))),
    ],
  };
}

/** Release, exchange and death are always shown, even at zero: their absence is an answer too. */
const ALWAYS_SHOWN: ReadonlySet<StatusEventType> = new Set(['released', 'exchanged', 'died']);

/**
 * Builds the reconciliation report from the register: totals per list and party, every pair of
 * lists (the missing list against the other party's detention list first), latest statuses, each
 * number split by the cut-offs, plus the persons table and the match-probability distribution.
 * Pure: the writers only render what this returns.
 */
export function buildReport(input: ReportInput): Report {
  const cutoffs = normaliseCutoffs(input.cutoffs ?? []);
  const periods = periodsFor(cutoffs);
  const persons = [...input.persons].sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  const periodOf = new Map<string, string>();
  if (periods.length > 0) for (const p of persons) periodOf.set(p.personId, periodOfPerson(cutoffs, p));
  const lists = listsOf(persons);
  const r = (id: string, label: Label, group: readonly Person[], detail?: Label) => row(id, label, group, periodOf, periods, detail);

  const listsTable: ReportTable = {
    id: 'lists',
    kind: 'lists',
    title: { en: 'Persons per list', ru: 'Лица по спискам' },
    rows: lists.map((l) =>
      r(`list-${l.list}`, { en: `${l.list} (${l.party})`, ru: `${l.list} (${l.party})` }, persons.filter((p) => on(p, l.list)), {
        en: `${LIST_KIND_LABELS[l.kind].en}; ${l.records} records`,
        ru: `${LIST_KIND_LABELS[l.kind].ru}; записей: ${l.records}`,
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

  const pairs: [ReportList, ReportList][] = [];
  for (let i = 0; i < lists.length; i++) {
    for (let j = i + 1; j < lists.length; j++) {
      const [a, b] = [lists[i]!, lists[j]!];
      // The missing list comes first so "only on the first" reads as "unaccounted for".
      pairs.push(b.kind === 'missing' && a.kind !== 'missing' ? [b, a] : [a, b]);
    }
  }
  pairs.sort((x, y) => pairPriority(...x) - pairPriority(...y));

  const statusTable: ReportTable = {
    id: 'status',
    kind: 'status',
    title: { en: 'Latest status', ru: 'Последний статус' },
    rows: [
      ...STATUS_EVENT_TYPES.filter((t) => ALWAYS_SHOWN.has(t) || persons.some((p) => p.status?.type === t)).map((t) => r(`status-${t}`, STATUS_LABELS[t], persons.filter((p) => p.status?.type === t))),
      ...(persons.some((p) => !p.status) ? [r('status-none', { en: 'No status given', ru: 'Статус не указан' }, persons.filter((p) => !p.status))] : []),
    ],
  };

  return {
    title: typeof input.title === 'string' ? verbatim(input.title) : (input.title ?? { en: 'Reconciliation report', ru: 'Сверка списков' }),
    generatedAt: input.generatedAt,
    cutoffs,
    periods,
    lists,
    tables: [...pairs.map(([a, b]) => pairTable(a, b, persons, periodOf, periods)), listsTable, partiesTable, statusTable],
    persons: persons.map((p) => personRow(p, periodOf.get(p.personId))),
    histogram:
      input.probabilityCounts !== undefined
        ? histogramFromCounts(input.probabilityCounts, input.reviewBand)
        : probabilityHistogram((input.pairs ?? []).map((p) => p.match_probability), input.reviewBand),
  };
}
