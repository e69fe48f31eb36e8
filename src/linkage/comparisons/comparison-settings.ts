import { WhereaboutsError } from '../../errors.js';

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

/**
 * A date. The birth date: exact, day/month swapped, partial-date compatible, same month, same
 * year, within a year. The event date: the date of the first event (disappearance, capture) on
 * two lists that both date it (list kinds `missing` and `detention`): same day, within 2 days,
 * compatible when one is known to the month only, within a week; no evidence for other lists.
 */
export interface DateComparisonSettings {
  comparison: 'date';
  field: 'birth_date' | 'event_date';
}

/**
 * Whether a later event (visit, release, death) is dated before the first one (disappearance,
 * capture) of the other record: a man is not released before he went missing.
 */
export interface EventOrderComparisonSettings {
  comparison: 'event_order';
  /** Named apart from the event date's comparison: outputs name columns after the field. */
  field: 'event_order';
}

/** A code-like field compared after normalisation: exact, then (optionally) one edit away. */
export interface CodeComparisonSettings {
  comparison: 'code';
  field: 'service_number' | 'unit' | 'sex';
  /** Add a level for values one insertion, deletion, substitution or transposition apart. */
  oneEditLevel: boolean;
}

/**
 * A place. Without `acrossScripts`, by its folded form: exact, then Jaro-Winkler bands on it
 * (models saved before places were related across scripts). With it, as names are: exact, the
 * same place in another script (a shared Latin rendering: Հադրութ / Гадрут / Hadrut), then
 * similarity bands on the Latin renderings. `event_place` is the place of the first event
 * (disappearance, capture), compared only between lists of kind `missing` and `detention`.
 */
export interface PlaceComparisonSettings {
  comparison: 'place';
  field: 'birth_place' | 'place' | 'event_place';
  jaroWinklerThresholds: number[];
  acrossScripts: boolean;
}

/** Any comparison. */
export type ComparisonSettings = NameComparisonSettings | DateComparisonSettings | EventOrderComparisonSettings | CodeComparisonSettings | PlaceComparisonSettings;

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

/** Compares birth dates, or the dates of the first event. @example DateComparison('event_date') */
export function DateComparison(field: DateComparisonSettings['field'] = 'birth_date'): DateComparisonSettings {
  return { comparison: 'date', field };
}

/** Checks that a later event is not dated before the first one. @example EventOrderComparison() */
export function EventOrderComparison(): EventOrderComparisonSettings {
  return { comparison: 'event_order', field: 'event_order' };
}

/** Compares a code-like field. @example CodeComparison('service_number', { oneEditLevel: true }) */
export function CodeComparison(field: CodeComparisonSettings['field'], options: { oneEditLevel?: boolean } = {}): CodeComparisonSettings {
  return { comparison: 'code', field, oneEditLevel: options.oneEditLevel ?? false };
}

/** Compares a place, across scripts unless told. @example PlaceComparison('event_place', { jaroWinklerThresholds: [0.9] }) */
export function PlaceComparison(field: PlaceComparisonSettings['field'], options: { jaroWinklerThresholds?: number[]; acrossScripts?: boolean } = {}): PlaceComparisonSettings {
  return { comparison: 'place', field, jaroWinklerThresholds: options.jaroWinklerThresholds ?? [0.9], acrossScripts: options.acrossScripts ?? true };
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
    DateComparison('event_date'),
    PlaceComparison('event_place'),
    EventOrderComparison(),
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
      if (v.field !== 'birth_date' && v.field !== 'event_date') invalid(`${where}.field must be birth_date or event_date`);
      return { comparison: 'date', field: v.field };
    case 'event_order':
      if (v.field !== 'event_order') invalid(`${where}.field must be event_order`);
      return { comparison: 'event_order', field: 'event_order' };
    case 'code':
      if (v.field !== 'service_number' && v.field !== 'unit' && v.field !== 'sex') invalid(`${where}.field must be service_number, unit or sex`);
      return { comparison: 'code', field: v.field, oneEditLevel: v.oneEditLevel === true };
    case 'place':
      if (v.field !== 'birth_place' && v.field !== 'place' && v.field !== 'event_place') invalid(`${where}.field must be birth_place, place or event_place`);
      if (v.field === 'event_place' && v.acrossScripts !== true) invalid(`${where}: event_place is compared across scripts only`);
      // Absent in models saved before places were related across scripts: they compare folded text.
      return { comparison: 'place', field: v.field, jaroWinklerThresholds: thresholds(v.jaroWinklerThresholds, where), acrossScripts: v.acrossScripts === true };
    default:
      return invalid(`${where}.comparison must be name, date, event_order, code or place`);
  }
}
