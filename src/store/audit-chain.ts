import { createHash } from 'node:crypto';

/**
 * The audit log's hash chain, pure: each entry's hash is SHA-256 over the previous entry's hash
 * and a canonical encoding of the entry (JSON with keys in code-point order at every depth, no
 * spaces), so the encoding, and the hash, never depend on the database or the driver that
 * stored it. The first entry's previous hash is {@link GENESIS_HASH}.
 */

/** The previous hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/** What an entry says: everything but its hashes. */
export interface AuditFacts {
  seq: number;
  /** ISO 8601 UTC. */
  at: string;
  actor: string;
  role: string | null;
  party: string | null;
  address: string | null;
  requestId: string | null;
  action: string;
  resource: string | null;
  /** `ok`, `denied`, `failed`. */
  outcome: string;
  detail: Record<string, unknown>;
}

/** An entry of the chain as stored. */
export interface AuditEntry extends AuditFacts {
  prevHash: string;
  hash: string;
}

/** JSON with object keys sorted at every depth: one text for one value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hash an entry must carry, given the hash of the one before it. */
export function chainHash(prevHash: string, facts: AuditFacts): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(facts)).digest('hex');
}

/** Links facts onto the chain after `prevHash`. */
export function linkEntry(prevHash: string, facts: AuditFacts): AuditEntry {
  return { ...facts, prevHash, hash: chainHash(prevHash, facts) };
}

/** Why an entry breaks the chain. */
export type ChainBreak =
  | { kind: 'changed'; seq: number }
  | { kind: 'removed'; seq: number; expected: number }
  | { kind: 'inserted'; seq: number };

/**
 * Checks entries fed in seq order, one at a time, and says at the first that breaks the chain:
 * a gap in seq is a removal (the entry expected is named), a hash that does not match its own
 * facts is a change, a previous hash that is not the last entry's is an insertion (or a removal
 * followed by a renumbering, which reads the same).
 */
export class ChainVerifier {
  #expectedSeq = 1;
  #prevHash = GENESIS_HASH;
  #count = 0;

  /** The first break, or undefined when `entry` continues the chain. */
  check(entry: AuditEntry): ChainBreak | undefined {
    if (entry.seq !== this.#expectedSeq) {
      return entry.seq > this.#expectedSeq ? { kind: 'removed', seq: entry.seq, expected: this.#expectedSeq } : { kind: 'inserted', seq: entry.seq };
    }
    const { prevHash, hash, ...facts } = entry;
    if (chainHash(prevHash, facts) !== hash) return { kind: 'changed', seq: entry.seq };
    if (prevHash !== this.#prevHash) return { kind: 'inserted', seq: entry.seq };
    this.#expectedSeq++;
    this.#prevHash = hash;
    this.#count++;
    return undefined;
  }

  /** Entries checked and good. */
  get count(): number {
    return this.#count;
  }

  /** The hash of the last good entry: the chain's head, to keep elsewhere. */
  get head(): string {
    return this.#prevHash;
  }
}
