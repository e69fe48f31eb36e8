import type { TransliterationTable } from './rule-table.js';

/**
 * Russian to Latin as clerks write it: BGN/PCGN first (the usual English form), then the ICAO
 * 9303 passport form (я → ia, й → i, х → kh, ц → ts), GOST 7.79 B (х → x, й → j, ц → cz), and
 * informal habits (х → h, я → ja). Each letter lists its renderings, most usual first.
 */
export const RUSSIAN: TransliterationTable = {
  name: 'ru',
  vowels: 'аеёиоуыэюяь',
  letters: {
    а: ['a'],
    б: ['b'],
    в: ['v'],
    // Russian г also stands for the h of Armenian and Azerbaijani names (Гусейн, Оганес, Ваге);
    // only at the start and between vowels, or Тигран would read Tihran and lose its g.
    г: { initial: ['g', 'h'], betweenVowels: ['g', 'h'], other: ['g'] },
    д: ['d'],
    е: { initial: ['ye', 'e'], afterVowel: ['ye', 'e'], other: ['e'] },
    ё: { initial: ['yo', 'e'], afterVowel: ['yo', 'e'], other: ['e', 'yo', 'io'] },
    ж: ['zh', 'j', 'z'],
    з: ['z'],
    и: ['i'],
    й: ['y', 'i', 'j'],
    к: ['k'],
    кс: ['ks', 'x'],
    л: ['l'],
    м: ['m'],
    н: ['n'],
    о: ['o'],
    п: ['p'],
    р: ['r'],
    с: ['s'],
    т: ['t'],
    у: ['u'],
    ф: ['f'],
    х: ['kh', 'h', 'x'],
    ц: ['ts', 'c', 'tz'],
    ч: ['ch'],
    ш: ['sh'],
    щ: ['shch', 'sch', 'shh'],
    ъ: ['', 'ie'],
    ы: ['y', 'i'],
    ь: [''],
    ье: ['ye', 'e', 'ie'],
    ьи: ['yi', 'i'],
    э: ['e'],
    ю: ['yu', 'iu', 'ju'],
    я: ['ya', 'ia', 'ja'],
    ий: ['iy', 'y', 'i', 'ii'],
    ый: ['y', 'iy', 'yi'],
    ия: ['iya', 'ia', 'ija'],
    // Letters of other Cyrillic alphabets that turn up in a Russian list.
    і: ['i'], ї: ['yi'], є: ['ye'], ґ: ['g'], ў: ['u'], ә: ['a', 'e'], ғ: ['g'], ҹ: ['j'], ҝ: ['g'], ө: ['o'], ү: ['u'], һ: ['h'], ј: ['y'],
  },
};
