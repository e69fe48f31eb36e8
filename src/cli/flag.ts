import { Option } from 'commander';
import type { Command } from 'commander';
import { WhereaboutsError } from '../errors.js';
import { CANONICAL_FIELDS } from '../ingest/record.js';
import type { CanonicalField } from '../ingest/record.js';
import type { FlagInForce } from '../interchange/transmission-flags.js';
import { parseRecordRef } from '../jobs/explain-pair.js';
import { flagRecord, flagsInForce } from '../jobs/flag-record.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { currentActor } from './actor.js';
import { action } from './run-command.js';

interface FlagOptions {
  doNotTransmit?: boolean;
  clear?: boolean;
  field?: CanonicalField;
  reason?: string;
  db: string;
  actor?: string;
}

/** Fields a flag may withhold alone: the list's own id names the record, so it goes only with the whole record. */
const FLAGGABLE_FIELDS = CANONICAL_FIELDS.filter((field) => field !== 'record_id');

function describeFlag(flag: Pick<FlagInForce, 'listName' | 'row' | 'version' | 'field' | 'actor' | 'at' | 'reason'>): string {
  const what = flag.field === null ? 'the whole record' : `field ${flag.field}`;
  return `${flag.listName}:${flag.row} (version ${flag.version}), ${what}: set by ${flag.actor} on ${flag.at.slice(0, 10)}, because: ${flag.reason}`;
}

/** What `whereabouts flag` prints without a record: every flag in force. */
export function formatFlags(flags: readonly FlagInForce[]): string {
  if (flags.length === 0) return 'No do-not-transmit flag is in force: every record may be sent to the parties entitled to it.\n';
  return `${flags.length} do-not-transmit flag${flags.length === 1 ? '' : 's'} in force (rows as when each was set):\n${flags.map((f) => `  ${describeFlag(f)}`).join('\n')}\n`;
}

/** Registers `whereabouts flag`. */
export function registerFlag(program: Command): void {
  program
    .command('flag')
    .description('Keep a record (or one of its fields) from ever being sent to a party, or clear that; without a record, show the flags in force')
    .argument('[record]', 'the record as LIST:ROW, its row in the latest version of the list')
    .option('--do-not-transmit', 'never send the record (or --field) to any party; the mediator still sees it')
    .option('--clear', 'clear the flag set on the record (or on --field)')
    .addOption(new Option('--field <field>', 'only this field of the record (and the raw cell it was read from)').choices(FLAGGABLE_FIELDS))
    .option('--reason <text>', 'why: kept with the flag and shown to the mediator only')
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .option('--actor <name>', 'who sets or clears the flag (default: your user name)')
    .addHelpText('after', '\nExamples:\n  whereabouts flag held:40 --do-not-transmit --reason "family asked; risk of reprisal"\n  whereabouts flag held:40 --field birth_place --do-not-transmit --reason "village identifies the family"\n  whereabouts flag held:40 --clear --reason "family consents"\n')
    .action(
      action(async (ref: string | undefined, options: FlagOptions) => {
        if (ref === undefined) {
          if (options.doNotTransmit === true || options.clear === true) throw new WhereaboutsError('WA_USAGE', 'name the record to flag as LIST:ROW, for example held:40');
          const store = await openStore(options.db);
          try {
            process.stdout.write(formatFlags(await flagsInForce(store)));
          } finally {
            await store.close();
          }
          return;
        }
        if ((options.doNotTransmit === true) === (options.clear === true)) throw new WhereaboutsError('WA_USAGE', 'say either --do-not-transmit or --clear');
        const record = parseRecordRef(ref);
        const store = await openStore(options.db);
        try {
          const { outcome, flag } = await flagRecord(store, {
            record,
            ...(options.field === undefined ? {} : { field: options.field }),
            action: options.clear === true ? 'clear' : 'set',
            reason: options.reason ?? '',
            actor: currentActor(options.actor),
          });
          const what = flag.field === null ? 'the record' : `its field ${flag.field}`;
          const line =
            outcome === 'unchanged'
              ? `Already flagged, nothing changed: ${describeFlag(flag)}.`
              : outcome === 'flagged'
                ? `Flagged ${ref}: ${what} will not be sent to any party (exports, releases and reports made --for a party leave it out). The mediator still sees it.`
                : `Cleared the flag on ${what} of ${ref}: it may be sent again to the parties entitled to it.`;
          process.stdout.write(`${line}\n`);
        } finally {
          await store.close();
        }
      }),
    );
}
