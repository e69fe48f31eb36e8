/**
 * The text of one workbook cell as exceljs gives it: strings as they are, numbers as JavaScript
 * writes them (so an Excel serial date in an unformatted cell stays a number for the date reader),
 * date-formatted cells as ISO dates (`1999-03-12`, with the time only when there is one), rich
 * text joined, hyperlinks by their text, formulas by their cached result, errors as `#N/A`.
 */
export function workbookCellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDate(value);
  if (typeof value === 'object') {
    const cell = value as Record<string, unknown>;
    if (Array.isArray(cell.richText)) return cell.richText.map((run: { text?: unknown }) => (typeof run.text === 'string' ? run.text : '')).join('');
    if ('result' in cell) return workbookCellText(cell.result);
    if ('formula' in cell || 'sharedFormula' in cell) return '';
    if (typeof cell.text === 'string') return cell.text;
    if (typeof cell.error === 'string') return cell.error;
  }
  return String(value);
}

function isoDate(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  // exceljs puts dates at UTC midnight; a time of day is only shown when the cell has one.
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19).replace('T', ' ');
}
