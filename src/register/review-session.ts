import type { Verdict } from './decisions.js';

/** What a reviewer can do at a pair. */
export type ReviewAction = { kind: 'answer'; verdict: Verdict } | { kind: 'skip' } | { kind: 'note' } | { kind: 'undo' } | { kind: 'quit' };

/** The keys of `whereabouts review`: s same, d different, u unsure, space or k skip, n note, z undo, q quit. */
export const REVIEW_KEYS: Readonly<Record<string, ReviewAction>> = {
  s: { kind: 'answer', verdict: 'same' },
  d: { kind: 'answer', verdict: 'different' },
  u: { kind: 'answer', verdict: 'unsure' },
  ' ': { kind: 'skip' },
  k: { kind: 'skip' },
  n: { kind: 'note' },
  z: { kind: 'undo' },
  q: { kind: 'quit' },
};

/** The action of a key press (case-insensitive), or undefined for a key that means nothing here. */
export function reviewAction(key: string): ReviewAction | undefined {
  return Object.hasOwn(REVIEW_KEYS, key.toLowerCase()) ? REVIEW_KEYS[key.toLowerCase()] : undefined;
}

/** A reviewer's answer about one pair of the session, not yet a stored decision. */
export interface ReviewAnswer<Item> {
  item: Item;
  verdict: Verdict;
  note: string;
  /** ISO timestamp of the key press. */
  at: string;
}

interface Step<Item> {
  index: number;
  answer?: ReviewAnswer<Item>;
  /** Handed out by {@link ReviewSession.settled}: the caller stored it, it can no longer be taken back. */
  stored: boolean;
}

/**
 * One sitting of the review queue, as a state machine without input or output: the terminal
 * feeds it actions and asks what to show and what to store.
 *
 * Decisions are append-only, so undo cannot delete a stored one. The session therefore holds the
 * latest answer back: an answer is handed out for storing ({@link settled}) only once the
 * reviewer has answered or skipped the pair after it, or quits. Undo of that latest answer simply
 * forgets it. Undo further back reopens a pair whose answer is already stored: the screen says
 * so, and a new answer is stored as a new decision that supersedes it (skipping leaves the stored
 * one in force). At most one answer is lost if the process dies.
 */
export class ReviewSession<Item> {
  private position = 0;
  private readonly steps: Step<Item>[] = [];
  private pendingNote = '';
  /** The step undo went back to, when its answer had already been handed out for storing. */
  private reopened: Step<Item> | undefined;
  private handedOut = 0;

  constructor(private readonly items: readonly Item[]) {}

  /** The pair to show, or undefined when the queue is done. */
  get current(): Item | undefined {
    return this.items[this.position];
  }

  /** How many pairs are left, the current one included: "12 of 40 left". */
  get left(): number {
    return this.items.length - this.position;
  }

  /** How many pairs the session started with. */
  get total(): number {
    return this.items.length;
  }

  /** The note that the next answer will carry. */
  get note(): string {
    return this.pendingNote;
  }

  /**
   * The answer already stored for the current pair, when the reviewer came back to it by undo:
   * a new answer supersedes it.
   */
  get storedAnswer(): ReviewAnswer<Item> | undefined {
    return this.reopened?.answer;
  }

  /** Sets the note for the current pair's answer (the last note given wins). */
  setNote(note: string): void {
    this.pendingNote = note.trim();
  }

  /** Answers the current pair and moves to the next. */
  answer(verdict: Verdict, at: string): void {
    const item = this.current;
    if (item === undefined) return;
    this.steps.push({ index: this.position, answer: { item, verdict, note: this.pendingNote, at }, stored: false });
    this.advance();
  }

  /** Leaves the current pair undecided (it stays in the queue for a later session). */
  skip(): void {
    if (this.current === undefined) return;
    this.steps.push({ index: this.position, stored: false });
    this.advance();
  }

  /**
   * Goes back to the previous pair. Returns what was undone: `forgotten` when its answer had not
   * been stored yet, `reopened` when it had (a new answer will supersede it), `skipped` when the
   * pair had been skipped, `nothing` at the start of the session.
   */
  undo(): 'forgotten' | 'reopened' | 'skipped' | 'nothing' {
    const step = this.steps.pop();
    if (step === undefined) return 'nothing';
    this.position = step.index;
    this.pendingNote = step.answer?.note ?? '';
    this.reopened = step.stored ? step : undefined;
    if (step.answer === undefined) return 'skipped';
    return step.stored ? 'reopened' : 'forgotten';
  }

  /**
   * Answers that can no longer be undone without superseding, and are not stored yet: every
   * answer but the latest step's. The caller stores them and they are marked stored.
   */
  settled(): ReviewAnswer<Item>[] {
    return this.take(this.steps.length - 1);
  }

  /** Every answer not stored yet, the latest included: what to store when the reviewer quits. */
  finish(): ReviewAnswer<Item>[] {
    return this.take(this.steps.length);
  }

  /** How many answers the session has handed out for storing (superseded ones included). */
  get storedCount(): number {
    return this.handedOut;
  }

  private take(upTo: number): ReviewAnswer<Item>[] {
    const out: ReviewAnswer<Item>[] = [];
    for (let i = 0; i < upTo; i++) {
      const step = this.steps[i]!;
      if (step.stored) continue;
      step.stored = true;
      if (step.answer !== undefined) out.push(step.answer);
    }
    this.handedOut += out.length;
    return out;
  }

  private advance(): void {
    this.reopened = undefined;
    this.pendingNote = '';
    this.position++;
  }
}
