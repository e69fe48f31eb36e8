import type { Memberships } from './block-memberships.js';
import { insertSortedUnique, pairIds } from './block-memberships.js';
import type { KeyPartValues } from './blocking-features.js';
import type { Scratch } from './blocking-scratch.js';
import { Slot } from './blocking-scratch.js';

/**
 * How many pairs, in multiples of the budget, the records without a value for a refinement part
 * may add per oversized block by joining its pieces: u unknowns joining k known entries add
 * about u × k pairs. Bounded per split block, so candidate pairs stay linear in the records.
 */
const UNKNOWN_JOIN_BUDGETS = 4;

/**
 * Splits the oversized blocks by one more key part: a record in an oversized block moves to the
 * pieces (block, value) of its values of `part`. A record with no value joins every piece of its
 * block, so that a pair where one side lacks the part (a birth year, a father's name) is still
 * compared: when the unknowns times the known members stay within {@link UNKNOWN_JOIN_BUDGETS}
 * budgets, and only pieces that still fit the budget with them (so a piece they join is never
 * split or skipped because of them). They also go to a piece of their own, (block, unknown),
 * unless some piece took them. Blocks within the budget keep their ids and members; pieces get
 * new ids (numbered as first met, record by record), and oversized blocks are left empty.
 * Returns the new memberships (in the other pair of slots than `m`) and each block's depth.
 */
export function refine(scratch: Scratch, n: number, m: Memberships, into: 0 | 1, oversized: Uint8Array, depth: Uint8Array, part: KeyPartValues, maxPairsPerBlock: number): { memberships: Memberships; depth: Uint8Array } {
  const unknown = part.range;
  // The oversized blocks numbered densely, ascending: what follows is sized by them, not by all
  // blocks (after the first split, a few thousand of millions).
  const dense = scratch.int32(Slot.Dense, m.count);
  let splitBlocks = 0;
  for (let b = 0; b < m.count; b++) if (oversized[b] === 1) dense[b] = splitBlocks++;
  // The records in an oversized block: only their memberships change.
  const affected = scratch.int32(Slot.Affected, n);
  let affectedCount = 0;
  let pieceEntries = 0;
  let moved = 0;
  for (let i = 0; i < n; i++) {
    const values = Math.max(1, (part.start[i + 1] as number) - (part.start[i] as number));
    let inOversized = 0;
    for (let k = m.start[i] as number; k < (m.start[i + 1] as number); k++) inOversized += oversized[m.blocks[k] as number] as number;
    if (inOversized > 0) {
      affected[affectedCount++] = i;
      moved += inOversized;
      pieceEntries += inOversized * values;
    }
  }
  // Per piece entry, record by record: the oversized block (densely numbered), the value it is split by.
  const pieceBlock = scratch.int32(Slot.Outer, pieceEntries);
  const pieceValue = scratch.int32(Slot.Inner, pieceEntries);
  let x = 0;
  for (let r = 0; r < affectedCount; r++) {
    const i = affected[r] as number;
    const from = part.start[i] as number;
    const to = part.start[i + 1] as number;
    for (let k = m.start[i] as number; k < (m.start[i + 1] as number); k++) {
      const b = m.blocks[k] as number;
      if (oversized[b] === 0) continue;
      for (let v = from; v < Math.max(to, from + 1); v++) {
        pieceBlock[x] = dense[b] as number;
        pieceValue[x++] = from === to ? unknown : (part.values[v] as number);
      }
    }
  }
  const pieces = pairIds(scratch, pieceBlock, splitBlocks, pieceValue, unknown + 1, Slot.PieceIds);
  // Which known pieces the unknowns of their block join.
  const pieceSize = new Int32Array(pieces.count);
  const pieceOf = new Int32Array(pieces.count);
  const pieceUnknown = new Uint8Array(pieces.count);
  for (let e = 0; e < pieceEntries; e++) {
    const p = pieces.ids[e] as number;
    pieceSize[p] = (pieceSize[p] as number) + 1;
    pieceOf[p] = pieceBlock[e] as number;
    if (pieceValue[e] === unknown) pieceUnknown[p] = 1;
  }
  const unknowns = new Int32Array(splitBlocks);
  const known = new Int32Array(splitBlocks);
  for (let p = 0; p < pieces.count; p++) {
    const b = pieceOf[p] as number;
    if (pieceUnknown[p] === 1) unknowns[b] = pieceSize[p] as number;
    else known[b] = (known[b] as number) + (pieceSize[p] as number);
  }
  const joins = (p: number): boolean => {
    const b = pieceOf[p] as number;
    const u = unknowns[b] as number;
    if (pieceUnknown[p] === 1 || u === 0 || u * (known[b] as number) > UNKNOWN_JOIN_BUDGETS * maxPairsPerBlock) return false;
    const size = (pieceSize[p] as number) + u;
    return (size * (size - 1)) / 2 <= maxPairsPerBlock;
  };
  const joinStart = new Int32Array(splitBlocks + 1);
  for (let p = 0; p < pieces.count; p++) {
    if (!joins(p)) continue;
    const b = (pieceOf[p] as number) + 1;
    joinStart[b] = (joinStart[b] as number) + 1;
  }
  for (let b = 0; b < splitBlocks; b++) joinStart[b + 1] = (joinStart[b + 1] as number) + (joinStart[b] as number);
  const joined = new Int32Array(joinStart[splitBlocks] as number);
  const fill = joinStart.slice(0, splitBlocks);
  for (let p = 0; p < pieces.count; p++) {
    if (!joins(p)) continue;
    const b = pieceOf[p] as number;
    joined[fill[b] as number] = p;
    fill[b] = (fill[b] as number) + 1;
  }
  // The new memberships: kept blocks, known pieces, and each unknown in its block's joined pieces
  // (or its own piece). Pieces get new ids from m.count, numbered as first met record by record;
  // a record's kept blocks (below m.count) come first, its pieces after them in ascending order.
  let finalPieces = 0;
  for (let e = 0; e < pieceEntries; e++) {
    const b = pieceBlock[e] as number;
    finalPieces += pieceValue[e] === unknown ? Math.max(1, (joinStart[b + 1] as number) - (joinStart[b] as number)) : 1;
  }
  const start = scratch.int32(into === 0 ? Slot.Start0 : Slot.Start1, n + 1);
  const blocks = scratch.int32(into === 0 ? Slot.Members0 : Slot.Members1, m.blocks.length - moved + finalPieces);
  const idOf = scratch.int32(Slot.FirstSeen, pieces.count).fill(-1);
  const newDepth = new Uint8Array(m.count + pieces.count);
  newDepth.set(depth);
  let next = m.count;
  let at = 0;
  let copied = 0;
  x = 0;
  const copyUnaffected = (to: number): void => {
    // Records copied..to-1 keep their lists: one copy, their starts shifted alike.
    const shift = at - (m.start[copied] as number);
    for (let i = copied; i < to; i++) start[i] = (m.start[i] as number) + shift;
    blocks.set(m.blocks.subarray(m.start[copied] as number, m.start[to] as number), at);
    at = (m.start[to] as number) + shift;
  };
  const add = (from: number, id: number): void => {
    at = insertSortedUnique(blocks, from, at, id);
  };
  const numbered = (p: number, b: number): number => {
    let id = idOf[p] as number;
    if (id < 0) {
      id = next++;
      idOf[p] = id;
      newDepth[id] = (depth[b] as number) + 1;
    }
    return id;
  };
  for (let r = 0; r < affectedCount; r++) {
    const i = affected[r] as number;
    copyUnaffected(i);
    start[i] = at;
    for (let k = m.start[i] as number; k < (m.start[i + 1] as number); k++) {
      const b = m.blocks[k] as number;
      if (oversized[b] === 0) blocks[at++] = b;
    }
    const piecesFrom = at;
    const values = Math.max(1, (part.start[i + 1] as number) - (part.start[i] as number));
    for (let k = m.start[i] as number; k < (m.start[i + 1] as number); k++) {
      const b = m.blocks[k] as number;
      if (oversized[b] === 0) continue;
      const d = dense[b] as number;
      const from = joinStart[d] as number;
      const to = joinStart[d + 1] as number;
      for (let v = 0; v < values; v++, x++) {
        if (pieceValue[x] !== unknown || from === to) add(piecesFrom, numbered(pieces.ids[x] as number, b));
        else for (let j = from; j < to; j++) add(piecesFrom, numbered(joined[j] as number, b));
      }
    }
    copied = i + 1;
  }
  copyUnaffected(n);
  start[n] = at;
  return { memberships: { start, blocks: blocks.subarray(0, at), count: next }, depth: newDepth.subarray(0, next) };
}
