import { WhereaboutsError } from '../errors.js';
import { ChainVerifier } from '../store/audit-chain.js';
import type { AuditEntry, ChainBreak } from '../store/audit-chain.js';
import type { NewAuditEntry } from '../store/audit-repository.js';
import type { Repository } from '../store/repository.js';

/** The lock key every audit append takes, so two processes extend one chain. */
export const AUDIT_LOCK = 'audit';

/** What the CLI says of itself in an entry: the OS user, no role, no address. */
export function cliEntry(actor: string, action: string, resource: string | null, outcome: 'ok' | 'failed', detail: Record<string, unknown> = {}): NewAuditEntry {
  return { actor, role: null, party: null, address: null, requestId: null, action, resource, outcome, detail: { via: 'cli', ...detail } };
}

/** Appends entries to the audit log, in one transaction of their own. */
export async function recordAudit(store: Repository, entries: readonly NewAuditEntry[]): Promise<AuditEntry[]> {
  if (entries.length === 0) return [];
  return store.write(AUDIT_LOCK, (writer) => writer.appendAudit(entries));
}

/** What `audit verify` found. */
export interface AuditVerification {
  entries: number;
  /** The hash of the last good entry. */
  head: string;
  broken?: ChainBreak;
}

const PAGE = 5000;

/** Checks the whole chain, a page at a time, and stops at the first break. */
export async function verifyAudit(store: Repository): Promise<AuditVerification> {
  const verifier = new ChainVerifier();
  let afterSeq: number | undefined;
  for (;;) {
    const page = await store.auditEntries({ limit: PAGE, ...(afterSeq === undefined ? {} : { afterSeq }) });
    for (const entry of page) {
      const broken = verifier.check(entry);
      if (broken !== undefined) return { entries: verifier.count, head: verifier.head, broken };
    }
    if (page.length < PAGE) return { entries: verifier.count, head: verifier.head };
    afterSeq = page[page.length - 1]!.seq;
  }
}

/** The sentence `audit verify` prints for a break, naming the first bad entry. */
export function describeBreak(broken: ChainBreak): string {
  switch (broken.kind) {
    case 'changed':
      return `entry ${broken.seq} was changed after it was written (its hash does not match what it says)`;
    case 'removed':
      return `entry ${broken.expected} was removed (the next entry is ${broken.seq})`;
    case 'inserted':
      return `entry ${broken.seq} was inserted or renumbered (it does not follow the entry before it)`;
  }
}

/** Throws WA_AUDIT_BROKEN naming the first bad entry, when the chain is broken. */
export function assertIntact(verification: AuditVerification): void {
  if (verification.broken !== undefined) throw new WhereaboutsError('WA_AUDIT_BROKEN', `the audit log is broken: ${describeBreak(verification.broken)}; ${verification.entries} entries before it are intact`);
}
