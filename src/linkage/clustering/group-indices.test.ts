import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupIndices } from './group-indices.js';

describe('groupIndices', () => {
  it('lists the indices of each group in the order given, groups in key order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }).chain((groups) => fc.tuple(fc.constant(groups), fc.array(fc.nat(groups - 1), { maxLength: 60 }))), fc.boolean(), ([groups, keys], reversed) => {
        const key = Int32Array.from(keys);
        const from = reversed ? Int32Array.from(keys.map((_, i) => keys.length - 1 - i)) : undefined;
        const { start, order } = groupIndices(key, groups, from);
        const given = from === undefined ? keys.map((_, i) => i) : Array.from(from);
        for (let g = 0; g < groups; g++) expect(Array.from(order.subarray(start[g], start[g + 1]))).toEqual(given.filter((i) => key[i] === g));
        expect(start[groups]).toBe(keys.length);
      }),
    );
  });
});
