import type { Assertion } from '../register/accounting-evidence.js';
import type { FrameList } from '../register/accounting-frame.js';
import { accountingFrame } from '../register/accounting-frame.js';
import type { AccountingFrame, AccountingRule, AccountingState } from '../register/accounting-states.js';
import { ACCOUNTING_STATES, accountingState, decidingDates } from '../register/accounting-states.js';
import type { Person } from '../register/person.js';
import type { Label } from './label.js';
import type { Cutoff, Period } from './periods.js';
import { normaliseCutoffs, periodOfDates, periodsFor } from './periods.js';
import { ACCOUNTING_STATE_LABELS } from './report-labels.js';

/** The persons behind one number, and the number. */
export interface AccountingCell {
  count: number;
  personIds: string[];
}

/** One state: its persons in all and per period. */
export interface AccountingStateRow {
  state: AccountingState;
  label: Label;
  total: AccountingCell;
  /** By period id, in the order of {@link AccountingSummary.periods}; empty without cut-offs. */
  byPeriod: Record<string, AccountingCell>;
}

/** A person's state with the rule that decided it, the records it rests on and the period. */
export interface AccountingPerson {
  personId: string;
  state: AccountingState;
  rule: AccountingRule;
  restsOn: Assertion[];
  /** Which event's dates placed him in his period: the capture's or the disappearance's. */
  decidedBy?: 'capture' | 'disappearance';
  /** Undefined without cut-offs. */
  period?: string;
  /** Whether the home party lists him (what "reported missing" counts on the first screen). */
  reportedByHome: boolean;
}

/**
 * The accounting states over the whole register as plain data: what the report's first screen,
 * `csv/accounting-states.csv` and the server's API all show.
 */
export interface AccountingSummary {
  frame: AccountingFrame;
  cutoffs: Cutoff[];
  periods: Period[];
  /** Every state in {@link ACCOUNTING_STATES} order, zero or not. */
  states: AccountingStateRow[];
  /** Every person, by id. */
  persons: AccountingPerson[];
}

/** What {@link summariseAccounting} takes besides the persons. */
export interface AccountingOptions {
  cutoffs?: readonly (string | Cutoff)[];
  /** Parties to use; the rest is chosen from the lists (see the register's `accountingFrame`). */
  frame?: AccountingFrame;
}

/** The lists of a register as the frame is chosen from them. */
function frameLists(persons: readonly Person[]): FrameList[] {
  const lists = new Map<string, FrameList>();
  for (const p of persons) {
    for (const r of p.records) {
      const l = lists.get(r.list) ?? { party: r.party, kind: r.listKind, records: 0 };
      l.records++;
      lists.set(r.list, l);
    }
  }
  return [...lists.values()];
}

function cell(personIds: string[]): AccountingCell {
  return { count: personIds.length, personIds };
}

/**
 * Every person's accounting state, counted per state and period. Pure: the job gives it the
 * register from the store; the report and the server render the result.
 */
export function summariseAccounting(persons: readonly Person[], options: AccountingOptions = {}): AccountingSummary {
  const cutoffs = normaliseCutoffs(options.cutoffs ?? []);
  const periods = periodsFor(cutoffs);
  const frame = accountingFrame(frameLists(persons), options.frame);
  const sorted = [...persons].sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  const accounted: AccountingPerson[] = sorted.map((p) => {
    const { state, rule, restsOn } = accountingState(p.records, frame);
    const deciding = decidingDates(p.records);
    return {
      personId: p.personId,
      state,
      rule,
      restsOn,
      ...(deciding === undefined ? {} : { decidedBy: deciding.event }),
      ...(periods.length === 0 ? {} : { period: periodOfDates(cutoffs, deciding?.dates ?? []) }),
      reportedByHome: frame.home !== undefined && p.records.some((r) => r.party === frame.home),
    };
  });
  const states = ACCOUNTING_STATES.map((state): AccountingStateRow => {
    const inState = accounted.filter((a) => a.state === state);
    const byPeriod: Record<string, AccountingCell> = {};
    for (const period of periods) byPeriod[period.id] = cell(inState.filter((a) => a.period === period.id).map((a) => a.personId));
    return { state, label: ACCOUNTING_STATE_LABELS[state], total: cell(inState.map((a) => a.personId)), byPeriod };
  });
  return { frame, cutoffs, periods, states, persons: accounted };
}
