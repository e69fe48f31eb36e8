import type { Kysely } from 'kysely';
import { GENESIS_HASH, linkEntry } from './audit-chain.js';
import type { AuditEntry } from './audit-chain.js';
import type { AuditQuery, NewAuditEntry } from './audit-repository.js';
import { toNumber } from './record-pages.js';

/** The audit table (migration 0006) as Kysely sees it. */
export type AuditSchema = {
  audit_log: {
    seq: number;
    at: string;
    actor: string;
    role: string | null;
    party: string | null;
    address: string | null;
    request_id: string | null;
    action: string;
    resource: string | null;
    outcome: string;
    detail: string;
    prev_hash: string;
    hash: string;
  };
};

type AuditDb = Kysely<AuditSchema>;
type AuditRow = AuditSchema['audit_log'];

function toEntry(row: AuditRow): AuditEntry {
  return {
    seq: toNumber(row.seq),
    at: row.at,
    actor: row.actor,
    role: row.role,
    party: row.party,
    address: row.address,
    requestId: row.request_id,
    action: row.action,
    resource: row.resource,
    outcome: row.outcome,
    detail: JSON.parse(row.detail) as Record<string, unknown>,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** A page of entries, oldest first. */
export async function readAuditEntries(db: AuditDb, query: AuditQuery): Promise<AuditEntry[]> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('seq').limit(query.limit);
  if (query.afterSeq !== undefined) q = q.where('seq', '>', query.afterSeq);
  if (query.actor !== undefined) q = q.where('actor', '=', query.actor);
  if (query.since !== undefined) q = q.where('at', '>=', query.since);
  if (query.resource !== undefined) {
    // A prefix, compared as text: no LIKE, whose wildcards a resource name may contain.
    q = q.where('resource', '>=', query.resource).where('resource', '<', `${query.resource}\uffff`);
  }
  return (await q.execute()).map(toEntry);
}

/**
 * Appends inside the caller's transaction, which holds the store's write lock (SQLite BEGIN
 * IMMEDIATE; on PostgreSQL the caller writes under the lock key `audit`), so the last entry
 * read here is still the last when the new ones go in.
 */
export async function appendAuditEntries(db: AuditDb, entries: readonly NewAuditEntry[]): Promise<AuditEntry[]> {
  if (entries.length === 0) return [];
  const last = await db.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  let seq = last === undefined ? 0 : toNumber(last.seq);
  let prevHash = last?.hash ?? GENESIS_HASH;
  const now = new Date().toISOString();
  const stored: AuditEntry[] = [];
  for (const entry of entries) {
    const linked = linkEntry(prevHash, { ...entry, seq: ++seq, at: entry.at ?? now });
    stored.push(linked);
    prevHash = linked.hash;
  }
  // One statement per 200 entries: 13 columns each, far below either database's limit.
  for (let i = 0; i < stored.length; i += 200) {
    await db
      .insertInto('audit_log')
      .values(
        stored.slice(i, i + 200).map((e) => ({
          seq: e.seq,
          at: e.at,
          actor: e.actor,
          role: e.role,
          party: e.party,
          address: e.address,
          request_id: e.requestId,
          action: e.action,
          resource: e.resource,
          outcome: e.outcome,
          detail: JSON.stringify(e.detail),
          prev_hash: e.prevHash,
          hash: e.hash,
        })),
      )
      .execute();
  }
  return stored;
}
