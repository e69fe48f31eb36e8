import type { Command } from 'commander';
import { renderExplanation } from '../linkage/index.js';
import { explainRecordPair, parseRecordRef } from '../jobs/explain-pair.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { action } from './run-command.js';

/** Registers `whereabouts explain`. */
export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('Show why two records match or not: the waterfall of match weights, field by field')
    .argument('<left>', 'a record as LIST:ROW (row: 1-based data row of the file, header excluded)')
    .argument('<right>', 'another record as LIST:ROW')
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .addHelpText('after', '\nExample:\n  whereabouts explain home-missing:12 detaining-held:40\n')
    .action(
      action(async (left: string, right: string, options: { db: string }) => {
        const l = parseRecordRef(left);
        const r = parseRecordRef(right);
        const store = await openStore(options.db);
        try {
          const { explanation } = await explainRecordPair(store, l, r);
          process.stdout.write(`${renderExplanation(explanation).join('\n')}\n`);
        } finally {
          await store.close();
        }
      }),
    );
}
