import { isTurkicPatronymicMarker, patronymicCue } from './patronymic.js';
import { surnameCue } from './surname-suffix.js';

/**
 * One full-name cell split into its parts. Values are as written (original script and case,
 * trimmed); a part the cell does not have is left undefined.
 */
export interface FullNameParts {
  surname?: string;
  given_name?: string;
  /** Patronymic or father's name as written: "Гагикович", "Գագիկի", "Rəşid oğlu", "Z.". */
  patronymic?: string;
  /** The cell as given. */
  original: string;
  /**
   * Which order the cues pointed to. `unknown` means nothing in the cell decided it; the parts
   * are then read surname first, the habit of the region's registers ("ФИО").
   */
  order: 'surname-first' | 'given-first' | 'unknown';
}

function isUpperCaseWord(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function isInitial(word: string): boolean {
  return /^\p{L}\.?$/u.test(word) || /^\p{L}\.$/u.test(word);
}

/** Splits on white space, then joins "Rəşid oğlu" and "Рашид оглы" back into one token. */
function tokenise(text: string): string[] {
  const raw = text.split(/\s+/u).filter((w) => w !== '');
  const tokens: string[] = [];
  for (const word of raw) {
    const previous = tokens[tokens.length - 1];
    if (previous !== undefined && isTurkicPatronymicMarker(word)) tokens[tokens.length - 1] = `${previous} ${word}`;
    else tokens.push(word);
  }
  return tokens;
}

function patronymicScore(word: string): number {
  if (isInitial(word)) return 1;
  const cue = patronymicCue(word);
  return cue === 'strong' ? 3 : cue === 'weak' ? 1 : 0;
}

function surnameScore(word: string): number {
  const cue = surnameCue(word);
  return cue === 'strong' ? 2 : cue === 'weak' ? 1 : 0;
}

/** Scores reading `tokens` as surname, given name, patronymic (in that order of slots). */
function scoreReading(surname: string, given: string, middle: readonly string[], upperCased: ReadonlySet<string>): number {
  let score = surnameScore(surname) - surnameScore(given);
  if (upperCased.has(surname)) score += 4;
  if (upperCased.has(given)) score -= 4;
  score -= 2 * patronymicScore(surname);
  score -= 2 * patronymicScore(given);
  for (const word of middle) score += patronymicScore(word) - surnameScore(word);
  return score;
}

function result(original: string, order: FullNameParts['order'], surname: string | undefined, given: string | undefined, patronymic: readonly string[]): FullNameParts {
  const parts: FullNameParts = { original, order };
  if (surname !== undefined && surname !== '') parts.surname = surname;
  if (given !== undefined && given !== '') parts.given_name = given;
  if (patronymic.length > 0) parts.patronymic = patronymic.join(' ');
  return parts;
}

/**
 * Splits a single full-name cell whatever the order of its parts, using the cues clerks leave:
 * a comma after the surname, a surname in capitals, surname endings (-յան/-yan/-ян, -ov/-ova,
 * -shvili, -zadə...) and patronymic forms (Гагикович, Գագիկի, "Rəşid oğlu", a middle initial).
 *
 * @example
 * splitFullName('ГРИГОРЯН Арам Гагикович');
 * // { surname: 'ГРИГОРЯН', given_name: 'Арам', patronymic: 'Гагикович', order: 'surname-first', ... }
 * splitFullName('Aram Z. Sargsyan');
 * // { surname: 'Sargsyan', given_name: 'Aram', patronymic: 'Z.', order: 'given-first', ... }
 */
export function splitFullName(text: string): FullNameParts {
  const original = text;
  const trimmed = text.trim().replace(/\s+/gu, ' ');
  if (trimmed === '') return { original, order: 'unknown' };

  // "Григорян, Арам Гагикович": the comma settles it.
  const comma = trimmed.indexOf(',');
  if (comma > 0) {
    const surname = trimmed.slice(0, comma).trim();
    const rest = tokenise(trimmed.slice(comma + 1).replace(/,/gu, ' '));
    return result(original, 'surname-first', surname, rest[0], rest.slice(1));
  }

  const tokens = tokenise(trimmed);
  const first = tokens[0] ?? '';
  if (tokens.length === 1) {
    const cue = patronymicCue(first);
    if (cue === 'strong') return result(original, 'unknown', undefined, undefined, [first]);
    return result(original, 'unknown', first, undefined, []);
  }

  const last = tokens[tokens.length - 1] ?? '';
  // Capitals mark the surname only when not every word is in capitals.
  const upper = tokens.filter(isUpperCaseWord);
  const upperCased = new Set(upper.length < tokens.length ? upper : []);

  const surnameFirst = scoreReading(first, tokens[1] ?? '', tokens.slice(2), upperCased);
  const givenFirst = scoreReading(last, first, tokens.slice(1, -1), upperCased);

  if (givenFirst > surnameFirst) return result(original, 'given-first', last, first, tokens.slice(1, -1));
  const order = surnameFirst > givenFirst ? 'surname-first' : 'unknown';
  return result(original, order, first, tokens[1], tokens.slice(2));
}
