import type { KeyPartValues } from './blocking-features.js';
import type { Scratch } from './blocking-scratch.js';
import { Slot } from './blocking-scratch.js';

/** Memberships of records in blocks: record `r` is in blocks `blocks[start[r] .. start[r + 1])`. */
export interface Memberships {
  start: Int32Array;
  blocks: Int32Array;
  /** Number of block ids in use. */
  count: number;
}

/**
 * Stable counting sort of entries by `by` (values in [0, range)), carrying their index and
 * other key along: every read is sequential (sorting indices alone made each read of a key a
 * cache miss, most of blocking's time at a million records). Writes into the three `into` slots.
 */
function countingSort(scratch: Scratch, index: Int32Array, by: Int32Array, other: Int32Array, range: number, into: readonly [Slot, Slot, Slot]): [Int32Array, Int32Array, Int32Array] {
  const n = index.length;
  const counts = scratch.int32(Slot.Counts, range + 1).fill(0);
  for (let i = 0; i < n; i++) {
    const key = (by[i] as number) + 1;
    counts[key] = (counts[key] as number) + 1;
  }
  for (let v = 0; v < range; v++) counts[v + 1] = (counts[v + 1] as number) + (counts[v] as number);
  const sortedIndex = scratch.int32(into[0], n);
  const sortedBy = scratch.int32(into[1], n);
  const sortedOther = scratch.int32(into[2], n);
  for (let i = 0; i < n; i++) {
    const key = by[i] as number;
    const at = counts[key] as number;
    counts[key] = at + 1;
    sortedIndex[at] = index[i] as number;
    sortedBy[at] = key;
    sortedOther[at] = other[i] as number;
  }
  return [sortedIndex, sortedBy, sortedOther];
}

/**
 * Dense ids (into slot `into`) for the pairs (first[i], second[i]): equal pairs get equal ids.
 * A radix sort on the two: no hashing of composite keys.
 */
export function pairIds(scratch: Scratch, first: Int32Array, firstRange: number, second: Int32Array, secondRange: number, into: Slot): { ids: Int32Array; count: number } {
  const n = first.length;
  const identity = scratch.int32(Slot.SortA, n);
  for (let i = 0; i < n; i++) identity[i] = i;
  const [bySecond, secondSorted, firstBySecond] = countingSort(scratch, identity, second, first, secondRange, [Slot.SortB, Slot.KeyB1, Slot.KeyB2]);
  const [order, firstSorted, secondThen] = countingSort(scratch, bySecond, firstBySecond, secondSorted, firstRange, [Slot.SortA, Slot.KeyA1, Slot.KeyA2]);
  const ids = scratch.int32(into, n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && (firstSorted[i - 1] !== firstSorted[i] || secondThen[i - 1] !== secondThen[i])) count++;
    ids[order[i] as number] = count;
  }
  return { ids, count: n === 0 ? 0 : count + 1 };
}

/**
 * Numbers groups in the order they are first met in `group`, from `offset` (into slot Blocks),
 * as blocks were numbered when records were read one by one: block ids, and so the ranges of
 * work, do not depend on how groups were found.
 */
function firstSeenIds(scratch: Scratch, group: Int32Array, groups: number, offset: number): { ids: Int32Array; next: number } {
  const table = scratch.int32(Slot.FirstSeen, groups).fill(-1);
  let next = offset;
  const out = scratch.int32(Slot.Blocks, group.length);
  for (let m = 0; m < group.length; m++) {
    const g = group[m] as number;
    let id = table[g] as number;
    if (id < 0) {
      id = next++;
      table[g] = id;
    }
    out[m] = id;
  }
  return { ids: out, next };
}

/**
 * Memberships (into slots `start` and `members`) from (record, block) entries listed record by
 * record: each record's blocks ascending without repeats.
 */
function membershipsOf(scratch: Scratch, n: number, record: Int32Array, block: Int32Array, count: number, into: 0 | 1): Memberships {
  const start = scratch.int32(into === 0 ? Slot.Start0 : Slot.Start1, n + 1);
  const blocks = scratch.int32(into === 0 ? Slot.Members0 : Slot.Members1, record.length);
  start[0] = 0;
  let length = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const from = length;
    for (; m < record.length && record[m] === i; m++) length = insertSortedUnique(blocks, from, length, block[m] as number);
    start[i + 1] = length;
  }
  return { start, blocks: blocks.subarray(0, length), count };
}

/**
 * Inserts `x` into the ascending run `list[from .. length)` unless it holds it already, and
 * gives the run's new end. A record has a handful of blocks: insertion beats sorting.
 */
export function insertSortedUnique(list: Int32Array, from: number, length: number, x: number): number {
  let j = length - 1;
  while (j >= from && (list[j] as number) > x) j--;
  if (j >= from && list[j] === x) return length;
  for (let k = length; k > j + 1; k--) list[k] = list[k - 1] as number;
  list[j + 1] = x;
  return length + 1;
}

/**
 * Every record's blocks of a rule: one per combination of its values of the parts (a name has
 * several keys). Combinations are listed record by record, the first part's values outermost.
 */
export function ruleMemberships(scratch: Scratch, n: number, parts: readonly KeyPartValues[]): Memberships {
  const first = parts[0] as KeyPartValues;
  let record = scratch.int32(Slot.Record0, first.values.length);
  for (let i = 0; i < n; i++) record.fill(i, first.start[i] as number, first.start[i + 1] as number);
  let group = first.values;
  let groups = first.range;
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k] as KeyPartValues;
    let total = 0;
    for (let m = 0; m < record.length; m++) total += (part.start[(record[m] as number) + 1] as number) - (part.start[record[m] as number] as number);
    const odd = k % 2 === 1;
    const nextRecord = scratch.int32(odd ? Slot.Record1 : Slot.Record0, total);
    const outer = scratch.int32(Slot.Outer, total);
    const inner = scratch.int32(Slot.Inner, total);
    let at = 0;
    for (let m = 0; m < record.length; m++) {
      const r = record[m] as number;
      for (let v = part.start[r] as number; v < (part.start[r + 1] as number); v++) {
        nextRecord[at] = r;
        outer[at] = group[m] as number;
        inner[at] = part.values[v] as number;
        at++;
      }
    }
    const combined = pairIds(scratch, outer, groups, inner, part.range, odd ? Slot.Group1 : Slot.Group0);
    record = nextRecord;
    group = combined.ids;
    groups = combined.count;
  }
  const blocks = firstSeenIds(scratch, group, groups, 0);
  return membershipsOf(scratch, n, record, blocks.ids, blocks.next, 0);
}

/** Per block, its number of members (into slot Sizes). */
export function blockSizes(scratch: Scratch, m: Memberships): Int32Array {
  const sizes = scratch.int32(Slot.Sizes, m.count).fill(0);
  for (let k = 0; k < m.blocks.length; k++) {
    const b = m.blocks[k] as number;
    sizes[b] = (sizes[b] as number) + 1;
  }
  return sizes;
}
