import { WhereaboutsError } from '../errors.js';

/**
 * Comparisons are declared as data, named by behaviour plus parameters (as Splink's
 * `JaroWinklerAtThresholds`), so that settings can be saved with every run and validated
 * when read back. Compiling them into fast comparers is `comparison-levels.ts`'s job.
 */

/** A name field compared level by level: exact, transliteration, variant, alias, similarity bands, phonetic. */
export interface NameComparisonSettings {
  comparison: 'name';
  /** Which name: the record's surname, given name, or father's given name (from the patronymic). */
  field: 'surname' | 'given_name' | 'father_name';
  /** Lower bounds of the Jaro-Winkler bands on the transliterated forms, strongest first. */
  jaroWinklerThresholds: number[];
  /** Adjust exact and transliteration matches by how common the name is. */
  termFrequencyAdjustments: boolean;
}

/** The birth date: exact, day/month swapped, partial-date compatible, same month, same year, within a year. */
export interface DateComparisonSettings {
  comparison: 'date';
  field: 'birth_date';
}

/** A code-like field compared after normalisation: exact, then (optionally) one edit away. */
export interface CodeComparisonSettings {
  comparison: 'code';
  field: 'service_number' | 'unit' | 'sex';
  /** Add a level for values one insertion, deletion, substitution or transposition apart. */
  oneEditLevel: boolean;
}

/** A free-text place compared by its folded form: exact, then Jaro-Winkler bands. */
export interface PlaceComparisonSettings {
  comparison: 'place';
  field: 'birth_place' | 'place';
  jaroWinklerThresholds: number[];
}

/** Any comparison. */
export type ComparisonSettings = NameComparisonSettings | DateComparisonSettings | CodeComparisonSettings | PlaceComparisonSettings;

/** Compares a name field. @example NameComparison('surname', { jaroWinklerThresholds: [0.95, 0.88] }) */
export function NameComparison(
  field: NameComparisonSettings['field'],
  options: { jaroWinklerThresholds?: number[]; termFrequencyAdjustments?: boolean } = {},
): NameComparisonSettings {
  return {
    comparison: 'name',
    field,
    jaroWinklerThresholds: options.jaroWinklerThresholds ?? [0.94, 0.88],
    termFrequencyAdjustments: options.termFrequencyAdjustments ?? field !== 'father_name',
  };
}

/** Compares birth dates. @example DateComparison() */
export function DateComparison(): DateComparisonSettings {
  return { comparison: 'date', field: 'birth_date' };
}

/** Compares a code-like field. @example CodeComparison('service_number', { oneEditLevel: true }) */
export function CodeComparison(field: CodeComparisonSettings['field'], options: { oneEditLevel?: boolean } = {}): CodeComparisonSettings {
  return { comparison: 'code', field, oneEditLevel: options.oneEditLevel ?? false };
}

/** Compares a place. @example PlaceComparison('birth_place', { jaroWinklerThresholds: [0.9] }) */
export function PlaceComparison(field: PlaceComparisonSettings['field'], options: { jaroWinklerThresholds?: number[] } = {}): PlaceComparisonSettings {
  return { comparison: 'place', field, jaroWinklerThresholds: options.jaroWinklerThresholds ?? [0.9] };
}

/** The comparisons used when settings do not name any. */
export function defaultComparisons(): ComparisonSettings[] {
  return [
    NameComparison('surname'),
    NameComparison('given_name'),
    NameComparison('father_name'),
    DateComparison(),
    CodeComparison('sex'),
    CodeComparison('service_number', { oneEditLevel: true }),
    CodeComparison('unit'),
    PlaceComparison('birth_place'),
  ];
}

function invalid(detail: string): never {
  throw new WhereaboutsError('WA_SETTINGS_INVALID', `settings are invalid: ${detail}`);
}

function thresholds(value: unknown, where: string): number[] {
  if (!Array.isArray(value) || value.some((t) => typeof t !== 'number' || !(t > 0 && t < 1))) {
    invalid(`${where}.jaroWinklerThresholds must be numbers between 0 and 1`);
  }
  const list = value as number[];
  for (let i = 1; i < list.length; i++) {
    if ((list[i] as number) >= (list[i - 1] as number)) invalid(`${where}.jaroWinklerThresholds must be strongest first`);
  }
  return [...list];
}

/** Checks one comparison read from JSON and returns a clean copy; throws WA_SETTINGS_INVALID. */
export function parseComparisonSettings(value: unknown, where: string): ComparisonSettings {
  if (typeof value !== 'object' || value === null) invalid(`${where} must be an object`);
  const v = value as Record<string, unknown>;
  switch (v.comparison) {
    case 'name':
      if (v.field !== 'surname' && v.field !== 'given_name' && v.field !== 'father_name') invalid(`${where}.field must be a name field`);
      return {
        comparison: 'name',
        field: v.field,
        jaroWinklerThresholds: thresholds(v.jaroWinklerThresholds, where),
        termFrequencyAdjustments: v.termFrequencyAdjustments === true,
      };
    case 'date':
      if (v.field !== 'birth_date') invalid(`${where}.field must be birth_date`);
      return { comparison: 'date', field: 'birth_date' };
    case 'code':
      if (v.field !== 'service_number' && v.field !== 'unit' && v.field !== 'sex') invalid(`${where}.field must be service_number, unit or sex`);
      return { comparison: 'code', field: v.field, oneEditLevel: v.oneEditLevel === true };
    case 'place':
      if (v.field !== 'birth_place' && v.field !== 'place') invalid(`${where}.field must be birth_place or place`);
      return { comparison: 'place', field: v.field, jaroWinklerThresholds: thresholds(v.jaroWinklerThresholds, where) };
    default:
      return invalid(`${where}.comparison must be name, date, code or place`);
  }
}
