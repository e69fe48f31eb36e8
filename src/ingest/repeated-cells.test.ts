import { describe, expect, it } from 'vitest';
import { RepeatedCells, ownText } from './repeated-cells.js';

describe('RepeatedCells', () => {
  it('reads each distinct text once and gives later cells the same reading', () => {
    let reads = 0;
    const cells = new RepeatedCells((cell) => {
      reads++;
      return { text: cell };
    });
    const first = cells.get('12.03.1999');
    const text = 'x,12.03.1999,y'.slice(2, 12);
    expect(cells.get(text)).toBe(first);
    expect(cells.get('13.03.1999')).toEqual({ text: '13.03.1999' });
    expect(reads).toBe(2);
  });

  it('stops remembering a column whose values are all distinct, and still reads every cell', () => {
    let reads = 0;
    const cells = new RepeatedCells((cell) => {
      reads++;
      return cell;
    });
    for (let i = 0; i < 40_000; i++) expect(cells.get(String(i))).toBe(String(i));
    expect(cells.get('7')).toBe('7');
    // Once given up, a repeat is read again rather than looked up.
    expect(reads).toBe(40_001);
  });
});

describe('ownText', () => {
  it('keeps the text exactly, lone surrogates and quotes included', () => {
    for (const text of ['', 'Ադամյան', 'Կրտսեր սերժանտ', 'a "quoted" \\ cell\u0000 with \ud800 a lone half and more']) {
      expect(ownText(text)).toBe(text);
    }
  });
});

describe('RepeatedCells (bounded)', () => {
  it('remembers a bounded number of values, however many distinct ones a long file holds', () => {
    const cells = new RepeatedCells((cell) => ({ cell }));
    // Each value twice, so the column is not mostly distinct and stays remembered.
    for (let i = 0; i < 100_000; i++) {
      cells.get(`v${i}`);
      cells.get(`v${i}`);
    }
    expect(cells.get('v1')).toBe(cells.get('v1'));
    expect(cells.get('v99999')).not.toBe(cells.get('v99999'));
    expect(cells.get('v99999')).toEqual({ cell: 'v99999' });
  });
});
