import { describe, expect, it } from 'vitest';
import { rowPlace, rowPlaceText } from './row-place.js';

describe('the place of a row as the clerk finds it', () => {
  it('says Excel row for a workbook, with the sheet when there are several', () => {
    expect(rowPlaceText(rowPlace('xlsx', 1, 4, 'Siyahı'))).toBe('Excel row 4');
    expect(rowPlaceText(rowPlace('xlsx', 1, 4, 'Siyahı', 2))).toBe('sheet Siyahı, Excel row 4');
    expect(rowPlaceText(rowPlace('xlsx', 1, 4, 'Siyahı', 2), 'ru')).toBe('лист Siyahı, строка Excel 4');
  });

  it('says line for CSV and JSON Lines, and the data row for a JSON array', () => {
    expect(rowPlaceText(rowPlace('csv', 3, 5))).toBe('line 5');
    expect(rowPlaceText(rowPlace('jsonl', 3, undefined))).toBe('line 3');
    expect(rowPlaceText(rowPlace('json', 3, undefined))).toBe('row 3');
  });

  it('falls back to the data row for rows imported before the clerk\'s number was kept', () => {
    expect(rowPlaceText(rowPlace('xlsx', 7, null, 'A', 2))).toBe('sheet A, row 7');
    expect(rowPlaceText(rowPlace('csv', 7, null))).toBe('row 7');
  });
});
