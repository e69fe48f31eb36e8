import type { TransliterationTable } from './rule-table.js';

/**
 * Eastern Armenian to Latin, BGN/PCGN-like (the form of Armenian passports), followed by the
 * habits of clerks and of Russian-mediated forms: ու → u (never the "ow" of generic tools),
 * initial ո → vo/o, initial ե → ye/e, հ → h or dropped (Арутюнян), ղ → gh/g/kh, initial
 * Հով → Hov/Ov/O (Ованес, Оганесян).
 */
export const EASTERN_ARMENIAN: TransliterationTable = {
  name: 'hy-eastern',
  vowels: 'աեէըիոօու',
  letters: {
    ա: ['a'], բ: ['b'], գ: ['g'], դ: ['d'], ե: { initial: ['ye', 'e'], afterVowel: ['ye', 'e'], other: ['e'] },
    զ: ['z'], է: ['e'], ը: ['y', 'e', 'a'], թ: ['t'], ժ: ['zh', 'j'], ի: ['i'], լ: ['l'],
    խ: ['kh', 'x', 'h'], ծ: ['ts', 'tz', 'c'], կ: ['k'], հ: { initial: ['h', ''], other: ['h', 'g', ''] },
    ձ: ['dz', 'z'], ղ: ['gh', 'g', 'kh', 'k'], ճ: ['ch', 'tch'], մ: ['m'], յ: ['y', 'i', 'j'], ն: ['n'],
    շ: ['sh'], ո: { initial: ['vo', 'o'], other: ['o'] }, ու: ['u', 'ou'], չ: ['ch', 'tch'], պ: ['p'],
    ջ: ['j', 'dj', 'dzh'], ռ: ['r', 'rr'], ս: ['s'], վ: ['v'], տ: ['t'], ր: ['r'], ց: ['ts', 'c', 'tz'],
    փ: ['p', 'ph'], ք: ['k', 'q'], և: { initial: ['yev', 'ev'], other: ['ev'] }, օ: ['o'], ֆ: ['f'],
    ւ: ['v', 'u'], եվ: { initial: ['yev', 'ev'], other: ['ev'] }, հով: { initial: ['hov', 'ov', 'o'], other: ['hov'] },
    յու: ['yu', 'iu', 'ju'], յա: ['ya', 'ia', 'ja'], իա: ['ia', 'iya'],
  },
};

/**
 * Western Armenian (the diaspora and many older Russian forms): the voiced and voiceless stops
 * and affricates swap (Գևորգյան → Kevorkian, Հակոբ → Hagop), ու → ou, -յան → -ian.
 */
export const WESTERN_ARMENIAN: TransliterationTable = {
  name: 'hy-western',
  vowels: EASTERN_ARMENIAN.vowels,
  letters: {
    ...EASTERN_ARMENIAN.letters,
    բ: ['p'], գ: ['k'], դ: ['t'], պ: ['b'], կ: ['g'], տ: ['d'], ծ: ['dz'], ձ: ['ts'], ճ: ['j'], ջ: ['ch'],
    ու: ['ou', 'u'], յա: ['ia', 'ya'], ո: { initial: ['vo', 'o'], other: ['o'] }, ե: { initial: ['ye', 'e'], other: ['e'] },
    թ: ['t', 'th'], փ: ['p', 'ph'], ք: ['k', 'q'],
  },
};
