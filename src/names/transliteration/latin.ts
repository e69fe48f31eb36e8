import type { TransliterationTable } from './rule-table.js';

/**
 * Plain Latin (English and passport forms) has no letters to transliterate, but names that came
 * through Russian carry its habits: a g where the name has an h (Oganesyan for Hovhannisyan,
 * Guseynov for Huseynov), and Hov- shortened to O-. These are the second renderings of a Latin
 * name, so that its keys meet the other forms.
 */
export const LATIN_CLERK: TransliterationTable = {
  name: 'latin',
  vowels: 'aeiouy',
  letters: {
    g: { initial: ['g', 'h'], betweenVowels: ['g', 'h'], other: ['g'] },
    hov: { initial: ['hov', 'o'], other: ['hov'] },
  },
};
