import type { Command } from 'commander';
import { addParty } from '../jobs/user-accounts.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { currentActor } from './actor.js';
import { action } from './run-command.js';

/** Registers `whereabouts party add|list`. */
export function registerParty(program: Command): void {
  const party = program.command('party').description("The parties the server's delegates speak for");
  party
    .command('add')
    .description('Register a party (its lists are those imported with --party NAME)')
    .argument('<name>', 'the party name lists are imported with')
    .option('--label <text>', 'what pages call it')
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .action(
      action(async (name: string, options: { label?: string; db: string }) => {
        const store = await openStore(options.db);
        try {
          await addParty(store, name, options.label, { actor: currentActor() });
          process.stdout.write(`Added party ${name}${options.label === undefined ? '' : ` (${options.label})`}.\n`);
        } finally {
          await store.close();
        }
      }),
    );
  party
    .command('list')
    .description('Every party')
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .action(
      action(async (options: { db: string }) => {
        const store = await openStore(options.db);
        try {
          const parties = await store.parties();
          if (parties.length === 0) process.stdout.write('No parties yet: `whereabouts party add NAME --label TEXT`.\n');
          for (const p of parties) process.stdout.write(`${p.name}\t${p.label ?? ''}\n`);
        } finally {
          await store.close();
        }
      }),
    );
}
