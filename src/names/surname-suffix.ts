/**
 * Surname endings of the region, in every script they are written in. They tell a surname from a
 * given name when a full-name cell does not say which comes first, and they are folded away (or
 * to the masculine form) before keys and similarity are computed.
 */

/** How sure a surname cue is: `strong` endings are practically never a given name. */
export type SurnameCue = 'strong' | 'weak';

// Armenian -յան/-յանց in all its spellings; Russian/Azerbaijani -ов/-ев/-ский; Azerbaijani
// -zadə; Georgian -შვილი/-ძე; Ukrainian -енко. None of these end a common given name.
const STRONG = new RegExp(
  [
    '(?:յան|յանց|եան|ян|янц|ян|yan|yants|ian|iants|jan|ean|iants)',
    '(?:ов|ова|ев|ева|ёв|ёва|ский|ская|цкий|цкая|ov|ova|ev|eva|yev|yeva|sky|skiy|skaya|ski|tskiy|tskaya)',
    '(?:zadə|zade|заде|задә)',
    '(?:შვილი|ძე|shvili|dze|швили|дзе)',
    '(?:енко|enko)',
  ]
    .map((group) => `${group}$`)
    .join('|'),
  'iu',
);

// Endings that surnames often have but given names sometimes share (Elvin, Əli, Marina, Nani).
const WEAK = /(?:ин|ина|ын|ына|in|ina|yn|yna|li|lı|lu|lü|ли|лы|ia|ия|ani|ани|eli|ели|ук|юк|uk|yuk|ich|ич)$/iu;

/** Says whether `word` ends like a surname of the region, and how surely. */
export function surnameCue(word: string): SurnameCue | undefined {
  const w = word.trim();
  if (w.length < 4) return undefined;
  if (STRONG.test(w)) return 'strong';
  if (w.length >= 5 && WEAK.test(w)) return 'weak';
  return undefined;
}

const FEMININE_TO_MASCULINE: ReadonlyArray<readonly [RegExp, string]> = [
  [/ская$/u, 'ский'],
  [/цкая$/u, 'цкий'],
  [/(ов|ев|ёв|ин|ын)а$/u, '$1'],
  [/skaya$/u, 'skiy'],
  [/tskaya$/u, 'tskiy'],
  [/(ov|ev|yev|in|yn)a$/u, '$1'],
];

/**
 * The masculine form of a Russian-pattern surname (Алиева → Алиев, Петровская → Петровский,
 * Mammadova → Mammadov), so that a sister and a brother, or a woman listed under two forms,
 * compare on the same stem. Input is expected in lower case; other surnames come back as given.
 */
export function masculineSurname(lowerCaseSurname: string): string {
  for (const [pattern, replacement] of FEMININE_TO_MASCULINE) {
    if (pattern.test(lowerCaseSurname)) return lowerCaseSurname.replace(pattern, replacement);
  }
  return lowerCaseSurname;
}
