import type { Decision } from './decisions.js';
import { latestDecisions } from './decisions.js';

/** A pair on which two reviewers' files end with different verdicts. */
export interface DecisionConflict {
  a: string;
  b: string;
  /** The decision in force after the merge: the later of the two. */
  kept: Decision;
  /** The other file's last word on the pair, overruled but kept in the log. */
  overruled: Decision;
}

/** Two decision logs merged: every decision of both, and the pairs where the reviewers disagree. */
export interface DecisionMerge {
  decisions: Decision[];
  conflicts: DecisionConflict[];
}

function identity(d: Decision): string {
  return JSON.stringify([d.a < d.b ? d.a : d.b, d.a < d.b ? d.b : d.a, d.verdict, d.reviewer, d.at, d.note]);
}

function byTime(x: Decision, y: Decision): number {
  return Date.parse(x.at) - Date.parse(y.at);
}

/**
 * Merges two reviewers' decision logs. Nothing is dropped but exact repeats (a file imported
 * twice). The result is in time order (stable, so ours come before theirs at equal times), and
 * where the two files' latest verdicts on a pair differ, the later one is in force and the pair
 * is reported so that someone looks at it again.
 */
export function mergeDecisions(ours: readonly Decision[], theirs: readonly Decision[]): DecisionMerge {
  const seen = new Set<string>();
  const decisions: Decision[] = [];
  for (const d of [...ours, ...theirs]) {
    const id = identity(d);
    if (seen.has(id)) continue;
    seen.add(id);
    decisions.push(d);
  }
  decisions.sort(byTime);
  const inForce = latestDecisions(decisions);
  const lastOurs = latestDecisions(ours);
  const lastTheirs = latestDecisions(theirs);
  const conflicts: DecisionConflict[] = [];
  for (const [key, mine] of lastOurs) {
    const other = lastTheirs.get(key);
    if (!other || other.verdict === mine.verdict) continue;
    const kept = inForce.get(key)!;
    conflicts.push({ a: kept.a, b: kept.b, kept, overruled: kept === mine || identity(kept) === identity(mine) ? other : mine });
  }
  return { decisions, conflicts };
}
