import type { ReviewAnswer, ReviewSession } from '../../register/review-session.js';
import { reviewAction } from '../../register/review-session.js';
import type { KeyInput } from './key-input.js';
import type { ReviewPairView } from './pair-screen.js';
import { pairScreen } from './pair-screen.js';

/** What the review loop needs: the session, how to show an item, where keys come from, how to store. */
export interface ReviewLoop<Item> {
  session: ReviewSession<Item>;
  view: (item: Item) => ReviewPairView;
  input: KeyInput;
  output: NodeJS.WritableStream;
  /** Redraw the whole screen for each pair (a terminal); a pipe gets the screens one after another. */
  clearScreen: boolean;
  width: number;
  /** Appends answers to the decision log. Called as soon as answers can no longer be taken back. */
  store: (answers: ReviewAnswer<Item>[]) => Promise<void>;
  now: () => string;
}

const UNDONE = {
  forgotten: 'Undone: that answer was not stored yet and is forgotten.',
  reopened: 'Back one pair: its answer is already stored (decisions are never deleted).',
  skipped: 'Back one pair (it had been skipped).',
  nothing: 'Nothing to undo yet.',
} as const;

/** The screen after the last pair. */
const END_OF_QUEUE = (total: number): string =>
  `That was the last of ${total} pair${total === 1 ? '' : 's'}. [z] takes your last answer back; any other key ends the review and stores it.`;

/**
 * Runs the review until the queue is done (and one more key after the last pair, so z can
 * still take the last answer back), the reviewer quits or the input ends; in every case
 * the answers given are stored before it returns. Returns how many decisions were stored.
 */
export async function runReviewLoop<Item>(loop: ReviewLoop<Item>): Promise<number> {
  const { session, input, output } = loop;
  const store = async (answers: ReviewAnswer<Item>[]): Promise<void> => {
    if (answers.length > 0) await loop.store(answers);
  };
  let message: string | undefined;
  const clear = loop.clearScreen ? '\u001b[2J\u001b[H' : '\n';
  for (;;) {
    const item = session.current;
    if (item === undefined) {
      // After the last pair, one more key: z still takes the last answer back.
      if (session.total === 0) break;
      output.write(`${clear}${[...(message ? [message] : []), END_OF_QUEUE(session.total)].join('\n')}\n`);
      message = undefined;
      const key = await input.nextKey();
      if (key === undefined || reviewAction(key)?.kind !== 'undo') break;
      message = UNDONE[session.undo()];
      continue;
    }
    const stored = session.storedAnswer;
    const screen = pairScreen(loop.view(item), { left: session.left, total: session.total, note: session.note, ...(stored ? { stored } : {}), ...(message ? { message } : {}) }, loop.width);
    output.write(`${clear}${screen.join('\n')}\n`);
    message = undefined;
    const key = await input.nextKey();
    if (key === undefined) break;
    const action = reviewAction(key);
    if (action === undefined) {
      // Control keys (Enter, Esc, arrows) have no printable name worth quoting.
      message = key < ' ' || key === '\u007f' ? 'That key does nothing here.' : `The key "${key}" does nothing here.`;
      continue;
    }
    if (action.kind === 'quit') break;
    if (action.kind === 'answer') session.answer(action.verdict, loop.now());
    else if (action.kind === 'skip') session.skip();
    else if (action.kind === 'undo') message = UNDONE[session.undo()];
    else {
      const note = await input.nextLine('Note (Enter keeps it, Esc drops it): ');
      if (note === undefined) break;
      session.setNote(note);
      message = note.trim() === '' ? 'No note.' : 'Note kept: it goes with your answer to this pair.';
    }
    await store(session.settled());
  }
  await store(session.finish());
  return session.storedCount;
}
