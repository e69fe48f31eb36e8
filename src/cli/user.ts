import type { Command } from 'commander';
import { WhereaboutsError } from '../errors.js';
import { addUser, disableUser, resetPassword } from '../jobs/user-accounts.js';
import { ROLES } from '../store/access-repository.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { currentActor } from './actor.js';
import { readPasswordFromStdin } from './password-input.js';
import { action } from './run-command.js';

interface StoreOptions {
  db: string;
}

function requireStdin(options: { passwordStdin?: boolean }): void {
  if (options.passwordStdin !== true) throw new WhereaboutsError('WA_USAGE', 'give the password on standard input with --password-stdin (never as an argument)');
}

async function withStore(location: string, work: (store: Awaited<ReturnType<typeof openStore>>) => Promise<void>): Promise<void> {
  const store = await openStore(location);
  try {
    await work(store);
  } finally {
    await store.close();
  }
}

/** Registers `whereabouts user add|list|disable|reset-password`. */
export function registerUser(program: Command): void {
  const user = program.command('user').description("The server's users: add, list, disable, reset a password (the first admin is made here)");
  const dbOption = ['--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE] as const;

  user
    .command('add')
    .description('Add a user with one role; a delegate belongs to one party')
    .argument('<name>', 'the user name they sign in with')
    .requiredOption('--role <role>', `one of ${ROLES.join(', ')}`)
    .option('--party <party>', "a delegate's party (see `whereabouts party add`)")
    .option('--password-stdin', 'read the password from standard input')
    .option(...dbOption)
    .addHelpText('after', '\nExample:\n  printf %s "$PASSWORD" | whereabouts user add ana --role admin --password-stdin\n')
    .action(
      action(async (name: string, options: StoreOptions & { role: string; party?: string; passwordStdin?: boolean }) => {
        requireStdin(options);
        const password = await readPasswordFromStdin();
        await withStore(options.db, async (store) => {
          const added = await addUser(store, { username: name, role: options.role, ...(options.party === undefined ? {} : { party: options.party }), password }, { actor: currentActor() });
          process.stdout.write(`Added ${added.role} ${added.username}${added.party === null ? '' : ` of party ${added.party}`}.\n`);
        });
      }),
    );

  user
    .command('list')
    .description('Every user with their role, party and state')
    .option(...dbOption)
    .action(
      action(async (options: StoreOptions) => {
        await withStore(options.db, async (store) => {
          const users = await store.users();
          if (users.length === 0) {
            process.stdout.write('No users yet: add the first admin with `whereabouts user add NAME --role admin --password-stdin`.\n');
            return;
          }
          for (const u of users) {
            const state = u.disabled ? 'disabled' : u.lockedUntil !== null && u.lockedUntil > new Date().toISOString() ? `locked until ${u.lockedUntil}` : 'active';
            process.stdout.write(`${u.username}\t${u.role}\t${u.party ?? '-'}\t${state}\t${u.totpSecret === null ? 'password only' : 'password and one-time code'}\n`);
          }
        });
      }),
    );

  user
    .command('disable')
    .description('Disable a user: their sessions end and they cannot sign in again')
    .argument('<name>')
    .option(...dbOption)
    .action(
      action(async (name: string, options: StoreOptions) => {
        await withStore(options.db, async (store) => {
          await disableUser(store, name, { actor: currentActor() });
          process.stdout.write(`Disabled ${name}; their sessions have ended.\n`);
        });
      }),
    );

  user
    .command('reset-password')
    .description("Set a user's password (and lift a lockout); their sessions end")
    .argument('<name>')
    .option('--password-stdin', 'read the new password from standard input')
    .option(...dbOption)
    .action(
      action(async (name: string, options: StoreOptions & { passwordStdin?: boolean }) => {
        requireStdin(options);
        const password = await readPasswordFromStdin();
        await withStore(options.db, async (store) => {
          await resetPassword(store, name, password, { actor: currentActor() });
          process.stdout.write(`New password set for ${name}; their sessions have ended.\n`);
        });
      }),
    );
}
