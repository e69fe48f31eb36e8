import type { PreparedName } from '../../names/index.js';
import { givenNameRelation, nameKeys, nameSimilarity, prepareName } from '../../names/index.js';
import type { AnalysedName, NameAnalyser, NameRelation } from './name-analyser.js';

function sharesVariant(a: PreparedName, b: PreparedName): boolean {
  for (const x of a.variants) if (b.variants.includes(x)) return true;
  return false;
}

function sharesKey(a: PreparedName, b: PreparedName): boolean {
  const kb = nameKeys(b);
  for (const k of nameKeys(a)) if (kb.includes(k)) return true;
  return false;
}

/**
 * The name analyser of real runs, on src/names: Latin renderings for "equal after
 * transliteration", shared sound forms and the given-name equivalences for spelling variants
 * and aliases, names' similarity for the bands, and its keys for blocking.
 */
export const namesAnalyser: NameAnalyser = {
  analyse(text, part): AnalysedName | undefined {
    const prepared = prepareName(text, part);
    if (prepared.normalised === '' || prepared.soundForms.length === 0) return undefined;
    return {
      normalised: prepared.normalised,
      soundForm: prepared.soundForms[0] as string,
      keys: nameKeys(prepared),
      prepared,
    };
  },
  relate(a, b) {
    const pa = a.prepared as PreparedName;
    const pb = b.prepared as PreparedName;
    let relation: NameRelation = 'other';
    if (sharesVariant(pa, pb)) relation = 'transliteration';
    else if (pa.part === 'surname') {
      if (pa.soundForms.some((f) => pb.soundForms.includes(f))) relation = 'spelling-variant';
    } else {
      const given = givenNameRelation(pa, pb);
      relation = given === 'same' || given === 'spelling-variant' ? 'spelling-variant' : given === 'alias' ? 'alias' : 'other';
    }
    return { relation, similarity: nameSimilarity(pa, pb), sharesKey: sharesKey(pa, pb) };
  },
};
