import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** A header and rows written as a CSV file with `,`; cells are quoted when they need it. */
export function writeCsv(folder: string, name: string, rows: string[][]): string {
  const file = path.join(folder, name);
  const quote = (cell: string): string => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  writeFileSync(file, rows.map((cells) => cells.map(quote).join(',')).join('\n') + '\n');
  return file;
}

/** The header of the small lists the tests import. */
export const HEADER = ['ID', 'Surname', 'Given name', 'Date of birth', 'Remark'];

/** A detaining party's list as first received. */
export const HELD_V1 = [
  HEADER,
  ['17', 'Grigoryan', 'Aram', '12.03.1990', 'seen in March'],
  ['18', 'Hakobyan', 'Davit', '1988', ''],
  ['19', 'Sargsyan', 'Hayk', '05.11.1992', ''],
];

/** The same list a month later: 18 released, 19's birth date corrected, 20 added. */
export const HELD_V2 = [
  HEADER,
  ['17', 'Grigoryan', 'Aram', '12.03.1990', 'seen in March'],
  ['19', 'Sargsyan', 'Hayk', '06.11.1992', ''],
  ['20', 'Petrosyan', 'Tigran', '1995', 'wounded'],
];
