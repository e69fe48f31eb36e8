import type { AnalysedName, NameAnalyser } from '../features/name-analyser.js';
import { foldText } from '../features/record-features.js';
import { jaroWinkler } from '../comparisons/string-similarity.js';

/**
 * A name analyser that only folds case and marks and keys on consonants: no transliteration,
 * no variants. A floor to compare src/names against, and a small, predictable test double.
 */
export const foldingNameAnalyser: NameAnalyser = {
  analyse(text): AnalysedName | undefined {
    const normalised = foldText(text).replace(/[^\p{L}\p{N}\s-]/gu, '').trim();
    if (normalised === '') return undefined;
    const key = normalised.replace(/[aeiouy\s-]/gu, '').replace(/(.)\1+/gu, '$1') || normalised;
    return { normalised, soundForm: normalised, keys: [key], prepared: undefined };
  },
  relate(a, b) {
    return { relation: 'other', similarity: jaroWinkler(a.normalised, b.normalised), sharesKey: a.keys[0] === b.keys[0] };
  },
};
