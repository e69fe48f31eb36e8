import type { CompiledBlockingRule } from './blocking-compiler.js';
import type { KeyPartValues } from './blocking-features.js';
import type { BlockingKeyPart, BlockingRule } from './blocking-rules.js';
import { BLOCKING_KEY_PARTS } from './blocking-rules.js';

/**
 * Per record, what it may share with another on each key part the rules block on, in one row of
 * `stride` numbers (`values[r * stride ..]`), so that a pair's test reads one row per record: for
 * a single-valued part (birth year, service number...) its value, -1 when missing; for a name's
 * keys a 64-bit mask of their hashes, in two numbers, 0 when missing. Two records share a block
 * of a rule only if they are equal on each of its single-valued parts and their masks meet on
 * each of its names: a test far cheaper than comparing their block lists, made first. From
 * `listsAt`, two numbers per rule: where the record's block list starts and ends in the rule's
 * `recordBlocks` (its `recordStart`, copied here so that the walk finds them in the same row).
 */
export interface KeySignatures {
  stride: number;
  values: Int32Array;
  /** Per rule: where in a row its single-valued parts are. */
  valueAt: Int32Array[];
  /** Per rule: where in a row its names' masks are (two numbers each). */
  maskAt: Int32Array[];
  /** Where in a row rule 0's block list bounds are; rule r's are 2 r further. */
  listsAt: number;
}

/** The parts that hold at most one value per record. */
const SINGLE_VALUED: readonly BlockingKeyPart[] = ['birth_year', 'birth_date', 'birth_month_day', 'service_number', 'unit'];

/** The bit (0..63) a name key sets in a record's mask: a multiplicative hash of its code. */
function maskBit(code: number): number {
  return Math.imul(code, 0x9e3779b1) >>> 26;
}

/** The rows of {@link KeySignatures} for the parts `rules` block on. */
export function keySignatures(n: number, rules: readonly BlockingRule[], values: (part: BlockingKeyPart) => KeyPartValues): KeySignatures {
  const used = BLOCKING_KEY_PARTS.filter((part) => rules.some((rule) => rule.keys.includes(part)));
  const at = new Map<BlockingKeyPart, number>();
  let stride = 0;
  for (const part of used) {
    at.set(part, stride);
    stride += SINGLE_VALUED.includes(part) ? 1 : 2;
  }
  const listsAt = stride;
  stride += 2 * rules.length;
  const out = new Int32Array(new SharedArrayBuffer(Math.max(1, n * stride) * 4));
  for (const part of used) {
    const { start, values: codes } = values(part);
    const offset = at.get(part) as number;
    if (SINGLE_VALUED.includes(part)) {
      for (let i = 0, row = offset; i < n; i++, row += stride) out[row] = (start[i + 1] as number) > (start[i] as number) ? (codes[start[i] as number] as number) : -1;
      continue;
    }
    for (let i = 0, row = offset; i < n; i++, row += stride) {
      let low = 0;
      let high = 0;
      for (let k = start[i] as number; k < (start[i + 1] as number); k++) {
        const bit = maskBit(codes[k] as number);
        if (bit < 32) low |= 1 << bit;
        else high |= 1 << (bit - 32);
      }
      out[row] = low;
      out[row + 1] = high;
    }
  }
  const offsets = (rule: BlockingRule, single: boolean): Int32Array => Int32Array.from(rule.keys.filter((part) => SINGLE_VALUED.includes(part) === single).map((part) => at.get(part) as number));
  return { stride, values: out, valueAt: rules.map((rule) => offsets(rule, true)), maskAt: rules.map((rule) => offsets(rule, false)), listsAt };
}

/** Copies each compiled rule's block list bounds into the records' rows (see {@link KeySignatures}). */
export function setListBounds(signatures: KeySignatures, rules: readonly CompiledBlockingRule[]): void {
  const { stride, values, listsAt } = signatures;
  rules.forEach(({ recordStart }, rule) => {
    const n = recordStart.length - 1;
    for (let i = 0, row = listsAt + 2 * rule; i < n; i++, row += stride) {
      values[row] = recordStart[i] as number;
      values[row + 1] = recordStart[i + 1] as number;
    }
  });
}
