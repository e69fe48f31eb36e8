/**
 * Which script a name part is written in, and which language is likely where a script is
 * shared. Decided by a majority of letters, so a Latin "o" typed into a Cyrillic word does not
 * change the answer; anything outside the four scripts of the region is `other`, never a guess.
 */

/** The scripts whereabouts reads names in. */
export type NameScript = 'armenian' | 'cyrillic' | 'latin' | 'georgian' | 'other';

/**
 * Likely language of a name part: `hy` Armenian, `ru` Russian, `uk` Ukrainian, `be`
 * Belarusian, `az` Azerbaijani (either script), `tr` Turkish, `en` plain Latin (English and
 * passport forms), `ka` Georgian, `und` undetermined.
 */
export type NameLanguage = 'hy' | 'ru' | 'uk' | 'be' | 'az' | 'tr' | 'en' | 'ka' | 'und';

/** The script of one code point, or undefined for what is not a letter of the four scripts. */
export function scriptOfCodePoint(cp: number): Exclude<NameScript, 'other'> | 'other' | undefined {
  if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) return 'latin';
  if (cp >= 0xc0 && cp <= 0x24f && cp !== 0xd7 && cp !== 0xf7) return 'latin';
  if (cp === 0x259 || cp === 0x18f || cp === 0x1dd) return 'latin'; // ə Ə ǝ
  if (cp >= 0x400 && cp <= 0x52f) return 'cyrillic';
  if (cp >= 0x531 && cp <= 0x58a) return 'armenian';
  if ((cp >= 0x10a0 && cp <= 0x10ff) || (cp >= 0x1c90 && cp <= 0x1cbf)) return 'georgian';
  if (/\p{L}/u.test(String.fromCodePoint(cp))) return 'other';
  return undefined;
}

/**
 * The script most of the letters of `text` are written in.
 *
 * @example
 * detectScript('Հարությունյան'); // 'armenian'
 * detectScript('Грigoрян'); // 'cyrillic' (majority)
 * detectScript('李'); // 'other'
 */
export function detectScript(text: string): NameScript {
  const counts = { armenian: 0, cyrillic: 0, latin: 0, georgian: 0, other: 0 };
  for (const ch of text) {
    const script = scriptOfCodePoint(ch.codePointAt(0) ?? 0);
    if (script !== undefined) counts[script] += 1;
  }
  let best: NameScript = 'other';
  let bestCount = 0;
  for (const script of ['cyrillic', 'armenian', 'latin', 'georgian', 'other'] as const) {
    if (counts[script] > bestCount) {
      best = script;
      bestCount = counts[script];
    }
  }
  return best;
}

/**
 * The likely language of a name part in a shared script, from the letters only that language
 * uses. Plain Latin without Azerbaijani or Turkish letters is `en` (passport and English forms).
 */
export function guessLanguage(text: string, script: NameScript = detectScript(text)): NameLanguage {
  const lower = text.toLowerCase();
  switch (script) {
    case 'armenian':
      return 'hy';
    case 'georgian':
      return 'ka';
    case 'cyrillic':
      if (/[әғҹҝөүһј]/u.test(lower)) return 'az';
      if (/ў/u.test(lower)) return 'be';
      if (/[ґєї]/u.test(lower)) return 'uk';
      if (/і/u.test(lower)) return /[ыэ]/u.test(lower) ? 'be' : 'uk';
      return 'ru';
    case 'latin':
      if (/[əǝ]/u.test(lower)) return 'az';
      if (/[ışğçöü]/u.test(lower)) return /[qx]/u.test(lower) ? 'az' : 'tr';
      // English has no q in the region's names; a q is an Azerbaijani spelling (Qasımov, Qaciev).
      if (/q/u.test(lower)) return 'az';
      return 'en';
    default:
      return 'und';
  }
}
