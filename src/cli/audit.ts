import type { Command } from 'commander';
import { WhereaboutsError } from '../errors.js';
import { assertIntact, verifyAudit } from '../jobs/audit-trail.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import type { AuditEntry } from '../store/audit-chain.js';
import { action } from './run-command.js';

/** One line per entry: seq, time, who (role, party, address), what, to what, outcome. */
export function formatAuditEntry(e: AuditEntry): string {
  const who = [e.actor, e.role, e.party === null ? null : `party ${e.party}`, e.address].filter((x) => x !== null).join(' ');
  const detail = Object.keys(e.detail).length === 0 ? '' : ` ${JSON.stringify(e.detail)}`;
  return `${e.seq}\t${e.at}\t${who}\t${e.action}\t${e.resource ?? '-'}\t${e.outcome}${detail}`;
}

/** Registers `whereabouts audit verify|show`. */
export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('The audit log: who did what, when, from where (a hash chain)');
  audit
    .command('verify')
    .description('Check the whole hash chain; exit 1 naming the first entry changed, removed or inserted')
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .action(
      action(async (options: { db: string }) => {
        const store = await openStore(options.db);
        try {
          const verification = await verifyAudit(store);
          assertIntact(verification);
          process.stdout.write(`The audit log is intact: ${verification.entries} entries; the last entry's hash is ${verification.head} (keep it elsewhere to notice the newest entries removed).\n`);
        } finally {
          await store.close();
        }
      }),
    );
  audit
    .command('show')
    .description('The entries, oldest first')
    .option('--user <name>', "only this actor's entries")
    .option('--since <date>', 'only entries at or after this date or time (ISO 8601, UTC)')
    .option('--resource <prefix>', 'only entries about this resource (person:P-000012, list:held, user:ana)')
    .option('--limit <n>', 'at most this many entries', '1000')
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .action(
      action(async (options: { user?: string; since?: string; resource?: string; limit: string; db: string }) => {
        const limit = Number(options.limit);
        if (!Number.isInteger(limit) || limit < 1) throw new WhereaboutsError('WA_USAGE', `--limit ${options.limit}: a whole number above 0`);
        if (options.since !== undefined && Number.isNaN(Date.parse(options.since))) throw new WhereaboutsError('WA_USAGE', `--since ${options.since}: a date such as 2026-12-01 or 2026-12-01T08:00Z`);
        const store = await openStore(options.db);
        try {
          const entries = await store.auditEntries({
            limit,
            ...(options.user === undefined ? {} : { actor: options.user }),
            ...(options.since === undefined ? {} : { since: new Date(options.since).toISOString() }),
            ...(options.resource === undefined ? {} : { resource: options.resource }),
          });
          if (entries.length === 0) process.stdout.write('No audit entries match.\n');
          for (const e of entries) process.stdout.write(`${formatAuditEntry(e)}\n`);
        } finally {
          await store.close();
        }
      }),
    );
}
