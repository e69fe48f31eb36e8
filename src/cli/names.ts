import type { Command } from 'commander';
import { WhereaboutsError } from '../errors.js';
import { action } from './run-command.js';

/** Registers `whereabouts names`. (Placeholder until its issue lands: it fails loudly.) */
export function registerNames(program: Command): void {
  program
    .command('names')
    .description('(not built yet)')
    .action(
      action(() => {
        throw new WhereaboutsError('WA_INTERNAL', 'names is not built yet');
      }),
    );
}
