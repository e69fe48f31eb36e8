import type { Command } from 'commander';
import { WhereaboutsError } from '../errors.js';
import { expireLists, listRetentions, retentionDay, setRetention } from '../jobs/expire-lists.js';
import type { ListRetention } from '../jobs/expire-lists.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { currentActor } from './actor.js';
import { action } from './run-command.js';

interface RetentionOptions {
  list?: string;
  party?: string;
  until?: string;
  clear?: boolean;
  db: string;
  actor?: string;
}

interface ExpireOptions {
  today?: string;
  dryRun?: boolean;
  db: string;
  actor?: string;
}

/** What `whereabouts retention` prints: each list's dates and which applies. */
export function formatRetentions(retentions: readonly ListRetention[]): string {
  if (retentions.length === 0) return 'No list imported yet.\n';
  const lines = retentions.map(({ list, listDate, partyDate, due }) => {
    const own = listDate === null ? 'no date of its own' : `its own date ${listDate}`;
    const party = list.party === null ? '' : partyDate === null ? `, party ${list.party} has none` : `, party ${list.party}'s ${partyDate}`;
    return `  ${list.name}: ${own}${party}${due === null ? ': kept' : `: expires from ${due.date}`}`;
  });
  return `Retention (records become placeholders from the day given; \`whereabouts expire\` does it):\n${lines.join('\n')}\n`;
}

/** Registers `whereabouts retention` and `whereabouts expire`. */
export function registerRetention(program: Command): void {
  program
    .command('retention')
    .description("Set the day from which a list's (or a party's) records are no longer kept, or show every list's")
    .option('--list <name>', 'the list')
    .option('--party <name>', "the party: every list it keeps (a list's own earlier date wins)")
    .option('--until <YYYY-MM-DD>', 'the first day the records are no longer kept')
    .option('--clear', 'remove the date')
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .option('--actor <name>', 'who sets it, for the change log (default: your user name)')
    .action(
      action(async (options: RetentionOptions) => {
        const store = await openStore(options.db);
        try {
          if (options.list === undefined && options.party === undefined) {
            if (options.until !== undefined || options.clear === true) throw new WhereaboutsError('WA_USAGE', 'say whose date it is: --list NAME or --party NAME');
          } else {
            if ((options.list === undefined) === (options.party === undefined)) throw new WhereaboutsError('WA_USAGE', 'give --list or --party, not both');
            if ((options.until === undefined) === (options.clear !== true)) throw new WhereaboutsError('WA_USAGE', 'give --until YYYY-MM-DD, or --clear');
            const until = options.until === undefined ? null : retentionDay(options.until, '--until');
            await setRetention(store, options.list !== undefined ? { list: options.list } : { party: options.party as string }, until, currentActor(options.actor));
          }
          process.stdout.write(formatRetentions(await listRetentions(store)));
        } finally {
          await store.close();
        }
      }),
    );
  program
    .command('expire')
    .description('Turn the records of every list past its retention date into placeholders (ids and dates kept, everything else blanked), as PFIF expires records')
    .option('--today <YYYY-MM-DD>', 'the day to expire as of (default: today, UTC)')
    .option('--dry-run', 'say which lists would expire, change nothing')
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .option('--actor <name>', 'who expires, for the change log (default: your user name)')
    .action(
      action(async (options: ExpireOptions) => {
        const today = options.today === undefined ? new Date().toISOString().slice(0, 10) : retentionDay(options.today, '--today');
        const store = await openStore(options.db);
        try {
          const outcome = await expireLists(store, { today, actor: currentActor(options.actor), ...(options.dryRun === true ? { dryRun: true } : {}) });
          if (outcome.expired.length === 0) {
            process.stdout.write(`No list is past its retention date on ${today}.\n`);
            return;
          }
          const lines = outcome.expired.map((e) =>
            options.dryRun === true
              ? `  ${e.list}: would expire (${e.rule === 'list' ? 'its own' : "its party's"} date ${e.date})`
              : `  ${e.list}: ${e.counts.records} records and ${e.counts.quarantined} quarantined rows are now placeholders (${e.rule === 'list' ? 'its own' : "its party's"} date ${e.date}); ${e.counts.notes} notes and ${e.counts.reviewPairs} review explanations blanked`,
          );
          const kept = options.dryRun === true || outcome.keptTogether === 0 ? '' : `\nPersons keep their records: ${outcome.keptTogether} decisions record who was one person.`;
          process.stdout.write(`${options.dryRun === true ? 'Would expire' : 'Expired'} on ${today}:\n${lines.join('\n')}${kept}\n`);
        } finally {
          await store.close();
        }
      }),
    );
}
