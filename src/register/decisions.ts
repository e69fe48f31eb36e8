import type { PersonCluster, RecordKey } from './register-record.js';
import { pairKey } from './register-record.js';

/** A reviewer's answer about a pair of records. */
export const VERDICTS = ['same', 'different', 'unsure'] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * A reviewer's decision about a pair of records. Decisions are never overwritten: a changed
 * mind is a new decision, and the latest one for a pair wins.
 */
export interface Decision {
  a: RecordKey;
  b: RecordKey;
  verdict: Verdict;
  reviewer: string;
  /** ISO 8601 timestamp with a time zone, e.g. `2026-11-29T08:40:00Z`. */
  at: string;
  note: string;
}

/**
 * Decisions a source made rather than a reviewer: a PFIF document's notes that link two person
 * records (`linked_person_record_id`) become "same" decisions whose reviewer is `source:LIST`.
 * They bind like a reviewer's until a reviewer decides the pair (or, through a chain, keeps the
 * two apart): a reviewer's decision always wins over a source's, whatever their times.
 */
export const SOURCE_REVIEWER_PREFIX = 'source:';

/** The reviewer a list's own links are recorded under. */
export function sourceReviewer(list: string): string {
  return `${SOURCE_REVIEWER_PREFIX}${list}`;
}

/** Whether a decision was made by a source (see {@link SOURCE_REVIEWER_PREFIX}), not by a reviewer. */
export function isSourceDecision(decision: Pick<Decision, 'reviewer'>): boolean {
  return decision.reviewer.startsWith(SOURCE_REVIEWER_PREFIX);
}

/** The constraints the linkage engine's clustering must honour. Each pair is sorted (a < b). */
export interface LinkConstraints {
  /** Pairs a reviewer said are the same person: linked whatever their score, transitively. */
  mustLink: [RecordKey, RecordKey][];
  /** Pairs a reviewer said are different: never in one cluster, even through a chain. */
  cannotLink: [RecordKey, RecordKey][];
}

/** Appends a decision to the log. The log is never edited in place; this returns a new array. */
export function recordDecision(log: readonly Decision[], decision: Decision): Decision[] {
  return [...log, decision];
}

function sortedPair(a: RecordKey, b: RecordKey): [RecordKey, RecordKey] {
  return a < b ? [a, b] : [b, a];
}

/**
 * The decision in force for each pair: a reviewer's over a source's (see
 * {@link isSourceDecision}), then the latest by time; between equal times the one recorded later
 * in the log wins, because it was appended after. Keyed by {@link pairKey}.
 */
export function latestDecisions(log: readonly Decision[]): Map<string, Decision> {
  const latest = new Map<string, Decision>();
  for (const d of log) {
    const key = pairKey(d.a, d.b);
    const held = latest.get(key);
    const outranks = held !== undefined && isSourceDecision(held) && !isSourceDecision(d);
    const outranked = held !== undefined && !isSourceDecision(held) && isSourceDecision(d);
    if (!held || outranks || (!outranked && Date.parse(d.at) >= Date.parse(held.at))) latest.set(key, d);
  }
  return latest;
}

/**
 * Turns the decisions in force into clustering constraints. "unsure" binds nothing: the pair
 * stays with the model (and in the review queue's history). Sorted for a stable output.
 */
export function decisionConstraints(log: readonly Decision[]): LinkConstraints {
  const mustLink: [RecordKey, RecordKey][] = [];
  const cannotLink: [RecordKey, RecordKey][] = [];
  const bySource: [RecordKey, RecordKey][] = [];
  for (const d of latestDecisions(log).values()) {
    if (d.verdict === 'same') (isSourceDecision(d) ? bySource : mustLink).push(sortedPair(d.a, d.b));
    else if (d.verdict === 'different') cannotLink.push(sortedPair(d.a, d.b));
  }
  mustLink.push(...sourceLinksReviewersAllow(bySource, mustLink, cannotLink));
  const byPair = (x: [string, string], y: [string, string]) => (x[0] + '\u0000' + x[1] < y[0] + '\u0000' + y[1] ? -1 : 1);
  return { mustLink: mustLink.sort(byPair), cannotLink: cannotLink.sort(byPair) };
}

/**
 * The source's "same" links that no reviewer's "different" contradicts, even through a chain
 * of links: a source never joins what a reviewer keeps apart. Taken in order, each only if the
 * persons it joins hold no pair a reviewer called different.
 */
function sourceLinksReviewersAllow(bySource: readonly [RecordKey, RecordKey][], mustLink: readonly [RecordKey, RecordKey][], cannotLink: readonly [RecordKey, RecordKey][]): [RecordKey, RecordKey][] {
  if (bySource.length === 0) return [];
  const parent = new Map<RecordKey, RecordKey>();
  const find = (k: RecordKey): RecordKey => {
    let root = k;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  const apart = (ra: RecordKey, rb: RecordKey): boolean => cannotLink.some(([x, y]) => {
    const fx = find(x);
    const fy = find(y);
    return (fx === ra && fy === rb) || (fx === rb && fy === ra);
  });
  const union = (a: RecordKey, b: RecordKey): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const [a, b] of mustLink) union(a, b);
  const allowed: [RecordKey, RecordKey][] = [];
  for (const [a, b] of bySource) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    if (apart(ra, rb)) continue;
    union(a, b);
    allowed.push([a, b]);
  }
  return allowed;
}

/** A constraint a clustering breaks: two records kept apart by a reviewer, or joined by one. */
export interface ConstraintViolation {
  kind: 'cannot-link' | 'must-link';
  pair: [RecordKey, RecordKey];
  /** The persons holding the records: one for a broken cannot-link, two for a broken must-link. */
  personIds: string[];
}

/**
 * Checks a clustering against the constraints: the guard that decisions bind every run. Records
 * that are in no cluster do not count (a list version may have dropped them).
 */
export function constraintViolations(persons: readonly PersonCluster[], constraints: LinkConstraints): ConstraintViolation[] {
  const personOf = new Map<RecordKey, string>();
  for (const p of persons) for (const k of p.recordKeys) personOf.set(k, p.personId);
  const violations: ConstraintViolation[] = [];
  for (const pair of constraints.cannotLink) {
    const pa = personOf.get(pair[0]);
    if (pa !== undefined && pa === personOf.get(pair[1])) violations.push({ kind: 'cannot-link', pair, personIds: [pa] });
  }
  for (const pair of constraints.mustLink) {
    const pa = personOf.get(pair[0]);
    const pb = personOf.get(pair[1]);
    if (pa !== undefined && pb !== undefined && pa !== pb) violations.push({ kind: 'must-link', pair, personIds: [pa, pb] });
  }
  return violations;
}

/**
 * "Same" decisions that a "different" decision contradicts through transitivity: a reviewer said
 * A=B and B=C but A≠C. No clustering can honour all three; these go back to review.
 */
export function contradictoryConstraints(constraints: LinkConstraints): [RecordKey, RecordKey][] {
  const parent = new Map<RecordKey, RecordKey>();
  const find = (k: RecordKey): RecordKey => {
    let root = k;
    while (parent.has(root) && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(k, root);
    return root;
  };
  for (const [a, b] of constraints.mustLink) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  return constraints.cannotLink.filter(([a, b]) => find(a) === find(b));
}

/**
 * The pairs that have a reviewer's decision in force, as {@link pairKey}s: what the review queue
 * skips. A pair only a source decided stays in the queue, shown with the source's word.
 */
export function decidedPairs(log: readonly Decision[]): Set<string> {
  return new Set([...latestDecisions(log)].filter(([, d]) => !isSourceDecision(d)).map(([key]) => key));
}

/**
 * Pairs a reviewer settled, as labels for training the model's m probabilities: the decision in
 * force for each pair, "unsure" left out because it teaches nothing.
 */
export function labelledPairs(log: readonly Decision[]): { a: RecordKey; b: RecordKey; same: boolean }[] {
  return [...latestDecisions(log).values()].filter((d) => d.verdict !== 'unsure').map((d) => ({ a: d.a, b: d.b, same: d.verdict === 'same' }));
}

/**
 * Every decision that touches a person's records, in log order, superseded ones included:
 * what `whereabouts person ID` shows, so a changed mind stays visible.
 */
export function decisionsAbout(log: readonly Decision[], recordKeys: readonly RecordKey[]): Decision[] {
  const mine = new Set(recordKeys);
  return log.filter((d) => mine.has(d.a) || mine.has(d.b));
}
