/** A military rank as each source writes it, with how common it is among the men on the lists. */
export interface RankForms {
  hy: string;
  ru: string;
  az: string;
  en: string;
  /** Relative weight among men older than conscripts; conscripts are privates or sergeants. */
  weight: number;
}

/** Ranks, most common first; index 0 (private) is what most conscripts hold. */
export const RANKS: readonly RankForms[] = [
  { hy: 'Շարքային', ru: 'Рядовой', az: 'Sıravi', en: 'Private', weight: 40 },
  { hy: 'Կրտսեր սերժանտ', ru: 'Младший сержант', az: 'Kiçik çavuş', en: 'Junior Sergeant', weight: 12 },
  { hy: 'Սերժանտ', ru: 'Сержант', az: 'Çavuş', en: 'Sergeant', weight: 12 },
  { hy: 'Ավագ սերժանտ', ru: 'Старший сержант', az: 'Baş çavuş', en: 'Senior Sergeant', weight: 8 },
  { hy: 'Լեյտենանտ', ru: 'Лейтенант', az: 'Leytenant', en: 'Lieutenant', weight: 8 },
  { hy: 'Ավագ լեյտենանտ', ru: 'Старший лейтенант', az: 'Baş leytenant', en: 'Senior Lieutenant', weight: 7 },
  { hy: 'Կապիտան', ru: 'Капитан', az: 'Kapitan', en: 'Captain', weight: 6 },
  { hy: 'Մայոր', ru: 'Майор', az: 'Mayor', en: 'Major', weight: 4 },
  { hy: 'Փոխգնդապետ', ru: 'Подполковник', az: 'Polkovnik-leytenant', en: 'Lieutenant Colonel', weight: 2 },
];
