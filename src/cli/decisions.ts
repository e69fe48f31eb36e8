import type { Command } from 'commander';
import { exportDecisions, importDecisions } from '../jobs/decisions-io.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { prepareOutputFile } from './output-paths.js';
import { action } from './run-command.js';

interface DecisionsOptions {
  db: string;
  force?: boolean;
}

/** Registers `whereabouts decisions export FILE` and `whereabouts decisions import FILE`. */
export function registerDecisions(program: Command): void {
  const decisions = program.command('decisions').description('Export reviewers\' decisions to CSV, or merge a CSV of decisions into the store');
  decisions
    .command('export')
    .description('Write every decision to a CSV file (records as list:row of the latest versions)')
    .argument('<file>', 'the CSV file to write (refused if it exists, unless --force)')
    .option('--force', 'overwrite the file if it exists')
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .action(
      action(async (file: string, options: DecisionsOptions) => {
        prepareOutputFile(file, { force: options.force === true, option: 'decisions export FILE' });
        const store = await openStore(options.db);
        try {
          const done = await exportDecisions(store, file);
          process.stdout.write(`${done.written} decisions written to ${done.file}.\n`);
          if (done.leftOut > 0) process.stdout.write(`${done.leftOut} decisions name records no longer in the latest versions of their lists; they stay in the store but are not exported.\n`);
        } finally {
          await store.close();
        }
      }),
    );
  decisions
    .command('import')
    .description('Merge a CSV file of decisions into the store: new decisions are appended, none is overwritten')
    .argument('<file>', 'a CSV file written by `decisions export` (or edited in a spreadsheet)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .action(
      action(async (file: string, options: DecisionsOptions) => {
        const store = await openStore(options.db);
        try {
          const done = await importDecisions(store, file);
          const lines = [`${done.read} decisions read from ${file}: ${done.added} added, ${done.repeats} already in the store.`];
          if (done.conflicts.length > 0) {
            lines.push(`${done.conflicts.length} pairs where the file and the store disagree (the later decision is in force; both are kept):`);
            for (const c of done.conflicts) {
              lines.push(`  ${c.a} and ${c.b}: ${c.kept.verdict} (${c.kept.reviewer}, ${c.kept.at}) over ${c.overruled.verdict} (${c.overruled.reviewer}, ${c.overruled.at})`);
            }
          }
          if (done.added > 0) lines.push('Run `whereabouts reconcile` to apply them.');
          process.stdout.write(`${lines.join('\n')}\n`);
        } finally {
          await store.close();
        }
      }),
    );
}
