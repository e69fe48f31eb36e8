import type { Label, Language } from './label.js';
import { longDayLabel } from './label.js';
import { countLabel, NOUNS } from './plural.js';
import type { ReportSource } from './report-model.js';

/** The run a report comes from, in words: its day and time, who ran it, how many lists it read. */
export function runLabel(source: ReportSource): Label {
  const day = longDayLabel(source.finishedAt);
  const time = source.finishedAt.slice(11, 16);
  const lists = countLabel(source.versions.length, NOUNS.list);
  return {
    en: `From the reconciliation of ${day.en}${time ? ` at ${time} UTC` : ''} (run ${source.runId}, by ${source.actor}), reading ${lists.en}.`,
    ru: `По сверке от ${day.ru}${time ? `, ${time} UTC` : ''} (запуск ${source.runId}, выполнил ${source.actor}); прочитано ${lists.ru}.`,
  };
}

/** What review still leaves open, and that it could move persons between the numbers. */
export function reviewLabel(source: ReportSource): Label {
  if (source.undecidedPairs === 0) return { en: 'No pair of records is waiting in review.', ru: 'Пар записей, ожидающих проверки, нет.' };
  const pairs = countLabel(source.undecidedPairs, NOUNS.pair);
  return {
    en: `${pairs.en} of records still undecided in review (whereabouts review): deciding them can move persons between these numbers.`,
    ru: `Не решено при проверке: ${pairs.ru} записей (whereabouts review); решения могут изменить эти числа.`,
  };
}

/** Both sentences in one language, for the terminal. */
export function sourceLineText(source: ReportSource, lang: Language): string {
  return `${runLabel(source)[lang]} ${reviewLabel(source)[lang]}`;
}
