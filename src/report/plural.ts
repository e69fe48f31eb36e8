import type { Label, Language } from './label.js';

/** A noun's forms: English one/other; Russian one (1, 21), few (2-4, 22-24), many (5-20, 25...). */
export interface NounForms {
  en: { one: string; other: string };
  ru: { one: string; few: string; many: string };
}

/** The nouns the report counts. */
export const NOUNS = {
  person: { en: { one: 'person', other: 'persons' }, ru: { one: 'лицо', few: 'лица', many: 'лиц' } },
  record: { en: { one: 'record', other: 'records' }, ru: { one: 'запись', few: 'записи', many: 'записей' } },
  pair: { en: { one: 'pair', other: 'pairs' }, ru: { one: 'пара', few: 'пары', many: 'пар' } },
  list: { en: { one: 'list', other: 'lists' }, ru: { one: 'список', few: 'списка', many: 'списков' } },
} as const satisfies Record<string, NounForms>;

const RULES = { en: new Intl.PluralRules('en'), ru: new Intl.PluralRules('ru') };

/** The form of a noun that goes with a number, by each language's plural rules. */
export function nounFor(n: number, noun: NounForms, lang: Language): string {
  const category = RULES[lang].select(n);
  if (lang === 'en') return category === 'one' ? noun.en.one : noun.en.other;
  return category === 'one' ? noun.ru.one : category === 'few' ? noun.ru.few : noun.ru.many;
}

/** A number with its noun, digits grouped as each language groups them: "1 person", "184 лица", "1,204 persons". */
export function countOf(n: number, noun: NounForms, lang: Language): string {
  const digits = n.toLocaleString(lang === 'en' ? 'en-US' : 'ru-RU');
  return `${digits} ${nounFor(n, noun, lang)}`;
}

/** The same in both languages. */
export function countLabel(n: number, noun: NounForms): Label {
  return { en: countOf(n, noun, 'en'), ru: countOf(n, noun, 'ru') };
}
