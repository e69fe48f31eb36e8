import { Arena } from './typed-array-arena.js';

/**
 * Reusable scratch arrays, one per slot, carved from an arena. A slot is first made as large as
 * the most memberships a rule has before refinement (`entries`), so that it seldom grows: a
 * grown slot leaves its old space unused in the arena.
 */
export class Scratch {
  private readonly buffers: Int32Array[] = [];
  /** Where the slots, and other arrays that live only while blocking, are carved from. */
  readonly arena: Arena;

  constructor(private readonly entries: number) {
    this.arena = new Arena(Math.min(256 << 20, Math.max(1 << 20, entries * 4 * 8)));
  }

  /** `length` entries of slot `slot`, contents left from earlier use. */
  int32(slot: Slot, length: number): Int32Array {
    let buffer = this.buffers[slot];
    if (buffer === undefined || buffer.length < length) {
      const first = slot === Slot.Start0 || slot === Slot.Start1 ? length : Math.ceil(this.entries * 1.1);
      buffer = this.arena.int32(Math.max(length, buffer === undefined ? first : Math.ceil(buffer.length * 1.25)));
      this.buffers[slot] = buffer;
    }
    return buffer.subarray(0, length);
  }
}

/** The scratch slots: each holds one temporary at a time (the comments say which). */
export const enum Slot {
  Counts,
  SortA,
  SortB,
  KeyA1,
  KeyA2,
  KeyB1,
  KeyB2,
  Record0,
  Record1,
  Group0,
  Group1,
  Outer,
  Inner,
  FirstSeen,
  Blocks,
  Entries,
  PieceIds,
  Start0,
  Start1,
  Members0,
  Members1,
  Sizes,
  Fill,
  Dense,
  Affected,
}
