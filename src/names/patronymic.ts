/**
 * Patronymics: recognising them in any of the region's forms and giving back the father's given
 * name, so that "Гагикович", "Գագիկի", "Gagikovich" and "Gagik oğlu" all point at Gagik.
 */

/** Azerbaijani/Turkic "son of" and "daughter of" words, written after the father's name. */
const TURKIC_MARKERS = ['oğlu', 'oglu', 'ogly', 'oghlu', 'qızı', 'qizi', 'gizi', 'kyzy', 'kizi', 'оглы', 'оглу', 'кызы', 'гызы', 'улы'];
const TURKIC_MARKER_SET = new Set(TURKIC_MARKERS);

/** How sure a patronymic cue is: `strong` endings are practically never anything else. */
export type PatronymicCue = 'strong' | 'weak';

/** True when `word` (one token) is "oğlu", "qızı", "оглы", "кызы" or a spelling of them. */
export function isTurkicPatronymicMarker(word: string): boolean {
  return TURKIC_MARKER_SET.has(word.toLowerCase().replace(/[.,]$/u, ''));
}

// Russian, Ukrainian and Belarusian endings (and their romanisations). -ич alone (Ильич,
// Никитич, Кузьмич) is strong only after a known stem, otherwise it is a surname (Бабич).
const SLAVIC_STRONG = /(?:ович|евич|йович|овна|евна|ївна|івна|ічна|инична|ьинична|авіч|евіч|аўна|еўна|ovich|evich|ovych|evych|ovna|evna|ivna|yivna|ichna)$/iu;

/** Patronymics in -ич/-ична whose father's name is not stem + ending; the usual exceptions. */
const IRREGULAR: ReadonlyArray<readonly [RegExp, string]> = [
  [/^ильич$|^ильинична$/iu, 'Илья'],
  [/^никитич$|^никитична$/iu, 'Никита'],
  [/^кузьмич$|^кузьминична$/iu, 'Кузьма'],
  [/^фомич$|^фоминична$/iu, 'Фома'],
  [/^лукич$|^лукинична$/iu, 'Лука'],
  [/^саввич$|^саввична$/iu, 'Савва'],
  [/^ilyich$|^ilich$|^ilinichna$|^ilyinichna$/iu, 'Ilya'],
  [/^nikitich$|^nikitichna$/iu, 'Nikita'],
  [/^kuzmich$|^kuzminichna$/iu, 'Kuzma'],
  [/^fomich$|^fominichna$/iu, 'Foma'],
  [/^lukich$|^lukinichna$/iu, 'Luka'],
  [/^павлович$|^павловна$/iu, 'Павел'],
  [/^львович$|^львовна$/iu, 'Лев'],
  [/^михайлович$|^михайловна$/iu, 'Михаил'],
  [/^яковлевич$|^яковлевна$/iu, 'Яков'],
  [/^игоревич$|^игоревна$/iu, 'Игорь'],
  [/^pavlovich$|^pavlovna$/iu, 'Pavel'],
  [/^lvovich$|^lvovna$/iu, 'Lev'],
  [/^mikhaylovich$|^mikhailovich$|^mikhaylovna$|^mikhailovna$/iu, 'Mikhail'],
  [/^yakovlevich$|^yakovlevna$/iu, 'Yakov'],
  [/^igorevich$|^igorevna$/iu, 'Igor'],
];

// Given names that end in -i in the nominative (Georgian, and Russian -ий romanised as -i): a
// Latin -i after them is not the Armenian genitive.
const NOMINATIVE_IN_I = new Set(['giorgi', 'georgi', 'irakli', 'dmitri', 'yuri', 'iuri', 'juri', 'vasili', 'valeri', 'anatoli', 'grigori', 'arkadi', 'gennadi', 'evgeni', 'yevgeni', 'vitali', 'mikheili', 'luarsabi', 'zurabi', 'levani', 'vakhtangi', 'tamazi', 'gurami', 'otari', 'rezi']);

const ARMENIAN_GENITIVE = /^[\u0531-\u0587]{2,}ի$/u;
const ARMENIAN_SURNAME = /(?:յան|յանց|եան|ունի)$/iu;

/**
 * Says whether one token is a patronymic on its own (Гагикович, Gagikovna, Գագիկի), or the
 * start of one followed by "oğlu/qızı". Armenian genitives are strong in Armenian script;
 * `weak` is the Latin genitive "-i" (Gagiki), which Georgian given names share (Giorgi).
 */
export function patronymicCue(word: string): PatronymicCue | undefined {
  const w = word.trim();
  if (w.length < 3) return undefined;
  if (/\s/u.test(w)) {
    const parts = w.split(/\s+/u);
    const last = parts[parts.length - 1];
    return last !== undefined && isTurkicPatronymicMarker(last) ? 'strong' : undefined;
  }
  if (SLAVIC_STRONG.test(w)) return 'strong';
  if (IRREGULAR.some(([pattern]) => pattern.test(w))) return 'strong';
  if (ARMENIAN_GENITIVE.test(w) && !ARMENIAN_SURNAME.test(w)) return 'strong';
  if (/(?:oğlu|qızı)$/iu.test(w) && w.length > 6) return 'strong';
  if (/^[A-Za-z]{3,}[^aeiouy]i$/u.test(w) && !/(?:shvili|ani|eli|dze)$/iu.test(w) && !NOMINATIVE_IN_I.has(w.toLowerCase())) return 'weak';
  return undefined;
}

function keepCase(model: string, value: string): string {
  // A patronymic written in capitals gives a father's name in capitals.
  return model === model.toUpperCase() && model !== model.toLowerCase() ? value.toUpperCase() : value;
}

/** Rebuilds a Russian/Ukrainian father's name from the stem left after the ending. */
function slavicStem(stem: string, ending: string): string {
  const lower = ending.toLowerCase();
  const last = stem.slice(-1).toLowerCase();
  const cyrillic = /[\u0400-\u04ff]/u.test(stem);
  // Сергеевич, Николаевич, Андріївна: a vowel before -евич/-ївна means the name ended in й.
  if (/[аеиоуяюэіы]/u.test(last) && /^(?:евич|евна|ївна)$/u.test(lower)) return `${stem}й`;
  if (/[aeiou]/u.test(last) && /^(?:evich|evna|yevich|yevna|yivna)$/u.test(lower)) return `${stem}y`;
  // Григорьевич, Дмитриевич: the name ended in -ий.
  if (cyrillic && /ь$/u.test(stem)) return `${stem.slice(0, -1)}ий`;
  if (!cyrillic && /^(?:yevich|yevna|ievich|ievna)$/u.test(lower)) return `${stem}iy`;
  return stem;
}

/**
 * The father's given name a patronymic points at, as written in the patronymic's own script, or
 * undefined when `text` is not a recognisable patronymic.
 *
 * @example
 * fatherNameFromPatronymic('Гагикович'); // 'Гагик'
 * fatherNameFromPatronymic('Գագիկի'); // 'Գագիկ'
 * fatherNameFromPatronymic('Rəşid oğlu'); // 'Rəşid'
 * fatherNameFromPatronymic('Ильинична'); // 'Илья'
 */
export function fatherNameFromPatronymic(text: string): string | undefined {
  const t = text.trim().replace(/[.,;]+$/u, '');
  if (t === '') return undefined;
  const words = t.split(/\s+/u);
  if (words.length >= 2) {
    const last = words[words.length - 1] ?? '';
    if (isTurkicPatronymicMarker(last)) return words.slice(0, -1).join(' ');
    return undefined;
  }
  const joined = /^(.{2,}?)(oğlu|qızı)$/iu.exec(t);
  if (joined?.[1] !== undefined) return joined[1];
  for (const [pattern, father] of IRREGULAR) {
    if (pattern.test(t)) return keepCase(t, father);
  }
  const slavic = /^(.+?)(йович|ьевич|ьевна|ович|евич|овна|евна|ївна|івна|авіч|евіч|аўна|еўна|ovych|evych|ovich|yevich|ievich|evich|ovna|yevna|ievna|evna|yivna|ivna)$/iu.exec(t);
  if (slavic?.[1] !== undefined && slavic[2] !== undefined) {
    const [, stem, ending] = slavic;
    if (/^ь(?:евич|евна)$/iu.test(ending)) return keepCase(t, `${stem}ий`);
    if (/^йович$/iu.test(ending)) return keepCase(t, `${stem}й`);
    return keepCase(t, slavicStem(stem, ending));
  }
  const armenian = /^([\u0531-\u0587]{2,})ի$/u.exec(t);
  if (armenian?.[1] !== undefined && !ARMENIAN_SURNAME.test(t)) {
    // Վահեի → Վահե; names in -ա take -այի (Մուշա → Մուշայի).
    return armenian[1].replace(/այ$/u, 'ա');
  }
  if (patronymicCue(t) === 'weak') return t.slice(0, -1);
  return undefined;
}
