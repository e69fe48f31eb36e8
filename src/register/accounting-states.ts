import type { PartialDate } from '../ingest/partial-date.js';
import type { Assertion, AssertionKind } from './accounting-evidence.js';
import { certainlyAfter, recordAssertion } from './accounting-evidence.js';
import type { RegisterRecord } from './register-record.js';

/**
 * What the lists, taken all at once, say became of a person: exactly one state each. The names
 * are the ones `csv/accounting-states.csv` and the server's API use.
 */
export const ACCOUNTING_STATES = [
  'no_trace',
  'seen_not_acknowledged',
  'acknowledged_held',
  'released',
  'exchanged',
  'died',
  'remains_identified',
  'held_never_reported',
  'conflicting',
] as const;
export type AccountingState = (typeof ACCOUNTING_STATES)[number];

/**
 * Whose lists the accounting is for: the party that reports its men missing (`home`) and the
 * party that holds them (`detaining`). A party left undefined has no lists in this register.
 */
export interface AccountingFrame {
  home?: string;
  detaining?: string;
}

/** The rules, in the order they are tried: the first that applies decides the state. */
export const ACCOUNTING_RULES = [
  'held-after-release',
  'alive-after-death',
  'remains-identified',
  'died',
  'exchanged',
  'released',
  'acknowledged-and-reported',
  'acknowledged-not-reported',
  'seen-in-custody',
  'no-trace',
] as const;
export type AccountingRule = (typeof ACCOUNTING_RULES)[number];

/** A person's accounting state, the rule that decided it and the records it rests on. */
export interface PersonAccounting {
  state: AccountingState;
  rule: AccountingRule;
  /** The records the state rests on; for a conflict, the two that cannot both hold (later first). */
  restsOn: Assertion[];
  /** Every record of the person as evidence, in the order given. */
  evidence: Assertion[];
}

const OUT_OF_CUSTODY: ReadonlySet<AssertionKind> = new Set(['released', 'escaped', 'exchanged']);
const DEATH: ReadonlySet<AssertionKind> = new Set(['died', 'remains_identified']);
/** What only a living man can be: held, handed back, or last seen. */
const ALIVE: ReadonlySet<AssertionKind> = new Set(['in_custody', 'released', 'escaped', 'exchanged', 'reported_missing']);

/** The first pair (later, earlier) of assertions where `later` certainly falls after `earlier`. */
function laterThan(evidence: readonly Assertion[], later: ReadonlySet<AssertionKind>, earlier: ReadonlySet<AssertionKind>): Assertion[] | undefined {
  for (const b of evidence) {
    if (!earlier.has(b.asserts)) continue;
    for (const a of evidence) if (later.has(a.asserts) && certainlyAfter(a, b)) return [a, b];
  }
  return undefined;
}

const IN_CUSTODY: ReadonlySet<AssertionKind> = new Set(['in_custody']);

/**
 * The rules as data: each returns the records it rests on when it applies. docs/report.md has
 * the same table in words; a rule changed here is changed there.
 */
const RULES: ReadonlyArray<{ rule: AccountingRule; state: AccountingState; applies: (e: readonly Assertion[], frame: AccountingFrame) => Assertion[] | undefined }> = [
  // Held on a day after he was handed back: a re-arrest, or one list is wrong. A person decides.
  { rule: 'held-after-release', state: 'conflicting', applies: (e) => laterThan(e, IN_CUSTODY, OUT_OF_CUSTODY) },
  // Held, handed back or last seen after his death (or after his remains were identified).
  { rule: 'alive-after-death', state: 'conflicting', applies: (e) => laterThan(e, ALIVE, DEATH) },
  { rule: 'remains-identified', state: 'remains_identified', applies: (e) => some(e, (a) => a.asserts === 'remains_identified') },
  { rule: 'died', state: 'died', applies: (e) => some(e, (a) => a.asserts === 'died') },
  // Exchanged before released: an exchange is a release, and the more precise word wins.
  { rule: 'exchanged', state: 'exchanged', applies: (e) => some(e, (a) => a.asserts === 'exchanged') },
  { rule: 'released', state: 'released', applies: (e) => some(e, (a) => a.asserts === 'released' || a.asserts === 'escaped') },
  {
    rule: 'acknowledged-and-reported',
    state: 'acknowledged_held',
    applies: (e, frame) => {
      const held = acknowledged(e, frame);
      const reported = e.filter((a) => frame.home !== undefined && a.party === frame.home);
      return held.length > 0 && reported.length > 0 ? [...held, ...reported] : undefined;
    },
  },
  { rule: 'acknowledged-not-reported', state: 'held_never_reported', applies: (e, frame) => nonEmpty(acknowledged(e, frame)) },
  // A visit, a transfer, a mediator's or a witness's list: someone places him in custody.
  { rule: 'seen-in-custody', state: 'seen_not_acknowledged', applies: (e) => some(e, (a) => a.asserts === 'in_custody') },
  { rule: 'no-trace', state: 'no_trace', applies: (e) => [...e] },
];

function nonEmpty(assertions: Assertion[]): Assertion[] | undefined {
  return assertions.length > 0 ? assertions : undefined;
}

function some(evidence: readonly Assertion[], test: (a: Assertion) => boolean): Assertion[] | undefined {
  return nonEmpty(evidence.filter(test));
}

/** The detaining party's own records that place him in its custody. */
function acknowledged(evidence: readonly Assertion[], frame: AccountingFrame): Assertion[] {
  return frame.detaining === undefined ? [] : evidence.filter((a) => a.asserts === 'in_custody' && a.party === frame.detaining);
}

/**
 * The accounting state of one person, from all of their records at once: the first rule of
 * {@link ACCOUNTING_RULES} that applies. Conflicts come first, so that no state is asserted
 * over sources that contradict it; then the furthest fate any source gives; then custody
 * acknowledged by the detaining party, custody seen by others, and nothing.
 *
 * @example
 * accountingState(person.records, { home: 'home', detaining: 'detaining' }).state; // 'acknowledged_held'
 */
export function accountingState(records: readonly RegisterRecord[], frame: AccountingFrame): PersonAccounting {
  const evidence = records.map(recordAssertion);
  for (const { rule, state, applies } of RULES) {
    const restsOn = applies(evidence, frame);
    if (restsOn !== undefined) return { state, rule, restsOn, evidence };
  }
  // Unreachable: 'no-trace' always applies. Kept so the return type needs no assertion.
  return { state: 'no_trace', rule: 'no-trace', restsOn: evidence, evidence };
}

/** Which event dates decide a person's period: the capture's where any list gives one, else the disappearance's. */
export interface DecidingDates {
  event: 'capture' | 'disappearance';
  dates: PartialDate[];
}

/**
 * The dates that decide which period a person falls in: the dates of capture that detention
 * lists give, or, when none does, the dates of disappearance of missing lists. A visit's,
 * release's or death's date says nothing about when he was taken. Undefined: no such date.
 */
export function decidingDates(records: readonly RegisterRecord[]): DecidingDates | undefined {
  for (const [event, kind] of [['capture', 'detention'], ['disappearance', 'missing']] as const) {
    const dates = records.filter((r) => r.listKind === kind && r.fields.event_date !== undefined).map((r) => r.fields.event_date!);
    if (dates.length > 0) return { event, dates };
  }
  return undefined;
}
