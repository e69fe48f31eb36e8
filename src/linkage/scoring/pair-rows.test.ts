import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairRowWriter, weightCell } from './pair-rows.js';

const source = { lists: ['home', 'held'], list: Int32Array.from([0, 1, 1]), row: Int32Array.from([1, 20, 300]) };
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('PairRowWriter', () => {
  it('writes a weight given as a ready cell exactly as it writes the weight itself', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -60, max: 60, noNaN: true }), { minLength: 1, maxLength: 12 }), fc.double({ min: -80, max: 80, noNaN: true }), (weights, matchWeight) => {
        const fieldWeights = Float32Array.from(weights);
        const plain = new PairRowWriter(source);
        plain.push(0, 2, matchWeight, fieldWeights, 0, weights.length);
        const withCells = new PairRowWriter(source);
        // Every other weight as a ready cell: both ways mix in one row.
        const cells = weights.map((w, c) => (c % 2 === 0 ? weightCell(w) : undefined));
        withCells.push(0, 2, matchWeight, fieldWeights, 0, weights.length, cells);
        expect(decode(withCells.build())).toBe(decode(plain.build()));
      }),
    );
  });

  it('writes the probability as String(Number(p.toFixed(6))) on both sides of the ±21-bit shortcut', () => {
    for (const w of [-80, -21.0001, -21, -20.9999, -19.93, -19.94, 0, 19.93, 20.9999, 21, 21.0001, 80, -Infinity, Infinity]) {
      const rows = new PairRowWriter(source);
      rows.push(0, 1, w, new Float32Array(0), 0, 0);
      const p = 2 ** w / (1 + 2 ** w);
      const expected = String(Number((Number.isFinite(2 ** w) ? p : 1).toFixed(6)));
      expect(decode(rows.build()).split(',')[5]).toBe(`${expected}\r\n`);
    }
  });

  it('writes the list, row and rounded weights of a pair', () => {
    const rows = new PairRowWriter(source);
    rows.push(0, 2, 20.6014, Float32Array.from([10.0551, 0, -3.5]), 0, 3, [undefined, weightCell(0), undefined]);
    expect(decode(rows.build())).toBe('home,1,held,300,20.601,0.999999,10.055,0,-3.5\r\n');
  });
});
