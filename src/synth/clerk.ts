import { SURNAMES } from './data/surnames.js';
import { GIVEN_NAMES } from './data/given-names.js';
import { calendarDate } from './calendar.js';
import { makeTypo } from './typo.js';
import type { Random } from './random.js';
import type { Population } from './population.js';
import type { NoiseSettings } from './settings.js';

/** The four ways the sources write names. */
export type Script = 'hy' | 'ru' | 'az' | 'en';

/** A date as a clerk wrote it: in full, month and year, a year only, or not at all. */
export type DateCell =
  | { precision: 'day'; year: number; month: number; day: number }
  | { precision: 'month'; year: number; month: number }
  | { precision: 'year'; year: number }
  | null;

/** One man as a clerk wrote him on a list, before the list's own layout is applied. */
export interface RowDraft {
  surname: string;
  given: string;
  /** Patronymic in the script's form (Գագիկի, Гагикович, Qaqik oğlu, Gagik); '' when left out. */
  patronymic: string;
  birth: DateCell;
  /** True when the surname is written in capitals. */
  upperSurname: boolean;
}

/** The noise kinds counted in the manifest: how many rows could have had each, and how many got it. */
export type NoiseKind =
  | 'typo'
  | 'missingPatronymic'
  | 'missingBirthDate'
  | 'yearOnlyBirthDate'
  | 'dayMonthSwap'
  | 'altGivenName'
  | 'surnameVariant'
  | 'upperSurname'
  | 'swappedNameColumns'
  | 'missingEventDate'
  | 'monthOnlyEventDate'
  | 'extraWhitespace'
  | 'latinLookalike'
  | 'textDateInWorkbook'
  | 'duplicate';

/** Counts of one noise kind on one list. */
export interface NoiseCount {
  eligible: number;
  applied: number;
}

/** Counts of every noise kind on one list. */
export type NoiseTally = Record<NoiseKind, NoiseCount>;

/** A tally with every count at zero. */
export function emptyTally(): NoiseTally {
  const kinds: NoiseKind[] = [
    'typo', 'missingPatronymic', 'missingBirthDate', 'yearOnlyBirthDate', 'dayMonthSwap', 'altGivenName',
    'surnameVariant', 'upperSurname', 'swappedNameColumns', 'missingEventDate', 'monthOnlyEventDate', 'extraWhitespace',
    'latinLookalike', 'textDateInWorkbook', 'duplicate',
  ];
  return Object.fromEntries(kinds.map((kind) => [kind, { eligible: 0, applied: 0 }])) as NoiseTally;
}

/**
 * A clerk of one list: writes men in the list's script and makes the mistakes of
 * {@link NoiseSettings} at their rates, counting each in the tally.
 */
export class Clerk {
  private readonly surnameAlts: readonly (readonly string[])[];
  private readonly givenAlts: readonly (readonly string[])[];

  constructor(
    private readonly random: Random,
    private readonly script: Script,
    private readonly noise: NoiseSettings,
    /** The chance of a capitalised surname on this list (the ФИО custom differs from the others). */
    private readonly upperSurnameRate: number,
    readonly tally: NoiseTally = emptyTally(),
  ) {
    // The other forms in this list's script, worked out once rather than for every row.
    const alternatives = (forms: { enAlt: readonly string[]; ruAlt: readonly (readonly [string, string])[] }): readonly string[] =>
      script === 'en' ? forms.enAlt : script === 'hy' ? [] : forms.ruAlt.map((pair) => pair[script === 'ru' ? 0 : 1]);
    this.surnameAlts = SURNAMES.map(alternatives);
    this.givenAlts = GIVEN_NAMES.map(alternatives);
  }

  private roll(kind: NoiseKind, rate: number): boolean {
    const count = this.tally[kind];
    count.eligible++;
    const hit = this.random.chance(rate);
    if (hit) count.applied++;
    return hit;
  }

  /**
   * Writes man `i`. A second entry of a man already on the list (`duplicate`) always differs
   * from the first by one more typo or a dropped birth date, besides its own mistakes.
   */
  write(population: Population, i: number, duplicate: boolean): RowDraft {
    const { noise, random, script } = this;
    const surnameForms = SURNAMES[population.surname[i] as number]!;
    const givenForms = GIVEN_NAMES[population.given[i] as number]!;
    const fatherForms = GIVEN_NAMES[population.father[i] as number]!;

    let surname = script === 'az' ? surnameForms.az : surnameForms[script];
    const surnameAlts = this.surnameAlts[population.surname[i] as number]!;
    if (surnameAlts.length > 0 && this.roll('surnameVariant', noise.surnameVariant)) surname = random.pick(surnameAlts);

    let given = givenForms[script];
    const givenAlts = this.givenAlts[population.given[i] as number]!;
    if (givenAlts.length > 0 && this.roll('altGivenName', noise.altGivenName)) given = random.pick(givenAlts);

    let patronymic =
      script === 'hy' ? fatherForms.hyGenitive : script === 'ru' ? fatherForms.ruPatronymic : script === 'az' ? `${fatherForms.az} oğlu` : fatherForms.en;
    if (this.roll('missingPatronymic', noise.missingPatronymic)) patronymic = '';

    const forcedTypo = duplicate && random.chance(0.5);
    if (this.roll('typo', noise.typo) || forcedTypo) {
      const part = random.next();
      if (part < 0.5 || (part >= 0.8 && patronymic === '')) surname = makeTypo(random, surname);
      else if (part < 0.8) given = makeTypo(random, given);
      else patronymic = makeTypo(random, patronymic);
    }

    if (script === 'ru' && this.roll('latinLookalike', noise.latinLookalike)) {
      if (random.chance(0.5) && hasLookalike(surname)) surname = withLatinLookalike(random, surname);
      else if (hasLookalike(given)) given = withLatinLookalike(random, given);
      else surname = withLatinLookalike(random, surname);
    }
    if (this.roll('extraWhitespace', noise.extraWhitespace)) {
      if (random.chance(0.5)) surname = `${surname} `;
      else given = ` ${given}`;
    }

    let birth: DateCell;
    const date = calendarDate(population.birth[i] as number);
    if (this.roll('missingBirthDate', noise.missingBirthDate) || (duplicate && !forcedTypo)) birth = null;
    else if (this.roll('yearOnlyBirthDate', noise.yearOnlyBirthDate)) birth = { precision: 'year', year: date.year };
    else if (date.day <= 12 && date.day !== date.month && this.roll('dayMonthSwap', noise.dayMonthSwap)) {
      birth = { precision: 'day', year: date.year, month: date.day, day: date.month };
    } else birth = { precision: 'day', ...date };

    const upperSurname = this.roll('upperSurname', this.upperSurnameRate);
    return { surname, given, patronymic, birth, upperSurname };
  }

  /** Whether this row has its surname and given name in each other's columns. */
  swapsNameColumns(): boolean {
    return this.roll('swappedNameColumns', this.noise.swappedNameColumns);
  }

  /** An event date (disappearance, capture) as written: sometimes missing or month and year only. */
  eventDate(day: number): DateCell {
    const date = calendarDate(day);
    if (this.roll('missingEventDate', this.noise.missingEventDate)) return null;
    if (this.roll('monthOnlyEventDate', this.noise.monthOnlyEventDate)) return { precision: 'month', year: date.year, month: date.month };
    return { precision: 'day', ...date };
  }

  /** Whether a full date in a workbook is typed as text rather than entered as a date. */
  typesDateAsText(): boolean {
    return this.roll('textDateInWorkbook', this.noise.textDateInWorkbook);
  }

  /** Counts a duplicate entry, for the tally (the list decides who is entered twice). */
  countDuplicate(eligible: number, applied: number): void {
    this.tally.duplicate.eligible += eligible;
    this.tally.duplicate.applied += applied;
  }
}

/** Cyrillic letters with a Latin twin that looks the same, and the twin. */
const LATIN_TWINS: Readonly<Record<string, string>> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', х: 'x', у: 'y',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
};

function hasLookalike(name: string): boolean {
  for (const c of name) if (c in LATIN_TWINS) return true;
  return false;
}

/**
 * Replaces one Cyrillic letter by its Latin twin, as happens when a clerk's keyboard layout
 * switches mid-word: invisible on screen, fatal to an exact comparison.
 */
function withLatinLookalike(random: Random, name: string): string {
  const chars = Array.from(name);
  const candidates = chars.flatMap((c, i) => (c in LATIN_TWINS ? [i] : []));
  if (candidates.length === 0) return name;
  const at = random.pick(candidates);
  chars[at] = LATIN_TWINS[chars[at] as string] as string;
  return chars.join('');
}
