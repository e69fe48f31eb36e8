import type { AuditEntry, AuditFacts } from './audit-chain.js';

/**
 * The audit log (migration 0006): an append-only hash chain of who did what (audit-chain.ts).
 * The store numbers and links each entry inside the appending transaction, so two processes
 * (the server and a CLI command) appending at once still make one chain.
 */

/** An entry to append: the store stamps seq (and, unless given, the time) and links it. */
export type NewAuditEntry = Omit<AuditFacts, 'seq' | 'at'> & { at?: string };

/** Which entries to read, oldest first, a page at a time. */
export interface AuditQuery {
  /** Only entries after this seq (the cursor). */
  afterSeq?: number;
  limit: number;
  actor?: string;
  /** Only entries at or after this ISO 8601 time. */
  since?: string;
  /** Only entries whose resource begins with this (`person:`, `list:held`). */
  resource?: string;
}

/** Reads of the audit log, on {@link Repository}. */
export interface AuditReads {
  auditEntries(query: AuditQuery): Promise<AuditEntry[]>;
}

/** Writes of the audit log, on {@link RepositoryWriter}. */
export interface AuditWrites {
  /** Appends entries in order, each linked to the one before. Returns them as stored. */
  appendAudit(entries: readonly NewAuditEntry[]): Promise<AuditEntry[]>;
}
