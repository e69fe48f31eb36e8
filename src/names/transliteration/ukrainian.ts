import type { TransliterationTable } from './rule-table.js';

/**
 * Ukrainian to Latin by the 2010 national system (Cabinet resolution 55): г → h, и → y, і → i,
 * є/ї/й/ю/я → ye/yi/y/yu/ya at the start of a word and ie/i/i/iu/ia elsewhere, зг → zgh. The
 * Russian-style renderings clerks also use (г → g, х → h) come second.
 */
export const UKRAINIAN: TransliterationTable = {
  name: 'uk',
  vowels: 'аеєиіїоуюяь',
  letters: {
    // Russian letters in a Ukrainian list (ы, э, ё, ъ) read as Russian.
    ы: ['y'], э: ['e'], ё: ['yo'], ъ: [''], ў: ['u'],
    а: ['a'],
    б: ['b'],
    в: ['v'],
    г: ['h', 'g'],
    ґ: ['g'],
    д: ['d'],
    е: ['e'],
    є: { initial: ['ye', 'e'], other: ['ie', 'ye', 'e'] },
    ж: ['zh', 'j'],
    з: ['z'],
    зг: ['zgh', 'zg'],
    и: ['y', 'i'],
    і: ['i'],
    ї: { initial: ['yi', 'i'], other: ['i', 'yi'] },
    й: { initial: ['y'], other: ['i', 'y'] },
    к: ['k'],
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
    ц: ['ts', 'c'],
    ч: ['ch'],
    ш: ['sh'],
    щ: ['shch', 'sch'],
    ь: [''],
    ю: { initial: ['yu'], other: ['iu', 'yu'] },
    я: { initial: ['ya'], other: ['ia', 'ya'] },
    ий: ['yi', 'iy', 'y'],
  },
};

/** Belarusian differs from Russian in a few letters: ў, і, г → h; the rest reads as Russian. */
export const BELARUSIAN_EXTRA: TransliterationTable['letters'] = {
  ў: ['w', 'u', 'v'],
  і: ['i'],
  г: ['h', 'g'],
};
