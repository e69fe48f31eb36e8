import { foldLabel } from './label-fold.js';
import type { ListKind } from './record.js';

/** The events a date column can record (DOMAIN.md, "Useful event types"). */
export const EVENT_TYPES = ['disappearance', 'capture', 'detention', 'visit', 'transfer', 'release', 'exchange', 'death', 'enquiry'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Words that name an event in a date column's header, per event, in English, Russian,
 * Ukrainian, Armenian and Azerbaijani (Latin and Cyrillic). Declarative data: add a spelling
 * here, never in code. Each entry is folded with `foldLabel` and matches the start of a word of
 * the folded header ("пленени" matches «Дата пленения», "saxlan" «Saxlanıldığı tarix»), or, when
 * it has a space, a run of whole words starting so.
 */
export const EVENT_WORDS: Readonly<Record<EventType, readonly string[]>> = {
  disappearance: [
    'disappear', 'missing', 'lost', 'last seen',
    'пропа', 'исчезн', 'без вести', 'зникн', 'безвісти',
    'անհետ', 'կորել', 'կորած',
    'itkin', 'itgin', 'иткин',
  ],
  capture: [
    'capture', 'captivity', 'taken prisoner', 'prisoner of war',
    'плен', 'захват', 'полон',
    'գերեվար', 'գերի', 'գերութ', 'գերևար',
    'əsir', 'асир', 'әсир',
  ],
  detention: [
    'detain', 'detention', 'arrest', 'custody', 'intern', 'held',
    'задержан', 'арест', 'содержан', 'интерн', 'затрим', 'утрим',
    'կալանք', 'կալանավոր', 'ձերբակալ',
    'saxlan', 'həbs', 'сахлан', 'һәбс',
  ],
  visit: [
    'visit', 'interview',
    'посещ', 'визит', 'відвід',
    'այցել', 'այց',
    'ziyarət', 'görüş', 'зијарәт',
  ],
  transfer: [
    'transfer', 'moved',
    'перевод', 'перемещ', 'этапир', 'передач', 'переведен', 'переміщ',
    'տեղափոխ',
    'köçürül', 'көчүрүл',
  ],
  release: [
    'release', 'freed', 'liberat',
    'освобожд', 'звільн',
    'ազատ',
    'azad', 'азад',
  ],
  exchange: [
    'exchange', 'repatriat', 'return',
    'обмен', 'обмін', 'репатри', 'возвращ', 'поверн',
    'փոխանակ', 'վերադարձ', 'հայրենադարձ',
    'mübadil', 'dəyiş', 'qaytar', 'мүбадил',
  ],
  death: [
    'death', 'died', 'deceased', 'killed',
    'смерт', 'гибел', 'погиб', 'умер', 'загиб',
    'մահ', 'զոհ',
    'ölüm', 'vəfat', 'həlak', 'өлүм', 'вәфат',
  ],
  enquiry: [
    'enquir', 'inquir', 'request', 'tracing', 'application',
    'запрос', 'обращен', 'заявлен', 'запит', 'звернен',
    'հարցում', 'դիմում',
    'sorğu', 'müraciət', 'сорғу', 'мүрачиәт',
  ],
};

/**
 * Which event wins when a header names several: the later one in a man's story ("Date of
 * release from captivity" is a release, "Дата смерти в плену" a death), then the transfer and
 * the visit (a visit "to the place of detention"), then the first events.
 */
const PRECEDENCE: readonly EventType[] = ['death', 'exchange', 'release', 'transfer', 'visit', 'enquiry', 'capture', 'detention', 'disappearance'];

let folded: { event: EventType; words: string[] }[] | undefined;

function foldedWords(): { event: EventType; words: string[] }[] {
  folded ??= PRECEDENCE.map((event) => ({ event, words: EVENT_WORDS[event].map(foldLabel).filter((w) => w !== '') }));
  return folded;
}

/** A date column's event, with the (folded) word of its header that said so. */
export interface HeaderEvent {
  event: EventType;
  word: string;
}

/**
 * The event a date column's header names, or undefined when it names none ("Дата", "Date",
 * "Tarix"). Case, accents and punctuation do not matter.
 *
 * @example
 * eventOfHeader('Дата пленения'); // { event: 'capture', word: 'плен' }
 * eventOfHeader('Անհետ կորելու ամսաթիվ'); // { event: 'disappearance', word: 'անհետ' }
 */
export function eventOfHeader(header: string): HeaderEvent | undefined {
  const text = foldLabel(header);
  if (text === '') return undefined;
  const padded = ` ${text}`;
  for (const { event, words } of foldedWords()) {
    for (const word of words) {
      if (padded.includes(` ${word}`)) return { event, word };
    }
  }
  return undefined;
}

/**
 * The kind of list a first date column's event makes: a list dated by disappearance is a list of
 * missing persons, one dated by capture, detention or transfer a detention list, and so on. An
 * enquiry's date says when the family asked, not what the list asserts: no kind.
 */
export function kindOfEvent(event: EventType): ListKind | undefined {
  switch (event) {
    case 'disappearance':
      return 'missing';
    case 'capture':
    case 'detention':
    case 'transfer':
      return 'detention';
    case 'visit':
      return 'visit';
    case 'release':
    case 'exchange':
      return 'release';
    case 'death':
      return 'death';
    case 'enquiry':
      return undefined;
  }
}

/** A list's kind as read from its columns, with the column that said so. */
export interface KindFromColumns {
  kind: ListKind;
  /** The header as written, e.g. «Дата пленения». */
  column: string;
  event: EventType;
}

/**
 * The kind of a list from its columns, when none was given: the event its first event-date
 * column names (the column the records' event date is read from). Undefined when that column
 * names no event, or one that makes no kind (an enquiry).
 *
 * @example
 * kindFromColumns([{ header: 'Дата пленения', field: 'event_date', event: 'capture', how: 'recognised' }]);
 * // { kind: 'detention', column: 'Дата пленения', event: 'capture' }
 */
export function kindFromColumns(columns: readonly { header: string; field?: string; event?: EventType }[]): KindFromColumns | undefined {
  const first = columns.find((c) => c.field === 'event_date');
  if (first?.event === undefined) return undefined;
  const kind = kindOfEvent(first.event);
  return kind === undefined ? undefined : { kind, column: first.header.trim(), event: first.event };
}
