import { WhereaboutsError } from '../errors.js';
import type { AccountingFrame } from '../register/index.js';
import type { AccountingSummary, Cutoff } from '../report/index.js';
import { summariseAccounting } from '../report/index.js';
import type { StoredRun } from '../store/register-repository.js';
import type { Repository } from '../store/repository.js';
import type { LoadedRegister } from './load-register.js';
import { loadRegister } from './load-register.js';

/** What the accounting is asked for: cut-offs and, where the caller knows them, the two parties. */
export interface AccountingRequest {
  /**
   * `YYYY-MM-DD` or `YYYY-MM-DD=label`. Undefined: the store's `ceasefire` setting, when set;
   * an empty list: no split.
   */
  cutoffs?: readonly (string | Cutoff)[];
  frame?: AccountingFrame;
}

/** The accounting states of the latest reconciliation, as plain data (JSON as it is). */
export interface AccountingResult {
  runId: number;
  /** ISO timestamp the run finished. */
  finishedAt: string;
  summary: AccountingSummary;
}

/** The cut-offs a request means: its own, else the store's ceasefire setting, else none. */
export async function requestedCutoffs(store: Repository, cutoffs: AccountingRequest['cutoffs']): Promise<readonly (string | Cutoff)[]> {
  if (cutoffs !== undefined) return cutoffs;
  const ceasefire = await store.setting('ceasefire');
  return ceasefire === undefined ? [] : [{ date: ceasefire.date, ...(ceasefire.label === '' ? {} : { label: ceasefire.label }) }];
}

/** The latest run, or the error that says there is none yet. */
export async function latestRunOrFail(store: Repository): Promise<StoredRun> {
  const run = await store.latestRun();
  if (run === undefined) throw new WhereaboutsError('WA_NOTHING_TO_DO', 'no reconciliation in this store yet: run `whereabouts reconcile` first');
  return run;
}

/**
 * The accounting states over every person of the register as the latest reconcile left it:
 * per state and period, the count and the person ids, and per person the state, the rule that
 * decided it and the records it rests on. What the report's first screen and the server's API
 * both show. `register` may be given when the caller has already read it.
 *
 * @example
 * const { summary } = await accountingFromStore(store, { cutoffs: ['2020-11-10=ceasefire'] });
 * summary.states.find((s) => s.state === 'acknowledged_held')?.total.count;
 */
export async function accountingFromStore(store: Repository, request: AccountingRequest = {}, register?: LoadedRegister): Promise<AccountingResult> {
  const run = await latestRunOrFail(store);
  const persons = (register ?? (await loadRegister(store))).persons;
  const summary = summariseAccounting(persons, { cutoffs: await requestedCutoffs(store, request.cutoffs), ...(request.frame === undefined ? {} : { frame: request.frame }) });
  return { runId: run.id, finishedAt: run.finishedAt, summary };
}
