/** The report's languages: English, and Russian, the mediator's working language. */
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in every language of the report. */
export type Label = Record<Language, string>;

/** A label that reads the same in every language: a list's name, a person id. */
export function verbatim(text: string): Label {
  return { en: text, ru: text };
}

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An ISO day as each language writes it: `10 Nov 2020`, `10.11.2020`. */
export function dayLabel(iso: string): Label {
  const [y, m, d] = iso.split('-');
  return { en: `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`, ru: `${d}.${m}.${y}` };
}

const MONTHS_LONG_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Russian month names in the genitive, as a date is written ("29 ноября"). */
const MONTHS_LONG_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** A day in words, from an ISO date or timestamp: `29 November 2026`, `29 ноября 2026 г.`. */
export function longDayLabel(iso: string): Label {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  return { en: `${d} ${MONTHS_LONG_EN[m! - 1]} ${y}`, ru: `${d} ${MONTHS_LONG_RU[m! - 1]} ${y} г.` };
}
