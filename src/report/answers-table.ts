import type { AccountingState } from '../register/accounting-states.js';
import type { AccountingSummary } from './accounting-summary.js';
import { groupRow } from './group-row.js';
import type { Label } from './label.js';
import type { ReportRow, ReportTable } from './report-model.js';

/** What decides each person's period, said under every table split by it. */
export const PERIOD_BASIS: Label = {
  en: 'Split by the date of capture given by a detention list, or, where none gives one, the date of disappearance.',
  ru: 'Разбивка по дате пленения из списка задержанных, а где её нет, по дате исчезновения.',
};

/** A party as the first screen names it; an unknown one by its role. */
function partyName(party: string | undefined, role: 'home' | 'detaining'): Label {
  if (party !== undefined) return { en: party, ru: party };
  return role === 'home' ? { en: 'the home party', ru: 'стороны, заявившей о пропавших' } : { en: 'the detaining party', ru: 'удерживающей стороны' };
}

/**
 * The first screen's questions, for the home party against the detaining party: how many it
 * reports missing and, of them, how many are acknowledged, seen but not acknowledged, handed
 * back, dead, without trace or in conflict (these add up to the first number); how many are held
 * that it never reported; how many can be exchanged. Every number is its persons.
 */
export function answersTable(accounting: AccountingSummary): ReportTable {
  const { frame, periods, persons } = accounting;
  const periodOf = new Map<string, string>();
  for (const p of persons) if (p.period !== undefined) periodOf.set(p.personId, p.period);
  const home = partyName(frame.home, 'home');
  const held = partyName(frame.detaining, 'detaining');
  const reported = persons.filter((p) => p.reportedByHome);
  const ids = (group: readonly { personId: string }[]) => group.map((p) => p.personId);
  const of = (states: readonly AccountingState[]) => ids(reported.filter((p) => states.includes(p.state)));
  const inState = (states: readonly AccountingState[]) => ids(persons.filter((p) => states.includes(p.state)));
  const row = (id: string, label: Label, personIds: readonly string[], detail?: Label): ReportRow => groupRow(id, label, personIds, periodOf, periods, detail);
  return {
    id: 'answers',
    kind: 'answers',
    title: { en: `Persons reported missing by ${home.en}, against the lists of ${held.en}`, ru: `Лица, заявленные пропавшими стороной ${home.ru}, и списки стороны ${held.ru}` },
    shortTitle: { en: 'Summary', ru: 'Итоги' },
    ...(periods.length > 0 ? { note: PERIOD_BASIS } : {}),
    rows: [
      row('reported-missing', { en: `Reported missing by ${home.en}`, ru: `Заявлены пропавшими стороной ${home.ru}` }, ids(reported)),
      row('reported-acknowledged', { en: `of them, acknowledged as held by ${held.en}`, ru: `из них признаны содержащимися стороной ${held.ru}` }, of(['acknowledged_held'])),
      row('reported-seen', { en: 'of them, seen in custody but not acknowledged', ru: 'из них видели под стражей, но не признаны' }, of(['seen_not_acknowledged'])),
      row('reported-returned', { en: 'of them, released or exchanged', ru: 'из них освобождены или обменяны' }, of(['released', 'exchanged'])),
      row('reported-dead', { en: 'of them, dead (or remains identified)', ru: 'из них умерли (или опознаны останки)' }, of(['died', 'remains_identified'])),
      row('reported-no-trace', { en: 'of them, no trace on any other list', ru: 'из них нет следов ни в одном другом списке' }, of(['no_trace'])),
      row('reported-conflicting', { en: 'of them, sources contradict each other', ru: 'из них источники противоречат друг другу' }, of(['conflicting'])),
      row('held-never-reported', { en: `Held by ${held.en}, never reported missing by ${home.en}`, ru: `Содержатся стороной ${held.ru}, не заявлены стороной ${home.ru}` }, inState(['held_never_reported'])),
      row(
        'can-be-exchanged',
        { en: 'Can be exchanged', ru: 'Могут быть обменяны' },
        inState(['acknowledged_held', 'held_never_reported']),
        { en: `acknowledged as held by ${held.en}; not released, exchanged or dead`, ru: `признаны содержащимися стороной ${held.ru}; не освобождены, не обменяны, живы` },
      ),
    ],
  };
}

/** The nine accounting states over every person, as `csv/accounting-states.csv` counts them. */
export function accountingTable(accounting: AccountingSummary): ReportTable {
  return {
    id: 'accounting-states',
    kind: 'accounting',
    title: { en: 'Accounting state of every person, over all lists', ru: 'Состояние учёта каждого лица по всем спискам' },
    shortTitle: { en: 'Accounting states', ru: 'Состояния учёта' },
    ...(accounting.periods.length > 0 ? { note: PERIOD_BASIS } : {}),
    rows: accounting.states.map((s) => ({
      id: s.state,
      label: s.label,
      total: { personIds: s.total.personIds },
      byPeriod: Object.fromEntries(Object.entries(s.byPeriod).map(([id, c]) => [id, { personIds: c.personIds }])),
    })),
  };
}
