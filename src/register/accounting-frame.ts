import type { ListKind } from '../ingest/record.js';
import type { AccountingFrame } from './accounting-states.js';

/** A list as the frame is chosen from it: who keeps it, what it asserts, how many records it holds. */
export interface FrameList {
  party: string;
  kind: ListKind;
  records: number;
}

/** The party whose lists of one kind hold the most records (ties: the first by name). */
function largest(lists: readonly FrameList[], kind: ListKind, except?: string): string | undefined {
  const records = new Map<string, number>();
  for (const l of lists) if (l.kind === kind && l.party !== '' && l.party !== except) records.set(l.party, (records.get(l.party) ?? 0) + l.records);
  let best: string | undefined;
  for (const [party, n] of [...records].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (best === undefined || n > records.get(best)!) best = party;
  }
  return best;
}

/**
 * Chooses the two parties the accounting is for, where the caller names none: the detaining
 * party is the one whose detention lists hold the most records, the home party the other party
 * whose missing lists hold the most. A party named by the caller is kept as given.
 *
 * @example
 * accountingFrame([{ party: 'am', kind: 'missing', records: 300 }, { party: 'az', kind: 'detention', records: 180 }]);
 * // { home: 'am', detaining: 'az' }
 */
export function accountingFrame(lists: readonly FrameList[], given: AccountingFrame = {}): AccountingFrame {
  const detaining = given.detaining ?? largest(lists, 'detention', given.home);
  const home = given.home ?? largest(lists, 'missing', detaining);
  return { ...(home === undefined ? {} : { home }), ...(detaining === undefined ? {} : { detaining }) };
}
