import { dayNumber, excelSerial } from './calendar.js';
import type { DateCell } from './clerk.js';

/** How a list writes its dates. */
export type DateStyle = 'dots' | 'excel' | 'english';

const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * Writes a date in a list's style: `dots` is dd.mm.yyyy (mm.yyyy, yyyy when partial),
 * `english` is "12 Mar 2001" ("Mar 2001", "2001"), `excel` gives full dates as Excel serial
 * numbers (the workbook writer shows them as dates) and partial ones as text, as a clerk types them.
 */
export function formatDate(cell: DateCell, style: DateStyle): string | number | null {
  if (cell === null) return null;
  if (cell.precision === 'year') return String(cell.year);
  if (cell.precision === 'month') {
    return style === 'english' ? `${ENGLISH_MONTHS[cell.month - 1]} ${cell.year}` : `${two(cell.month)}.${cell.year}`;
  }
  if (style === 'excel') return excelSerial(dayNumber(cell.year, cell.month, cell.day));
  if (style === 'english') return `${cell.day} ${ENGLISH_MONTHS[cell.month - 1]} ${cell.year}`;
  return `${two(cell.day)}.${two(cell.month)}.${cell.year}`;
}
