import { WhereaboutsError } from '../errors.js';

/**
 * The lists the generator writes, in the order written. The first four are the lists of the
 * missing and the held; the last two, added later, say who came back and who died.
 */
export const LIST_NAMES = [
  'home-missing',
  'detaining-held',
  'mediator-enquiries',
  'delegate-visits',
  'mediator-exchange',
  'detaining-deaths',
] as const;
export type ListName = (typeof LIST_NAMES)[number];

/** How the population of men is shaped. */
export interface PopulationSettings {
  /** Exponent of the Zipf-like surname weights 1/(rank+offset)^exponent: higher means Grigoryan and Harutyunyan dominate more. */
  surnameZipfExponent: number;
  /** Offset of the surname weights: higher flattens the head (the top surnames nearer each other). */
  surnameZipfOffset: number;
  /** Exponent of the Zipf-like given-name weights. */
  givenNameZipfExponent: number;
  /** Offset of the given-name weights. */
  givenNameZipfOffset: number;
  /** Share of families with two sons on the lists (brothers: same surname and father). */
  twoBrothersRate: number;
  /** Share of families with three sons on the lists. */
  threeBrothersRate: number;
  /**
   * Share of families whose first son takes the surname and given name of an earlier man of
   * another family (a namesake: another father, another birth date). The hard negatives.
   */
  namesakeRate: number;
  /** Share of families related to an earlier one (cousins: same surname and home town, fathers differ). */
  cousinRate: number;
  /** Share of men who were captured (the rest are missing: dead or unaccounted for). */
  capturedRate: number;
  /** Share of men who went missing on or after the ceasefire date. */
  afterCeasefireRate: number;
  /** The ceasefire date (ISO): reports split on it. */
  ceasefire: string;
  /** Share of captured men handed back (released or exchanged) after the ceasefire. */
  returnedRate: number;
  /** Share of captured men who died in captivity. */
  diedInCaptivityRate: number;
}

/** Which persons each list holds: the chance that a man is on it. */
export interface CoverageSettings {
  /** Chance that the home party lists a man as missing. */
  homeMissing: number;
  /** Chance that the detaining party acknowledges a captured man. */
  detainingHeldOfCaptured: number;
  /** Chance that the mediator has an enquiry for a man. */
  mediatorEnquiries: number;
  /** Chance that a delegate visited a captured man. */
  delegateVisitsOfCaptured: number;
  /** Chance that the mediator lists a man handed back (released or exchanged). */
  mediatorExchangeOfReturned: number;
  /** Chance that the detaining party notifies the death of a man who died in its hands. */
  detainingDeathsOfDied: number;
}

/**
 * The mistakes clerks make, each a probability. Unless said otherwise a rate applies per row
 * (per row that can have the mistake: a day/month swap needs a day of 12 or less).
 */
export interface NoiseSettings {
  /** A dropped, doubled or swapped letter in one name part (surname, given name or patronymic). */
  typo: number;
  /** Patronymic (father's name) left empty. */
  missingPatronymic: number;
  /** Birth date left empty. */
  missingBirthDate: number;
  /** Birth date written as a year only. */
  yearOnlyBirthDate: number;
  /** Day and month of the birth date swapped, among dates whose day is 12 or less and differs from the month. */
  dayMonthSwap: number;
  /** Another form of the given name (David for Davit, Оганес or Иван for Ованес), among names that have one. */
  altGivenName: number;
  /** Another form of the surname (Harutiunian, Саргсян), among surnames that have one. */
  surnameVariant: number;
  /** Surname written in capitals, on lists with separate name columns. */
  upperSurname: number;
  /** Surname written in capitals in the mediator's ФИО column, where it is the custom. */
  mediatorUpperSurname: number;
  /** Chance that a man on a list appears a second time on it, with small differences. */
  duplicate: number;
  /** Surname and given name entered in each other's columns. */
  swappedNameColumns: number;
  /** Date of disappearance, capture or visit left empty. */
  missingEventDate: number;
  /** Date of disappearance or capture written as month and year only. */
  monthOnlyEventDate: number;
  /** A stray space: after the surname, or before the given name (a double space inside ФИО). */
  extraWhitespace: number;
  /** On Cyrillic lists, one letter of the surname or given name typed in its Latin twin (Latin a, e, o, p, c, x for а, е, о, р, с, х). */
  latinLookalike: number;
  /** In a workbook, a full date typed as text dd.mm.yyyy instead of entered as an Excel date. */
  textDateInWorkbook: number;
}

/** How the files are written. */
export interface OutputSettings {
  /** The lists to write. */
  lists: ListName[];
  /** Write every list as a UTF-8, comma-separated CSV (for benchmarks that measure matching, not import). */
  utf8Csv: boolean;
  /** The delegate's list as JSON (an array of objects) or CSV. */
  delegateFormat: 'json' | 'csv';
}

/** Everything that decides the generated lists: the same settings write the same bytes. */
export interface SynthSettings {
  seed: string;
  persons: number;
  population: PopulationSettings;
  coverage: CoverageSettings;
  noise: NoiseSettings;
  /**
   * Rates that differ on one list, overriding `noise` there: a delegate seldom asks a father's
   * name, the mediator's enquiries come from families who give it.
   */
  listNoise: Partial<Record<ListName, Partial<NoiseSettings>>>;
  output: OutputSettings;
}

/** A partial override of the settings, as given on the command line or in a settings file. */
export interface SynthSettingsInput {
  seed?: string;
  persons?: number;
  population?: Partial<PopulationSettings>;
  coverage?: Partial<CoverageSettings>;
  noise?: Partial<NoiseSettings>;
  listNoise?: Partial<Record<ListName, Partial<NoiseSettings>>>;
  output?: Partial<OutputSettings>;
}

/** The defaults; the rates are documented in docs/synth.md. */
export const DEFAULT_SETTINGS: SynthSettings = {
  seed: 'whereabouts',
  persons: 400,
  population: {
    // Calibrated in docs/synth.md: the top surname about 2.5% of men, the top given name about 5.5%.
    surnameZipfExponent: 1.0,
    surnameZipfOffset: 8,
    givenNameZipfExponent: 1.0,
    givenNameZipfOffset: 5,
    twoBrothersRate: 0.12,
    threeBrothersRate: 0.03,
    namesakeRate: 0.05,
    cousinRate: 0.08,
    capturedRate: 0.55,
    afterCeasefireRate: 0.12,
    ceasefire: '2020-11-10',
    returnedRate: 0.45,
    diedInCaptivityRate: 0.03,
  },
  coverage: {
    homeMissing: 0.85,
    detainingHeldOfCaptured: 0.85,
    mediatorEnquiries: 0.6,
    delegateVisitsOfCaptured: 0.55,
    mediatorExchangeOfReturned: 0.9,
    detainingDeathsOfDied: 0.8,
  },
  noise: {
    typo: 0.05,
    missingPatronymic: 0.08,
    missingBirthDate: 0.05,
    yearOnlyBirthDate: 0.05,
    dayMonthSwap: 0.1,
    altGivenName: 0.25,
    surnameVariant: 0.2,
    upperSurname: 0.05,
    mediatorUpperSurname: 0.6,
    duplicate: 0.03,
    swappedNameColumns: 0.01,
    missingEventDate: 0.05,
    monthOnlyEventDate: 0.03,
    extraWhitespace: 0.02,
    latinLookalike: 0.01,
    textDateInWorkbook: 0.1,
  },
  listNoise: {
    'delegate-visits': { missingPatronymic: 0.3 },
    'mediator-enquiries': { missingPatronymic: 0.04 },
  },
  output: {
    lists: [...LIST_NAMES],
    utf8Csv: false,
    delegateFormat: 'json',
  },
};

function invalid(detail: string): WhereaboutsError {
  return new WhereaboutsError('WA_SETTINGS_INVALID', `synth settings: ${detail}`);
}

function checkRates(group: string, values: object): void {
  for (const [key, value] of Object.entries(values)) {
    if (typeof value !== 'number') continue;
    if (!Number.isFinite(value) || value < 0 || value > 1) throw invalid(`${group}.${key} must be between 0 and 1, got ${value}`);
  }
}

function checkKnownKeys(group: string, input: object | undefined, defaults: object): void {
  if (input === undefined) return;
  if (typeof input !== 'object' || input === null) throw invalid(`${group} must be an object`);
  for (const key of Object.keys(input)) {
    if (!(key in defaults)) throw invalid(`unknown setting ${group}.${key}`);
  }
}

/**
 * Completes a partial override with the defaults and validates the result.
 * @throws WhereaboutsError WA_SETTINGS_INVALID naming the bad setting.
 */
export function resolveSettings(input: SynthSettingsInput = {}): SynthSettings {
  checkKnownKeys('settings', input, DEFAULT_SETTINGS);
  checkKnownKeys('population', input.population, DEFAULT_SETTINGS.population);
  checkKnownKeys('coverage', input.coverage, DEFAULT_SETTINGS.coverage);
  checkKnownKeys('noise', input.noise, DEFAULT_SETTINGS.noise);
  checkKnownKeys('output', input.output, DEFAULT_SETTINGS.output);
  checkKnownKeys('listNoise', input.listNoise, Object.fromEntries(LIST_NAMES.map((name) => [name, true])));
  for (const [list, rates] of Object.entries(input.listNoise ?? {})) checkKnownKeys(`listNoise.${list}`, rates, DEFAULT_SETTINGS.noise);
  const settings: SynthSettings = {
    seed: input.seed ?? DEFAULT_SETTINGS.seed,
    persons: input.persons ?? DEFAULT_SETTINGS.persons,
    population: { ...DEFAULT_SETTINGS.population, ...input.population },
    coverage: { ...DEFAULT_SETTINGS.coverage, ...input.coverage },
    noise: { ...DEFAULT_SETTINGS.noise, ...input.noise },
    listNoise: input.listNoise ?? structuredClone(DEFAULT_SETTINGS.listNoise),
    output: { ...DEFAULT_SETTINGS.output, ...input.output },
  };
  if (!Number.isInteger(settings.persons) || settings.persons < 1 || settings.persons > 50_000_000) {
    throw invalid(`persons must be a whole number from 1 to 50,000,000, got ${settings.persons}`);
  }
  const { surnameZipfExponent, surnameZipfOffset, givenNameZipfExponent, givenNameZipfOffset, ceasefire, ...populationRates } = settings.population;
  for (const [key, value] of Object.entries({ surnameZipfExponent, givenNameZipfExponent })) {
    if (!Number.isFinite(value) || value < 0 || value > 4) throw invalid(`population.${key} must be between 0 and 4`);
  }
  for (const [key, value] of Object.entries({ surnameZipfOffset, givenNameZipfOffset })) {
    // Below 1 the top weight 1/offset^exponent would explode (or divide by zero).
    if (!Number.isFinite(value) || value < 1 || value > 1000) throw invalid(`population.${key} must be between 1 and 1000`);
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(ceasefire) || Number.isNaN(Date.parse(`${ceasefire}T00:00:00Z`))) {
    throw invalid(`population.ceasefire must be an ISO date (yyyy-mm-dd), got ${ceasefire}`);
  }
  checkRates('population', populationRates);
  if (settings.population.twoBrothersRate + settings.population.threeBrothersRate > 1) {
    throw invalid('population.twoBrothersRate + threeBrothersRate must not exceed 1');
  }
  if (settings.population.returnedRate + settings.population.diedInCaptivityRate > 1) {
    throw invalid('population.returnedRate + diedInCaptivityRate must not exceed 1');
  }
  checkRates('coverage', settings.coverage);
  checkRates('noise', settings.noise);
  for (const [list, rates] of Object.entries(settings.listNoise)) checkRates(`listNoise.${list}`, rates ?? {});
  const { lists, utf8Csv, delegateFormat } = settings.output;
  if (!Array.isArray(lists) || lists.length === 0) throw invalid('output.lists must name at least one list');
  for (const list of lists) {
    if (!(LIST_NAMES as readonly string[]).includes(list)) throw invalid(`unknown list ${String(list)}; lists are ${LIST_NAMES.join(', ')}`);
  }
  settings.output.lists = LIST_NAMES.filter((name) => lists.includes(name));
  if (typeof utf8Csv !== 'boolean') throw invalid('output.utf8Csv must be true or false');
  if (delegateFormat !== 'json' && delegateFormat !== 'csv') throw invalid('output.delegateFormat must be json or csv');
  return settings;
}

/** The rates on one list: the general ones with the list's overrides. */
export function noiseOf(settings: SynthSettings, list: ListName): NoiseSettings {
  return { ...settings.noise, ...settings.listNoise[list] };
}

function scaleRates<T extends Partial<NoiseSettings>>(noise: T, factor: number): T {
  const scaled = { ...noise };
  for (const key of Object.keys(scaled) as (keyof NoiseSettings)[]) {
    // The capitals in the ФИО column are a convention, not a mistake: they do not scale.
    if (key === 'mediatorUpperSurname') continue;
    scaled[key] = Math.min(1, (noise[key] as number) * factor) as T[keyof NoiseSettings];
  }
  return scaled;
}

/**
 * Multiplies every noise rate, the per-list ones too, by a factor (capped at 1): 0 writes clean
 * lists, 2 doubles the mistakes.
 */
export function scaleNoise(settings: SynthSettings, factor: number): SynthSettings {
  if (!Number.isFinite(factor) || factor < 0) throw invalid(`noise scale must be 0 or more, got ${factor}`);
  const listNoise: SynthSettings['listNoise'] = {};
  for (const [list, rates] of Object.entries(settings.listNoise) as [ListName, Partial<NoiseSettings>][]) listNoise[list] = scaleRates(rates, factor);
  return { ...settings, noise: scaleRates(settings.noise, factor), listNoise };
}

/**
 * How many persons give about `records` rows in total, from the coverage and duplicate rates
 * (benchmarks ask for a number of records, not of persons).
 */
export function personsForRecords(records: number, settings: SynthSettings): number {
  const { coverage, population, output } = settings;
  const shares: Record<ListName, number> = {
    'home-missing': coverage.homeMissing,
    'detaining-held': population.capturedRate * coverage.detainingHeldOfCaptured,
    'mediator-enquiries': coverage.mediatorEnquiries,
    'delegate-visits': population.capturedRate * coverage.delegateVisitsOfCaptured,
    'mediator-exchange': population.capturedRate * population.returnedRate * coverage.mediatorExchangeOfReturned,
    'detaining-deaths': population.capturedRate * population.diedInCaptivityRate * coverage.detainingDeathsOfDied,
  };
  // A man on no list is put on the home party's list (see listMembership).
  const onNone =
    (1 - coverage.homeMissing) *
    (1 - coverage.mediatorEnquiries) *
    (population.capturedRate * (1 - coverage.detainingHeldOfCaptured) * (1 - coverage.delegateVisitsOfCaptured) + (1 - population.capturedRate));
  shares['home-missing'] += onNone;
  const perPerson = output.lists.reduce((sum, list) => sum + shares[list] * (1 + noiseOf(settings, list).duplicate), 0);
  if (perPerson <= 0) throw invalid('the coverage settings put nobody on any list');
  return Math.max(1, Math.round(records / perPerson));
}
