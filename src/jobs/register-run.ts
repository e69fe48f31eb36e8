import type { LabelledPair, LinkageResult, LinkageSettings } from '../linkage/index.js';
import { matchWeightOf } from '../linkage/index.js';
import { assignPersonIds, decisionConstraints } from '../register/index.js';
import type { Decision, PersonCluster, PersonIdEvent } from '../register/index.js';
import type { Repository } from '../store/repository.js';
import type { NewPersonEvent, NewReviewPair, RunListVersion, StoredDecision, StoredPersonMember } from '../store/register-repository.js';

/**
 * How the register names a record across runs and list versions: its list and identity
 * (`home-missing:id:17`, `held:content:3f2a…`), never its row, which moves between versions.
 */
export function memberKey(listName: string, identity: string): string {
  return `${listName}:${identity}`;
}

/** A record as the register step needs it. */
export interface RegisterRunRecord {
  id: number;
  list: string;
  listId: number;
  row: number;
  identity: string;
}

/** Decisions turned into what the linkage engine takes, with what could not be applied. */
export interface AppliedDecisions {
  labels: LabelledPair[];
  /** Decisions in force whose records are no longer in the lists' latest versions. */
  stale: number;
  /** Decisions in force that bind records of this run ("same" or "different"). */
  applied: number;
}

function asRegisterDecision(d: StoredDecision): Decision {
  return { a: memberKey(d.a.listName, d.a.identity), b: memberKey(d.b.listName, d.b.identity), verdict: d.verdict, reviewer: d.reviewer, at: d.at, note: d.note };
}

/**
 * Turns the decisions log into labels on this run's records: the latest decision for each pair
 * is in force; "same" links the two whatever the model says, "different" keeps them apart
 * even through a chain, "unsure" binds nothing. Labels also feed the model's m probabilities.
 */
export function applyDecisions(log: readonly StoredDecision[], records: readonly RegisterRunRecord[]): AppliedDecisions {
  const idOf = new Map(records.map((r) => [memberKey(r.list, r.identity), r.id]));
  const constraints = decisionConstraints(log.map(asRegisterDecision));
  const labels: LabelledPair[] = [];
  let stale = 0;
  for (const [pairs, same] of [[constraints.mustLink, true], [constraints.cannotLink, false]] as const) {
    for (const [ka, kb] of pairs) {
      const a = idOf.get(ka);
      const b = idOf.get(kb);
      if (a === undefined || b === undefined) stale++;
      else labels.push({ a, b, same });
    }
  }
  return { labels, stale, applied: labels.length };
}

/** What the register step stored. */
export interface RegisterRunResult {
  runId: number;
  /** Per record id: its stable person id. */
  personIds: string[];
  events: PersonIdEvent[];
  reviewPairs: number;
}

/** The highest person number a run has handed out, kept in every run's summary. */
const LAST_PERSON_NUMBER = 'lastPersonNumber';

function personNumber(id: string): number {
  const m = /^P-([0-9]+)$/.exec(id);
  return m ? Number(m[1]) : 0;
}

function toStoredEvent(event: PersonIdEvent): NewPersonEvent {
  const { kind, personId, ...detail } = event;
  return { kind: kind === 'merged' ? 'merge' : kind, personId, detail };
}

/**
 * Stores a linkage run as the new state of the register, in one transaction: the run (settings,
 * model, summary), stable person ids (a person keeps its id while any of its records remain;
 * merges and splits are recorded), the persons' members and the pairs left for review.
 */
export async function registerRun(
  store: Repository,
  run: {
    actor: string;
    startedAt: string;
    versions: RunListVersion[];
    settings: LinkageSettings;
    records: readonly RegisterRunRecord[];
    linkage: LinkageResult;
    summary: Record<string, unknown>;
  },
): Promise<RegisterRunResult> {
  const { records, linkage } = run;
  const clusters: string[][] = Array.from({ length: linkage.clustering.clusterCount }, () => []);
  for (const r of records) (clusters[linkage.clustering.cluster[r.id] as number] as string[]).push(memberKey(r.list, r.identity));

  const reviewPairs = pairsForReview(run.settings, run.records, linkage);
  const lastRun = await store.latestRun();
  const usedUpTo = Number(lastRun?.summary[LAST_PERSON_NUMBER] ?? 0);

  return store.write('register', async (writer) => {
    const previous = groupMembers(await writer.personMembers());
    const assignment = assignPersonIds(previous, clusters, usedUpTo);
    // A loop, not Math.max(...ids): a million persons would overflow the call stack.
    let lastPersonNumber = usedUpTo;
    for (const p of assignment.persons) lastPersonNumber = Math.max(lastPersonNumber, personNumber(p.personId));
    const runId = await writer.createRun({
      startedAt: run.startedAt,
      finishedAt: new Date().toISOString(),
      actor: run.actor,
      versions: run.versions,
      settings: run.settings,
      // Stored as plain JSON; parseModel validates it when read back.
      model: JSON.parse(JSON.stringify(linkage.model)) as unknown,
      summary: { ...run.summary, [LAST_PERSON_NUMBER]: lastPersonNumber },
    });
    // persons[i] is clusters[i]'s person: each record finds its id through its cluster, with no
    // map of joined key strings (hashing a million fresh strings costs more than the inserts).
    const cluster = linkage.clustering.cluster;
    const personIds = records.map((r) => (assignment.persons[cluster[r.id] as number] as PersonCluster).personId);
    await writer.replacePersonMembers(
      runId,
      records.map((r, i) => ({ personId: personIds[i] as string, listId: r.listId, identity: r.identity })),
    );
    await writer.appendPersonEvents(runId, assignment.events.map(toStoredEvent));
    await writer.insertReviewPairs(runId, reviewPairs);
    return { runId, personIds, events: assignment.events, reviewPairs: reviewPairs.length };
  });
}

function groupMembers(members: readonly StoredPersonMember[]): PersonCluster[] {
  const byPerson = new Map<string, string[]>();
  for (const m of members) {
    let keys = byPerson.get(m.personId);
    if (keys === undefined) byPerson.set(m.personId, (keys = []));
    keys.push(memberKey(m.listName, m.identity));
  }
  return [...byPerson].map(([personId, recordKeys]) => ({ personId, recordKeys }));
}

/** The candidate pairs between the review and match thresholds, with their explanations. */
function pairsForReview(settings: LinkageSettings, records: readonly RegisterRunRecord[], linkage: LinkageResult): NewReviewPair[] {
  const matchWeight = matchWeightOf(settings.matchThreshold);
  const pairs: NewReviewPair[] = [];
  const { a, b, weight } = linkage.matches;
  for (let i = 0; i < a.length; i++) {
    const w = weight[i] as number;
    if (w >= matchWeight) continue;
    const l = records[a[i] as number] as RegisterRunRecord;
    const r = records[b[i] as number] as RegisterRunRecord;
    const explanation = linkage.explain(l.id, r.id);
    pairs.push({
      a: { listId: l.listId, identity: l.identity, row: l.row },
      b: { listId: r.listId, identity: r.identity, row: r.row },
      match_probability: explanation.match_probability,
      match_weight: w,
      explanation,
    });
  }
  return pairs;
}
