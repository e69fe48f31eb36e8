#!/usr/bin/env -S node --max-semi-space-size=64
// A larger young generation: imports allocate many short-lived row objects (about 25% less CPU).
import { Command, CommanderError } from 'commander';
import { EXIT_USER_ERROR, reportError } from './run-command.js';
import { COMMANDS } from './commands.js';
import { auditCliCommands } from './cli-audit.js';

/** Builds the `whereabouts` program with every command registered. */
export function buildProgram(): Command {
  const program = new Command('whereabouts')
    .description('Reconcile lists of detained and missing persons kept by the parties and a neutral mediator.')
    .version('0.1.0')
    .showHelpAfterError()
    .exitOverride();
  for (const register of COMMANDS) register(program);
  for (const command of program.commands) command.exitOverride();
  auditCliCommands(program);
  return program;
}

async function main(): Promise<void> {
  // A closed pipe (`whereabouts ... | head`) ends the command quietly, as other tools do; every
  // write to the store is one transaction, so nothing is left half written.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  try {
    await buildProgram().parseAsync(process.argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit 0; a bad option or argument is a user error.
      process.exitCode = error.exitCode === 0 ? 0 : EXIT_USER_ERROR;
      return;
    }
    process.exitCode = reportError(error);
  }
}

await main();
