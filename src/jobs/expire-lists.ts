import { WhereaboutsError } from '../errors.js';
import type { NewDecision } from '../store/register-repository.js';
import type { Repository, StoredList } from '../store/repository.js';
import type { ExpiryCounts } from '../store/retention-repository.js';
import { cliEntry, recordAudit } from './audit-trail.js';
import { loadRegister } from './load-register.js';

/** A list's retention: its own date, its party's, and the one that applies (the earlier). */
export interface ListRetention {
  list: StoredList;
  listDate: string | null;
  partyDate: string | null;
  /** The first day its records are no longer kept, and whose date that is. */
  due: { date: string; rule: 'list' | 'party' } | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A `YYYY-MM-DD` that is a real day, or a usage error naming the option. */
export function retentionDay(text: string, option: string): string {
  const day = text.trim();
  if (!DAY.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) {
    throw new WhereaboutsError('WA_USAGE', `${option} ${text}: give a day as YYYY-MM-DD`);
  }
  return day;
}

/** Every list with its retention dates. */
export async function listRetentions(store: Repository): Promise<ListRetention[]> {
  const own = await store.listRetention();
  const parties = (await store.setting('partyRetention')) ?? {};
  return (await store.lists()).map((list) => {
    const listDate = own.get(list.id) ?? null;
    const partyDate = list.party === null ? null : (parties[list.party] ?? null);
    let due: ListRetention['due'] = null;
    if (listDate !== null && (partyDate === null || listDate <= partyDate)) due = { date: listDate, rule: 'list' };
    else if (partyDate !== null) due = { date: partyDate, rule: 'party' };
    return { list, listDate, partyDate, due };
  });
}

/** Sets (or clears, with null) the retention date of a list or of a party. */
export async function setRetention(store: Repository, target: { list: string } | { party: string }, until: string | null, actor: string): Promise<void> {
  if ('list' in target) {
    const list = await store.findList(target.list);
    if (list === undefined) throw new WhereaboutsError('WA_LIST_NOT_FOUND', `no list named "${target.list}" in ${store.location}`);
    await store.write('retention', (writer) => writer.setListRetention(list, until, actor));
    await recordAudit(store, [cliEntry(actor, 'retention', `list:${list.name}`, 'ok', { until })]);
    return;
  }
  const parties = { ...((await store.setting('partyRetention')) ?? {}) };
  if (until === null) delete parties[target.party];
  else parties[target.party] = until;
  await store.write('settings', (writer) => writer.putSetting('partyRetention', parties, actor));
  await recordAudit(store, [cliEntry(actor, 'retention', `party:${target.party}`, 'ok', { until })]);
}

/** What `whereabouts expire` did, list by list. */
export interface ExpireOutcome {
  expired: { list: string; date: string; rule: 'list' | 'party'; counts: ExpiryCounts }[];
  /** Decisions appended to keep expired records in their persons. */
  keptTogether: number;
}

/**
 * Expires every list whose retention date has come (`today` on or after it): its records
 * become placeholders as PFIF's expiry makes them (the store's `expireList`), in one
 * transaction for all lists; then the store is compacted, so the blanked text is gone from its
 * files. The register's persons stay as they were: each person holding an expired record gets
 * "same" decisions (reviewer `expiry`) between its records, pairs of identities that keep it
 * whole in every later reconcile even though the expired record no longer has a name to match.
 */
export async function expireLists(store: Repository, request: { today: string; actor: string; dryRun?: boolean }): Promise<ExpireOutcome> {
  const due = (await listRetentions(store)).filter((r) => r.due !== null && r.due.date <= request.today);
  const outcome: ExpireOutcome = { expired: [], keptTogether: 0 };
  if (due.length === 0) return outcome;
  const expiring = new Set(due.map((r) => r.list.name));
  const kept = request.dryRun === true ? [] : await keepTogether(store, expiring);
  if (request.dryRun === true) {
    outcome.expired = due.map((r) => ({ list: r.list.name, date: r.due!.date, rule: r.due!.rule, counts: { records: 0, quarantined: 0, notes: 0, reviewPairs: 0 } }));
    return outcome;
  }
  await store.write('register', async (writer) => {
    for (const r of due) {
      const counts = await writer.expireList({ list: r.list, retainUntil: r.due!.date, rule: r.due!.rule, actor: request.actor });
      outcome.expired.push({ list: r.list.name, date: r.due!.date, rule: r.due!.rule, counts });
    }
    // After the blanking, which empties the notes of decisions about the lists' records.
    if (kept.length > 0) await writer.appendDecisions(kept);
  });
  outcome.keptTogether = kept.length;
  await recordAudit(store, outcome.expired.map((e) => cliEntry(request.actor, 'expire', `list:${e.list}`, 'ok', { retainUntil: e.date, rule: e.rule, ...e.counts })));
  await store.compact();
  return outcome;
}

/** "Same" decisions between the records of each person that holds a record about to expire: a star from its first record. */
async function keepTogether(store: Repository, expiring: ReadonlySet<string>): Promise<NewDecision[]> {
  const register = await loadRegister(store);
  const at = new Date().toISOString();
  const decided = new Set((await store.decisions()).filter((d) => d.reviewer === 'expiry').map((d) => `${d.a.listName}\u0000${d.a.identity}\u0001${d.b.listName}\u0000${d.b.identity}`));
  const decisions: NewDecision[] = [];
  for (const person of register.persons) {
    const places = person.records.map((r) => register.places.get(r.key)).filter((p) => p !== undefined);
    if (places.length < 2 || !places.some((p) => expiring.has(p.listName))) continue;
    const [first, ...others] = places;
    for (const other of others) {
      if (!expiring.has(first!.listName) && !expiring.has(other.listName)) continue;
      const a = { listName: first!.listName, identity: first!.identity, row: first!.row, version: first!.version };
      const b = { listName: other.listName, identity: other.identity, row: other.row, version: other.version };
      if (decided.has(`${a.listName}\u0000${a.identity}\u0001${b.listName}\u0000${b.identity}`)) continue;
      decisions.push({ at, reviewer: 'expiry', note: `kept together when ${[...expiring].join(', ')} expired: the register held both as one person`, verdict: 'same', a, b });
    }
  }
  return decisions;
}
