const COMBINING_MARKS = /\p{M}+/gu;
const PUNCTUATION = /[\p{P}\p{S}]+/gu;
const SPACES = /\s+/gu;

/**
 * Folds a header, month name or sex value for lookup in the vocabulary tables: lower case in the
 * root locale, accents and other combining marks dropped, dotless ı read as i, punctuation
 * become spaces and white space collapses. "Date_of_birth" and "Date of birth" fold alike;
 * "Doğum tarixi" becomes "dogum tarixi"; "Ф.И.О." becomes "ф и о" (the tables list both spellings). Both the tables and the cells go through this one function, so folding
 * losses (й → и) cancel out.
 */
export function foldLabel(text: string): string {
  return text
    .toLocaleLowerCase('und')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/ı/gu, 'i')
    // "№" and "#" are the only symbols that carry meaning in a header: a number column.
    .replace(/[№#]/gu, ' no ')
    .replace(PUNCTUATION, ' ')
    .replace(SPACES, ' ')
    .trim();
}
