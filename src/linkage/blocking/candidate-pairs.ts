/*
 * Walking a plan's candidate pairs: each pair once, in the first rule and the first block of
 * that rule it shares with its partner (see blocking.ts for how the blocks are made).
 */
import type { BlockingPlan, CompiledBlockingRule } from './blocking.js';

/**
 * True when an earlier rule than `rule` already generates the pair (a, b): the union stays
 * deduplicated. Each earlier rule is tested on the records' key signatures first; only when
 * they may share one of its blocks are their block lists (bounds in the same rows) compared.
 */
export function generatedEarlier(plan: BlockingPlan, rule: number, a: number, b: number): boolean {
  const { stride, values, valueAt, maskAt, listsAt } = plan.signatures;
  const rowA = a * stride;
  const rowB = b * stride;
  for (let r = 0; r < rule; r++) {
    if (!mayShareBlock(values, rowA, rowB, valueAt[r] as Int32Array, maskAt[r] as Int32Array)) continue;
    const { recordBlocks, skipped } = plan.rules[r] as CompiledBlockingRule;
    const at = listsAt + 2 * r;
    if (listsShare(recordBlocks, skipped, values[rowA + at] as number, values[rowA + at + 1] as number, values[rowB + at] as number, values[rowB + at + 1] as number)) return true;
  }
  return false;
}

/**
 * False when the records of rows `rowA` and `rowB` of {@link KeySignatures} cannot share a block
 * of a rule: they differ on (or miss) one of its single-valued parts (at `valueAt`), or share no
 * key of one of its names (their masks at `maskAt` do not meet).
 */
function mayShareBlock(values: Int32Array, rowA: number, rowB: number, valueAt: Int32Array, maskAt: Int32Array): boolean {
  for (let k = 0; k < valueAt.length; k++) {
    const at = valueAt[k] as number;
    const x = values[rowA + at] as number;
    if (x < 0 || x !== values[rowB + at]) return false;
  }
  for (let k = 0; k < maskAt.length; k++) {
    const at = maskAt[k] as number;
    if (((values[rowA + at] as number) & (values[rowB + at] as number)) === 0 && ((values[rowA + at + 1] as number) & (values[rowB + at + 1] as number)) === 0) return false;
  }
  return true;
}

/** A slice of the work: blocks `from` to `to` (exclusive) of one rule. */
export interface BlockRange {
  rule: number;
  from: number;
  to: number;
  /** When counting a sample of the ranges: how many pairs each counted pair stands for (1 by default). */
  weight?: number;
}

/** Pairs in the blocks of a range that its rule generates (before removing pairs earlier rules generate). */
export function pairsInRange(plan: BlockingPlan, range: BlockRange): number {
  const { blockStart, skipped } = plan.rules[range.rule] as CompiledBlockingRule;
  let pairs = 0;
  for (let b = range.from; b < range.to; b++) {
    const size = (blockStart[b + 1] as number) - (blockStart[b] as number);
    if (skipped[b] === 0) pairs += (size * (size - 1)) / 2;
  }
  return pairs;
}

/** Cuts the work into ranges of roughly `pairsPerRange` pairs each, to stream them in bounded memory. */
export function splitIntoRanges(plan: BlockingPlan, pairsPerRange: number): BlockRange[] {
  const ranges: BlockRange[] = [];
  plan.rules.forEach((compiled, rule) => {
    const blocks = compiled.skipped.length;
    let from = 0;
    let pairs = 0;
    for (let b = 0; b < blocks; b++) {
      const size = (compiled.blockStart[b + 1] as number) - (compiled.blockStart[b] as number);
      if (compiled.skipped[b] === 0) pairs += (size * (size - 1)) / 2;
      if (pairs >= pairsPerRange) {
        ranges.push({ rule, from, to: b + 1 });
        from = b + 1;
        pairs = 0;
      }
    }
    if (from < blocks) ranges.push({ rule, from, to: blocks });
  });
  return ranges;
}

/**
 * Per member of the block being walked: where its block list starts, where this block sits in it
 * (the blocks before are those numbered below), and a cursor. Grown as needed, reused block to block.
 */
let memberFirst = new Int32Array(64);
let memberAt = new Int32Array(64);
let memberCursor = new Int32Array(64);

/** Where `block` sits in the ascending list `blocks[from .. to)`, which holds it. */
function positionOf(blocks: Int32Array, from: number, to: number, block: number): number {
  let low = from;
  let high = to - 1;
  // A record has a handful of blocks, but one without a refinement part may have joined many pieces.
  while (high - low > 8) {
    const middle = (low + high) >>> 1;
    if ((blocks[middle] as number) < block) low = middle + 1;
    else high = middle;
  }
  while (blocks[low] !== block) low++;
  return low;
}

/**
 * True when an earlier generated block of the rule holds every member of the block being walked
 * (the first `size` entries of {@link memberFirst} and {@link memberAt}): then each of its pairs
 * was generated there, and the block has none of its own. Blocks of a name's several keys often
 * hold the same records: at 100,000 records over half of the pairs within blocks lie in such.
 * The earlier blocks of the member with the fewest are tried, the others' lists merged along.
 */
function coveredByEarlierBlock(compiled: CompiledBlockingRule, size: number): boolean {
  const { recordBlocks, skipped } = compiled;
  let fewest = 0;
  for (let i = 0; i < size; i++) {
    memberCursor[i] = memberFirst[i] as number;
    if ((memberAt[i] as number) - (memberFirst[i] as number) < (memberAt[fewest] as number) - (memberFirst[fewest] as number)) fewest = i;
  }
  for (let k = memberFirst[fewest] as number; k < (memberAt[fewest] as number); k++) {
    const earlier = recordBlocks[k] as number;
    if (skipped[earlier] === 1) continue;
    let all = true;
    for (let i = 0; i < size; i++) {
      let at = memberCursor[i] as number;
      const end = memberAt[i] as number;
      while (at < end && (recordBlocks[at] as number) < earlier) at++;
      memberCursor[i] = at;
      // Not in this member's list: the next candidate is larger, where the cursors now stand.
      if (at === end) return false;
      if (recordBlocks[at] !== earlier) {
        all = false;
        break;
      }
    }
    if (all) return true;
  }
  return false;
}

/** True when the block lists `blocks[i .. iEnd)` and `blocks[j .. jEnd)`, ascending, share a generated block. */
function listsShare(blocks: Int32Array, skipped: Uint8Array, i: number, iEnd: number, j: number, jEnd: number): boolean {
  while (i < iEnd && j < jEnd) {
    const x = blocks[i] as number;
    const y = blocks[j] as number;
    if (x === y) {
      if (skipped[x] === 0) return true;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return false;
}

/**
 * Calls `visit(a, b, isNew, block)` (a < b) for every candidate pair of a range: only pairs no
 * earlier rule generates, or with `all`, every pair of the rule's blocks (`isNew` says which).
 * Allocates nothing (once its buffers fit the largest block).
 */
export function forEachPairInRange(plan: BlockingPlan, range: BlockRange, visit: (a: number, b: number, isNew: boolean, block: number) => void, all = false): void {
  const compiled = plan.rules[range.rule] as CompiledBlockingRule;
  const { order, blockStart, skipped, recordBlocks } = compiled;
  const { stride, values, listsAt } = plan.signatures;
  const lists = listsAt + 2 * range.rule;
  for (let block = range.from; block < range.to; block++) {
    if (skipped[block] === 1) continue;
    const start = blockStart[block] as number;
    const size = (blockStart[block + 1] as number) - start;
    if (size < 2) continue;
    if (memberFirst.length < size) {
      memberFirst = new Int32Array(size * 2);
      memberAt = new Int32Array(size * 2);
      memberCursor = new Int32Array(size * 2);
    }
    let below = 0;
    for (let i = 0; i < size; i++) {
      const row = (order[start + i] as number) * stride + lists;
      const first = values[row] as number;
      const at = positionOf(recordBlocks, first, values[row + 1] as number, block);
      memberFirst[i] = first;
      memberAt[i] = at;
      if (at > first) below++;
    }
    // A pair in several blocks of this rule is generated in the first of them only.
    if (below === size && coveredByEarlierBlock(compiled, size)) continue;
    for (let i = 0; i < size; i++) {
      const a = order[start + i] as number;
      const aFirst = memberFirst[i] as number;
      const aAt = memberAt[i] as number;
      for (let j = i + 1; j < size; j++) {
        const bAt = memberAt[j] as number;
        if (aAt > aFirst && bAt > (memberFirst[j] as number) && listsShare(recordBlocks, skipped, aFirst, aAt, memberFirst[j] as number, bAt)) continue;
        const b = order[start + j] as number;
        const isNew = range.rule === 0 || !generatedEarlier(plan, range.rule, a, b);
        if (isNew || all) visit(a, b, isNew, block);
      }
    }
  }
}
