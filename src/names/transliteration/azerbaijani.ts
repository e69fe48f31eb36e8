import type { TransliterationTable } from './rule-table.js';

/**
 * Azerbaijani Cyrillic (the 1958-1991 alphabet) to Azerbaijani Latin, letter for letter. Latin
 * Azerbaijani is then folded to plain ASCII renderings by {@link AZERBAIJANI_LATIN_TO_ASCII}.
 */
export const AZERBAIJANI_CYRILLIC: TransliterationTable = {
  name: 'az-cyrl',
  vowels: 'аәеиыоөуүэ',
  letters: {
    // Letters of Russian and Ukrainian names written in Azerbaijani Cyrillic lists.
    ц: ['ts'], щ: ['şç'], ё: ['yo'], і: ['i'], ї: ['yi'], є: ['ye'], ґ: ['g'], ў: ['u'],
    а: ['a'], б: ['b'], в: ['v'], г: ['q'], ғ: ['ğ'], д: ['d'], е: { initial: ['ye', 'e'], other: ['e'] }, ә: ['ə'],
    ж: ['j'], з: ['z'], и: ['i'], ы: ['ı'], ј: ['y'], й: ['y'], к: ['k'], ҝ: ['g'], л: ['l'], м: ['m'], н: ['n'],
    о: ['o'], ө: ['ö'], п: ['p'], р: ['r'], с: ['s'], т: ['t'], у: ['u'], ү: ['ü'], ф: ['f'], х: ['x'], һ: ['h'],
    ч: ['ç'], ҹ: ['c'], ш: ['ş'], э: ['e'], ю: ['yu'], я: ['ya'], ь: [''], ъ: [''],
  },
};

/**
 * A Russian-form name written down by an Azerbaijani clerk: г → q, х → x, ч → ç, ш → ş, ж → j,
 * дж → c (Григорян → Qriqoryan, Оганесян → Oqanesyan).
 */
export const RUSSIAN_TO_AZERBAIJANI_LATIN: TransliterationTable = {
  name: 'ru-az',
  vowels: 'аеёиоуыэюя',
  letters: {
    а: ['a'], б: ['b'], в: ['v'], г: ['q'], д: ['d'], дж: ['c'], е: { initial: ['ye'], afterVowel: ['ye'], other: ['e'] },
    ё: ['yo'], ж: ['j'], з: ['z'], и: ['i'], й: ['y'], к: ['k'], л: ['l'], м: ['m'], н: ['n'], о: ['o'], п: ['p'],
    р: ['r'], с: ['s'], т: ['t'], у: ['u'], ф: ['f'], х: ['x'], ц: ['ts', 's'], ч: ['ç'], ш: ['ş'], щ: ['şş'],
    ъ: [''], ы: ['ı'], ь: [''], э: ['e'], ю: ['yu'], я: ['ya'],
  },
};

/**
 * Azerbaijani Latin to the ASCII forms English and passport lists use: ə → a/e, ş → sh,
 * ç → ch, ğ → gh/g, x → kh/x/h, q → g/q/k, ı → i/y, c → j/dzh, j → zh/j.
 */
export const AZERBAIJANI_LATIN_TO_ASCII: TransliterationTable = {
  name: 'az-ascii',
  vowels: 'aeəiıoöuü',
  letters: {
    ə: ['a', 'e'], ş: ['sh', 's'], ç: ['ch', 'c'], ğ: ['gh', 'g'], x: ['kh', 'x', 'h'],
    // q is also the Russian г that stood for h (Гаджиев → Qaciev for Hajiyev, Оганян → Oqanyan).
    q: { initial: ['g', 'h', 'q', 'k'], betweenVowels: ['g', 'h', 'q', 'k'], other: ['g', 'q', 'k'] },
    ı: ['i', 'y'], ö: ['o', 'yo'], ü: ['u', 'yu'], c: ['j', 'dzh', 'c'], j: ['zh', 'j'],
  },
};
