import type { Command } from 'commander';
import { evaluateRun } from '../jobs/evaluate-run.js';
import type { RunEvaluation } from '../jobs/evaluate-run.js';
import { action } from './run-command.js';

/** Registers `whereabouts evaluate`. */
export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description("Score a reconciliation's persons against a truth file (list,row,person)")
    .requiredOption('--truth <file>', 'CSV with columns list,row,person (as synth writes truth.csv)')
    .argument('[dir]', 'the reconciliation folder holding records.csv', 'reconciliation')
    .action(
      action(async (dir: string, options: { truth: string }) => {
        process.stdout.write(formatEvaluation(await evaluateRun(options.truth, dir)));
      }),
    );
}

const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;

/** The evaluation as a small table. */
export function formatEvaluation(e: RunEvaluation): string {
  const lines = [
    `${e.records.toLocaleString('en-US')} records evaluated` + (e.truthRowsWithoutRecord > 0 ? ` (${e.truthRowsWithoutRecord.toLocaleString('en-US')} truth rows have no record)` : ''),
    '',
    '            precision   recall       F1',
    `pairwise    ${pct(e.pairwise.precision).padStart(9)}  ${pct(e.pairwise.recall).padStart(8)}  ${pct(e.pairwise.f1).padStart(8)}`,
    `B-cubed     ${pct(e.bcubed.precision).padStart(9)}  ${pct(e.bcubed.recall).padStart(8)}  ${pct(e.bcubed.f1).padStart(8)}`,
    '',
    `pairs: ${e.pairwise.truePositives.toLocaleString('en-US')} found of ${e.pairwise.truePairs.toLocaleString('en-US')} true, ${e.pairwise.predictedPairs.toLocaleString('en-US')} predicted`,
    '',
  ];
  return lines.join('\n');
}
