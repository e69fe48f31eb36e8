import type { Command } from 'commander';
import { WhereaboutsError } from '../errors.js';
import { action } from './run-command.js';

/** Registers `whereabouts import`. (Placeholder until its issue lands: it fails loudly.) */
export function registerImport(program: Command): void {
  program
    .command('import')
    .description('(not built yet)')
    .action(
      action(() => {
        throw new WhereaboutsError('WA_INTERNAL', 'import is not built yet');
      }),
    );
}
