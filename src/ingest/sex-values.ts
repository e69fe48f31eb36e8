import { foldLabel } from './label-fold.js';
import type { Sex } from './record.js';

/**
 * Values clerks write in a sex column, in English, Russian, Ukrainian, Armenian and Azerbaijani.
 * Declarative data, folded with `foldLabel` before lookup ("М.", "м" and "M" all match).
 * Single letters are listed only where they are unambiguous within their script: Latin "m" is
 * male in English, but Azerbaijani uses "k" (kişi) and "q" (qadın), which English never does.
 */
export const SEX_VALUES: Readonly<Record<Sex, readonly string[]>> = {
  male: [
    'm', 'male', 'man', 'men', 'masculine',
    'м', 'муж', 'мужской', 'мужчина', 'мужск', 'ч', 'чол', 'чоловік', 'чоловіча', 'чоловічий',
    'ա', 'արական', 'արակ', 'տղամարդ', 'տղ',
    'k', 'kişi', 'kisi', 'erkək', 'kishi', 'киши', 'кишi',
  ],
  female: [
    'f', 'female', 'woman', 'women', 'feminine', 'w',
    'ж', 'жен', 'женский', 'женщина', 'женск', 'жін', 'жіноча', 'жіночий', 'жінка',
    'ի', 'իգական', 'իգ', 'կին',
    'q', 'qadın', 'qadin', 'гадын', 'гадин',
  ],
  other: ['x', 'other', 'другой', 'інша', 'այլ', 'digər'],
};

let index: Map<string, Sex> | undefined;

/**
 * Reads a sex cell, or returns undefined when the value is not one of {@link SEX_VALUES}
 * (the caller keeps the raw cell and warns).
 */
export function readSexCell(cell: string): Sex | undefined {
  if (index === undefined) {
    index = new Map();
    for (const [sex, values] of Object.entries(SEX_VALUES) as [Sex, readonly string[]][]) for (const value of values) index.set(foldLabel(value), sex);
  }
  return index.get(foldLabel(cell));
}
