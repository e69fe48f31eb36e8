import type { Command } from 'commander';
import { WhereaboutsError } from '../errors.js';
import { action } from './run-command.js';

/** Registers `whereabouts diff`. (Placeholder until its issue lands: it fails loudly.) */
export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('(not built yet)')
    .action(
      action(() => {
        throw new WhereaboutsError('WA_INTERNAL', 'diff is not built yet');
      }),
    );
}
