import type { ListFormat } from './list-source.js';

/** Where a clerk finds a row in the file as received. */
export interface RowPlace {
  /** `sheet-row`: the workbook's own row number; `line`: the text file's line; `item`: a JSON array's element. */
  kind: 'sheet-row' | 'line' | 'item';
  number: number;
  /** The sheet, for a workbook of more than one sheet. */
  sheet?: string;
}

/**
 * Where a row is, in the terms of its file: a workbook's row as Excel numbers it, a CSV or JSON
 * Lines file's line, a JSON array's element. `sourceRow` is what the import stored (null for
 * rows imported before it was kept: the data row is then all that is known, and said as such).
 */
export function rowPlace(format: ListFormat, row: number, sourceRow: number | null | undefined, sheet?: string | null, sheetCount = 1): RowPlace {
  if (format === 'xlsx') {
    const place: RowPlace = { kind: 'sheet-row', number: sourceRow ?? row };
    if (sheet !== null && sheet !== undefined && sheetCount > 1) place.sheet = sheet;
    return sourceRow === null || sourceRow === undefined ? { ...place, kind: 'item' } : place;
  }
  if (format === 'json') return { kind: 'item', number: row };
  // A JSON Lines item is numbered by its line already.
  if (format === 'jsonl') return { kind: 'line', number: sourceRow ?? row };
  return sourceRow === null || sourceRow === undefined ? { kind: 'item', number: row } : { kind: 'line', number: sourceRow };
}

const WORDS = {
  en: { 'sheet-row': 'Excel row', line: 'line', item: 'row', sheet: 'sheet' },
  ru: { 'sheet-row': 'строка Excel', line: 'строка файла', item: 'строка', sheet: 'лист' },
} as const;

/** The words before the number: "Excel row ", "sheet Siyahı, Excel row ", "line ". */
export function rowPlacePrefix(place: Omit<RowPlace, 'number'>, lang: 'en' | 'ru' = 'en'): string {
  const words = WORDS[lang];
  return place.sheet === undefined ? `${words[place.kind]} ` : `${words.sheet} ${place.sheet}, ${words[place.kind]} `;
}

/** The place as a clerk reads it: "Excel row 12", "sheet Siyahı, Excel row 12", "line 5", "row 3". */
export function rowPlaceText(place: RowPlace, lang: 'en' | 'ru' = 'en'): string {
  return `${rowPlacePrefix(place, lang)}${place.number}`;
}
