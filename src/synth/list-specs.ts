import { BIRTH_PLACES, CAPTURE_PLACES, DETENTION_PLACES, MEDIATOR_NOTES } from './data/places.js';
import { RANKS } from './data/ranks.js';
import { formatDate } from './date-style.js';
import { FATE } from './fates.js';
import type { ListKind } from '../ingest/record.js';
import type { Clerk, RowDraft, Script } from './clerk.js';
import type { DateStyle } from './date-style.js';
import type { Population } from './population.js';
import type { Random } from './random.js';
import type { CoverageSettings, ListName, NoiseSettings } from './settings.js';
import type { Cell } from './writers/table-writer.js';

/** How a list's file is laid out on disk. */
export type FileLayout =
  | { format: 'csv'; delimiter: ',' | ';'; encoding: 'utf-8' | 'windows-1251'; lineEnding: '\n' | '\r\n'; byteOrderMark: boolean }
  | { format: 'xlsx'; sheet: string }
  | { format: 'json' };

/** One list the generator writes: who keeps it, what it asserts, and how it looks. */
export interface ListSpec {
  name: ListName;
  /** The party that keeps the list. */
  party: string;
  kind: ListKind;
  script: Script;
  header: readonly string[];
  /** Columns holding dates (0-based), for workbooks. */
  dateColumns: readonly number[];
  layout: FileLayout;
  dateStyle: DateStyle;
  /** The chance that man i is on the list. */
  coverage(population: Population, i: number, coverage: CoverageSettings): number;
  /** The share of rows with a capitalised surname. */
  upperSurnameRate(noise: NoiseSettings): number;
  /** The cells of one row, dates in `style` (without the row number, which comes first). */
  cells(population: Population, i: number, draft: RowDraft, clerk: Clerk, random: Random, style: DateStyle): Cell[];
}

function surnameCase(draft: RowDraft, locale: string): string {
  return draft.upperSurname ? draft.surname.toLocaleUpperCase(locale) : draft.surname;
}

/** Surname and given name in their columns, or in each other's when the clerk slipped. */
function nameColumns(draft: RowDraft, clerk: Clerk, locale: string): [string, string] {
  const surname = surnameCase(draft, locale);
  return clerk.swapsNameColumns() ? [draft.given, surname] : [surname, draft.given];
}

const HOME: ListSpec = {
  name: 'home-missing',
  party: 'home',
  kind: 'missing',
  script: 'hy',
  header: ['Հ/Հ', 'Ազգանուն', 'Անուն', 'Հայրանուն', 'Ծննդյան ամսաթիվ', 'Ծննդավայր', 'Զորամաս', 'Կոչում', 'Անհետ կորելու ամսաթիվ', 'Անհետ կորելու վայր'],
  dateColumns: [4, 8],
  layout: { format: 'csv', delimiter: ',', encoding: 'utf-8', lineEnding: '\n', byteOrderMark: true },
  dateStyle: 'dots',
  coverage: (_p, _i, c) => c.homeMissing,
  upperSurnameRate: (noise) => noise.upperSurname,
  cells(p, i, draft, clerk, _random, style) {
    const [surname, given] = nameColumns(draft, clerk, 'hy');
    return [
      surname,
      given,
      draft.patronymic,
      formatDate(draft.birth, style),
      BIRTH_PLACES[p.birthPlace[i] as number]!.hy,
      `զ/մ ${p.unit[i]}`,
      RANKS[p.rank[i] as number]!.hy,
      formatDate(clerk.eventDate(p.lastContact[i] as number), style),
      CAPTURE_PLACES[p.capturePlace[i] as number]!.hy,
    ];
  },
};

const DETAINING: ListSpec = {
  name: 'detaining-held',
  party: 'detaining',
  kind: 'detention',
  script: 'az',
  header: ['S/s', 'Soyadı', 'Adı', 'Atasının adı', 'Doğum tarixi', 'Hərbi rütbəsi', 'Saxlanılma tarixi', 'Saxlanılma yeri'],
  dateColumns: [4, 6],
  layout: { format: 'xlsx', sheet: 'Siyahı' },
  dateStyle: 'excel',
  coverage: (p, i, c) => (p.captured[i] ? c.detainingHeldOfCaptured : 0),
  upperSurnameRate: (noise) => noise.upperSurname,
  cells(p, i, draft, clerk, _random, style) {
    const [surname, given] = nameColumns(draft, clerk, 'az');
    const birth = formatDate(draft.birth, style);
    return [
      surname,
      given,
      draft.patronymic,
      typeof birth === 'number' && clerk.typesDateAsText() ? formatDate(draft.birth, 'dots') : birth,
      RANKS[p.rank[i] as number]!.az,
      formatDate(clerk.eventDate(p.captureDay[i] as number), style),
      CAPTURE_PLACES[p.capturePlace[i] as number]!.az,
    ];
  },
};

const MEDIATOR: ListSpec = {
  name: 'mediator-enquiries',
  party: 'mediator',
  kind: 'missing',
  script: 'ru',
  header: ['№', 'ФИО', 'Дата рождения', 'Место рождения', 'Дата пропажи', 'Место пропажи', 'Примечание'],
  dateColumns: [2, 4],
  layout: { format: 'csv', delimiter: ';', encoding: 'windows-1251', lineEnding: '\r\n', byteOrderMark: false },
  dateStyle: 'dots',
  coverage: (_p, _i, c) => c.mediatorEnquiries,
  upperSurnameRate: (noise) => noise.mediatorUpperSurname,
  cells(p, i, draft, clerk, random, style) {
    const fullName = [surnameCase(draft, 'ru'), draft.given, draft.patronymic].filter((part) => part !== '').join(' ');
    return [
      fullName,
      formatDate(draft.birth, style),
      random.chance(0.7) ? BIRTH_PLACES[p.birthPlace[i] as number]!.ru : null,
      formatDate(clerk.eventDate(p.lastContact[i] as number), style),
      CAPTURE_PLACES[p.capturePlace[i] as number]!.ru,
      random.chance(0.15) ? random.pick(MEDIATOR_NOTES) : null,
    ];
  },
};

const DELEGATE: ListSpec = {
  name: 'delegate-visits',
  party: 'delegate',
  kind: 'visit',
  script: 'en',
  header: ['No.', 'Surname', 'Given name', "Father's name", 'Date of birth', 'Place of detention', 'Date of visit'],
  dateColumns: [4, 6],
  layout: { format: 'json' },
  dateStyle: 'english',
  coverage: (p, i, c) => (p.captured[i] ? c.delegateVisitsOfCaptured : 0),
  upperSurnameRate: (noise) => noise.upperSurname,
  cells(p, i, draft, clerk, random, style) {
    const [surname, given] = nameColumns(draft, clerk, 'en');
    // Visits happen weeks to months after capture, and while he is held: never after the day he
    // was handed back or died (a visit after it would be a contradiction no real list makes).
    const captured = p.captureDay[i] as number;
    const latest = p.fate[i] === FATE.held ? 120 : Math.max(0, Math.min(120, (p.fateDay[i] as number) - captured - 1));
    const visit = captured + random.between(Math.min(14, latest), latest);
    return [
      surname,
      given,
      draft.patronymic,
      formatDate(draft.birth, style),
      DETENTION_PLACES[(p.family[i] as number) % DETENTION_PLACES.length]!,
      formatDate(clerk.eventDate(visit), style),
    ];
  },
};

/** How the mediator's clerk words each way home: the status column the register reads. */
const RETURN_STATUS: Readonly<Record<number, readonly string[]>> = {
  [FATE.exchanged]: ['обменян', 'обменян', 'обмен пленными', 'репатриирован'],
  [FATE.released]: ['освобождён', 'освобожден', 'освобождён, передан родным'],
};

const EXCHANGE: ListSpec = {
  name: 'mediator-exchange',
  party: 'mediator',
  kind: 'release',
  script: 'ru',
  // Separate name columns, unlike the enquiries' ФИО: this list is copied from the handover acts.
  header: ['№', 'Фамилия', 'Имя', 'Отчество', 'Дата рождения', 'Дата освобождения', 'Статус'],
  dateColumns: [4, 5],
  layout: { format: 'xlsx', sheet: 'Освобождённые' },
  dateStyle: 'excel',
  coverage: (p, i, c) => (p.fate[i] === FATE.released || p.fate[i] === FATE.exchanged ? c.mediatorExchangeOfReturned : 0),
  upperSurnameRate: (noise) => noise.upperSurname,
  cells(p, i, draft, clerk, random, style) {
    const [surname, given] = nameColumns(draft, clerk, 'ru');
    return [
      surname,
      given,
      draft.patronymic,
      formatDate(draft.birth, style),
      formatDate(clerk.eventDate(p.fateDay[i] as number), style),
      random.pick(RETURN_STATUS[p.fate[i] as number]!),
    ];
  },
};

/** What the detaining party's notification says of a death: terse, as such notes are. */
const DEATH_NOTES: readonly string[] = ['yaralarından vəfat edib', 'xəstəxanada vəfat edib', 'ürək çatışmazlığı'];

const DEATHS: ListSpec = {
  name: 'detaining-deaths',
  party: 'detaining',
  kind: 'death',
  script: 'az',
  header: ['S/s', 'Soyadı', 'Adı', 'Atasının adı', 'Doğum tarixi', 'Ölüm tarixi', 'Qeyd'],
  dateColumns: [4, 5],
  layout: { format: 'csv', delimiter: ',', encoding: 'utf-8', lineEnding: '\n', byteOrderMark: false },
  dateStyle: 'dots',
  coverage: (p, i, c) => (p.fate[i] === FATE.died ? c.detainingDeathsOfDied : 0),
  upperSurnameRate: (noise) => noise.upperSurname,
  cells(p, i, draft, clerk, random, style) {
    const [surname, given] = nameColumns(draft, clerk, 'az');
    return [
      surname,
      given,
      draft.patronymic,
      formatDate(draft.birth, style),
      formatDate(clerk.eventDate(p.fateDay[i] as number), style),
      random.chance(0.6) ? random.pick(DEATH_NOTES) : null,
    ];
  },
};

/** The lists, in the order they are written. */
export const LIST_SPECS: Readonly<Record<ListName, ListSpec>> = {
  'home-missing': HOME,
  'detaining-held': DETAINING,
  'mediator-enquiries': MEDIATOR,
  'delegate-visits': DELEGATE,
  'mediator-exchange': EXCHANGE,
  'detaining-deaths': DEATHS,
};
