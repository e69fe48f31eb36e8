import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvLine } from './csv-writer.js';

describe('csvCell', () => {
  it('writes any text or number exactly as csvLine writes it as a cell', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', 'a', 'Ա', ' ') }));
    fc.assert(
      fc.property(fc.oneof(text, fc.double({ noNaN: true }), fc.integer()), (value) => {
        expect(csvCell(value)).toBe(csvLine([value]).slice(0, -2));
      }),
    );
  });

  it('quotes and neutralises what a spreadsheet would misread', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('Арутюнян, Арам')).toBe('"Арутюнян, Арам"');
    expect(csvCell('Հարությունյան')).toBe('Հարությունյան');
    expect(csvCell('')).toBe('');
  });
});
