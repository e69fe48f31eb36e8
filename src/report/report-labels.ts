import type { CanonicalField, ListKind } from '../ingest/record.js';
import type { AccountingState } from '../register/accounting-states.js';
import type { StatusEventType } from '../register/status-timeline.js';
import type { Label } from './label.js';

/** Status names in the report's languages. */
export const STATUS_LABELS: Record<StatusEventType, Label> = {
  reported_missing: { en: 'Reported missing', ru: 'Заявлен пропавшим без вести' },
  detention_acknowledged: { en: 'Detention acknowledged', ru: 'Содержание под стражей подтверждено' },
  visited: { en: 'Visited', ru: 'Посещён' },
  transferred: { en: 'Transferred', ru: 'Переведён' },
  hospitalised: { en: 'In hospital', ru: 'Госпитализирован' },
  escaped: { en: 'Escaped', ru: 'Бежал' },
  released: { en: 'Released', ru: 'Освобождён' },
  exchanged: { en: 'Exchanged or repatriated', ru: 'Обменян или репатриирован' },
  died: { en: 'Died', ru: 'Умер' },
  remains_identified: { en: 'Remains identified', ru: 'Останки опознаны' },
};

/** The accounting states in the report's languages. */
export const ACCOUNTING_STATE_LABELS: Record<AccountingState, Label> = {
  no_trace: { en: 'Reported missing, no trace', ru: 'Заявлен пропавшим, следов нет' },
  seen_not_acknowledged: { en: 'Seen in custody, not acknowledged', ru: 'Видели под стражей, не признан' },
  acknowledged_held: { en: 'Acknowledged as held', ru: 'Признан содержащимся под стражей' },
  released: { en: 'Released', ru: 'Освобождён' },
  exchanged: { en: 'Exchanged or repatriated', ru: 'Обменян или репатриирован' },
  died: { en: 'Died', ru: 'Умер' },
  remains_identified: { en: 'Remains identified', ru: 'Останки опознаны' },
  held_never_reported: { en: 'Held, never reported missing', ru: 'Содержится, не заявлен пропавшим' },
  conflicting: { en: 'Sources conflict', ru: 'Источники противоречат друг другу' },
};

/** Canonical field names as a tracing officer reads them. */
export const FIELD_LABELS: Record<CanonicalField, Label> = {
  record_id: { en: 'record id', ru: 'номер записи' },
  surname: { en: 'surname', ru: 'фамилия' },
  given_name: { en: 'given name', ru: 'имя' },
  patronymic: { en: 'patronymic', ru: 'отчество' },
  full_name: { en: 'full name', ru: 'ФИО' },
  sex: { en: 'sex', ru: 'пол' },
  birth_date: { en: 'date of birth', ru: 'дата рождения' },
  birth_place: { en: 'place of birth', ru: 'место рождения' },
  citizenship: { en: 'citizenship', ru: 'гражданство' },
  unit: { en: 'unit', ru: 'воинская часть' },
  rank: { en: 'rank', ru: 'звание' },
  service_number: { en: 'service number', ru: 'личный номер' },
  event_date: { en: 'date of capture or disappearance', ru: 'дата пленения или исчезновения' },
  place: { en: 'place', ru: 'место' },
  status: { en: 'status', ru: 'статус' },
  notes: { en: 'notes', ru: 'примечания' },
};

/** What each kind of list asserts, in the report's languages. */
export const LIST_KIND_LABELS: Record<ListKind, Label> = {
  missing: { en: 'missing list', ru: 'список пропавших' },
  detention: { en: 'detention list', ru: 'список задержанных' },
  visit: { en: 'visit list', ru: 'список посещений' },
  release: { en: 'release list', ru: 'список освобождённых' },
  death: { en: 'death list', ru: 'список умерших' },
  other: { en: 'other list', ru: 'другой список' },
};

/** Fixed words of the page, the workbook and the CSV headers. */
export const UI_LABELS = {
  total: { en: 'All', ru: 'Всего' },
  persons: { en: 'Persons', ru: 'Лица' },
  person: { en: 'Person', ru: 'Лицо' },
  namesAsWritten: { en: 'Names as written by each source', ru: 'Имена в написании каждого источника' },
  birthDate: { en: 'Born', ru: 'Дата рождения' },
  eventDate: { en: 'Captured / missing since', ru: 'Дата пленения / исчезновения' },
  period: { en: 'Period', ru: 'Период' },
  status: { en: 'Latest status', ru: 'Последний статус' },
  lists: { en: 'Lists', ru: 'Списки' },
  conflicts: { en: 'Conflicting fields', ru: 'Противоречия' },
  duplicates: { en: 'Listed twice on', ru: 'Повторно в' },
  filter: { en: 'Search by name in any script, id or list', ru: 'Поиск по имени в любом письме, номеру или списку' },
  searchHint: {
    en: 'A name finds its spellings in every script (Harutyunyan, Арутюнян, Հարությունյան); a spelling no list uses is matched as text.',
    ru: 'Имя находит свои написания в любом письме (Harutyunyan, Арутюнян, Հարությունյան); написание, которого нет в списках, ищется как текст.',
  },
  accountingState: { en: 'Accounting state (latest status)', ru: 'Состояние учёта (последний статус)' },
  accountingStateOnly: { en: 'Accounting state', ru: 'Состояние учёта' },
  appendix: { en: 'Appendix: how sure the matches are', ru: 'Приложение: насколько надёжны совпадения' },
  showAll: { en: 'Show all', ru: 'Показать всех' },
  overlap: { en: 'Overlap between lists', ru: 'Пересечение списков' },
  byPeriod: { en: 'Persons by period', ru: 'Лица по периодам' },
  probabilities: { en: 'Match probabilities of scored pairs', ru: 'Вероятности совпадения оценённых пар' },
  reviewBand: { en: 'review band', ru: 'зона проверки' },
  noCutoffs: { en: 'No cut-off date given: counts are not split by period.', ru: 'Дата отсечения не задана: счёт не разделён по периодам.' },
  noPairs: { en: 'No scored pairs given.', ru: 'Оценённые пары не переданы.' },
  generated: { en: 'Generated', ru: 'Составлен' },
  cutoffs: { en: 'Cut-off dates', ru: 'Даты отсечения' },
  print: { en: 'Print', ru: 'Печать' },
  clickHint: { en: 'Click any number to see the persons behind it.', ru: 'Нажмите на число, чтобы увидеть лиц за ним.' },
  table: { en: 'Table', ru: 'Таблица' },
  row: { en: 'Row', ru: 'Строка' },
  column: { en: 'Column', ru: 'Столбец' },
  recordKey: { en: 'Record', ru: 'Запись' },
  party: { en: 'Party', ru: 'Сторона' },
  list: { en: 'List', ru: 'Список' },
  name: { en: 'Name as written', ru: 'Имя как записано' },
} as const satisfies Record<string, Label>;
