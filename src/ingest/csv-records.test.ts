import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvRecordSplitter, MAX_LINES_IN_QUOTED_CELL } from './csv-records.js';
import type { CsvRecord } from './csv-records.js';

/** Feeds `text` in the given chunk sizes, as a file stream would; the records without their lines. */
function split(text: string, delimiter = ',', chunkSizes: number[] = [text.length || 1]): ({ cells: string[] } | { broken: string })[] {
  return splitWithLines(text, delimiter, chunkSizes).map((record) => ('cells' in record ? { cells: record.cells } : { broken: record.broken }));
}

/** The same, each record with the line it starts on. */
function splitWithLines(text: string, delimiter = ',', chunkSizes: number[] = [text.length || 1]): CsvRecord[] {
  const splitter = new CsvRecordSplitter(delimiter);
  const records: CsvRecord[] = [];
  let at = 0;
  let k = 0;
  while (at < text.length) {
    const size = Math.max(1, chunkSizes[k++ % chunkSizes.length] as number);
    records.push(...splitter.push(text.slice(at, at + size)));
    at += size;
  }
  records.push(...splitter.end());
  return records;
}

function quote(cell: string, delimiter: string): string {
  return /["\r\n]/u.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/gu, '""')}"` : cell;
}

describe('CsvRecordSplitter', () => {
  it('splits plain, quoted and multi-line cells', () => {
    expect(split('a,b\r\n"x, y","say ""hi"""\n"two\nlines",z\n')).toEqual([
      { cells: ['a', 'b'] },
      { cells: ['x, y', 'say "hi"'] },
      { cells: ['two\nlines', 'z'] },
    ]);
  });

  it('numbers each record by the line it starts on, as an editor does, however the text is chunked', () => {
    const text = 'a,b\r\n"two\nlines",z\n\nx,"three\n\nlines"\n"never closed\nq,r\n';
    for (const chunks of [[text.length], [1], [3, 7]]) {
      expect(splitWithLines(text, ',', chunks).map((r) => r.line), String(chunks)).toEqual([1, 2, 4, 5, 8, 9]);
    }
  });

  it('keeps a stray quote inside a cell as a character', () => {
    expect(split('Григорян "Арам",5\n')).toEqual([{ cells: ['Григорян "Арам"', '5'] }]);
    expect(split('"Aram" Jr,5\n')).toEqual([{ cells: ['Aram Jr', '5'] }]);
  });

  it('turns a quote never closed into a broken line and reads on from the next line', () => {
    const text = `a,"never closed\n${'x,y\n'.repeat(MAX_LINES_IN_QUOTED_CELL + 5)}`;
    const records = split(text, ',', [7, 1000]);
    expect(records[0]).toEqual({ broken: 'a,"never closed' });
    expect(records.slice(1)).toHaveLength(MAX_LINES_IN_QUOTED_CELL + 5);
    expect(records.slice(1).every((r) => 'cells' in r && r.cells.join() === 'x,y')).toBe(true);
  });

  it('turns a quote still open at the end of the file into a broken line', () => {
    expect(split('a,b\n"c,d\ne,f')).toEqual([{ cells: ['a', 'b'] }, { broken: '"c,d' }, { cells: ['e', 'f'] }]);
  });

  it('reads back any table written with RFC 4180 quoting, however the text is chunked', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'я', 'ա', 'ə', ' ', '"', ',', ';', '\n', '\r\n', 'x'), maxLength: 12 });
    fc.assert(
      fc.property(
        fc.constantFrom(',', ';', '\t', '|'),
        fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 5 }),
        (delimiter, rows, chunks) => {
          const lines = rows.map((row) => row.map((c) => quote(c, delimiter)).join(delimiter));
          const text = lines.join('\n') + '\n';
          // Each record starts one line after the line breaks of every record before it.
          let line = 1;
          const expected = rows.map((cells, i) => {
            const record = { cells, line };
            line += 1 + (lines[i]!.match(/\n/gu)?.length ?? 0);
            return record;
          });
          expect(splitWithLines(text, delimiter, chunks)).toEqual(expected);
        },
      ),
    );
  });

  it('never throws on any text, and loses no line: every line is in a record or a broken line', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '"', ',', '\n', '\r', 'я', ' '), maxLength: 200 }), fc.integer({ min: 1, max: 50 }), (text, chunk) => {
        const records = split(text, ',', [chunk]);
        const letters = (s: string) => s.replace(/[^aя]/gu, '').length;
        const kept = records.reduce((n, r) => n + ('cells' in r ? r.cells.reduce((m, c) => m + letters(c), 0) : letters(r.broken)), 0);
        expect(kept).toBe(letters(text));
      }),
    );
  });

  it('holds a huge cell whole', () => {
    const huge = 'я'.repeat(3_000_000);
    const records = split(`a,b\n"${huge}",x\n`, ',', [65_536]);
    expect(records).toHaveLength(2);
    expect(records[1]).toEqual({ cells: [huge, 'x'] });
  });
});
