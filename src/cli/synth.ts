import type { Command } from 'commander';
import { WhereaboutsError } from '../errors.js';
import { action } from './run-command.js';

/** Registers `whereabouts synth`. (Placeholder until its issue lands: it fails loudly.) */
export function registerSynth(program: Command): void {
  program
    .command('synth')
    .description('(not built yet)')
    .action(
      action(() => {
        throw new WhereaboutsError('WA_INTERNAL', 'synth is not built yet');
      }),
    );
}
