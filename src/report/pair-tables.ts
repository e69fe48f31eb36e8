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

/** Characters of one list's name in a pair's sheet tab: two and " – " fit Excel's 31. */
const TAB = 14;

function cut(text: string): string {
  return text.length <= TAB ? text : `${text.slice(0, TAB - 1).trimEnd()}…`;
}

/** The words two titles start with in common ("Список пропавших без вести"), up to a word's end. */
function commonWords(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return 0;
  const space = a.lastIndexOf(' ', i);
  return space <= 0 ? 0 : space + 1;
}

/**
 * A short name for each list in sheet tabs (at most 14 characters), as unlike the others as it
 * can be: the title where it fits; else the title without the words it shares with another
 * list's ("…: задержанные" for "Список пропавших без вести: задержанные"); else the list's name;
 * else the title cut short. Tabs that still clash are told apart by the sheet namer.
 */
export function tabNames(lists: readonly ReportList[]): Map<string, string> {
  const titles = lists.map(listTitle);
  const tabs = titles.map((title, i) => {
    if (title.length <= TAB) return title;
    const shared = Math.max(0, ...titles.map((other, j) => (i === j ? 0 : commonWords(title, other))));
    const rest = title.slice(shared).replace(/^[\s:–-]+/u, '');
    if (shared > 0 && rest !== '') return cut(rest);
    return lists[i]!.list.length <= TAB ? lists[i]!.list : cut(title);
  });
  return new Map(lists.map((l, i) => [l.list, tabs[i]!]));
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

function pairTable(first: ReportList, second: ReportList, persons: readonly Person[], periodOf: ReadonlyMap<string, string>, periods: readonly Period[], tabs: ReadonlyMap<string, string>): ReportTable {
  const both = persons.filter((p) => on(p, first.list) && on(p, second.list));
  const pairLists = new Set([first.list, second.list]);
  const conflicting = both.filter((p) => p.conflicts.some((c) => pairLists.has(c.a.list) && pairLists.has(c.b.list)));
  const r = (id: string, label: Label, group: readonly Person[]) => groupRow(id, label, group.map((p) => p.personId), periodOf, periods);
  const name = (l: ReportList) => `${listTitle(l)} (${l.party || '?'})`;
  return {
    id: `pair-${first.list}-${second.list}`,
    kind: 'pair',
    title: { en: `${name(first)} and ${name(second)}`, ru: `${name(first)} и ${name(second)}` },
    shortTitle: { en: `${tabs.get(first.list)} – ${tabs.get(second.list)}`, ru: `${tabs.get(first.list)} – ${tabs.get(second.list)}` },
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
  const tabs = tabNames(lists);
  return pairs.map((pair) => ({ ...pairTable(pair[0], pair[1], persons, periodOf, periods, tabs), ...(folded(pair) ? { folded: true } : {}) }));
}
