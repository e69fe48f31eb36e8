import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CSV_DELIMITERS, sniffCsvDialect } from './delimiter-sniffing.js';

describe('sniffCsvDialect', () => {
  it('picks the delimiter that splits every line alike, not one inside names', () => {
    expect(sniffCsvDialect('ФИО;Дата\nГригорян, Арам;1999\nПетросян Давид;2000\n').delimiter).toBe(';');
    expect(sniffCsvDialect('a\tb\tc\n1\t2\t3\n').delimiter).toBe('\t');
    expect(sniffCsvDialect('a|b\n1|2\n').delimiter).toBe('|');
    expect(sniffCsvDialect('a,b\n"x;y",2\n').delimiter).toBe(',');
  });

  it('follows the "sep=" line Excel writes', () => {
    expect(sniffCsvDialect('sep=|\na,b|c\nd,e|f\n,|\n').delimiter).toBe('|');
  });

  it('reads old Mac line breaks', () => {
    expect(sniffCsvDialect('a;b\r1;2\r')).toEqual({ delimiter: ';', newline: '\r' });
  });

  it('finds the delimiter of any generated table', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CSV_DELIMITERS),
        fc.integer({ min: 2, max: 8 }),
        fc.array(fc.stringMatching(/^[A-Za-zА-я ]{1,8}$/), { minLength: 10, maxLength: 60 }),
        (delimiter, width, words) => {
          const rows: string[] = [];
          for (let i = 0; i + width <= words.length; i += width) rows.push(words.slice(i, i + width).join(delimiter));
          expect(sniffCsvDialect(rows.join('\n') + '\n').delimiter).toBe(delimiter);
        },
      ),
    );
  });
});
