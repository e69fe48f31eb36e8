import type { Command } from 'commander';
import type { ReviewQueueItem } from '../jobs/review-session.js';
import { loadReviewQueue, storeAnswers } from '../jobs/review-session.js';
import { eventOfRecord, ReviewSession } from '../register/index.js';
import { DEFAULT_STORE, openStore } from '../store/open-store.js';
import { currentActor } from './actor.js';
import type { KeyInput } from './review/key-input.js';
import { lineKeyInput, terminalKeyInput } from './review/key-input.js';
import type { ReviewPairView } from './review/pair-screen.js';
import { EVENT_WORDS } from './record-columns.js';
import { personContextLines } from './review/pair-context.js';
import { runReviewLoop } from './review/review-loop.js';
import { action } from './run-command.js';

interface ReviewOptions {
  reviewer?: string;
  db: string;
}

/** The screen of one queued pair: both records as the run read them, and the run's explanation. */
function view(item: ReviewQueueItem): ReviewPairView {
  return {
    a: { heading: `${item.a.key} (${item.a.party}, version ${item.versionA})`, fields: item.a.fields, event: EVENT_WORDS[eventOfRecord(item.a)] },
    b: { heading: `${item.b.key} (${item.b.party}, version ${item.versionB})`, fields: item.b.fields, event: EVENT_WORDS[eventOfRecord(item.b)] },
    context: personContextLines(item),
    match_probability: item.pair.match_probability,
    match_weight: item.pair.match_weight,
    ...(item.explanation === undefined ? {} : { explanation: item.explanation }),
    ...(item.sourceSays === undefined ? {} : { sourceSays: item.sourceSays }),
  };
}

/**
 * The width to lay the screen out in: the terminal's, up to 100 columns. A terminal that reports
 * no width (or 0, as a bare pseudo-terminal does) gets 100.
 */
export function screenWidth(columns: number | undefined): number {
  return columns !== undefined && columns >= 60 ? Math.min(100, columns) : 100;
}

/** Registers `whereabouts review`. */
export function registerReview(program: Command): void {
  program
    .command('review')
    .description('Review the pairs the latest reconciliation was unsure about: same, different or unsure, one pair at a time')
    .option('--reviewer <name>', 'who decides, stored with every decision (default: your user name)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL of the store', DEFAULT_STORE)
    .addHelpText(
      'after',
      '\nKeys: s same, d different, u unsure, space or k skip, n note, z undo, q quit.\n' +
        'From a pipe (not a terminal) give one key per line; an empty line skips; after n the next line is the note.\n' +
        'Your latest answer is stored when you answer the next pair or quit, so z can take it back;\n' +
        'undo further back reopens a stored answer, and a new answer is stored as a new decision that supersedes it.',
    )
    .action(
      action(async (options: ReviewOptions) => {
        const reviewer = currentActor(options.reviewer);
        const store = await openStore(options.db);
        let input: KeyInput | undefined;
        try {
          const queue = await loadReviewQueue(store);
          if (queue.items.length === 0) {
            process.stdout.write(`Nothing to review: run ${queue.run.id} left ${queue.pairs} pairs for review${queue.decided > 0 ? `, all ${queue.decided} decided already` : ''}.\n`);
            return;
          }
          const tty = process.stdin.isTTY === true && process.stdout.isTTY === true;
          input = tty ? terminalKeyInput(process.stdin, process.stdout) : lineKeyInput(process.stdin);
          const stored = await runReviewLoop({
            session: new ReviewSession(queue.items),
            view,
            input,
            output: process.stdout,
            clearScreen: tty,
            width: screenWidth(tty ? process.stdout.columns : undefined),
            store: (answers) => storeAnswers(store, answers, reviewer),
            now: () => new Date().toISOString(),
          });
          process.stdout.write(`\n${stored} decision${stored === 1 ? '' : 's'} recorded; run \`whereabouts reconcile\` to apply them.\n`);
        } finally {
          input?.close();
          await store.close();
        }
      }),
    );
}
