import { normaliseName } from './normalise.js';
import { detectScript, guessLanguage } from './script.js';
import type { NameLanguage, NameScript } from './script.js';
import { applyTable } from './transliteration/rule-table.js';
import type { TransliterationTable } from './transliteration/rule-table.js';
import { RUSSIAN } from './transliteration/russian.js';
import { BELARUSIAN_EXTRA, UKRAINIAN } from './transliteration/ukrainian.js';
import { AZERBAIJANI_CYRILLIC, AZERBAIJANI_LATIN_TO_ASCII, RUSSIAN_TO_AZERBAIJANI_LATIN } from './transliteration/azerbaijani.js';
import { GEORGIAN } from './transliteration/georgian.js';
import { EASTERN_ARMENIAN, WESTERN_ARMENIAN } from './transliteration/armenian.js';
import { LATIN_CLERK } from './transliteration/latin.js';

const BELARUSIAN: TransliterationTable = { name: 'be', vowels: `${RUSSIAN.vowels}і`, letters: { ...RUSSIAN.letters, ...BELARUSIAN_EXTRA } };

/** How many Latin renderings one name part may have in all. */
export const MAX_VARIANTS = 24;

function pushAll(into: string[], seen: Set<string>, values: readonly string[]): void {
  for (const value of values) {
    if (value === '' || seen.has(value)) continue;
    seen.add(value);
    into.push(value);
  }
}

/** The Latin renderings of an Azerbaijani Latin spelling: itself, then its ASCII forms. */
function azerbaijaniLatin(text: string): string[] {
  return [text, ...applyTable(text, AZERBAIJANI_LATIN_TO_ASCII, 6)];
}

/**
 * Renders one normalised name part into Latin by the tables of its language, in round-robin
 * order over the tables so that each system's most usual form comes before any rare variant.
 */
function renderings(normalised: string, script: NameScript, language: NameLanguage): string[][] {
  switch (script) {
    case 'armenian':
      return [applyTable(normalised, EASTERN_ARMENIAN), applyTable(normalised, WESTERN_ARMENIAN, 4)];
    case 'georgian':
      return [applyTable(normalised, GEORGIAN)];
    case 'cyrillic': {
      if (language === 'az') return [applyTable(normalised, AZERBAIJANI_CYRILLIC, 2).flatMap(azerbaijaniLatin)];
      if (language === 'uk') return [applyTable(normalised, UKRAINIAN), applyTable(normalised, RUSSIAN, 4)];
      if (language === 'be') return [applyTable(normalised, BELARUSIAN)];
      return [applyTable(normalised, RUSSIAN), applyTable(normalised, RUSSIAN_TO_AZERBAIJANI_LATIN, 2)];
    }
    case 'latin':
      return language === 'az' || language === 'tr' ? [azerbaijaniLatin(normalised)] : [applyTable(normalised, LATIN_CLERK, 4)];
    default:
      return [[normalised]];
  }
}

/**
 * The plausible Latin renderings of a name part, most usual first, lower case: for Armenian the
 * Eastern and Western forms and the Russian-mediated ones (Հարությունյան → harutyunyan,
 * arutyunyan, harutiunian...), for Russian the BGN/PCGN, passport, GOST and Azerbaijani-Latin
 * forms (Григорян → grigoryan, qriqoryan), for Latin input the text itself (and its ASCII forms
 * when it is Azerbaijani). At most {@link MAX_VARIANTS}.
 *
 * @example
 * transliterate('Арутюнян'); // ['arutyunyan', 'arutiunyan', ..., 'arutyunyan' ...]
 */
export function transliterate(text: string): string[] {
  const normalised = normaliseName(text);
  const script = detectScript(normalised);
  return transliterateNormalised(normalised, script, guessLanguage(normalised, script));
}

/** {@link transliterate} for text already normalised, with its script and language known. */
export function transliterateNormalised(normalised: string, script: NameScript, language: NameLanguage): string[] {
  const lists = renderings(normalised, script, language);
  const out: string[] = [];
  const seen = new Set<string>();
  const longest = Math.max(...lists.map((l) => l.length));
  for (let i = 0; i < longest && out.length < MAX_VARIANTS; i += 1) {
    for (const list of lists) {
      const value = list[i];
      if (value !== undefined) pushAll(out, seen, [value]);
    }
  }
  return out.slice(0, MAX_VARIANTS);
}
