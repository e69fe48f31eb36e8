import type { Command } from 'commander';
import { WhereaboutsError } from '../errors.js';
import { action } from './run-command.js';

/** Registers `whereabouts inspect`. (Placeholder until its issue lands: it fails loudly.) */
export function registerInspect(program: Command): void {
  program
    .command('inspect')
    .description('(not built yet)')
    .action(
      action(() => {
        throw new WhereaboutsError('WA_INTERNAL', 'inspect is not built yet');
      }),
    );
}
