import type { ListKind } from '../ingest/record.js';
import type { AccountingFrame } from '../register/accounting-states.js';
import type { Person } from '../register/person.js';
import { groupRow } from './group-row.js';
import type { Label } from './label.js';
import type { Period } from './periods.js';
import type { ReportList, ReportTable } from './report-model.js';

/** A list as a title names it: its label where it has one, else its name. */
export function listTitle(list: ReportList): string {
  return list.label ?? list.list;
}

/** Lists of what happened in custody: two of them say little about each other. */
const FATE_KINDS: ReadonlySet<ListKind> = new Set(['visit', 'release', 'death']);
/** Lists that say where a man is or was last: every fate list is read against them. */
const WHEREABOUTS_KINDS: ReadonlySet<ListKind> = new Set(['missing', 'detention']);

/**
 * How much a pair of lists matters, lowest first: the home party's missing list against the
 * detaining party's detention list is the question the report exists for; then any missing list
 * against a detention list; a missing or detention list against a fate list; two lists of one
 * kind from different parties; the rest.
 */
export function pairRelevance(a: ReportList, b: ReportList, frame: AccountingFrame): number {
  const kinds = new Set<ListKind>([a.kind, b.kind]);
  const missingAgainstDetention = kinds.has('missing') && kinds.has('detention');
  if (missingAgainstDetention) {
    const [missing, detention] = a.kind === 'missing' ? [a, b] : [b, a];
    if (missing.party === frame.home && detention.party === frame.detaining) return 0;
    if (a.party !== b.party) return 1;
  }
  if (WHEREABOUTS_KINDS.has(a.kind) !== WHEREABOUTS_KINDS.has(b.kind)) return 2;
  if (a.kind === b.kind && a.party !== b.party) return 3;
  return 4;
}

function only(list: ReportList, other: ReportList): Label {
  const base: Label = { en: `Only on ${listTitle(list)}`, ru: `Только в списке ${listTitle(list)}` };
  if (list.kind === 'missing' && other.kind === 'detention') return { en: `${base.en}: not on the detention list`, ru: `${base.ru}: нет в списке задержанных` };
  if (list.kind === 'detention' && other.kind === 'missing') return { en: `${base.en}: not reported as missing`, ru: `${base.ru}: не заявлены пропавшими` };
  return base;
}

/** A short name for a sheet tab: at most 14 characters. */
function tab(list: ReportList): string {
  const name = listTitle(list);
  return name.length <= 14 ? name : `${name.slice(0, 13)}…`;
}

/** The lists each person is on, computed once: every pair table asks it of every person. */
const listsOfPerson = new WeakMap<Person, Set<string>>();
function on(person: Person, list: string): boolean {
  let lists = listsOfPerson.get(person);
  if (!lists) listsOfPerson.set(person, (lists = new Set(person.records.map((r) => r.list))));
  return lists.has(list);
}

/** Whether a person is on a list (shared with the tables of lists). */
export const isOnList = on;

function pairTable(first: ReportList, second: ReportList, persons: readonly Person[], periodOf: ReadonlyMap<string, string>, periods: readonly Period[]): ReportTable {
  const both = persons.filter((p) => on(p, first.list) && on(p, second.list));
  const pairLists = new Set([first.list, second.list]);
  const conflicting = both.filter((p) => p.conflicts.some((c) => pairLists.has(c.a.list) && pairLists.has(c.b.list)));
  const r = (id: string, label: Label, group: readonly Person[]) => groupRow(id, label, group.map((p) => p.personId), periodOf, periods);
  const name = (l: ReportList) => `${listTitle(l)} (${l.party || '?'})`;
  return {
    id: `pair-${first.list}-${second.list}`,
    kind: 'pair',
    title: { en: `${name(first)} and ${name(second)}`, ru: `${name(first)} и ${name(second)}` },
    shortTitle: { en: `${tab(first)} – ${tab(second)}`, ru: `${tab(first)} – ${tab(second)}` },
    lists: [first.list, second.list],
    rows: [
      r('both', { en: 'On both lists', ru: 'В обоих списках' }, both),
      r('only-first', only(first, second), persons.filter((p) => on(p, first.list) && !on(p, second.list))),
      r('only-second', only(second, first), persons.filter((p) => on(p, second.list) && !on(p, first.list))),
      r('both-conflicting', { en: 'On both, with conflicting fields', ru: 'В обоих, данные противоречат' }, conflicting),
      r('duplicates-first', { en: `Listed more than once on ${listTitle(first)}`, ru: `Повторно в списке ${listTitle(first)}` }, persons.filter((p) => p.duplicatedOn.includes(first.list))),
      r('duplicates-second', { en: `Listed more than once on ${listTitle(second)}`, ru: `Повторно в списке ${listTitle(second)}` }, persons.filter((p) => p.duplicatedOn.includes(second.list))),
    ],
  };
}

/**
 * A table for every pair of lists, most relevant first ({@link pairRelevance}; equal relevance:
 * the larger pair first). The missing list comes first in its pair, so "only on the first"
 * reads as "not on the detention list". Pairs of two fate lists (a visit list against a death
 * list) are marked folded: the page shows them closed, at the end.
 */
export function pairTables(lists: readonly ReportList[], persons: readonly Person[], periodOf: ReadonlyMap<string, string>, periods: readonly Period[], frame: AccountingFrame): ReportTable[] {
  const pairs: [ReportList, ReportList][] = [];
  for (let i = 0; i < lists.length; i++) {
    for (let j = i + 1; j < lists.length; j++) {
      const [a, b] = [lists[i]!, lists[j]!];
      const missingFirst = b.kind === 'missing' && a.kind !== 'missing';
      const detentionFirst = b.kind === 'detention' && !WHEREABOUTS_KINDS.has(a.kind);
      pairs.push(missingFirst || detentionFirst ? [b, a] : [a, b]);
    }
  }
  const folded = ([a, b]: [ReportList, ReportList]) => FATE_KINDS.has(a.kind) && FATE_KINDS.has(b.kind);
  const order = (pair: [ReportList, ReportList]) => (folded(pair) ? 10 : 0) + pairRelevance(pair[0], pair[1], frame);
  pairs.sort((x, y) => order(x) - order(y) || y[0].records + y[1].records - (x[0].records + x[1].records));
  return pairs.map((pair) => ({ ...pairTable(pair[0], pair[1], persons, periodOf, periods), ...(folded(pair) ? { folded: true } : {}) }));
}
