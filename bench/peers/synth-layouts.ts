/**
 * What a data analyst would hand-write after opening the six `whereabouts synth --utf8-csv`
 * lists: which column holds which part of the name, and a folding of names to plain ASCII with
 * any-ascii. The peers use only this, never src/names, so they stand for the tools an analyst
 * has instead of ours.
 */
import anyAscii from 'any-ascii';

/** Columns of one synth list, by their header as written in the file. */
export interface ListLayout {
  list: string;
  /** The numbering column: equals the 1-based data row in synth's lists. */
  rowNumber: string;
  surname?: string;
  given?: string;
  patronymic?: string;
  /** One column "surname given patronymic" (the mediator's ФИО) instead of three. */
  fullName?: string;
  birthDate: string;
}

/** The six lists synth writes, as an analyst maps them by hand. */
export const SYNTH_LAYOUTS: readonly ListLayout[] = [
  { list: 'home-missing', rowNumber: 'Հ/Հ', surname: 'Ազգանուն', given: 'Անուն', patronymic: 'Հայրանուն', birthDate: 'Ծննդյան ամսաթիվ' },
  { list: 'detaining-held', rowNumber: 'S/s', surname: 'Soyadı', given: 'Adı', patronymic: 'Atasının adı', birthDate: 'Doğum tarixi' },
  { list: 'mediator-enquiries', rowNumber: '№', fullName: 'ФИО', birthDate: 'Дата рождения' },
  { list: 'delegate-visits', rowNumber: 'No.', surname: 'Surname', given: 'Given name', patronymic: "Father's name", birthDate: 'Date of birth' },
  { list: 'mediator-exchange', rowNumber: '№', surname: 'Фамилия', given: 'Имя', patronymic: 'Отчество', birthDate: 'Дата рождения' },
  { list: 'detaining-deaths', rowNumber: 'S/s', surname: 'Soyadı', given: 'Adı', patronymic: 'Atasının adı', birthDate: 'Doğum tarixi' },
];

/** A name in lower-case ASCII letters only: any-ascii, then everything but a-z dropped. */
export function foldName(raw: string): string {
  return anyAscii(raw).toLowerCase().replace(/[^a-z]/g, '');
}

const ARMENIAN = /\p{Script=Armenian}/u;

/**
 * The father's given name out of a patronymic, folded: the endings an analyst sees in these
 * lists are cut (Russian -ович/-евич, Azerbaijani "oğlu", the Armenian genitive -ի).
 */
export function fatherName(patronymic: string): string {
  const folded = foldName(patronymic);
  if (ARMENIAN.test(patronymic)) return folded.replace(/i$/, '');
  return folded.replace(/(ovich|evich|ogly|oglu)$/, '');
}

/** Splits "SURNAME Given Patronymic" on white space (a double space is a space). */
export function splitFullName(raw: string): { surname: string; given: string; patronymic: string } {
  const parts = raw.trim().split(/\s+/);
  return { surname: parts[0] ?? '', given: parts[1] ?? '', patronymic: parts.slice(2).join(' ') };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** A birth date as written in these lists: dd.mm.yyyy, "6 Sep 1999", or a year alone. */
export interface BirthDate {
  year: number;
  /** `yyyy-mm-dd` when the day is known. */
  full?: string;
}

/** Reads the date formats the lists use; anything else counts as missing. */
export function parseBirthDate(raw: string): BirthDate | undefined {
  const text = raw.trim();
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (m !== null) return { year: Number(m[3]), full: `${m[3]}-${m[2]?.padStart(2, '0')}-${m[1]?.padStart(2, '0')}` };
  m = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})$/.exec(text);
  if (m !== null) {
    const month = MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1;
    if (month > 0) return { year: Number(m[3]), full: `${m[3]}-${String(month).padStart(2, '0')}-${m[1]?.padStart(2, '0')}` };
  }
  m = /^(\d{4})$/.exec(text);
  return m === null ? undefined : { year: Number(m[1]) };
}
