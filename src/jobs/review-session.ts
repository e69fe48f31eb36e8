import { WhereaboutsError } from '../errors.js';
import type { PairExplanation } from '../linkage/index.js';
import type { RegisterRecord, ReviewAnswer, ReviewBand } from '../register/index.js';
import { decidedPairs, latestDecisions, reviewQueue } from '../register/index.js';
import { isSourceDecision } from '../register/decisions.js';
import type { NewDecision, StoredReviewPair, StoredRun } from '../store/register-repository.js';
import type { Repository, StoredRecord } from '../store/repository.js';
import { registerRecord } from './load-register.js';

/** A pair of the review queue with both records as their run read them. */
export interface ReviewQueueItem {
  pair: StoredReviewPair;
  a: RegisterRecord;
  b: RegisterRecord;
  /** The list versions the records were read in (the run's). */
  versionA: number;
  versionB: number;
  explanation?: PairExplanation;
  /** The person each record is in now, and that person's other records (as the latest versions hold them). */
  personA?: PersonContext;
  personB?: PersonContext;
  /** What a source (a PFIF document's link) decided about the pair, when only a source did: shown, never final. */
  sourceSays?: { reviewer: string; verdict: string; note: string };
}

/** A record's person in the current register, with the person's other records. */
export interface PersonContext {
  personId: string;
  others: RegisterRecord[];
}

/** The latest run's review queue. */
export interface LoadedReviewQueue {
  run: StoredRun;
  items: ReviewQueueItem[];
  /** Pairs the run left for review. */
  pairs: number;
  /** Of those, pairs that already have a decision in force (skipped). */
  decided: number;
  band?: ReviewBand;
}

/** How a record is named in the queue's bookkeeping: list and identity, so rows may move. */
const named = (listName: string, identity: string): string => `${listName}\u0001${identity}`;

function readBand(summary: Record<string, unknown>): ReviewBand | undefined {
  const band = summary['reviewBand'] as { lower?: unknown; upper?: unknown } | undefined;
  return typeof band?.lower === 'number' && typeof band.upper === 'number' ? { lower: band.lower, upper: band.upper } : undefined;
}

function readExplanation(value: unknown): PairExplanation | undefined {
  const e = value as PairExplanation | null | undefined;
  return e !== null && typeof e === 'object' && Array.isArray(e.steps) ? e : undefined;
}

/** A run's review pairs, and those of them no decision in force covers yet, most informative first. */
async function undecidedPairs(store: Repository, run: StoredRun) {
  const pairs = await store.reviewPairs(run.id);
  const decisions = await store.decisions();
  const log = decisions.map((d) => ({ a: named(d.a.listName, d.a.identity), b: named(d.b.listName, d.b.identity), verdict: d.verdict, reviewer: d.reviewer, at: d.at, note: d.note }));
  const decided = decidedPairs(log);
  // Pairs only a source decided stay in the queue; the reviewer sees what the source said.
  const bySource = new Map([...latestDecisions(log)].filter(([, d]) => isSourceDecision(d)));
  const byName = new Map<string, StoredReviewPair>();
  const scored = pairs.map((p) => {
    const a = named(p.a.listName, p.a.identity);
    const b = named(p.b.listName, p.b.identity);
    byName.set(`${a}\u0000${b}`, p);
    return { a, b, match_probability: p.match_probability };
  });
  const band = readBand(run.summary);
  // The stored pairs are the band already; the band is applied again only to be safe.
  const queue = reviewQueue(scored, band ?? { lower: 0, upper: 1 }, decided);
  return { pairs, queue, byName, band, bySource };
}

/** How many pairs of a run still wait in review: what a report says could still change its numbers. */
export async function undecidedPairCount(store: Repository, run: StoredRun): Promise<number> {
  return (await undecidedPairs(store, run)).queue.length;
}

/**
 * Reads the review queue of the latest run: its review pairs not yet decided (a decision binds
 * by the records' identities, whatever rows they are on now), most informative first (register's
 * `reviewQueue`), each with both records as the run read them and the run's explanation.
 */
export async function loadReviewQueue(store: Repository): Promise<LoadedReviewQueue> {
  const run = await store.latestRun();
  if (run === undefined) throw new WhereaboutsError('WA_NOTHING_TO_DO', 'nothing to review yet: run `whereabouts reconcile` first');
  const { pairs, queue, byName, band, bySource } = await undecidedPairs(store, run);

  const versionOf = new Map(run.versions.map((v) => [v.listId, v]));
  const wanted = new Map<number, Set<string>>();
  for (const q of queue) {
    const p = byName.get(`${q.a}\u0000${q.b}`)!;
    for (const s of [p.a, p.b]) wanted.set(s.listId, (wanted.get(s.listId) ?? new Set()).add(s.identity));
  }
  const lists = new Map((await store.lists()).map((l) => [l.id, l]));
  const found = new Map<number, Map<string, StoredRecord>>();
  for (const [listId, identities] of wanted) {
    const version = versionOf.get(listId);
    if (version === undefined) continue;
    found.set(listId, await store.recordsByIdentity(listId, version.version, [...identities]));
  }

  const context = await personContexts(store, queue.map((q) => byName.get(`${q.a}\u0000${q.b}`)!));
  const items: ReviewQueueItem[] = [];
  for (const q of queue) {
    const pair = byName.get(`${q.a}\u0000${q.b}`)!;
    const ra = found.get(pair.a.listId)?.get(pair.a.identity);
    const rb = found.get(pair.b.listId)?.get(pair.b.identity);
    const la = lists.get(pair.a.listId);
    const lb = lists.get(pair.b.listId);
    // A record the store no longer has cannot be shown; the next reconcile drops the pair anyway.
    if (ra === undefined || rb === undefined || la === undefined || lb === undefined) continue;
    const explanation = readExplanation(pair.explanation);
    const source = bySource.get(q.a < q.b ? `${q.a}\u0000${q.b}` : `${q.b}\u0000${q.a}`);
    items.push({
      pair,
      a: registerRecord(la, ra),
      b: registerRecord(lb, rb),
      versionA: versionOf.get(pair.a.listId)!.version,
      versionB: versionOf.get(pair.b.listId)!.version,
      ...(explanation === undefined ? {} : { explanation }),
      ...contextOf(context, pair.a, 'personA'),
      ...contextOf(context, pair.b, 'personB'),
      ...(source === undefined ? {} : { sourceSays: { reviewer: source.reviewer, verdict: source.verdict, note: source.note } }),
    });
  }
  return { run, items, pairs: pairs.length, decided: pairs.length - queue.length, ...(band === undefined ? {} : { band }) };
}

/** The people the records of some pairs are in now, and each person's records, by list and identity. */
interface PersonContexts {
  personOf: Map<string, string>;
  recordsOf: Map<string, { name: string; record: RegisterRecord }[]>;
}

/**
 * Reads, for the records of the queue, the person each is in now and that person's records (in
 * the latest version of each list): what a reviewer sees beside the pair. Only the persons the
 * queue touches are read.
 */
async function personContexts(store: Repository, pairs: readonly StoredReviewPair[]): Promise<PersonContexts> {
  const members = await store.personMembers();
  const personOf = new Map<string, string>();
  for (const m of members) personOf.set(named(m.listName, m.identity), m.personId);
  const wanted = new Set<string>();
  for (const p of pairs) for (const s of [p.a, p.b]) {
    const person = personOf.get(named(s.listName, s.identity));
    if (person !== undefined) wanted.add(person);
  }
  const latest = new Map((await store.latestVersions()).map((v) => [v.list.id, v]));
  const byList = new Map<number, { personId: string; identity: string }[]>();
  for (const m of members) if (wanted.has(m.personId)) byList.set(m.listId, [...(byList.get(m.listId) ?? []), { personId: m.personId, identity: m.identity }]);
  const recordsOf = new Map<string, { name: string; record: RegisterRecord }[]>();
  for (const [listId, wantedHere] of byList) {
    const at = latest.get(listId);
    if (at === undefined) continue;
    const found = await store.recordsByIdentity(listId, at.version.version, wantedHere.map((w) => w.identity));
    for (const w of wantedHere) {
      const stored = found.get(w.identity);
      if (stored !== undefined) recordsOf.set(w.personId, [...(recordsOf.get(w.personId) ?? []), { name: named(at.list.name, w.identity), record: registerRecord(at.list, stored) }]);
    }
  }
  return { personOf, recordsOf };
}

function contextOf(context: PersonContexts, side: StoredReviewPair['a'], key: 'personA' | 'personB'): Partial<Record<'personA' | 'personB', PersonContext>> {
  const me = named(side.listName, side.identity);
  const personId = context.personOf.get(me);
  if (personId === undefined) return {};
  const others = (context.recordsOf.get(personId) ?? []).filter((r) => r.name !== me).map((r) => r.record);
  return { [key]: { personId, others } };
}

/** Reviewers' answers as decisions to append: records named by identity, with where they were seen. */
export function answersToDecisions(answers: readonly ReviewAnswer<ReviewQueueItem>[], reviewer: string): NewDecision[] {
  return answers.map(({ item, verdict, note, at }) => ({
    at,
    reviewer,
    note,
    verdict,
    a: { listName: item.pair.a.listName, identity: item.pair.a.identity, row: item.pair.a.row, version: item.versionA },
    b: { listName: item.pair.b.listName, identity: item.pair.b.identity, row: item.pair.b.row, version: item.versionB },
  }));
}

/** Appends answers to the decision log in one transaction. */
export async function storeAnswers(store: Repository, answers: readonly ReviewAnswer<ReviewQueueItem>[], reviewer: string): Promise<void> {
  if (answers.length === 0) return;
  if (isSourceDecision({ reviewer })) throw new WhereaboutsError('WA_USAGE', `"${reviewer}" names a source, not a reviewer: review under your own name (--actor)`);
  const decisions = answersToDecisions(answers, reviewer);
  await store.write('register', (writer) => writer.appendDecisions(decisions));
}
