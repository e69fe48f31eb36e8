import type { PartialDate } from '../../ingest/partial-date.js';
import type { ListKind, ParsedRecord } from '../../ingest/record.js';
import { fatherNameFromPatronymic, splitFullName } from '../../names/index.js';
import type { LinkRecord } from './link-record.js';
import type { AnalysedName, NameAnalyser, NamePart } from './name-analyser.js';
import { Vocabulary } from './vocabulary.js';

/**
 * Distinct name values of one part (surnames, or given names shared with fathers' names), each
 * analysed once. Entry `e` is one distinct text as written; entries written differently but
 * normalised alike share a `form`, the unit names are related and cached on.
 */
export interface NameTable {
  /** The text as written, per entry (for explanations). */
  written: string[];
  /** Per entry: its normalised form's code. */
  form: Int32Array;
  /** Per entry: code of its sound form (term frequencies are counted on it). */
  soundForm: Int32Array;
  /** Per entry: its blocking keys' codes are `keyCodes[keyStart[e] .. keyStart[e + 1])`. */
  keyStart: Int32Array;
  keyCodes: Int32Array;
  /** Per form code: the analysed name. */
  analysed: AnalysedName[];
  /** Number of distinct sound forms. */
  soundForms: number;
}

/** A text field coded for comparison: per record an entry code (-1 missing), and the text per code. */
export interface CodedText {
  codes: Int32Array;
  values: string[];
}

/**
 * Everything the comparisons and the blocking rules read, computed once per record by
 * {@link prepareRecords}. Typed arrays indexed by record id, so that comparing a pair allocates
 * nothing; they lie in SharedArrayBuffers, so worker threads share them instead of copying them
 * (only the distinct names and texts are copied).
 */
export interface RecordFeatures {
  count: number;
  lists: string[];
  /** Per record: index into `lists`. */
  list: Int32Array;
  row: Int32Array;
  surnames: NameTable;
  givenNames: NameTable;
  /** Per record: entry in `surnames` / `givenNames`, or -1 when missing. */
  surname: Int32Array;
  given: Int32Array;
  father: Int32Array;
  /** Birth date: year (0 when missing), month and day (0 when unknown), the other reading of an ambiguous date (0 none). */
  birthYear: Int16Array;
  birthMonth: Uint8Array;
  birthDay: Uint8Array;
  birthAltMonth: Uint8Array;
  birthAltDay: Uint8Array;
  /** 0 missing, 1 male, 2 female, 3 other. */
  sex: Uint8Array;
  serviceNumber: CodedText;
  unit: CodedText;
  birthPlace: CodedText;
  place: CodedText;
  /**
   * Places as names across scripts (Հադրութ, Гадрут, Hadrut): distinct values analysed once as
   * names are, so that comparisons can relate their Latin renderings. Birth places of every
   * record; event places only of records whose list dates the first event (see `eventKind`).
   */
  places: NameTable;
  /** Per record: entry in `places`, or -1 when missing. */
  birthPlaceName: Int32Array;
  eventPlaceName: Int32Array;
  /**
   * Per record, from its list's kind: which event `event_date` and `place` describe.
   * {@link EVENT_KIND}: 0 unknown, 1 the first event (disappearance or capture), 2 a later one.
   */
  eventKind: Uint8Array;
  /**
   * The event date as the days it may be (day numbers, inclusive; 0 when missing): one day for
   * a full date, the month or the year for a partial one. `eventAltDay` is the other reading of
   * an ambiguous 03/04 date (0 none).
   */
  eventFrom: Int32Array;
  eventTo: Int32Array;
  eventAltDay: Int32Array;
  /** Records read with surname and given name swapped back (see `swappedNameColumns`). */
  swappedNames: number;
}

/**
 * How much more often a value must appear in the other name column than in its own, on both
 * sides, for a record's surname and given name to be read as swapped.
 */
const SWAP_RATIO = 4;

/** How many times as often as a surname a value must be seen as a given name to swap beside a value seen once. */
const SWAP_COMMON_GIVEN = 20;

/**
 * Records whose clerk wrote the given name in the surname column and the surname in the given
 * name column (Hayk | ARAKELOV). Read from the lists themselves: a value that appears as a given
 * name at least {@link SWAP_RATIO} times as often as as a surname, beside one that appears as a
 * surname that much more often than as a given name. Values seen once or twice never qualify, so
 * small lists and rare names are left as written.
 */
function swappedNameColumns(fields: readonly ParsedRecord[]): { at: Uint8Array; count: number } {
  const asSurname = new Map<string, number>();
  const asGiven = new Map<string, number>();
  const key = (text: string | undefined): string | undefined => (text === undefined ? undefined : text.trim().toLowerCase());
  for (const f of fields) {
    const s = key(f.surname);
    const g = key(f.given_name);
    if (s !== undefined) asSurname.set(s, (asSurname.get(s) ?? 0) + 1);
    if (g !== undefined) asGiven.set(g, (asGiven.get(g) ?? 0) + 1);
  }
  const at = new Uint8Array(fields.length);
  let count = 0;
  fields.forEach((f, i) => {
    const s = key(f.surname);
    const g = key(f.given_name);
    if (s === undefined || g === undefined || s === '' || g === '') return;
    const sAsGiven = asGiven.get(s) ?? 0;
    const sAsSurname = asSurname.get(s) ?? 0;
    const surnameLooksGiven = (sAsGiven + 1) / (sAsSurname + 1) >= SWAP_RATIO;
    const givenLooksSurname = ((asSurname.get(g) ?? 0) + 1) / ((asGiven.get(g) ?? 0) + 1) >= SWAP_RATIO;
    // A misspelt surname is seen once, here in the given-name column: enough when the surname
    // column holds a common given name seen as a surname hardly ever (this record counts once).
    const misspeltSurname = sAsGiven >= SWAP_COMMON_GIVEN * sAsSurname && (asGiven.get(g) ?? 0) === 1 && (asSurname.get(g) ?? 0) === 0;
    if (surnameLooksGiven && (givenLooksSurname || misspeltSurname)) {
      at[i] = 1;
      count++;
    }
  });
  return { at, count };
}

/** Values of {@link RecordFeatures.eventKind}. */
export const EVENT_KIND = { unknown: 0, first: 1, later: 2 } as const;

const EVENT_KIND_OF_LIST: Readonly<Record<ListKind, number>> = {
  missing: EVENT_KIND.first,
  detention: EVENT_KIND.first,
  visit: EVENT_KIND.later,
  release: EVENT_KIND.later,
  death: EVENT_KIND.later,
  other: EVENT_KIND.unknown,
};

/** Day numbers are counted from 1970-01-01 plus this, so that 0 can mean "missing". */
const DAY_OFFSET = 1_000_000;

/** The day number of a calendar date (months and days past the end roll over, as Date.UTC does). */
export function dayNumber(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year, month - 1, day);
  return Math.round(date.getTime() / 86_400_000) + DAY_OFFSET;
}

/** The calendar date of a day number, as `YYYY-MM-DD`. */
export function dayText(dayNo: number): string {
  return new Date((dayNo - DAY_OFFSET) * 86_400_000).toISOString().slice(0, 10);
}

/** A typed array the constructor can make over a buffer of its own size. */
type TypedArrayOf<T> = new (buffer: SharedArrayBuffer) => T;

/**
 * A zeroed typed array over a SharedArrayBuffer: the pair pass's worker threads read it where it
 * lies instead of each receiving a copy (copying the features to two workers cost the main thread
 * about 14 s at 1,000,000 records under load). Elsewhere it behaves as any typed array.
 */
function shared<T extends Int32Array | Int16Array | Uint8Array>(Type: TypedArrayOf<T> & { BYTES_PER_ELEMENT: number }, length: number): T {
  return new Type(new SharedArrayBuffer(length * Type.BYTES_PER_ELEMENT));
}

/** `values` copied into a shared Int32Array. */
function sharedInt32Of(values: ArrayLike<number>): Int32Array {
  const out = shared(Int32Array, values.length);
  out.set(values);
  return out;
}

class NameTableBuilder {
  private readonly entries = new Vocabulary();
  private readonly forms = new Vocabulary();
  private readonly soundForms = new Vocabulary();
  private readonly keys = new Vocabulary();
  private readonly analysed: AnalysedName[] = [];
  /** Per entry: [form, sound form], or [-1, -1] when the text holds no name. */
  private readonly rows: number[][] = [];
  private readonly entryKeys: number[][] = [];

  constructor(
    private readonly analyser: NameAnalyser,
    private readonly part: NamePart,
    private readonly maxKeys: number,
  ) {}

  /** The entry of `text`, analysing it the first time it is seen; -1 when it holds no name. */
  entry(text: string | undefined): number {
    if (text === undefined) return -1;
    const trimmed = text.trim();
    if (trimmed === '') return -1;
    const known = this.entries.size;
    const id = this.entries.code(trimmed);
    if (id < known) return (this.rows[id]?.[0] ?? -1) < 0 ? -1 : id;
    const analysed = this.analyser.analyse(trimmed, this.part);
    if (analysed === undefined) {
      this.rows.push([-1, -1]);
      this.entryKeys[id] = [];
      return -1;
    }
    const formsBefore = this.forms.size;
    const form = this.forms.code(analysed.normalised);
    if (form === formsBefore) this.analysed.push(analysed);
    this.rows.push([form, this.soundForms.code(analysed.soundForm)]);
    this.entryKeys[id] = analysed.keys.slice(0, this.maxKeys).map((key) => this.keys.code(key));
    return id;
  }

  build(): NameTable {
    const n = this.rows.length;
    const column = (k: number): Int32Array => sharedInt32Of(Array.from({ length: n }, (_, e) => this.rows[e]?.[k] ?? -1));
    const keyStart = shared(Int32Array, n + 1);
    for (let e = 0; e < n; e++) keyStart[e + 1] = (keyStart[e] as number) + (this.entryKeys[e]?.length ?? 0);
    const keyCodes = sharedInt32Of(this.entryKeys.flat());
    return { written: [...this.entries.values], form: column(0), soundForm: column(1), keyStart, keyCodes, analysed: this.analysed, soundForms: this.soundForms.size };
  }
}

class CodedTextBuilder {
  private readonly vocabulary = new Vocabulary();
  /** Code per text as written, when texts repeat (places, units); undefined for service numbers. */
  private readonly codeOfText: Map<string, number> | undefined;
  readonly codes: Int32Array;

  constructor(
    count: number,
    private readonly normalise: (text: string) => string,
    { repeats }: { repeats: boolean },
  ) {
    this.codes = shared(Int32Array, count).fill(-1);
    this.codeOfText = repeats ? new Map() : undefined;
  }

  set(record: number, text: string | undefined): void {
    if (text === undefined) return;
    // Places and units repeat thousands of times: normalise each text as written once.
    let code = this.codeOfText?.get(text);
    if (code === undefined) {
      const value = this.normalise(text);
      code = value === '' ? -1 : this.vocabulary.code(value);
      this.codeOfText?.set(text, code);
    }
    this.codes[record] = code;
  }

  build(): CodedText {
    return { codes: this.codes, values: [...this.vocabulary.values] };
  }
}

/**
 * Lower-case, marks dropped, dotless i folded: the same folding names/ applies before keys.
 * `toLowerCase()`, not `toLocaleLowerCase('und')`: the root locale maps every code point the same
 * way (checked over all of Unicode on Node 20), and the locale form is thirty times slower.
 */
export function foldText(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/gu, 'i');
}

function serviceNumberForm(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]/gu, '');
}

function unitForm(text: string): string {
  // "в/ч 12345", "military unit 12345" and "12345" name one unit: a number, when there is one, is the unit.
  const digits = text.match(/\d{3,}/u);
  return digits !== null ? digits[0] : foldText(text).replace(/[^\p{L}\p{N}]/gu, '');
}

function setDate(features: RecordFeatures, record: number, date: PartialDate | undefined): void {
  if (date === undefined || !Number.isFinite(date.year) || date.year <= 0 || date.year > 32767) return;
  features.birthYear[record] = date.year;
  features.birthMonth[record] = date.month ?? 0;
  features.birthDay[record] = date.month === undefined ? 0 : (date.day ?? 0);
  if (date.alternative !== undefined) {
    features.birthAltMonth[record] = date.alternative.month;
    features.birthAltDay[record] = date.alternative.day;
  }
}

function setEventDate(features: RecordFeatures, record: number, date: PartialDate | undefined): void {
  if (date === undefined || !Number.isFinite(date.year) || date.year <= 0 || date.year > 9999) return;
  const { year, month, day } = date;
  if (month === undefined) {
    features.eventFrom[record] = dayNumber(year, 1, 1);
    features.eventTo[record] = dayNumber(year, 12, 31);
  } else if (day === undefined) {
    features.eventFrom[record] = dayNumber(year, month, 1);
    features.eventTo[record] = dayNumber(year, month + 1, 0);
  } else {
    features.eventFrom[record] = features.eventTo[record] = dayNumber(year, month, day);
    if (date.alternative !== undefined) features.eventAltDay[record] = dayNumber(year, date.alternative.month, date.alternative.day);
  }
}

const SEX_CODES = { male: 1, female: 2, other: 3 } as const;

/**
 * Blocking keys kept per name. names/ gives up to about ten for long names; every key
 * multiplies a record's blocks, so the most telling few are kept.
 */
export const MAX_KEYS_PER_NAME = 4;

/**
 * Computes every record's comparison features once: names analysed once per distinct value
 * (through `analyser`, normally src/names), fathers' names read out of patronymics, dates and
 * codes normalised. Records must be given with `id` equal to their index.
 */
export function prepareRecords(records: readonly LinkRecord[], analyser: NameAnalyser, options: { maxKeysPerName?: number; place?: (text: string) => string } = {}): RecordFeatures {
  const placeAnalyser = options.place ?? foldText;
  const maxKeys = options.maxKeysPerName ?? MAX_KEYS_PER_NAME;
  const n = records.length;
  const lists = new Vocabulary();
  const surnames = new NameTableBuilder(analyser, 'surname', maxKeys);
  const givenNames = new NameTableBuilder(analyser, 'given', maxKeys);
  const serviceNumber = new CodedTextBuilder(n, serviceNumberForm, { repeats: false });
  const unit = new CodedTextBuilder(n, unitForm, { repeats: true });
  const birthPlace = new CodedTextBuilder(n, placeAnalyser, { repeats: true });
  const place = new CodedTextBuilder(n, placeAnalyser, { repeats: true });
  // Place names are analysed as given names: no surname endings folded off (Lachin is not Lach-in).
  const places = new NameTableBuilder(analyser, 'given', 0);
  const fatherCache = new Map<string, string>();
  const features: RecordFeatures = {
    count: n,
    lists: [],
    list: shared(Int32Array, n),
    row: shared(Int32Array, n),
    surnames: undefined as unknown as NameTable,
    givenNames: undefined as unknown as NameTable,
    surname: shared(Int32Array, n),
    given: shared(Int32Array, n),
    father: shared(Int32Array, n),
    birthYear: shared(Int16Array, n),
    birthMonth: shared(Uint8Array, n),
    birthDay: shared(Uint8Array, n),
    birthAltMonth: shared(Uint8Array, n),
    birthAltDay: shared(Uint8Array, n),
    sex: shared(Uint8Array, n),
    serviceNumber: undefined as unknown as CodedText,
    unit: undefined as unknown as CodedText,
    birthPlace: undefined as unknown as CodedText,
    place: undefined as unknown as CodedText,
    places: undefined as unknown as NameTable,
    birthPlaceName: shared(Int32Array, n),
    eventPlaceName: shared(Int32Array, n).fill(-1),
    eventKind: shared(Uint8Array, n),
    eventFrom: shared(Int32Array, n),
    eventTo: shared(Int32Array, n),
    eventAltDay: shared(Int32Array, n),
    swappedNames: 0,
  };
  const fields = records.map((record, i) => {
    if (record.id !== i) throw new RangeError(`record ${record.list}:${record.row} has id ${record.id}, expected ${i}`);
    const f = record.fields;
    if (f.surname === undefined && f.given_name === undefined && f.full_name !== undefined) {
      // A list with one name column the reader did not split: split it here, the same way.
      const parts = splitFullName(f.full_name);
      return { ...f, ...(parts.surname === undefined ? {} : { surname: parts.surname }), ...(parts.given_name === undefined ? {} : { given_name: parts.given_name }), ...(f.patronymic === undefined && parts.patronymic !== undefined ? { patronymic: parts.patronymic } : {}) };
    }
    return f;
  });
  const swapped = swappedNameColumns(fields);
  features.swappedNames = swapped.count;
  for (let i = 0; i < n; i++) {
    const record = records[i] as LinkRecord;
    const f = fields[i] as ParsedRecord;
    features.list[i] = lists.code(record.list);
    features.row[i] = record.row;
    const swap = swapped.at[i] === 1;
    features.surname[i] = surnames.entry(swap ? f.given_name : f.surname);
    features.given[i] = givenNames.entry(swap ? f.surname : f.given_name);
    let father: string | undefined;
    if (f.patronymic !== undefined) {
      father = fatherCache.get(f.patronymic);
      if (father === undefined) {
        father = fatherNameFromPatronymic(f.patronymic) ?? f.patronymic;
        fatherCache.set(f.patronymic, father);
      }
    }
    features.father[i] = givenNames.entry(father);
    setDate(features, i, f.birth_date);
    features.sex[i] = f.sex === undefined ? 0 : SEX_CODES[f.sex];
    serviceNumber.set(i, f.service_number);
    unit.set(i, f.unit);
    birthPlace.set(i, f.birth_place);
    place.set(i, f.place);
    features.birthPlaceName[i] = places.entry(f.birth_place);
    const eventKind = record.kind === undefined ? EVENT_KIND.unknown : EVENT_KIND_OF_LIST[record.kind];
    features.eventKind[i] = eventKind;
    if (eventKind !== EVENT_KIND.unknown) setEventDate(features, i, f.event_date);
    // A later event's place (a prison, a hospital) is not where the man went missing.
    if (eventKind === EVENT_KIND.first) features.eventPlaceName[i] = places.entry(f.place);
  }
  features.lists = [...lists.values];
  features.surnames = surnames.build();
  features.givenNames = givenNames.build();
  features.serviceNumber = serviceNumber.build();
  features.unit = unit.build();
  features.birthPlace = birthPlace.build();
  features.place = place.build();
  features.places = places.build();
  return features;
}
