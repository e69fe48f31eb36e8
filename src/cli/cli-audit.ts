import type { Command } from 'commander';
import { cliEntry, recordAudit } from '../jobs/audit-trail.js';
import { openStore } from '../store/open-store.js';
import { currentActor } from './actor.js';

/**
 * The CLI commands that change the store or send data out of it, each recorded in the audit log
 * with the operating-system user as actor once it has run (issue 11: the CLI keeps working on
 * the server's store, and what it does is audited as the server's requests are). Commands that
 * only show (person, explain, quarantine, list show) are not: a terminal user with the database
 * file can read it anyway, and the change log already has every change's detail. `user`,
 * `party` and `audit` record their own entries.
 */
const AUDITED: Readonly<Record<string, string>> = {
  reconcile: 'reconcile',
  review: 'review',
  'decisions import': 'decisions-import',
  'decisions export': 'export',
  import: 'import',
  'list set': 'list-change',
  flag: 'flag',
  'pfif import': 'import',
  'pfif export': 'export',
  report: 'export',
};

function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c?.parent != null; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** Adds the hook that audits {@link AUDITED} commands after they run, whatever their outcome. */
export function auditCliCommands(program: Command): void {
  program.hook('postAction', async (_program, command) => {
    const path = commandPath(command);
    const action = AUDITED[path];
    if (action === undefined) return;
    // `flag` alone only shows the flags in force.
    if (path === 'flag' && command.args.length === 0) return;
    const options = command.opts<{ db?: string; list?: string | string[] }>();
    if (options.db === undefined) return;
    const list = Array.isArray(options.list) ? options.list.join(',') : options.list;
    const outcome = process.exitCode === undefined || process.exitCode === 0 ? 'ok' : 'failed';
    try {
      const store = await openStore(options.db);
      try {
        await recordAudit(store, [cliEntry(currentActor(), action, list === undefined ? null : `list:${list}`, outcome, { command: path })]);
      } finally {
        await store.close();
      }
    } catch (error) {
      // The command has run; a store it could not open again is reported, never hidden.
      if (outcome === 'ok') process.stderr.write(`whereabouts: could not record the command in the audit log: ${(error as Error).message}\n`);
    }
  });
}
