import type { TransliterationTable } from './rule-table.js';

/**
 * Plain Latin (English and passport forms) has no letters to transliterate, but names that came
 * through Russian carry its habits: a g where the name has an h (Oganesyan for Hovhannisyan,
 * Guseynov for Huseynov), Hov- shortened to O-, and j read as dzh, y or zh. These are the second renderings of a Latin
 * name, so that its keys meet the other forms.
 */
export const LATIN_CLERK: TransliterationTable = {
  name: 'latin',
  vowels: 'aeiouy',
  letters: {
    g: { initial: ['g', 'h'], betweenVowels: ['g', 'h'], other: ['g'] },
    // j is dzh in English (Jafarov, Janibekyan), y in German and old passports (Juriy,
    // Babajan), zh for Armenian ժ (Jirayr).
    j: { initial: ['j', 'y', 'zh'], betweenVowels: ['j', 'y'], other: ['j'] },
    hov: { initial: ['hov', 'o'], other: ['hov'] },
    // After a vowel, the h of Armenian names is г in Russian and q in Azerbaijani forms (Vahram /
    // Ваграм / Vaqram, Zohrab / Зограб, Zareh / Зарег, Shahinyan / Шагинян).
    h: { afterVowel: ['h', 'g'], other: ['h'] },
    // x is ks in English forms (Alexanyan), kh in Azerbaijani ones.
    x: { other: ['x', 'ks'] },
  },
};
