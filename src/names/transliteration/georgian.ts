import type { TransliterationTable } from './rule-table.js';

/**
 * Georgian to Latin by the 2002 national system (apostrophes on the ejectives), with the forms
 * without apostrophes that most lists carry first, and the Russian-mediated habits (ხ → kh/h,
 * ყ → k, ღ → g) after them. Keys drop apostrophes anyway.
 */
export const GEORGIAN: TransliterationTable = {
  name: 'ka',
  vowels: 'აეიოუ',
  letters: {
    ა: ['a'], ბ: ['b'], გ: ['g'], დ: ['d'], ე: ['e'], ვ: ['v'], ზ: ['z'], თ: ['t'], ი: ['i'],
    კ: ['k', "k'"], ლ: ['l'], მ: ['m'], ნ: ['n'], ო: ['o'], პ: ['p', "p'"], ჟ: ['zh', 'j'], რ: ['r'],
    ს: ['s'], ტ: ['t', "t'"], უ: ['u'], ფ: ['p', 'ph'], ქ: ['k', 'q'], ღ: ['gh', 'g'], ყ: ['q', "q'", 'k'],
    შ: ['sh'], ჩ: ['ch'], ც: ['ts', 'c'], ძ: ['dz'], წ: ['ts', "ts'", 'tz'], ჭ: ['ch', "ch'"],
    ხ: ['kh', 'x', 'h'], ჯ: ['j', 'dzh', 'dj'], ჰ: ['h'],
  },
};
